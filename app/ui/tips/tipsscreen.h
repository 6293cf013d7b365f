#pragma once

#include "common/screenpage.h"
#include "content/tip.h"

#include <optional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace pk {

class ContentLibrary;
class Settings;
class TipCard;
class UsageLog;

// Tips by situation, for the user's audience (or all), with "This helped" and favourites. Tips
// name the lines of the one region set in Settings and follow it when it changes; a tip on
// screen follows a change of language. Cards are built a batch at a time as the list scrolls.
class TipsScreen : public ScreenPage
{
    Q_OBJECT

public:
    TipsScreen(const ContentLibrary *content, Settings *settings, UsageLog *log,
               QWidget *parent = nullptr);

    // A situation, or none for the favourites.
    void showSituation(std::optional<Situation> situation);
    std::optional<Situation> currentSituation() const { return m_situation; }
    QList<TipCard *> cards() const { return m_cards; }
    QList<QPushButton *> situationButtons() const;
    QPushButton *favouritesButton() const { return m_favourites; }
    QCheckBox *showAllBox() const { return m_showAll; }
    // Tips of the situation not built into cards yet.
    int pendingCount() const { return int(m_pending.size()); }
    static constexpr int BatchSize = 12;

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildSituations();
    void rebuildCards();
    void buildMore();
    void buildMoreIfNearTheEnd();
    void setFavourite(const QString &id, bool on);
    QString region() const;

    const ContentLibrary *m_content;
    Settings *m_settings;
    UsageLog *m_log;
    std::optional<Situation> m_situation = Situation::InTheMoment;
    QCheckBox *m_showAll;
    QVBoxLayout *m_situationColumn;
    QButtonGroup *m_group;
    QPushButton *m_favourites;
    QLabel *m_heading;
    QScrollArea *m_scroll;
    QScrollArea *m_sideScroll;
    QVBoxLayout *m_list;
    QList<TipCard *> m_cards;
    QList<Tip> m_pending;
    bool m_checkScheduled = false;
};

} // namespace pk
