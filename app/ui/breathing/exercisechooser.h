#pragma once

#include "breathing/breathexercise.h"
#include "common/steppage.h"

class QButtonGroup;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace pk {

class FlowLayout;

// Choose a breathing exercise and how long: two or three plain choices up front (the
// recommended one first and focused), the rest under "More exercises"; the chosen one carries a
// check mark; each says what it is and its caveat.
class ExerciseChooser : public StepPage
{
    Q_OBJECT

public:
    explicit ExerciseChooser(QWidget *parent = nullptr);

    // The exercises on offer (built-ins and the person's own) and the one to preselect.
    void setExercises(const QList<BreathExercise> &exercises, const QString &selectedId);
    QString selectedId() const;
    int selectedChoice() const { return m_choice; }
    void select(const QString &id);
    void selectChoice(int choice);
    QPushButton *startButton() const { return m_start; }
    QPushButton *exerciseButton(const QString &id) const;
    QPushButton *choiceButton(int choice) const;
    QString detailsText() const;
    QPushButton *moreButton() const { return m_moreToggle; }

Q_SIGNALS:
    void chosen(const QString &exerciseId, qint64 sessionMs);
    void ownPatternRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    const BreathExercise *selected() const;
    static bool isUpFront(const QString &id);
    void rebuildChoices();
    void retranslateUi();

    QList<BreathExercise> m_exercises;
    int m_selected = 0;
    int m_choice = 0;
    QLabel *m_title;
    QVBoxLayout *m_list;
    QButtonGroup *m_group;
    QList<QPushButton *> m_exerciseButtons;
    QLabel *m_summary;
    QLabel *m_caveat;
    FlowLayout *m_choiceRow;
    QList<std::pair<int, QPushButton *>> m_choiceButtons;
    QPushButton *m_own;
    QPushButton *m_start;
    QPushButton *m_moreToggle;
    QWidget *m_more;
    QVBoxLayout *m_moreList;
};

} // namespace pk
