#pragma once

#include <QObject>

namespace pk {

// Enter and Return press the focused push or tool button, everywhere in the app, as Space does.
// Qt presses only default buttons and buttons inside dialogs; this makes every button alike.
class KeyboardActivation : public QObject
{
    Q_OBJECT

public:
    explicit KeyboardActivation(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace pk
