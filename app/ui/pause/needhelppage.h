#pragma once

#include "content/cryingplan.h"
#include "content/helplinedirectory.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace pk {

// "I need help": 112 first, then the lines for the person's region as a plain list, open ones
// first. The rich helplines screen (call, copy, QR) is its own screen; this one stays simple.
class NeedHelpPage : public QWidget
{
    Q_OBJECT

public:
    explicit NeedHelpPage(QWidget *parent = nullptr);

    // Fills the list for a region ("BE-VLG", ...) and audience id ("parent", ...) at a moment.
    void showLines(const HelplineDirectory &directory, const QString &region,
                   const QString &audience, const QDateTime &now, const QString &language);
    // The person's own people (their crying plan) or, on a shared PC, the organisation's
    // contact person: listed right after 112, before the helplines.
    void showPeople(const QList<PlanContact> &people);
    QPushButton *callButton() const { return m_call112; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *allButton() const { return m_all; }
    // The lines shown, in order: "name number".
    QStringList shownLines() const { return m_shown; }

Q_SIGNALS:
    void backToChild();
    void allHelplinesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void call112();
    // One person or line: name and number in bold, an optional status, a line of detail.
    void addEntry(const QString &head, const QString &status, const QString &detail);

    QLabel *m_title;
    QPushButton *m_call112;
    QLabel *m_dialHint;
    QLabel *m_listTitle;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
    QPushButton *m_back;
    QPushButton *m_all;
    QStringList m_shown;
    QList<PlanContact> m_people;
    QList<Helpline> m_lines;
    QList<OpeningHours::State> m_states;
    QString m_language;
};

} // namespace pk
