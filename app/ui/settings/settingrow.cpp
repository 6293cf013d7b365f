#include "settingrow.h"

#include "common/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

namespace pk {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("pk::SettingsScreen", text);
}

} // namespace

SettingRow::SettingRow(Settings *settings, Settings::Key key, const char *label,
                       const char *description, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_key(key)
    , m_label(label)
    , m_description(description)
    , m_note(new QLabel(this))
{
    setObjectName(Settings::keyName(key));
    m_note->setObjectName(QStringLiteral("settingNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    // Said where it was changed: a change that could not be written to disk.
    connect(settings, &Settings::saveFailed, this, [this](Settings::Key failed) {
        if (failed != m_key)
            return;
        m_unsaved = true;
        retranslate();
    });
    connect(settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == m_key && m_unsaved && m_settings->lastSaveSucceeded()) {
            m_unsaved = false;
            retranslate();
        }
    });
}

SettingRow *SettingRow::checkBox(Settings *settings, Settings::Key key, const char *label,
                                 const char *description, QWidget *parent)
{
    auto *row = new SettingRow(settings, key, label, description, parent);
    row->m_check = new QCheckBox(row);
    connect(row->m_check, &QCheckBox::toggled, row, [row](bool on) { row->write(on); });
    row->finish(row->m_check, false);
    return row;
}

SettingRow *SettingRow::list(Settings *settings, Settings::Key key, const char *label,
                             const char *description, QList<Choice> choices, QWidget *parent)
{
    auto *row = new SettingRow(settings, key, label, description, parent);
    row->m_choices = std::move(choices);
    row->m_combo = new QComboBox(row);
    for (const Choice &choice : row->m_choices)
        row->m_combo->addItem(choice.text(), choice.value);
    connect(row->m_combo, &QComboBox::activated, row,
            [row](int index) { row->write(row->m_combo->itemData(index)); });
    row->finish(row->m_combo, true);
    return row;
}

SettingRow *SettingRow::slider(Settings *settings, Settings::Key key, const char *label,
                               const char *description, int minimum, int maximum, QWidget *parent)
{
    auto *row = new SettingRow(settings, key, label, description, parent);
    row->m_slider = new QSlider(Qt::Horizontal, row);
    row->m_slider->setRange(minimum, maximum);
    row->m_slider->setSingleStep(5);
    row->m_slider->setPageStep(10);
    connect(row->m_slider, &QSlider::valueChanged, row, [row](int value) { row->write(value); });
    row->finish(row->m_slider, true);
    return row;
}

void SettingRow::finish(QWidget *control, bool withLabel)
{
    m_control = control;
    control->setObjectName(Settings::keyName(m_key) + QStringLiteral("/control"));
    control->setMinimumHeight(theme::MinTouchTarget);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(4);
    if (withLabel) {
        m_title = new QLabel(this);
        m_title->setObjectName(QStringLiteral("settingLabel"));
        m_title->setWordWrap(true);
        m_title->setBuddy(control);
        layout->addWidget(m_title);
    }
    layout->addWidget(control);
    layout->addWidget(m_note);
    retranslate();
    refresh();
}

void SettingRow::write(const QVariant &value)
{
    if (m_refreshing)
        return;
    if (m_writer)
        m_writer(value);
    else
        m_settings->setValue(m_key, value);
}

void SettingRow::refresh()
{
    m_refreshing = true;
    const QVariant value = m_settings->value(m_key);
    if (m_check)
        m_check->setChecked(value.toBool());
    if (m_slider)
        m_slider->setValue(value.toInt());
    if (m_combo) {
        int index = m_combo->findData(value);
        if (index < 0) // a number kept as text, or a value no longer offered
            index = m_combo->findData(value.toString());
        m_combo->setCurrentIndex(std::max(0, index));
    }
    const bool locked = m_settings->isLocked(m_key);
    m_control->setEnabled(!locked);
    m_note->setVisible(locked);
    m_refreshing = false;
    retranslate();
}

void SettingRow::retranslate()
{
    const QString label = translated(m_label);
    if (m_title)
        m_title->setText(label);
    if (m_check)
        m_check->setText(label);
    for (int i = 0; m_combo && i < m_choices.size(); ++i)
        m_combo->setItemText(i, m_choices.at(i).text());
    const bool locked = m_settings->isLocked(m_key);
    const QString reason = m_settings->lockReason(m_key);
    m_note->setText(locked      ? tr("Locked. %1").arg(reason)
                    : m_unsaved ? Settings::notSavedText()
                                : QString());
    m_note->setVisible(!m_note->text().isEmpty());
    m_control->setAccessibleName(label);
    m_control->setAccessibleDescription(locked ? tr("Locked. %1").arg(reason)
                                               : translated(m_description));
    m_control->setToolTip(translated(m_description));
}

} // namespace pk
