#pragma once

#include "pin/pingate.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace pk {

// Asks for the admin PIN of a shared PC. The PIN is checked off the UI thread; wrong PINs make
// the next try wait (PinGate, kept across restarts); the button stays off until then and one
// single-shot timer turns it back on, so nothing blocks.
class AdminPinPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AdminPinPanel(PinGate *gate, QWidget *parent = nullptr);

    QLineEdit *pinField() const { return m_pin; }
    QPushButton *unlockButton() const { return m_unlock; }
    QLabel *status() const { return m_status; }
    bool isUnlocked() const { return m_unlocked; }

Q_SIGNALS:
    void unlocked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void tryPin();
    void showResult(pk::PinGate::Result result);
    void showWait();
    void retranslateUi();

    PinGate *m_gate;
    QLabel *m_label;
    QLineEdit *m_pin;
    QPushButton *m_unlock;
    QLabel *m_status;
    QTimer *m_wait;
    bool m_unlocked = false;
    bool m_wrong = false;
};

} // namespace pk
