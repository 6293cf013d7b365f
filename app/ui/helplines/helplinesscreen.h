#pragma once

#include "common/screenpage.h"

#include <QDateTime>
#include <QTimeZone>

#include <functional>

class QComboBox;
class QLabel;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace pk {

class ContentLibrary;
class HelplineCard;
class CryingPlanCard;
class Settings;
class UsageLog;

// "Who can help": 112 first, the organisation's contact and the user's own people (not on a
// shared PC), then the lines of the region, open ones before closed ones. Refreshes when shown and
// once when a line opens or closes; no ticking.
class HelplinesScreen : public ScreenPage
{
    Q_OBJECT

public:
    HelplinesScreen(const ContentLibrary *content, Settings *settings, UsageLog *log,
                    QWidget *parent = nullptr);

    // Replaces the clock (tests).
    void setClock(std::function<QDateTime()> now);
    // Hides the personal crying plan (shared PCs have no personal contacts).
    void setPersonalPlanShown(bool shown);

    QList<HelplineCard *> cards() const { return m_cards; }
    CryingPlanCard *planCard() const { return m_planCard; }
    QComboBox *regionBox() const { return m_region; }
    void refresh();

Q_SIGNALS:
    void editPlanRequested();

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fillRegions();
    void addOrganisationContact(const QDateTime &now, const QTimeZone &zone);

    const ContentLibrary *m_content;
    Settings *m_settings;
    UsageLog *m_log;
    std::function<QDateTime()> m_now;
    bool m_planShown = true;
    QLabel *m_regionLabel;
    QComboBox *m_region;
    QScrollArea *m_scroll;
    QVBoxLayout *m_list;
    QTimer *m_changeTimer;
    QList<HelplineCard *> m_cards;
    CryingPlanCard *m_planCard = nullptr;
};

} // namespace pk
