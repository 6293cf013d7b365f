#include "privacycontrols.h"

#include "common/flowlayout.h"
#include "common/questiondialog.h"
#include "common/wrapbutton.h"
#include "retentionquestion.h"
#include "settings/settings.h"
#include "usage/usageexport.h"
#include "usage/usagelog.h"
#include "usage/usagepolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>

namespace pk {

PrivacyControls::PrivacyControls(UsageLog *log, Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_settings(settings)
    , m_logging(new QCheckBox(this))
    , m_retentionLabel(new QLabel(this))
    , m_retention(new QComboBox(this))
    , m_export(new WrapButton(this))
    , m_privacy(new WrapButton(this))
    , m_delete(new WrapButton(this))
    , m_message(new QLabel(this))
{
    m_retentionLabel->setBuddy(m_retention);
    m_retentionLabel->setObjectName(QStringLiteral("bodyText"));
    m_retention->setObjectName(QStringLiteral("retentionChoice"));
    m_message->setObjectName(QStringLiteral("calmNote"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    grid->addWidget(m_logging, 0, 0, 1, 3);
    grid->addWidget(m_retentionLabel, 1, 0);
    grid->addWidget(m_retention, 1, 1);
    grid->setColumnStretch(2, 1);
    auto *buttons = new FlowLayout;
    buttons->setHorizontalSpacing(12);
    buttons->addWidget(m_export);
    buttons->addWidget(m_privacy);
    buttons->addWidget(m_delete);
    grid->addLayout(buttons, 2, 0, 1, 3);
    grid->addWidget(m_message, 3, 0, 1, 3);

    retranslateUi();
    syncFromSettings();
    connect(m_logging, &QCheckBox::toggled, this,
            [this](bool on) { m_settings->setValue(Settings::Key::Logging, on); });
    connect(m_retention, &QComboBox::activated, this, [this](int index) {
        const int days = m_retention->itemData(index).toInt();
        // A shorter time deletes stored pauses at once: ask first, and stay put on "keep".
        if (!RetentionQuestion::confirm(this, m_log, days, m_retention->itemText(index))) {
            syncFromSettings();
            return;
        }
        m_settings->setValue(Settings::Key::RetentionDays, days);
    });
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Logging || key == Settings::Key::RetentionDays)
            syncFromSettings();
    });
    connect(m_export, &QPushButton::clicked, this, &PrivacyControls::chooseExportFile);
    connect(m_delete, &QPushButton::clicked, this, &PrivacyControls::confirmAndDelete);
    connect(m_privacy, &QPushButton::clicked, this, &PrivacyControls::privacyRequested);
}

void PrivacyControls::syncFromSettings()
{
    const QSignalBlocker blockLogging(m_logging);
    const QSignalBlocker blockRetention(m_retention);
    m_logging->setChecked(m_settings->value(Settings::Key::Logging).toBool());
    m_retention->setCurrentIndex(
        std::max(0, m_retention->findData(UsagePolicy::retentionDays(*m_settings))));
    // An organisation may lock these; then the reason says who decides.
    m_logging->setEnabled(!m_settings->isLocked(Settings::Key::Logging));
    m_logging->setToolTip(m_settings->lockReason(Settings::Key::Logging));
    m_retention->setEnabled(!m_settings->isLocked(Settings::Key::RetentionDays));
    m_retention->setToolTip(m_settings->lockReason(Settings::Key::RetentionDays));
}

void PrivacyControls::retranslateUi()
{
    // The same words as the same settings on the Settings screen (its translations too).
    const auto settingsWord = [](const char *text) {
        return QCoreApplication::translate("pk::SettingsScreen", text);
    };
    m_logging->setText(settingsWord("Keep a record of my pauses"));
    m_logging->setAccessibleName(m_logging->text());
    m_logging->setAccessibleDescription(
        tr("When this is off, nothing new is written down. What is already there stays until "
           "you delete it."));
    m_retentionLabel->setText(settingsWord("Keep the record for"));
    const QSignalBlocker block(m_retention);
    m_retention->clear();
    m_retention->addItem(settingsWord("30 days"), 30);
    m_retention->addItem(settingsWord("90 days"), 90);
    m_retention->addItem(settingsWord("One year"), 365);
    m_retention->addItem(settingsWord("Until I delete it"), 0);
    m_retention->setAccessibleName(m_retentionLabel->text());
    m_retention->setAccessibleDescription(
        tr("Older notes are removed every time Pauzeknop starts."));
    m_export->setText(tr("Save a summary…"));
    m_export->setAccessibleName(tr("Save a summary"));
    m_export->setAccessibleDescription(
        tr("Saves counts per week to a file you choose: a spreadsheet (CSV) or JSON."));
    m_privacy->setText(tr("About your privacy"));
    m_privacy->setAccessibleName(m_privacy->text());
    m_privacy->setAccessibleDescription(tr("What is written down, where, and what never is."));
    m_delete->setText(tr("Delete everything"));
    m_delete->setAccessibleName(m_delete->text());
    m_delete->setAccessibleDescription(
        tr("Removes every note about your pauses from this computer. You are asked first."));
    syncFromSettings();
}

void PrivacyControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString PrivacyControls::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PrivacyControls::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PrivacyControls::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a summary"), QDir(folder).filePath(QStringLiteral("pauzeknop-pauses.csv")),
        tr("Spreadsheet (*.csv);;JSON (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool PrivacyControls::exportTo(const QString &path)
{
    QString error;
    if (!UsageExport::write(path, m_log->weeklyCounts(),
                            UsagePolicy::exportMinimumCount(*m_settings), &error)) {
        showMessage(error);
        return false;
    }
    showMessage(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool PrivacyControls::confirmAndDelete()
{
    QuestionDialog box(tr("Delete everything?"),
                       tr("Every note about your pauses on this computer is removed. This cannot "
                          "be undone. Pausing keeps working as always."),
                       this);
    QPushButton *remove = box.addDoButton(tr("Delete everything"));
    box.addKeepButton(tr("Keep my pauses"));
    box.setObjectName(QStringLiteral("confirmDelete"));
    box.exec();
    if (box.clickedButton() != remove)
        return false;
    const bool deleted = m_log->deleteEverything();
    showMessage(deleted ? tr("Everything is deleted.")
                        : tr("Nothing could be deleted: this history is read-only."));
    return deleted;
}

} // namespace pk
