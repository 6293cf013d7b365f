#include "homescreen.h"

#include "common/emergencystrip.h"
#include "common/flowlayout.h"
#include "common/scrollareas.h"
#include "common/theme.h"
#include "common/wrapbutton.h"
#include "i18n/languagemanager.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace pk {

HomeScreen::HomeScreen(QWidget *parent)
    : QWidget(parent)
    , m_strip(new EmergencyStrip(this))
    , m_subtitle(new QLabel(this))
    , m_pause(new QPushButton(this))
    , m_hint(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_doorRow(new FlowLayout)
    , m_links(new QHBoxLayout)
{
    setObjectName(QStringLiteral("homeScreen"));
    setAttribute(Qt::WA_StyledBackground);

    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_subtitle->setAlignment(Qt::AlignCenter);
    m_subtitle->setWordWrap(true);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setDefault(true);
    m_pause->setAutoDefault(true);
    m_pause->setCursor(Qt::PointingHandCursor);
    m_pause->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("timeLeft"));

    for (const Language &language : LanguageManager::available())
        m_language->addItem(language.nativeName, language.code);
    m_languageLabel->setBuddy(m_language);

    // The footer: the language on the leading side, the quiet links on the other; on two lines
    // when 200 % text or a long translation does not fit one.
    auto *languageGroup = new QWidget(this);
    auto *languageRow = new QHBoxLayout(languageGroup);
    languageRow->setContentsMargins(0, 0, 0, 0);
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    auto *linkGroup = new QWidget(this);
    linkGroup->setLayout(m_links);
    m_links->setContentsMargins(0, 0, 0, 0);
    auto *footer = new FlowLayout;
    footer->setSpread(true);
    footer->setVerticalSpacing(4);
    footer->addWidget(languageGroup);
    footer->addWidget(linkGroup);
    // The doors wrap onto a second line rather than squeeze their words.
    m_doorRow->setHorizontalSpacing(16);
    m_doorRow->setVerticalSpacing(12);
    m_doorRow->setLineAlignment(Qt::AlignHCenter);

    // The middle scrolls only when 200 % text on a small screen needs it; Pause comes first.
    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("homeBody"));
    auto *middle = new QVBoxLayout(body);
    middle->setContentsMargins(0, 0, 0, 0);
    middle->setSpacing(10);
    middle->addStretch(2);
    middle->addWidget(m_subtitle);
    middle->addWidget(m_pause, 0, Qt::AlignHCenter);
    middle->addWidget(m_hint);
    middle->addLayout(m_doorRow);
    middle->addStretch(3);
    QScrollArea *scroll = makePlainScroll(body, this);

    auto *layout = new QVBoxLayout(this);
    // Compact enough that Pause, the first-run card and the doors share a 960x700 window.
    layout->setContentsMargins(24, 16, 24, 12);
    layout->setSpacing(12);
    layout->addWidget(m_strip);
    layout->addWidget(scroll, 1);
    layout->addLayout(footer);

    connect(m_pause, &QPushButton::clicked, this, &HomeScreen::pauseRequested);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this](int index) { Q_EMIT languageChosen(m_language->itemData(index).toString()); });
    setFocusProxy(m_pause);
    retranslateUi();
}

QPushButton *HomeScreen::addDoor(const QString &id, const char *text, const char *description)
{
    return addButton(m_doorRow, id, text, description, "door");
}

QPushButton *HomeScreen::addQuietLink(const QString &id, const char *text, const char *description)
{
    return addButton(m_links, id, text, description, "quiet");
}

QPushButton *HomeScreen::addButton(QLayout *row, const QString &id, const char *text,
                                   const char *description, const char *role)
{
    auto *button = new WrapButton(this);
    button->setObjectName(id);
    theme::setRole(button, role);
    button->setCursor(Qt::PointingHandCursor);
    row->addWidget(button);
    m_doors.append({id, button, text, description});
    retranslateUi();
    return button;
}

QPushButton *HomeScreen::door(const QString &id) const
{
    for (const Door &door : m_doors) {
        if (door.id == id)
            return door.button;
    }
    return nullptr;
}

void HomeScreen::setCurrentLanguage(const QString &code)
{
    const QSignalBlocker blocker(m_language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(code)));
}

void HomeScreen::addBelowPause(QWidget *widget)
{
    // Wherever the hint's column is (the middle may scroll).
    auto *column = qobject_cast<QVBoxLayout *>(m_hint->parentWidget()->layout());
    if (column)
        column->insertWidget(column->indexOf(m_hint) + 1, widget, 0, Qt::AlignHCenter);
}

void HomeScreen::retranslateUi()
{
    m_subtitle->setText(tr("When it gets too much, press pause."));
    m_pause->setText(tr("Pause"));
    m_pause->setAccessibleName(tr("Pause"));
    m_pause->setAccessibleDescription(
        tr("Opens a calm pause: make your child safe, then breathe with a timer."));
    m_hint->setText(tr("Press Space or Enter to start a pause."));
    m_languageLabel->setText(tr("Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("Choose the language of Pauzeknop."));
    for (const Door &door : std::as_const(m_doors)) {
        door.button->setText(tr(door.text));
        door.button->setAccessibleName(tr(door.text));
        door.button->setAccessibleDescription(tr(door.description));
    }
}

void HomeScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HomeScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_pause->setFocus(Qt::OtherFocusReason);
}

} // namespace pk
