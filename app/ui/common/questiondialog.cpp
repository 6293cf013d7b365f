#include "questiondialog.h"

#include "flowlayout.h"
#include "theme.h"
#include "wrapbutton.h"

#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace pk {

QuestionDialog::QuestionDialog(const QString &question, const QString &explanation, QWidget *parent)
    : QDialog(parent)
    , m_question(new QLabel(question, this))
    , m_explanation(new QLabel(explanation, this))
    , m_answers(new FlowLayout)
{
    setWindowTitle(question);
    setObjectName(QStringLiteral("question"));
    setAccessibleName(question);
    setAccessibleDescription(explanation);
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);
    for (QLabel *label : {m_question, m_explanation}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_answers->setHorizontalSpacing(12);
    m_answers->setLineAlignment(Qt::AlignTrailing);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(m_question);
    layout->addWidget(m_explanation);
    layout->addSpacing(6);
    layout->addLayout(m_answers);
}

QPushButton *QuestionDialog::addAnswer(const QString &text)
{
    auto *button = new WrapButton(text, this);
    button->setAccessibleName(text);
    button->setAutoDefault(true);
    m_answers->addWidget(button);
    m_buttons.append(button);
    connect(button, &QPushButton::clicked, this, [this, button] { m_clicked = button; });
    return button;
}

QPushButton *QuestionDialog::addDoButton(const QString &text)
{
    QPushButton *button = addAnswer(text);
    connect(button, &QPushButton::clicked, this, &QDialog::accept);
    return button;
}

QPushButton *QuestionDialog::addKeepButton(const QString &text)
{
    QPushButton *button = addAnswer(text);
    theme::setRole(button, "primary");
    button->setDefault(true);
    setFocusProxy(button);
    connect(button, &QPushButton::clicked, this, &QDialog::reject);
    return button;
}

QString QuestionDialog::text() const
{
    return m_question->text() + QStringLiteral("\n\n") + m_explanation->text();
}

QList<QAbstractButton *> QuestionDialog::buttons() const
{
    return m_buttons;
}

void QuestionDialog::showEvent(QShowEvent *event)
{
    fitToText();
    QDialog::showEvent(event);
}

void QuestionDialog::fitToText()
{
    // As wide as the text wants, up to a readable line and within the window (or the screen)
    // it belongs to; as tall as the text then needs.
    const QWidget *owner = parentWidget() ? parentWidget()->window() : nullptr;
    const QScreen *screen =
        owner && owner->screen() ? owner->screen() : QGuiApplication::primaryScreen();
    int room = screen ? screen->availableGeometry().width() - 48 : 800;
    if (owner)
        room = std::min(room, std::max(owner->width() - 48, 320));
    const int readable = 40 * fontMetrics().averageCharWidth() + 48;
    const int width = std::clamp(layout()->sizeHint().width(), std::min(readable, room),
                                 std::min(readable * 3 / 2, room));
    const int height = layout()->totalHeightForWidth(width);
    setMinimumSize(std::min(width, layout()->totalMinimumSize().width()), height);
    resize(width, height);
}

} // namespace pk
