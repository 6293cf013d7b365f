#pragma once

#include "common/screenpage.h"
#include "settings/settings.h"

#include <QList>

class QLabel;
class QVBoxLayout;

namespace pk {

class AdminPinPanel;
class PinGate;
class SettingRow;
class ShortcutRow;
class UsageLog;

// Settings: every choice of DESIGN.md on one calm, scrolling page, grouped. A setting the
// organisation locked shows as locked, and why; problems in its file are listed quietly.
class SettingsScreen : public ScreenPage
{
    Q_OBJECT

public:
    // gate: the admin PIN check of this run (shared PCs), may be null.
    SettingsScreen(Settings *settings, PinGate *gate, QWidget *parent = nullptr);

    SettingRow *row(Settings::Key key) const;
    QList<SettingRow *> rows() const { return m_rows; }
    AdminPinPanel *adminPanel() const { return m_admin; }
    // The usage log, so that a shorter "Keep the record for" can say how many pauses would go
    // and ask first (RetentionQuestion). Without it the choice applies at once.
    void setUsageLog(const UsageLog *log) { m_log = log; }
    // Says that spoken words are not available in the UI language (hidden when they are).
    QLabel *spokenCuesNote() const { return m_spokenNote; }
    ShortcutRow *shortcutRow() const { return m_shortcutRow; }

Q_SIGNALS:
    void languageChosen(const QString &code);
    void adminUnlocked();

protected:
    void retranslateUi() override;

private:
    QLabel *addSection(QVBoxLayout *layout, const char *title);
    SettingRow *add(QVBoxLayout *layout, SettingRow *row);
    void buildRows(QVBoxLayout *layout);

    Settings *m_settings;
    const UsageLog *m_log = nullptr;
    QList<SettingRow *> m_rows;
    QList<std::pair<QLabel *, const char *>> m_sections;
    QLabel *m_organisation;
    QLabel *m_problems;
    QLabel *m_spokenNote = nullptr;
    AdminPinPanel *m_admin = nullptr;
    ShortcutRow *m_shortcutRow = nullptr;
};

} // namespace pk
