#pragma once

#include "settings/settings.h"
#include "shortcut/keycombination.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace pk {

class GlobalPauseKey;
class KeyRecorder;

// Settings > Keyboard shortcut: "Pause from anywhere" on or off, the key, and a line saying
// whether this desktop lets the key work and, if not, why and what to do instead (the desktop's
// own keyboard settings with `pauzeknop --pause`). Locked like any setting by the organisation.
class ShortcutRow : public QWidget
{
    Q_OBJECT

public:
    explicit ShortcutRow(Settings *settings, QWidget *parent = nullptr);

    // The key of this run; without one the row shows only the setting.
    void setPauseKey(GlobalPauseKey *key);

    QCheckBox *toggle() const { return m_toggle; }
    KeyRecorder *recorder() const { return m_recorder; }
    QLabel *status() const { return m_status; }
    QPushButton *retryButton() const { return m_retry; }
    QLabel *lockNote() const { return m_note; }

    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void write(const QString &value);
    QString statusText() const;
    static QString fallbackText();

    Settings *m_settings;
    GlobalPauseKey *m_key = nullptr;
    QCheckBox *m_toggle;
    QLabel *m_keyLabel;
    KeyRecorder *m_recorder;
    QLabel *m_status;
    QPushButton *m_retry;
    QLabel *m_note;
    KeyCombination m_lastKeys; // brought back when the shortcut is switched on again
    QString m_hint;            // why the key just typed cannot be used, until the next change
    bool m_refreshing = false;
};

} // namespace pk
