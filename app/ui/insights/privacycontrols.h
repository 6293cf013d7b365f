#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace pk {

class Settings;
class UsageLog;

// The privacy controls of My pauses: keep track on/off, how long, save a summary, delete
// everything (with a confirmation), and the way to the privacy page.
class PrivacyControls : public QWidget
{
    Q_OBJECT

public:
    PrivacyControls(UsageLog *log, Settings *settings, QWidget *parent = nullptr);

    QCheckBox *loggingBox() const { return m_logging; }
    QComboBox *retentionBox() const { return m_retention; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *privacyButton() const { return m_privacy; }
    QString message() const;

    // Writes the summary to path (what the Save button does after its file dialog).
    bool exportTo(const QString &path);
    // Asks, then deletes everything when the person confirms. True when deleted.
    bool confirmAndDelete();

Q_SIGNALS:
    void privacyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void syncFromSettings();
    void chooseExportFile();
    void showMessage(const QString &text);

    UsageLog *m_log;
    Settings *m_settings;
    QCheckBox *m_logging;
    QLabel *m_retentionLabel;
    QComboBox *m_retention;
    QPushButton *m_export;
    QPushButton *m_privacy;
    QPushButton *m_delete;
    QLabel *m_message;
};

} // namespace pk
