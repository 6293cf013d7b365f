#include "shortcutrow.h"

#include "common/theme.h"
#include "common/wrapbutton.h"
#include "keyrecorder.h"
#include "shortcut/globalpausekey.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pk {
namespace {

const QString handOffCommand = QStringLiteral("pauzeknop --pause");

} // namespace

ShortcutRow::ShortcutRow(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_toggle(new QCheckBox(this))
    , m_keyLabel(new QLabel(this))
    , m_recorder(new KeyRecorder(this))
    , m_status(new QLabel(this))
    , m_retry(new WrapButton(this))
    , m_note(new QLabel(this))
{
    setObjectName(Settings::keyName(Settings::Key::PauseShortcut));
    m_toggle->setObjectName(QStringLiteral("pauseShortcutToggle"));
    m_toggle->setMinimumHeight(theme::MinTouchTarget);
    m_keyLabel->setObjectName(QStringLiteral("settingLabel"));
    m_keyLabel->setBuddy(m_recorder);
    m_recorder->setObjectName(QStringLiteral("pauseShortcutKey"));
    m_status->setObjectName(QStringLiteral("quietNote"));
    m_retry->setObjectName(QStringLiteral("pauseShortcutRetry"));
    m_retry->setMinimumHeight(theme::MinTouchTarget);
    m_note->setObjectName(QStringLiteral("settingNote"));
    for (QLabel *label : {m_keyLabel, m_status, m_note}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(4);
    layout->addWidget(m_toggle);
    layout->addWidget(m_keyLabel);
    layout->addWidget(m_recorder, 0, Qt::AlignLeading);
    layout->addWidget(m_status);
    layout->addWidget(m_retry, 0, Qt::AlignLeading);
    layout->addWidget(m_note);

    m_lastKeys =
        KeyCombination::parse(Settings::defaultValue(Settings::Key::PauseShortcut).toString());
    // toggled(), not clicked(): a screen reader's toggle action must switch it too.
    connect(m_toggle, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_refreshing)
            write(on ? m_lastKeys.toString() : KeyCombination::offText());
    });
    connect(m_recorder, &KeyRecorder::keysChosen, this,
            [this](const KeyCombination &keys) { write(keys.toString()); });
    connect(m_recorder, &KeyRecorder::rejected, this, [this](const KeyCombination &keys) {
        m_hint = keys.key() != Qt::Key_unknown && KeyCombination::isSupportedKey(keys.key()) &&
                         (keys.modifiers() & (Qt::ControlModifier | Qt::AltModifier))
                     ? tr("Your computer keeps this key for itself. Choose another.")
                     : tr("Choose a letter, digit or F-key together with Ctrl, Alt or the "
                          "Windows key, so the key never gets in the way of typing.");
        refresh();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_key)
            m_key->retry();
    });
    connect(settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::PauseShortcut || key == Settings::Key::StartWithComputer) {
            m_hint.clear();
            refresh();
        }
    });
    retranslate();
}

void ShortcutRow::setPauseKey(GlobalPauseKey *key)
{
    m_key = key;
    if (key)
        connect(key, &GlobalPauseKey::stateChanged, this, &ShortcutRow::refresh);
    refresh();
}

void ShortcutRow::write(const QString &value)
{
    m_hint.clear();
    m_settings->setValue(Settings::Key::PauseShortcut, value);
    refresh();
}

void ShortcutRow::refresh()
{
    const KeyCombination keys =
        KeyCombination::parse(m_settings->value(Settings::Key::PauseShortcut).toString());
    if (keys.isValid())
        m_lastKeys = keys;
    const bool locked = m_settings->isLocked(Settings::Key::PauseShortcut);
    m_refreshing = true;
    m_toggle->setChecked(keys.isValid());
    m_refreshing = false;
    m_toggle->setEnabled(!locked);
    m_recorder->setKeys(m_lastKeys);
    m_recorder->setEnabled(!locked && keys.isValid());
    m_note->setVisible(locked);
    const bool askAgain =
        m_key && keys.isValid() && m_key->way() == GlobalPauseKey::Way::Portal &&
        (m_key->state() == GlobalKey::State::Refused || m_key->state() == GlobalKey::State::Failed);
    m_retry->setVisible(askAgain);
    retranslate();
}

void ShortcutRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ShortcutRow::retranslate()
{
    m_toggle->setText(tr("Pause from anywhere"));
    m_toggle->setAccessibleName(tr("Pause from anywhere"));
    m_toggle->setAccessibleDescription(
        tr("One key opens the pause, also when Pauzeknop is in the tray or behind other "
           "windows."));
    m_keyLabel->setText(tr("Key for the pause"));
    m_recorder->setAccessibleName(tr("Key for the pause"));
    m_retry->setText(tr("Ask my desktop again"));
    const QString reason = m_settings->lockReason(Settings::Key::PauseShortcut);
    m_note->setText(m_settings->isLocked(Settings::Key::PauseShortcut)
                        ? tr("Locked. %1").arg(reason)
                        : QString());
    const QString status = statusText();
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
}

QString ShortcutRow::statusText() const
{
    const KeyCombination keys =
        KeyCombination::parse(m_settings->value(Settings::Key::PauseShortcut).toString());
    if (!keys.isValid())
        return tr("Off. The Pause button and the tray still open the pause.");
    if (!m_hint.isEmpty())
        return m_hint;
    if (!m_key)
        return QString();
    const QString chosen = KeyRecorder::nativeText(keys);
    switch (m_key->state()) {
    case GlobalKey::State::Waiting:
        return m_key->way() == GlobalPauseKey::Way::Portal
                   ? tr("Asking your desktop to set up %1. It may show a window to confirm.")
                         .arg(chosen)
                   : tr("Setting up %1…").arg(chosen);
    case GlobalKey::State::Active: {
        const bool portal = m_key->way() == GlobalPauseKey::Way::Portal;
        QString text =
            portal ? tr("On: your desktop opens the pause when you press %1, while Pauzeknop is "
                        "running.")
                         .arg(m_key->trigger().isEmpty() ? chosen : m_key->trigger())
                   : tr("On: press %1 anywhere to open the pause, while Pauzeknop is running.")
                         .arg(chosen);
        if (!m_settings->value(Settings::Key::StartWithComputer).toBool())
            text += QLatin1Char(' ') +
                    tr("Switch on \"Start with my computer\" to have the key always ready.");
        return text;
    }
    case GlobalKey::State::Taken:
        return tr("This key is taken by another program; choose another.");
    case GlobalKey::State::Refused:
        return tr("Your desktop did not set up the key. That is fine: the Pause button and the "
                  "tray still open the pause. You can ask again, or add a key in your desktop's "
                  "own keyboard settings with the command %1.")
            .arg(handOffCommand);
    case GlobalKey::State::Unavailable:
        if (m_key->way() != GlobalPauseKey::Way::None)
            return tr("This keyboard has no such key; choose another.");
        break;
    case GlobalKey::State::Off:
    case GlobalKey::State::Failed:
        break;
    }
    return fallbackText();
}

QString ShortcutRow::fallbackText()
{
    const QString desktop = qEnvironmentVariable("XDG_CURRENT_DESKTOP").toUpper();
    if (desktop.contains(QLatin1String("GNOME")))
        return tr("This desktop does not let Pauzeknop set a key itself. Add one in Settings > "
                  "Keyboard > View and Customise Shortcuts > Custom Shortcuts, with the command "
                  "%1.")
            .arg(handOffCommand);
    if (desktop.contains(QLatin1String("KDE")))
        return tr("This desktop does not let Pauzeknop set a key itself. Add one in System "
                  "Settings > Shortcuts > Add New > Command or Script, with the command %1.")
            .arg(handOffCommand);
    return tr("This desktop does not let Pauzeknop set a key itself. Add a shortcut in your "
              "desktop's own keyboard settings, with the command %1.")
        .arg(handOffCommand);
}

} // namespace pk
