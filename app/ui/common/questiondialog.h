#pragma once

#include <QDialog>

class QAbstractButton;
class QLabel;
class QPushButton;

namespace pk {

class FlowLayout;

// A question before something that cannot be undone (deleting pauses): the question in the box
// itself, its explanation, and the answers, with the safe one as the default (Enter, Escape).
// Unlike QMessageBox it grows with its text and wraps its buttons, so 200 % text and long
// translations fit a small screen.
class QuestionDialog : public QDialog
{
    Q_OBJECT

public:
    QuestionDialog(const QString &question, const QString &explanation, QWidget *parent = nullptr);

    // The answer that does it (plain look) and the one that keeps everything as it is (filled,
    // default, also Escape and closing the window).
    QPushButton *addDoButton(const QString &text);
    QPushButton *addKeepButton(const QString &text);
    // The button that closed the dialog, or null (Escape, closed window: keep).
    QAbstractButton *clickedButton() const { return m_clicked; }
    // The question and its explanation, as read aloud.
    QString text() const;
    QList<QAbstractButton *> buttons() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPushButton *addAnswer(const QString &text);
    void fitToText();

    QLabel *m_question;
    QLabel *m_explanation;
    FlowLayout *m_answers;
    QList<QAbstractButton *> m_buttons;
    QAbstractButton *m_clicked = nullptr;
};

} // namespace pk
