#include "keyrecorder.h"

#include "common/theme.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QKeySequence>

namespace pk {
namespace {

bool isModifierKey(int key)
{
    return key == Qt::Key_Control || key == Qt::Key_Alt || key == Qt::Key_Shift ||
           key == Qt::Key_Meta || key == Qt::Key_AltGr || key == Qt::Key_Super_L ||
           key == Qt::Key_Super_R || key == Qt::Key_Hyper_L || key == Qt::Key_Hyper_R;
}

// "Ctrl+Alt" for the modifiers held so far, in the words Qt uses for keys (QShortcut context).
QString modifierNames(Qt::KeyboardModifiers held)
{
    QStringList names;
    if (held & Qt::ControlModifier)
        names.append(QCoreApplication::translate("QShortcut", "Ctrl"));
    if (held & Qt::AltModifier)
        names.append(QCoreApplication::translate("QShortcut", "Alt"));
    if (held & Qt::ShiftModifier)
        names.append(QCoreApplication::translate("QShortcut", "Shift"));
    if (held & Qt::MetaModifier)
        names.append(QCoreApplication::translate("QShortcut", "Meta"));
    return names.join(QLatin1Char('+'));
}

} // namespace

KeyRecorder::KeyRecorder(QWidget *parent)
    : QPushButton(parent)
{
    setMinimumHeight(theme::MinTouchTarget);
    connect(this, &QPushButton::clicked, this, [this] {
        if (!m_recording)
            startRecording();
    });
    showKeys();
}

QString KeyRecorder::nativeText(const KeyCombination &keys)
{
    if (!keys.isValid())
        return QString();
    return QKeySequence(QKeyCombination(keys.modifiers(), keys.key()))
        .toString(QKeySequence::NativeText);
}

void KeyRecorder::setKeys(const KeyCombination &keys)
{
    m_keys = keys;
    if (!m_recording)
        showKeys();
}

void KeyRecorder::startRecording()
{
    if (m_recording || !isEnabled())
        return;
    m_recording = true;
    setFocus(Qt::OtherFocusReason);
    // Every key comes here while recording, also Alt+letter combinations the desktop or the
    // window would otherwise take.
    grabKeyboard();
    showKeys();
    Q_EMIT recordingChanged(true);
}

void KeyRecorder::cancelRecording()
{
    stopRecording();
}

void KeyRecorder::stopRecording()
{
    if (!m_recording)
        return;
    m_recording = false;
    releaseKeyboard();
    showKeys();
    Q_EMIT recordingChanged(false);
}

void KeyRecorder::showKeys(Qt::KeyboardModifiers held)
{
    if (m_recording) {
        const QString soFar = modifierNames(held);
        setText(soFar.isEmpty() ? tr("Press the new keys now (Escape cancels)")
                                : tr("%1… (Escape cancels)").arg(soFar));
        setAccessibleDescription(
            tr("Press the new keys now, for example Ctrl, Alt and a letter together. Escape "
               "cancels."));
        return;
    }
    const QString current = nativeText(m_keys);
    setText(current.isEmpty() ? tr("Choose a key") : current);
    setAccessibleDescription(tr("Press Space to choose another key, then press the new keys."));
}

bool KeyRecorder::event(QEvent *event)
{
    // While recording, no shortcut of the window (Escape goes home) may take the key.
    if (m_recording && event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    return QPushButton::event(event);
}

void KeyRecorder::keyPressEvent(QKeyEvent *event)
{
    if (!m_recording) {
        QPushButton::keyPressEvent(event);
        return;
    }
    event->accept();
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (isModifierKey(event->key())) {
        showKeys(modifiers);
        return;
    }
    if (event->key() == Qt::Key_Escape && modifiers == Qt::NoModifier) {
        stopRecording();
        return;
    }
    const KeyCombination chosen(modifiers, Qt::Key(event->key()));
    stopRecording();
    if (chosen.isValid())
        Q_EMIT keysChosen(chosen);
    else
        Q_EMIT rejected(chosen);
}

void KeyRecorder::keyReleaseEvent(QKeyEvent *event)
{
    if (m_recording) {
        event->accept();
        showKeys(event->modifiers() & ~Qt::KeypadModifier);
        return;
    }
    QPushButton::keyReleaseEvent(event);
}

void KeyRecorder::focusOutEvent(QFocusEvent *event)
{
    stopRecording();
    QPushButton::focusOutEvent(event);
}

void KeyRecorder::hideEvent(QHideEvent *event)
{
    stopRecording();
    QPushButton::hideEvent(event);
}

void KeyRecorder::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showKeys();
    QPushButton::changeEvent(event);
}

} // namespace pk
