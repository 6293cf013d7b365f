#include "ownpatterneditor.h"

#include "common/flowlayout.h"
#include "common/theme.h"
#include "common/wrapbutton.h"
#include "format/localnumber.h"

#include <QAccessible>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <limits>

namespace pk {
namespace {

using F = CustomPattern::Field;
constexpr F allFields[] = {F::In, F::HoldIn, F::Out, F::HoldOut};

} // namespace

OwnPatternEditor::OwnPatternEditor(QWidget *parent)
    : StepPage(parent)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_save(new WrapButton(this))
    , m_cancel(new WrapButton(this))
{
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("problemText"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    theme::setRole(m_save, "primary");

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    int row = 0;
    for (F field : allFields) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("cardText"));
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("secondsField"));
        edit->setMaxLength(6);
        edit->setMinimumHeight(theme::MinTouchTarget);
        edit->setMaximumWidth(140);
        label->setBuddy(edit);
        grid->addWidget(label, row, 0, Qt::AlignTrailing);
        grid->addWidget(edit, row, 1);
        m_fields.append({label, edit});
        connect(edit, &QLineEdit::returnPressed, this, &OwnPatternEditor::trySave);
        Q_UNUSED(field)
        ++row;
    }
    auto *gridRow = new QHBoxLayout;
    gridRow->addStretch(1);
    gridRow->addLayout(grid);
    gridRow->addStretch(1);

    auto *buttons = new FlowLayout;
    buttons->setHorizontalSpacing(16);
    buttons->setLineAlignment(Qt::AlignHCenter);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);

    body()->setSpacing(20);
    body()->addWidget(m_title);
    body()->addLayout(gridRow);
    body()->addWidget(m_message);
    actions()->addLayout(buttons);
    setFocusProxy(m_fields.constFirst().second);

    connect(m_save, &QPushButton::clicked, this, &OwnPatternEditor::trySave);
    connect(m_cancel, &QPushButton::clicked, this, &OwnPatternEditor::cancelled);
    retranslateUi();
    reset();
}

void OwnPatternEditor::reset()
{
    const CustomPattern start;
    for (int i = 0; i < m_fields.size(); ++i)
        m_fields.at(i).second->setText(LocalNumber::decimal(start.seconds(allFields[i])));
    m_message->clear();
}

QLineEdit *OwnPatternEditor::field(CustomPattern::Field field) const
{
    return m_fields.at(static_cast<int>(field)).second;
}

QString OwnPatternEditor::message() const
{
    return m_message->text();
}

void OwnPatternEditor::trySave()
{
    CustomPattern pattern;
    QStringList problems;
    QLineEdit *firstWrong = nullptr;
    for (int i = 0; i < m_fields.size(); ++i) {
        double seconds = std::numeric_limits<double>::quiet_NaN();
        CustomPattern::parseSeconds(m_fields.at(i).second->text(), &seconds);
        pattern.setSeconds(allFields[i], seconds);
        const QString problem = CustomPattern::problemWith(allFields[i], seconds);
        if (!problem.isEmpty()) {
            problems.append(problem);
            if (!firstWrong)
                firstWrong = m_fields.at(i).second;
        }
    }
    if (!problems.isEmpty()) {
        showProblems(problems);
        firstWrong->setFocus(Qt::OtherFocusReason);
        firstWrong->selectAll();
        return;
    }
    m_message->clear();
    Q_EMIT saved(pattern);
}

void OwnPatternEditor::showProblems(const QStringList &problems)
{
    m_message->setText(problems.join(QLatin1Char('\n')));
    m_message->setAccessibleName(m_message->text());
    QAccessibleEvent event(m_message, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void OwnPatternEditor::retranslateUi()
{
    m_title->setText(tr("My own pattern, in seconds"));
    for (int i = 0; i < m_fields.size(); ++i) {
        const auto &[label, edit] = m_fields.at(i);
        label->setText(CustomPattern::fieldName(allFields[i]));
        edit->setAccessibleName(label->text());
        edit->setAccessibleDescription(tr("Seconds, from 0 to 12, in steps of a half."));
    }
    m_save->setText(tr("Save and breathe"));
    m_save->setAccessibleName(m_save->text());
    m_save->setAccessibleDescription(tr("Keeps this pattern and starts breathing with it."));
    m_cancel->setText(tr("Back"));
    m_cancel->setAccessibleName(m_cancel->text());
    m_cancel->setAccessibleDescription(tr("Back to the list of exercises."));
}

void OwnPatternEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    StepPage::changeEvent(event);
}

} // namespace pk
