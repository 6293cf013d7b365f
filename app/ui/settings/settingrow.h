#pragma once

#include "settings/settings.h"

#include <QList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;

namespace pk {

// One setting on the Settings screen: its label, its control (check box, list or slider) and,
// when the organisation locked it, a note saying why. Reads and writes one Settings key.
class SettingRow : public QWidget
{
    Q_OBJECT

public:
    // One entry of a list; text is asked again on every language change.
    struct Choice
    {
        QVariant value;
        std::function<QString()> text;
    };
    // label and description are QT_TRANSLATE_NOOP("pk::SettingsScreen", ...) texts.
    static SettingRow *checkBox(Settings *settings, Settings::Key key, const char *label,
                                const char *description, QWidget *parent = nullptr);
    static SettingRow *list(Settings *settings, Settings::Key key, const char *label,
                            const char *description, QList<Choice> choices,
                            QWidget *parent = nullptr);
    static SettingRow *slider(Settings *settings, Settings::Key key, const char *label,
                              const char *description, int minimum, int maximum,
                              QWidget *parent = nullptr);

    Settings::Key key() const { return m_key; }
    QWidget *control() const { return m_control; }
    QLabel *lockNote() const { return m_note; }
    // Instead of writing the key (the language is switched by the shell, which also keeps it).
    void setWriter(std::function<void(const QVariant &)> writer) { m_writer = std::move(writer); }
    // Shows the value and lock state the settings hold now.
    void refresh();
    void retranslate();

private:
    SettingRow(Settings *settings, Settings::Key key, const char *label, const char *description,
               QWidget *parent);
    void finish(QWidget *control, bool withLabel);
    void write(const QVariant &value);

    Settings *m_settings;
    Settings::Key m_key;
    const char *m_label;
    const char *m_description;
    QList<Choice> m_choices;
    QLabel *m_title = nullptr;
    QWidget *m_control = nullptr;
    QCheckBox *m_check = nullptr;
    QComboBox *m_combo = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_note;
    std::function<void(const QVariant &)> m_writer;
    bool m_refreshing = false;
    bool m_unsaved = false; // the last change of this key could not be written to disk
};

} // namespace pk
