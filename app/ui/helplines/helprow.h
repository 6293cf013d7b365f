#pragma once

#include "content/cryingplan.h"
#include "content/helpline.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace pk {

// One large row of "I need help": who it is (a person of the crying plan, or a line), what it is
// for, whether it is open and which language it speaks, the number, and Call and Copy.
// Numbers and Latin names keep their direction in right-to-left languages.
class HelpRow : public QFrame
{
    Q_OBJECT

public:
    // A line of the region, its state counted where the region is.
    static HelpRow *forLine(const Helpline &line, const QDateTime &now, const QString &region,
                            const QString &language, QWidget *parent = nullptr);
    // A person of the crying plan (or the organisation's contact person).
    static HelpRow *forPerson(const PlanContact &person, QWidget *parent = nullptr);

    QString name() const { return m_name; }
    QString number() const { return m_number; }
    QString statusText() const { return m_statusText; }
    QPushButton *callButton() const { return m_call; }
    QPushButton *copyButton() const { return m_copy; }

Q_SIGNALS:
    void called();
    void copied();

private:
    HelpRow(const QString &name, const QString &number, QWidget *parent);
    void addLine(const QString &text, const char *objectName);
    void finish();
    void call();
    void copy();

    QString m_name;
    QString m_number;
    QString m_statusText;
    QWidget *m_textColumn;
    QLabel *m_feedback = nullptr;
    QPushButton *m_call = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace pk
