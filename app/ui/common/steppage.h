#pragma once

#include <QWidget>

class QScrollArea;
class QVBoxLayout;

namespace pk {

// A step of the pause: its words and choices (the body) scroll when 200 % text on a small screen
// needs it, while its main action stays in view right under them. When everything fits, body and
// action sit together a little above the middle and nothing scrolls.
class StepPage : public QWidget
{
    Q_OBJECT

public:
    explicit StepPage(QWidget *parent = nullptr);

    // What may scroll: the title, the text, the choices.
    QVBoxLayout *body() const { return m_body; }
    // The main action(s), never scrolled out of view.
    QVBoxLayout *actions() const { return m_actions; }
    QScrollArea *scrollArea() const { return m_scroll; }

private:
    QScrollArea *m_scroll;
    QVBoxLayout *m_body;
    QVBoxLayout *m_actions;
};

} // namespace pk
