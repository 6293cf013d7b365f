#pragma once

#include "content/cryingplan.h"
#include "content/helplinedirectory.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace pk {

class HelpRow;
class RegionHeading;
class Settings;

// "I need help": 112 once, as the first large row; then the person's own people (or, on a
// shared PC, the organisation's contact person); then a short list of the region's lines that
// can be called, open ones first and those in the reader's language first among equals. Every
// row has Call and Copy. The region is named in a heading with a way to change it, and the list
// follows the one region setting the moment it changes.
class NeedHelpPage : public QWidget
{
    Q_OBJECT

public:
    // Lines of the region shown here at most; the rest are one press away (allButton).
    static constexpr int MaxLines = 6;

    explicit NeedHelpPage(QWidget *parent = nullptr);

    // Where the lines and the one region come from.
    void setSources(const HelplineDirectory *directory, Settings *settings);
    // Fills the page for an audience id ("parent", ...) at a moment, in a UI language.
    void showFor(const QString &audience, const QDateTime &now, const QString &language);
    // The person's own people (their crying plan) or, on a shared PC, the organisation's
    // contact person: listed right after 112, before the helplines.
    void showPeople(const QList<PlanContact> &people);

    QPushButton *callButton() const;
    QPushButton *backButton() const { return m_back; }
    QPushButton *allButton() const { return m_all; }
    RegionHeading *regionHeading() const { return m_heading; }
    QList<HelpRow *> rows() const { return m_rows; }
    // The people and lines shown after 112, in order: "name number".
    QStringList shownLines() const { return m_shown; }

Q_SIGNALS:
    void backToChild();
    void allHelplinesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();

    const HelplineDirectory *m_directory = nullptr;
    Settings *m_settings = nullptr;
    QString m_audience;
    QDateTime m_now;
    QString m_language;
    QList<PlanContact> m_people;
    QLabel *m_title;
    RegionHeading *m_heading = nullptr;
    QVBoxLayout *m_top;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
    QPushButton *m_back;
    QPushButton *m_all;
    QList<HelpRow *> m_rows;
    QStringList m_shown;
};

} // namespace pk
