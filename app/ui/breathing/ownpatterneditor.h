#pragma once

#include "breathing/custompattern.h"
#include "common/steppage.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace pk {

// "Make my own pattern": seconds to breathe in, hold, breathe out and hold (0-12, half
// seconds). What is typed is checked as it is; a wrong value gets a sentence, never a clamp.
class OwnPatternEditor : public StepPage
{
    Q_OBJECT

public:
    explicit OwnPatternEditor(QWidget *parent = nullptr);

    // Back to 4 / 0 / 6 / 0 and no message.
    void reset();
    QLineEdit *field(CustomPattern::Field field) const;
    QPushButton *saveButton() const { return m_save; }
    QString message() const;
    // Shows problems found later (a full list of patterns).
    void showProblems(const QStringList &problems);

Q_SIGNALS:
    void saved(const pk::CustomPattern &pattern);
    void cancelled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void trySave();
    void retranslateUi();

    QLabel *m_title;
    QList<std::pair<QLabel *, QLineEdit *>> m_fields;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

} // namespace pk
