#include "walkawaycard.h"

#include "access/liveannouncer.h"
#include "common/flowlayout.h"
#include "common/steppage.h"
#include "common/theme.h"
#include "common/wrapbutton.h"
#include "format/localnumber.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pk {
namespace {

QLabel *centredLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

// A centred row of buttons that wraps when it does not fit.
FlowLayout *buttonRow()
{
    auto *row = new FlowLayout;
    row->setHorizontalSpacing(16);
    row->setLineAlignment(Qt::AlignHCenter);
    return row;
}

} // namespace

WalkAwayCard::WalkAwayCard(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
{
    // Each of its three pages keeps its buttons in view under its own scrolling words.
    setProperty("scrollsItself", true);
    m_pages->addWidget(buildChoosing());
    m_pages->addWidget(buildCounting());
    m_pages->addWidget(buildEnded());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(&m_timer, &WalkAwayTimer::secondsLeftChanged, this, &WalkAwayCard::showCountdown);
    connect(&m_timer, &WalkAwayTimer::finished, this, [this] {
        showPage(m_ended);
        Q_EMIT timeUp();
    });
    connect(&m_timer, &WalkAwayTimer::stopped, this, &WalkAwayCard::endedEarly);
    connect(m_backEarly, &QPushButton::clicked, &m_timer, &WalkAwayTimer::stop);
    connect(m_look, &QPushButton::clicked, this, &WalkAwayCard::backToChild);
    retranslateUi();
    reset();
}

QWidget *WalkAwayCard::buildChoosing()
{
    auto *page = new StepPage(m_pages);
    m_choosing = page;
    m_chooseTitle = centredLabel(m_choosing, "cardTitle");
    m_chooseText = centredLabel(m_choosing, "cardText");
    FlowLayout *row = buttonRow();
    for (int minutes : {2, 5, 10}) {
        auto *button = new WrapButton(m_choosing);
        theme::setRole(button, "door");
        row->addWidget(button);
        m_minutes.append({minutes, button});
        connect(button, &QPushButton::clicked, this, [this, minutes] {
            m_timer.start(minutes * 60'000LL);
            showPage(m_counting);
            Q_EMIT started(m_timer.plannedMs());
        });
    }
    page->body()->addWidget(m_chooseTitle);
    page->body()->addWidget(m_chooseText);
    page->actions()->addLayout(row);
    m_choosing->setFocusProxy(m_minutes.at(1).second); // five minutes, as ICON suggests
    return m_choosing;
}

QWidget *WalkAwayCard::buildCounting()
{
    auto *page = new StepPage(m_pages);
    m_counting = page;
    m_countdown = centredLabel(m_counting, "countdown");
    m_countText = centredLabel(m_counting, "cardText");
    m_backEarly = new WrapButton(m_counting);
    theme::setRole(m_backEarly, "primary");
    page->body()->addWidget(m_countdown);
    page->body()->addWidget(m_countText);
    page->actions()->addWidget(m_backEarly, 0, Qt::AlignHCenter);
    m_counting->setFocusProxy(m_backEarly);
    return m_counting;
}

QWidget *WalkAwayCard::buildEnded()
{
    auto *page = new StepPage(m_pages);
    m_ended = page;
    m_endTitle = centredLabel(m_ended, "cardTitle");
    // Then the same question as after breathing: feeling better ends the pause in the one
    // wording for leaving it; otherwise the pause goes on.
    m_endQuestion = centredLabel(m_ended, "cardText");
    m_look = new WrapButton(m_ended);
    theme::setRole(m_look, "primary");
    m_stillTense = new WrapButton(m_ended);
    m_needHelp = new WrapButton(m_ended);
    connect(m_stillTense, &QPushButton::clicked, this,
            [this] { Q_EMIT answered(PauseSession::CheckIn::StillTense); });
    connect(m_needHelp, &QPushButton::clicked, this,
            [this] { Q_EMIT answered(PauseSession::CheckIn::NeedHelp); });
    FlowLayout *answers = buttonRow();
    for (QPushButton *button : {m_look, m_stillTense, m_needHelp})
        answers->addWidget(button);
    page->body()->addWidget(m_endTitle);
    page->body()->addWidget(m_endQuestion);
    page->actions()->addLayout(answers);
    m_ended->setFocusProxy(m_look);
    return m_ended;
}

void WalkAwayCard::reset()
{
    m_timer.cancel();
    showPage(m_choosing);
}

WalkAwayCard::State WalkAwayCard::state() const
{
    if (m_pages->currentWidget() == m_counting)
        return State::Counting;
    if (m_pages->currentWidget() == m_ended)
        return State::Ended;
    return State::Choosing;
}

QPushButton *WalkAwayCard::minutesButton(int minutes) const
{
    for (const auto &[value, button] : m_minutes) {
        if (value == minutes)
            return button;
    }
    return nullptr;
}

QString WalkAwayCard::countdownText() const
{
    return m_countdown->text();
}

QString WalkAwayCard::endText() const
{
    return m_endTitle->text();
}

void WalkAwayCard::showPage(QWidget *page)
{
    m_pages->setCurrentWidget(page);
    setFocusProxy(page);
    if (isVisible())
        page->setFocus(Qt::OtherFocusReason);
}

void WalkAwayCard::showCountdown(int secondsLeft)
{
    // Screen readers hear the minutes, not every second: the name first, so the new text
    // itself sends nothing.
    LiveAnnouncer::setName(m_countdown, tr("%Ln minutes left", nullptr, (secondsLeft + 59) / 60));
    m_countdown->setText(LocalNumber::clock(secondsLeft));
}

void WalkAwayCard::retranslateUi()
{
    m_chooseTitle->setText(tr("Take a few minutes for yourself."));
    m_chooseText->setText(tr("Make sure your child is safe, then leave the room. "
                             "We will tell you when it is time to go and look."));
    for (const auto &[minutes, button] : m_minutes) {
        // Qt's plural forms: Arabic says "two minutes" in one word, Russian 2 and 5 differ.
        button->setText(tr("%Ln minutes", nullptr, minutes));
        button->setAccessibleName(button->text());
        button->setAccessibleDescription(
            tr("Starts a calm countdown. We will tell you when to go and look."));
    }
    m_countText->setText(tr("Breathe, drink some water. Look at your child at the end."));
    m_backEarly->setText(tr("I'm back"));
    m_backEarly->setAccessibleName(m_backEarly->text());
    m_backEarly->setAccessibleDescription(tr("Ends the countdown now."));
    m_endTitle->setText(tr("Go and look at your child now."));
    m_endQuestion->setText(QCoreApplication::translate("pk::CheckInCard", "How do you feel now?"));
    // The same words as the checked-in answers and the pause's way out (one wording).
    m_look->setText(QCoreApplication::translate("pk::PauseScreen", "I'm OK now"));
    m_stillTense->setText(QCoreApplication::translate("pk::CheckInCard", "Still tense"));
    m_stillTense->setAccessibleName(m_stillTense->text());
    m_stillTense->setAccessibleDescription(QCoreApplication::translate(
        "pk::CheckInCard", "Offers another round, a different exercise or a few minutes away."));
    m_needHelp->setText(QCoreApplication::translate("pk::CheckInCard", "I need help"));
    m_needHelp->setAccessibleName(m_needHelp->text());
    m_needHelp->setAccessibleDescription(
        QCoreApplication::translate("pk::CheckInCard", "Shows who you can call, 112 first."));
    m_look->setAccessibleName(m_look->text());
    m_look->setAccessibleDescription(tr("Ends the pause and returns to the start screen."));
    if (m_timer.isRunning())
        showCountdown(m_timer.secondsLeft());
}

void WalkAwayCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace pk
