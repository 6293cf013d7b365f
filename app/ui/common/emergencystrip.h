#pragma once

#include "wrapbutton.h"

namespace pk {

// "Danger? Call 112": on every screen, one tap away. It opens a tel: link where the desktop can
// dial, and otherwise says plainly how to call.
class EmergencyStrip : public WrapButton
{
    Q_OBJECT

public:
    explicit EmergencyStrip(QWidget *parent = nullptr);
    // Compact: a clearly labelled button in a corner (the pause), not a full-width bar.
    void setCompact(bool compact);

protected:
    void changeEvent(QEvent *event) override;

private:
    void call();
    void retranslateUi();

    bool m_dialFailed = false;
};

} // namespace pk
