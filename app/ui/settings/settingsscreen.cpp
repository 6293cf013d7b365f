#include "settingsscreen.h"

#include "adminpinpanel.h"
#include "breathing/breathingcatalog.h"
#include "format/localnumber.h"
#include "i18n/languagemanager.h"
#include "insights/retentionquestion.h"
#include "settingrow.h"
#include "shortcutrow.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pk {
namespace {

using Choice = SettingRow::Choice;

// A list entry whose text is a QT_TRANSLATE_NOOP("pk::SettingsScreen", ...) source.
Choice choice(const QVariant &value, const char *text)
{
    return Choice{value, [text] {
                      return QCoreApplication::translate("pk::SettingsScreen", text);
                  }};
}

QList<Choice> languageChoices()
{
    QList<Choice> choices{
        choice(QString(), QT_TRANSLATE_NOOP("pk::SettingsScreen", "Follow the computer"))};
    for (const Language &language : LanguageManager::available()) {
        const QString name = language.nativeName;
        choices.append(Choice{language.code, [name] {
                                  return name;
                              }});
    }
    return choices;
}

QList<Choice> exerciseChoices()
{
    QList<Choice> choices;
    for (const BreathExercise &exercise : BreathingCatalog::builtIn()) {
        const QString id = exercise.pattern.id;
        choices.append(Choice{id, [id] {
                                  return BreathingCatalog::displayName(BreathingCatalog::find(id));
                              }});
    }
    return choices;
}

QList<Choice> durationChoices()
{
    QList<Choice> choices;
    for (int minutes : {1, 2, 3, 5, 10}) {
        choices.append(Choice{minutes * 60, [minutes] {
                                  return QCoreApplication::translate("pk::SettingsScreen", "%1 min")
                                      .arg(LocalNumber::whole(minutes));
                              }});
    }
    return choices;
}

QList<Choice> textSizeChoices()
{
    QList<Choice> choices;
    for (int percent : {100, 125, 150, 175, 200}) {
        choices.append(Choice{percent, [percent] {
                                  return QCoreApplication::translate("pk::SettingsScreen", "%1 %")
                                      .arg(LocalNumber::whole(percent));
                              }});
    }
    return choices;
}

} // namespace

SettingsScreen::SettingsScreen(Settings *settings, PinGate *gate, QWidget *parent)
    : ScreenPage(parent)
    , m_settings(settings)
    , m_organisation(new QLabel)
    , m_problems(new QLabel)
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Every row has a control that Tab reaches (and scrolls into view): no stop of its own.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("settingsBody"));
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 0, 8, 16);
    layout->setSpacing(6);

    for (QLabel *label : {m_organisation, m_problems}) {
        label->setObjectName(QStringLiteral("quietNote"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    layout->addWidget(m_organisation);
    buildRows(layout);
    if (settings->sharedPcMode() && gate) {
        addSection(layout, QT_TRANSLATE_NOOP("pk::SettingsScreen", "For the administrator"));
        m_admin = new AdminPinPanel(gate, body);
        layout->addWidget(m_admin);
        connect(m_admin, &AdminPinPanel::unlocked, this, &SettingsScreen::adminUnlocked);
    }
    layout->addWidget(m_problems);
    layout->addStretch(1);
    scroll->setWidget(body);
    contentLayout()->addWidget(scroll);

    connect(settings, &Settings::changed, this, [this](Settings::Key key) {
        if (SettingRow *changed = row(key))
            changed->refresh();
    });
    retranslateUi();
}

void SettingsScreen::buildRows(QVBoxLayout *layout)
{
    using K = Settings::Key;
    Settings *s = m_settings;
    addSection(layout, QT_TRANSLATE_NOOP("pk::SettingsScreen", "You"));
    SettingRow *language =
        add(layout,
            SettingRow::list(s, K::Language, QT_TRANSLATE_NOOP("pk::SettingsScreen", "Language"),
                             QT_TRANSLATE_NOOP("pk::SettingsScreen",
                                               "The language of Pauzeknop. It changes at once."),
                             languageChoices()));
    language->setWriter([this](const QVariant &code) { Q_EMIT languageChosen(code.toString()); });
    add(layout,
        SettingRow::list(
            s, K::Audience, QT_TRANSLATE_NOOP("pk::SettingsScreen", "Who I am"),
            QT_TRANSLATE_NOOP("pk::SettingsScreen", "The pause and the tips speak to you."),
            {choice(QStringLiteral("parent"), QT_TRANSLATE_NOOP("pk::SettingsScreen", "A parent")),
             choice(QStringLiteral("grandparent"),
                    QT_TRANSLATE_NOOP("pk::SettingsScreen", "A grandparent")),
             choice(QStringLiteral("childcare"),
                    QT_TRANSLATE_NOOP("pk::SettingsScreen", "A childcare worker")),
             choice(QStringLiteral("other"),
                    QT_TRANSLATE_NOOP("pk::SettingsScreen", "Someone else"))}));
    add(layout,
        SettingRow::list(
            s, K::Region, QT_TRANSLATE_NOOP("pk::SettingsScreen", "Where I live"),
            QT_TRANSLATE_NOOP("pk::SettingsScreen", "Which helplines are shown."),
            {choice(QStringLiteral("BE-VLG"), QT_TRANSLATE_NOOP("pk::SettingsScreen", "Flanders")),
             choice(QStringLiteral("BE-BRU"), QT_TRANSLATE_NOOP("pk::SettingsScreen", "Brussels")),
             choice(QStringLiteral("BE-WAL"), QT_TRANSLATE_NOOP("pk::SettingsScreen", "Wallonia")),
             choice(QStringLiteral("BE-DG"),
                    QT_TRANSLATE_NOOP("pk::SettingsScreen", "German-speaking Community")),
             choice(QStringLiteral("NL"),
                    QT_TRANSLATE_NOOP("pk::SettingsScreen", "The Netherlands"))}));

    addSection(layout, QT_TRANSLATE_NOOP("pk::SettingsScreen", "The pause"));
    add(layout, SettingRow::checkBox(
                    s, K::SafeFirstCard,
                    QT_TRANSLATE_NOOP("pk::SettingsScreen", "First ask: is your child safe?"),
                    QT_TRANSLATE_NOOP("pk::SettingsScreen",
                                      "Before breathing, a card asks you to put your child "
                                      "somewhere safe.")));
    add(layout, SettingRow::list(
                    s, K::Exercise, QT_TRANSLATE_NOOP("pk::SettingsScreen", "Breathing exercise"),
                    QT_TRANSLATE_NOOP("pk::SettingsScreen", "The exercise a pause starts with."),
                    exerciseChoices()));
    add(layout,
        SettingRow::list(s, K::DurationSeconds,
                         QT_TRANSLATE_NOOP("pk::SettingsScreen", "How long to breathe"),
                         QT_TRANSLATE_NOOP("pk::SettingsScreen", "You can always stop earlier."),
                         durationChoices()));

    addSection(layout, QT_TRANSLATE_NOOP("pk::SettingsScreen", "Sound"));
    add(layout, SettingRow::checkBox(
                    s, K::SoundCues, QT_TRANSLATE_NOOP("pk::SettingsScreen", "Soft sounds"),
                    QT_TRANSLATE_NOOP("pk::SettingsScreen",
                                      "A soft tone when it is time to breathe in or out.")));
    add(layout,
        SettingRow::slider(
            s, K::SoundVolume, QT_TRANSLATE_NOOP("pk::SettingsScreen", "Volume"),
            QT_TRANSLATE_NOOP("pk::SettingsScreen", "Kept low, so a sleeping baby stays asleep."),
            0, 100));
    add(layout, SettingRow::checkBox(
                    s, K::SpokenCues, QT_TRANSLATE_NOOP("pk::SettingsScreen", "Spoken words"),
                    QT_TRANSLATE_NOOP("pk::SettingsScreen",
                                      "A calm voice says \"breathe in\" and \"breathe out\".")));
    m_spokenNote = new QLabel; // shown for a language without a voice (Somali)
    m_spokenNote->setObjectName(QStringLiteral("quietNote"));
    m_spokenNote->setWordWrap(true);
    layout->addWidget(m_spokenNote);

    addSection(layout, QT_TRANSLATE_NOOP("pk::SettingsScreen", "Seeing"));
    add(layout,
        SettingRow::checkBox(
            s, K::ReducedMotion, QT_TRANSLATE_NOOP("pk::SettingsScreen", "Less motion"),
            QT_TRANSLATE_NOOP("pk::SettingsScreen", "A filling bar instead of a growing circle.")));
    add(layout, SettingRow::checkBox(
                    s, K::HighContrast, QT_TRANSLATE_NOOP("pk::SettingsScreen", "High contrast"),
                    QT_TRANSLATE_NOOP("pk::SettingsScreen", "Black and white, with clear edges.")));
    add(layout,
        SettingRow::list(s, K::TextScale, QT_TRANSLATE_NOOP("pk::SettingsScreen", "Text size"),
                         QT_TRANSLATE_NOOP("pk::SettingsScreen", "Larger text everywhere."),
                         textSizeChoices()));

    addSection(layout, QT_TRANSLATE_NOOP("pk::SettingsScreen", "This computer"));
    add(layout, SettingRow::checkBox(
                    s, K::StartWithComputer,
                    QT_TRANSLATE_NOOP("pk::SettingsScreen", "Start with my computer"),
                    QT_TRANSLATE_NOOP("pk::SettingsScreen",
                                      "Pauzeknop waits quietly in the tray, one tap away.")));
    add(layout,
        SettingRow::checkBox(
            s, K::Logging, QT_TRANSLATE_NOOP("pk::SettingsScreen", "Keep a record of my pauses"),
            QT_TRANSLATE_NOOP("pk::SettingsScreen",
                              "Only when and how long, never who. It stays on this computer.")));
    add(layout,
        SettingRow::list(
            s, K::RetentionDays, QT_TRANSLATE_NOOP("pk::SettingsScreen", "Keep the record for"),
            QT_TRANSLATE_NOOP("pk::SettingsScreen", "Older pauses are deleted by themselves."),
            {choice(30, QT_TRANSLATE_NOOP("pk::SettingsScreen", "30 days")),
             choice(90, QT_TRANSLATE_NOOP("pk::SettingsScreen", "90 days")),
             choice(365, QT_TRANSLATE_NOOP("pk::SettingsScreen", "One year")),
             choice(0, QT_TRANSLATE_NOOP("pk::SettingsScreen", "Until I delete it"))}));
    // A shorter time deletes stored pauses at once: ask first, and stay put on "keep".
    SettingRow *retention = row(K::RetentionDays);
    retention->setWriter([this, retention](const QVariant &days) {
        const auto *list = qobject_cast<const QComboBox *>(retention->control());
        if (!RetentionQuestion::confirm(this, m_log, days.toInt(),
                                        list ? list->currentText() : QString())) {
            retention->refresh();
            return;
        }
        m_settings->setValue(Settings::Key::RetentionDays, days);
    });

    addSection(layout, QT_TRANSLATE_NOOP("pk::SettingsScreen", "Keyboard shortcut"));
    m_shortcutRow = new ShortcutRow(s);
    layout->addWidget(m_shortcutRow);
}

QLabel *SettingsScreen::addSection(QVBoxLayout *layout, const char *title)
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("sectionTitle"));
    label->setContentsMargins(0, 14, 0, 0);
    layout->addWidget(label);
    m_sections.append({label, title});
    return label;
}

SettingRow *SettingsScreen::add(QVBoxLayout *layout, SettingRow *row)
{
    layout->addWidget(row);
    m_rows.append(row);
    return row;
}

SettingRow *SettingsScreen::row(Settings::Key key) const
{
    for (SettingRow *candidate : m_rows) {
        if (candidate->key() == key)
            return candidate;
    }
    return nullptr;
}

void SettingsScreen::retranslateUi()
{
    setTitle(tr("Settings"));
    for (const auto &[label, title] : m_sections)
        label->setText(QCoreApplication::translate("pk::SettingsScreen", title));
    for (SettingRow *row : m_rows)
        row->retranslate();
    QString organisation;
    if (m_settings->sharedPcMode())
        organisation = tr("This is a shared computer. Personal contacts are not kept here, and "
                          "the record of pauses is only for the administrator.");
    if (!m_settings->organisationName().isEmpty())
        organisation = tr("Set up by %1.").arg(m_settings->organisationName()) +
                       (organisation.isEmpty() ? QString() : QLatin1Char(' ') + organisation);
    const bool voiceless = !LanguageManager::hasSpokenCues(LanguageManager::uiLanguage());
    m_spokenNote->setText(voiceless ? tr("Spoken words are not available in this language. The "
                                         "soft sounds still work.")
                                    : QString());
    m_spokenNote->setVisible(voiceless);
    m_organisation->setText(organisation);
    m_organisation->setVisible(!organisation.isEmpty());
    const QStringList problems = m_settings->managedProblems();
    m_problems->setText(problems.isEmpty()
                            ? QString()
                            : tr("Some lines of the organisation's settings file were ignored:") +
                                  QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

} // namespace pk
