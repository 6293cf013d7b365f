#include "pausescreen.h"

#include "breathing/breathingcatalog.h"
#include "breathing/breathingview.h"
#include "common/emergencystrip.h"
#include "common/theme.h"
#include "donecard.h"
#include "pause/pausesession.h"
#include "safefirstcard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pk {

PauseScreen::PauseScreen(PauseSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_strip(new EmergencyStrip(this))
    , m_ok(new QPushButton(this))
    , m_pages(new QStackedWidget(this))
    , m_safeFirst(new SafeFirstCard(m_pages))
    , m_breathing(new BreathingView(m_pages))
    , m_done(new DoneCard(m_pages))
{
    setObjectName(QStringLiteral("pauseScreen"));
    setAttribute(Qt::WA_StyledBackground);
    m_pages->addWidget(m_safeFirst);
    m_pages->addWidget(m_breathing);
    m_pages->addWidget(m_done);

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(m_strip, 1);
    top->addWidget(m_ok);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 24);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &PauseScreen::leave);
    connect(m_ok, &QPushButton::clicked, this, &PauseScreen::leave);
    connect(m_safeFirst, &SafeFirstCard::confirmed, this, &PauseScreen::startBreathing);
    connect(m_done, &DoneCard::breatheAgain, this, &PauseScreen::startBreathing);
    connect(m_done, &DoneCard::backToChild, this, &PauseScreen::leave);
    connect(m_breathing, &BreathingView::finished, this,
            [this](const QString &id, qint64 plannedMs, qint64 actualMs) {
                m_session->breathingCompleted(id, plannedMs, actualMs);
                showStep(m_done);
            });
    retranslateUi();
}

void PauseScreen::begin(bool safeFirst, Audience audience)
{
    m_safeFirst->setAudience(audience);
    if (safeFirst)
        showStep(m_safeFirst);
    else
        startBreathing();
}

PauseScreen::Step PauseScreen::step() const
{
    if (m_pages->currentWidget() == m_breathing)
        return Step::Breathing;
    if (m_pages->currentWidget() == m_done)
        return Step::Done;
    return Step::SafeFirst;
}

void PauseScreen::startBreathing()
{
    const QString id = BreathingCatalog::defaultId();
    m_breathing->start(id, BreathingCatalog::find(id).pattern.defaultDurationMs);
    showStep(m_breathing);
}

void PauseScreen::showStep(QWidget *page)
{
    m_pages->setCurrentWidget(page);
    // Breathing has no button of its own: focus the way out so Enter/Space never surprise.
    if (page == m_breathing)
        m_ok->setFocus(Qt::OtherFocusReason);
    else
        page->setFocus(Qt::OtherFocusReason);
}

void PauseScreen::leave()
{
    m_breathing->stop();
    Q_EMIT closeRequested();
}

void PauseScreen::retranslateUi()
{
    m_ok->setText(tr("I'm OK now"));
    m_ok->setAccessibleName(m_ok->text());
    m_ok->setAccessibleDescription(tr("Ends the pause at any moment. Escape does the same."));
}

void PauseScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace pk
