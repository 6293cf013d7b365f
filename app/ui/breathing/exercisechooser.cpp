#include "exercisechooser.h"

#include "breathing/breathingcatalog.h"
#include "common/flowlayout.h"
#include "common/theme.h"
#include "common/wrapbutton.h"
#include "format/localnumber.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pk {

ExerciseChooser::ExerciseChooser(QWidget *parent)
    : StepPage(parent)
    , m_title(new QLabel(this))
    , m_list(new QVBoxLayout)
    , m_group(new QButtonGroup(this))
    , m_summary(new QLabel(this))
    , m_caveat(new QLabel(this))
    , m_choiceRow(new FlowLayout)
    , m_own(new WrapButton(this))
    , m_start(new WrapButton(this))
    , m_moreToggle(new WrapButton(this))
    , m_more(new QWidget(this))
    , m_moreList(new QVBoxLayout(m_more))
{
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("cardText"));
    m_caveat->setObjectName(QStringLiteral("caveatText"));
    for (QLabel *label : {m_summary, m_caveat})
        label->setWordWrap(true);
    theme::setRole(m_own, "quiet");
    theme::setRole(m_start, "primary");
    m_start->setDefault(true);

    // Top to bottom: the plain choices, what the chosen exercise is, the other exercises folded
    // away and the own pattern; then how long and Start, which stay in view when 200 % text
    // makes the choices scroll. Every line gets the whole width.
    m_list->setSpacing(8);
    theme::setRole(m_moreToggle, "quiet");
    m_moreToggle->setCheckable(true);
    m_moreList->setContentsMargins(0, 0, 0, 0);
    m_moreList->setSpacing(8);
    m_more->setVisible(false);
    m_choiceRow->setHorizontalSpacing(10);

    QVBoxLayout *layout = body();
    layout->setSpacing(14);
    layout->addWidget(m_title);
    layout->addLayout(m_list);
    layout->addWidget(m_summary);
    layout->addWidget(m_caveat);
    layout->addWidget(m_moreToggle, 0, Qt::AlignLeading);
    layout->addWidget(m_more);
    layout->addWidget(m_own, 0, Qt::AlignLeading);
    // How long and Start share a line where they fit (Start at the far end), so the choices
    // keep as much room as they can.
    auto *durations = new QWidget(this);
    durations->setLayout(m_choiceRow);
    auto *go = new FlowLayout;
    go->setSpread(true);
    go->setVerticalSpacing(8);
    go->addWidget(durations);
    go->addWidget(m_start);
    actions()->addLayout(go);
    m_group->setExclusive(true);

    connect(m_start, &QPushButton::clicked, this, [this] {
        if (const BreathExercise *e = selected())
            Q_EMIT chosen(e->pattern.id, e->sessionMsFor(m_choice));
    });
    connect(m_own, &QPushButton::clicked, this, &ExerciseChooser::ownPatternRequested);
    connect(m_moreToggle, &QPushButton::toggled, this, [this](bool open) {
        m_more->setVisible(open);
        retranslateUi();
    });
    retranslateUi();
}

void ExerciseChooser::setExercises(const QList<BreathExercise> &exercises,
                                   const QString &selectedId)
{
    for (QPushButton *button : std::as_const(m_exerciseButtons))
        delete button;
    m_exerciseButtons.clear();
    m_exercises = exercises;
    for (int i = 0; i < m_exercises.size(); ++i) {
        auto *button = new WrapButton(this);
        button->setCheckable(true);
        button->setAutoExclusive(true); // one of several: a radio button for screen readers
        button->setObjectName(QStringLiteral("exerciseChoice"));
        m_group->addButton(button, i);
        (isUpFront(m_exercises.at(i).pattern.id) ? m_list : m_moreList)->addWidget(button);
        m_exerciseButtons.append(button);
        // toggled, not clicked: a screen reader's "toggle" action and the arrow keys check the
        // button without a click, and must choose the exercise all the same.
        connect(button, &QPushButton::toggled, this, [this, i](bool on) {
            if (!on || m_selected == i) {
                retranslateUi(); // the check mark moves
                return;
            }
            m_selected = i;
            m_choice = m_exercises.at(i).defaultChoice;
            rebuildChoices();
            retranslateUi();
        });
    }
    m_selected = 0;
    select(selectedId);
}

void ExerciseChooser::select(const QString &id)
{
    for (int i = 0; i < m_exercises.size(); ++i) {
        if (m_exercises.at(i).pattern.id == id)
            m_selected = i;
    }
    if (const BreathExercise *e = selected())
        m_choice = e->defaultChoice;
    if (m_selected < m_exerciseButtons.size()) {
        m_exerciseButtons.at(m_selected)->setChecked(true);
        // The step opens on the recommended exercise; the chosen one carries the check mark,
        // and "More exercises" stays open when it is one of those.
        QPushButton *recommended = exerciseButton(BreathingCatalog::defaultId());
        setFocusProxy(recommended ? recommended : m_exerciseButtons.at(m_selected));
        if (!isUpFront(m_exercises.at(m_selected).pattern.id))
            m_moreToggle->setChecked(true);
    }
    rebuildChoices();
    retranslateUi();
}

bool ExerciseChooser::isUpFront(const QString &id)
{
    // Two or three plain choices up front; the rest under "More exercises".
    return id == BreathingCatalog::defaultId() || id == QLatin1String("sigh") ||
           id == QLatin1String("count10");
}

void ExerciseChooser::selectChoice(int choice)
{
    if (QPushButton *button = choiceButton(choice))
        button->click();
}

QString ExerciseChooser::selectedId() const
{
    const BreathExercise *e = selected();
    return e ? e->pattern.id : QString();
}

const BreathExercise *ExerciseChooser::selected() const
{
    if (m_selected < 0 || m_selected >= m_exercises.size())
        return nullptr;
    return &m_exercises.at(m_selected);
}

QPushButton *ExerciseChooser::exerciseButton(const QString &id) const
{
    for (int i = 0; i < m_exercises.size(); ++i) {
        if (m_exercises.at(i).pattern.id == id)
            return m_exerciseButtons.at(i);
    }
    return nullptr;
}

QPushButton *ExerciseChooser::choiceButton(int choice) const
{
    for (const auto &[value, button] : m_choiceButtons) {
        if (value == choice)
            return button;
    }
    return nullptr;
}

QString ExerciseChooser::detailsText() const
{
    return m_summary->text() + QLatin1Char('\n') + m_caveat->text();
}

void ExerciseChooser::rebuildChoices()
{
    while (QLayoutItem *item = m_choiceRow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_choiceButtons.clear();
    const BreathExercise *e = selected();
    if (!e)
        return;
    for (int choice : e->choices) {
        auto *button = new WrapButton(this);
        button->setCheckable(true);
        button->setChecked(choice == m_choice);
        button->setAutoExclusive(true);
        button->setObjectName(QStringLiteral("durationChoice"));
        m_choiceRow->addWidget(button);
        m_choiceButtons.append({choice, button});
        connect(button, &QPushButton::toggled, this, [this, choice](bool on) {
            if (on)
                m_choice = choice;
        });
    }
    // Keyboard order: exercises, their durations, then Start.
    QWidget *previous = m_exerciseButtons.isEmpty() ? nullptr : m_exerciseButtons.constLast();
    for (const auto &entry : std::as_const(m_choiceButtons)) {
        if (previous)
            setTabOrder(previous, entry.second);
        previous = entry.second;
    }
    if (previous)
        setTabOrder(previous, m_start);
}

void ExerciseChooser::retranslateUi()
{
    m_title->setText(tr("Choose a breathing exercise"));
    for (int i = 0; i < m_exercises.size(); ++i) {
        QPushButton *button = m_exerciseButtons.at(i);
        const BreathExercise &exercise = m_exercises.at(i);
        QString name = BreathingCatalog::displayName(exercise);
        if (exercise.pattern.id == BreathingCatalog::defaultId())
            name = tr("%1 (recommended)").arg(name);
        // Two lines: the name (with a check mark when chosen) and what it is, in one line.
        const QString summary = BreathingCatalog::summary(exercise);
        const QString line = summary.section(QStringLiteral(". "), 0, 0);
        const QString mark = button->isChecked() ? QStringLiteral("\u2713 ") : QString();
        button->setText(
            mark + name +
            (isUpFront(exercise.pattern.id) && !line.isEmpty()
                 ? QLatin1Char('\n') + line + (line == summary ? QString() : QStringLiteral("."))
                 : QString()));
        button->setAccessibleName(name);
        button->setAccessibleDescription(summary);
    }
    m_moreToggle->setText(m_moreToggle->isChecked() ? tr("Fewer exercises") : tr("More exercises"));
    m_moreToggle->setAccessibleName(tr("More exercises"));
    m_moreToggle->setAccessibleDescription(tr("Shows or hides the other breathing exercises."));
    const BreathExercise *e = selected();
    m_summary->setText(e ? BreathingCatalog::summary(*e) : QString());
    m_caveat->setText(e ? BreathingCatalog::caveat(*e) : QString());
    for (const auto &[choice, button] : std::as_const(m_choiceButtons)) {
        const bool cycles = e && e->unit == BreathExercise::Unit::Cycles;
        const QString number = LocalNumber::whole(choice); // in the UI language's digits
        button->setText(cycles ? tr("%1 ×").arg(number) : tr("%1 min").arg(number));
        button->setAccessibleName(cycles ? tr("%Ln rounds", nullptr, choice)
                                         : tr("%Ln minutes", nullptr, choice));
        button->setAccessibleDescription(tr("How long to breathe."));
    }
    m_own->setText(tr("Make my own pattern"));
    m_own->setAccessibleName(m_own->text());
    m_own->setAccessibleDescription(
        tr("Set your own seconds to breathe in, hold and breathe out."));
    m_start->setText(tr("Start breathing"));
    m_start->setAccessibleName(m_start->text());
    m_start->setAccessibleDescription(tr("Starts the chosen exercise for the chosen time."));
}

void ExerciseChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    StepPage::changeEvent(event);
}

} // namespace pk
