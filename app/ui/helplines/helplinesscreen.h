#pragma once

#include "common/screenpage.h"
#include "content/helpline.h"

#include <QDateTime>

#include <functional>

class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace pk {

class ContentLibrary;
class HelplineCard;
class CryingPlanCard;
class RegionHeading;
class Settings;
class UsageLog;

// "Who can help": the region in a heading with a way to change it, then 112, the organisation's
// contact and the user's own people (not on a shared PC), then the lines of the one region set
// in Settings, open ones before closed ones, the reader's language first. Cards are built a
// batch at a time as the list scrolls, so thousands of organisation lines open at once.
// Refreshes when shown, when the region changes and once when a line opens or closes; no ticking.
class HelplinesScreen : public ScreenPage
{
    Q_OBJECT

public:
    // Cards built at once; more follow when the list scrolls near its end.
    static constexpr int BatchSize = 12;

    HelplinesScreen(const ContentLibrary *content, Settings *settings, UsageLog *log,
                    QWidget *parent = nullptr);

    // Replaces the clock (tests).
    void setClock(std::function<QDateTime()> now);
    // Hides the personal crying plan (shared PCs have no personal contacts).
    void setPersonalPlanShown(bool shown);

    // The cards built so far, in order.
    QList<HelplineCard *> cards() const { return m_cards; }
    // Lines of the region not built into cards yet.
    int pendingCount() const { return int(m_pending.size()); }
    CryingPlanCard *planCard() const { return m_planCard; }
    RegionHeading *regionHeading() const { return m_heading; }
    void refresh();

Q_SIGNALS:
    void editPlanRequested();

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    HelplineCard *addCard(const Helpline &line, const Helpline *alternative);
    void addOrganisationContact();
    void buildMore();
    void buildMoreIfNearTheEnd();

    const ContentLibrary *m_content;
    Settings *m_settings;
    UsageLog *m_log;
    std::function<QDateTime()> m_now;
    bool m_planShown = true;
    RegionHeading *m_heading;
    QScrollArea *m_scroll;
    QVBoxLayout *m_list;
    QTimer *m_changeTimer;
    QList<HelplineCard *> m_cards;
    CryingPlanCard *m_planCard = nullptr;
    // What the next batch needs.
    QList<Helpline> m_pending;
    Helpline m_alternative; // an open line to point to from a closed one (id "" when none)
    QDateTime m_builtAt;
    QString m_builtFor;
    bool m_building = false;
    bool m_checkScheduled = false;
};

} // namespace pk
