#include "firstruncard.h"

#include "common/flowlayout.h"
#include "common/theme.h"
#include "common/wrapbutton.h"
#include "content/helplinedirectory.h"
#include "helplines/regionheading.h"
#include "i18n/languagemanager.h"
#include "settings/settings.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QVBoxLayout>

namespace pk {
namespace {

// A list box shows its chosen entry whole ("Mutter oder Vater"), never wider than 24 average
// characters: the open list shows long entries whole anyway.
void fitToChoice(QComboBox *box)
{
    QStyleOptionComboBox option;
    option.initFrom(box);
    const QFontMetrics metrics = box->fontMetrics();
    const QSize text(metrics.horizontalAdvance(box->currentText()), metrics.height());
    const int width =
        box->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, box).width();
    box->setMinimumWidth(std::min(width, metrics.averageCharWidth() * 24));
}

const QStringList &audienceIds()
{
    static const QStringList ids{QStringLiteral("parent"), QStringLiteral("grandparent"),
                                 QStringLiteral("childcare"), QStringLiteral("other")};
    return ids;
}

bool setByOrganisation(const Settings &settings, Settings::Key key)
{
    return settings.isLocked(key) || settings.managed().presets().contains(Settings::keyName(key));
}

// The card's column. Qt asks it for the height at the width of the place around the card, not at
// the card's narrower maximum width, so at 200 % text the card got too little height and its
// question was cut off: the height is that of the width the card really gets.
class CardLayout : public QVBoxLayout
{
public:
    using QVBoxLayout::QVBoxLayout;

    int heightForWidth(int width) const override
    {
        const QWidget *card = parentWidget();
        const QMargins frame = card ? card->contentsMargins() : QMargins();
        const int widest = card ? card->maximumWidth() - frame.left() - frame.right() : width;
        return QVBoxLayout::heightForWidth(std::min(width, widest));
    }
};

} // namespace

FirstRunCard::FirstRunCard(Settings *settings, QWidget *parent)
    : QFrame(parent)
    , m_settings(settings)
    , m_title(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_audienceLabel(new QLabel(this))
    , m_regionLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_audience(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_confirm(new WrapButton(this))
    , m_dismiss(new WrapButton(this))
{
    setObjectName(QStringLiteral("contentCard"));
    setMaximumWidth(820);
    m_title->setObjectName(QStringLiteral("bodyText"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (const Language &language : LanguageManager::available())
        m_language->addItem(language.nativeName, language.code);
    for (int i = 0; i < audienceIds().size(); ++i)
        m_audience->addItem(QString(), audienceIds().at(i));
    for (const QString &code : HelplineDirectory::regions())
        m_region->addItem(QString(), code);
    m_languageLabel->setBuddy(m_language);
    m_audienceLabel->setBuddy(m_audience);
    m_regionLabel->setBuddy(m_region);
    theme::setRole(m_confirm, "primary");
    theme::setRole(m_dismiss, "quiet");
    // A little less padding than the big buttons (still 48 px high): the card stays small
    // under the Pause button, which is what home is for.
    for (QPushButton *button : {m_confirm, m_dismiss})
        button->setStyleSheet(QStringLiteral("QPushButton { padding: 4px 18px; }"));

    // Compact, two rows: the question and its answer buttons, then the three guesses; so home
    // keeps its doors in view.
    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(m_title, 1);
    top->addWidget(m_dismiss);
    top->addWidget(m_confirm);
    // The three guesses share a line where they fit and wrap where they do not (200 % text);
    // each list box keeps its label beside it and takes the room there is.
    auto *guesses = new FlowLayout;
    guesses->setHorizontalSpacing(16);
    guesses->setVerticalSpacing(6);
    guesses->setFill(true);
    for (const auto &[label, box] : {std::pair<QLabel *, QComboBox *>{m_audienceLabel, m_audience},
                                     {m_regionLabel, m_region},
                                     {m_languageLabel, m_language}}) {
        // Long entries ("someone else who minds a child") do not widen the card; the open list
        // shows them whole.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        connect(box, &QComboBox::currentIndexChanged, box, [box] { fitToChoice(box); });
        auto *pair = new QHBoxLayout;
        pair->setSpacing(8);
        pair->addWidget(label);
        pair->addWidget(box, 1);
        guesses->addLayout(pair);
    }

    auto *layout = new CardLayout(this);
    layout->setContentsMargins(16, 6, 16, 6);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(guesses);
    // Its own height for its width, always (a squeezed card would put its rows on top of each
    // other), and no more: home keeps Pause, this card and the doors in one view.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);

    connect(m_language, &QComboBox::activated, this,
            [this](int index) { Q_EMIT languageChosen(m_language->itemData(index).toString()); });
    connect(m_region, &QComboBox::activated, this, [this] { m_regionChosen = true; });
    connect(m_confirm, &QPushButton::clicked, this, &FirstRunCard::confirm);
    connect(m_dismiss, &QPushButton::clicked, this, &FirstRunCard::finish);
    // The guessed region follows the language until someone picks one here.
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Region || key == Settings::Key::Audience)
            showGuesses();
    });
    retranslateUi();
    showGuesses();
}

QSize FirstRunCard::sizeHint() const
{
    return {maximumWidth(), heightForWidth(maximumWidth())};
}

bool FirstRunCard::isNeeded(const Settings &settings)
{
    return !settings.value(Settings::Key::FirstRunAnswered).toBool() &&
           !setByOrganisation(settings, Settings::Key::Region) &&
           !setByOrganisation(settings, Settings::Key::Audience);
}

void FirstRunCard::setCurrentLanguage(const QString &code)
{
    const QSignalBlocker blocker(m_language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(code)));
}

void FirstRunCard::showGuesses()
{
    const QSignalBlocker audienceBlocker(m_audience);
    m_audience->setCurrentIndex(
        std::max(0, m_audience->findData(m_settings->value(Settings::Key::Audience).toString())));
    if (m_regionChosen)
        return;
    const QSignalBlocker regionBlocker(m_region);
    m_region->setCurrentIndex(
        std::max(0, m_region->findData(m_settings->value(Settings::Key::Region).toString())));
}

void FirstRunCard::confirm()
{
    m_settings->setValue(Settings::Key::Audience, m_audience->currentData());
    m_settings->setValue(Settings::Key::Region, m_region->currentData());
    finish();
}

void FirstRunCard::finish()
{
    m_settings->setValue(Settings::Key::FirstRunAnswered, true);
    hide();
    Q_EMIT answered();
}

void FirstRunCard::retranslateUi()
{
    m_title->setText(tr("Is this you? Then Pauzeknop shows the right help."));
    m_audienceLabel->setText(tr("I am"));
    m_regionLabel->setText(tr("I live in"));
    m_languageLabel->setText(tr("Language"));
    const QStringList audiences{tr("a parent"), tr("a grandparent"), tr("a childcare worker"),
                                tr("someone else who minds a child")};
    for (int i = 0; i < m_audience->count(); ++i)
        m_audience->setItemText(i, audiences.value(i));
    for (int i = 0; i < m_region->count(); ++i)
        m_region->setItemText(i, RegionHeading::regionName(m_region->itemData(i).toString()));
    m_audience->setAccessibleName(tr("I am"));
    m_audience->setAccessibleDescription(tr("The tips and the safety card speak to you."));
    m_region->setAccessibleName(tr("I live in"));
    m_region->setAccessibleDescription(tr("Pauzeknop shows the helplines of this region."));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("Choose the language of Pauzeknop."));
    m_confirm->setText(tr("That's right"));
    m_confirm->setAccessibleName(m_confirm->text());
    m_confirm->setAccessibleDescription(
        tr("Keeps these answers. You can change them later in Settings."));
    m_dismiss->setText(tr("Not now"));
    m_dismiss->setAccessibleName(m_dismiss->text());
    m_dismiss->setAccessibleDescription(
        tr("Puts this card away. Pauzeknop keeps its guess; Settings can change it."));
    for (QComboBox *box : {m_audience, m_region, m_language})
        fitToChoice(box);
}

void FirstRunCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The language may have been chosen here or anywhere else.
        setCurrentLanguage(QLocale().name().left(2));
        retranslateUi();
    } else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        for (QComboBox *box : {m_audience, m_region, m_language})
            fitToChoice(box);
    }
    QFrame::changeEvent(event);
}

} // namespace pk
