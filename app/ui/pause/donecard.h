#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace pk {

// After the breathing timer: a warm word, and the way back or one more round.
class DoneCard : public QWidget
{
    Q_OBJECT

public:
    explicit DoneCard(QWidget *parent = nullptr);

    QPushButton *againButton() const { return m_again; }
    QPushButton *backButton() const { return m_back; }

Q_SIGNALS:
    void breatheAgain();
    void backToChild();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_body;
    QPushButton *m_again;
    QPushButton *m_back;
};

} // namespace pk
