#pragma once

#include "shortcut/keycombination.h"

#include <QPushButton>

namespace pk {

// A button that shows a key combination and, once pressed, takes the next one typed as the
// new key. Escape, Tab or leaving it cancels, so it never traps the keyboard; a key that would
// get in the way of typing (a plain letter) is turned down with rejected().
class KeyRecorder : public QPushButton
{
    Q_OBJECT

public:
    explicit KeyRecorder(QWidget *parent = nullptr);

    void setKeys(const KeyCombination &keys);
    KeyCombination keys() const { return m_keys; }
    bool isRecording() const { return m_recording; }
    void startRecording();
    void cancelRecording();
    // A key as the person's system writes it ("Ctrl+Alt+P", "Strg+Alt+P").
    static QString nativeText(const KeyCombination &keys);

Q_SIGNALS:
    void keysChosen(const pk::KeyCombination &keys);
    void rejected(const pk::KeyCombination &keys);
    void recordingChanged(bool recording);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void stopRecording();
    void showKeys(Qt::KeyboardModifiers held = {});

    KeyCombination m_keys;
    bool m_recording = false;
};

} // namespace pk
