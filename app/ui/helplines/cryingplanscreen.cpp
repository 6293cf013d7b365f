#include "cryingplanscreen.h"

#include "common/flowlayout.h"
#include "common/scrollareas.h"
#include "common/wrapbutton.h"
#include "content/contentlibrary.h"
#include "cryingplandocument.h"
#include "settings/settings.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pk {
namespace {

// The room a field needs to show its hint whole: the hint's width and the field's own frame,
// padding and margins (what its minimum size adds to the widest letter).
int hintRoom(const QLineEdit *field)
{
    const QFontMetrics metrics(field->font());
    return metrics.horizontalAdvance(field->placeholderText()) + field->minimumSizeHint().width() -
           metrics.maxWidth() + 4;
}

constexpr int SmallestField = 96; // room for a few letters when nothing else fits

} // namespace

CryingPlanScreen::CryingPlanScreen(const ContentLibrary *content, Settings *settings,
                                   QWidget *parent)
    : ScreenPage(parent)
    , m_content(content)
    , m_settings(settings)
    , m_intro(new QLabel(this))
    , m_feedback(new QLabel(this))
    , m_grid(new QGridLayout)
    , m_add(new WrapButton(this))
    , m_print(new WrapButton(this))
    , m_pdf(new WrapButton(this))
{
    m_intro->setObjectName(QStringLiteral("cardPurpose"));
    m_intro->setWordWrap(true);
    m_feedback->setObjectName(QStringLiteral("cardNote"));
    m_feedback->setWordWrap(true);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(10);
    m_grid->setColumnStretch(0, 2);
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(2, 3);
    // Column headings stay visible once the placeholders are typed over.
    for (int column = 0; column < 3; ++column) {
        m_headings[column] = new QLabel(this);
        m_headings[column]->setObjectName(QStringLiteral("cardNote"));
        m_grid->addWidget(m_headings[column], 0, column);
    }

    auto *actions = new FlowLayout;
    actions->setHorizontalSpacing(12);
    actions->addWidget(m_add);
    actions->addWidget(m_print);
    actions->addWidget(m_pdf);

    // The plan scrolls under the header when 200 % text or many people need more room.
    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("cardList"));
    auto *column = new QVBoxLayout(body);
    column->setContentsMargins(0, 0, 8, 0);
    column->setSpacing(16);
    column->addWidget(m_intro);
    column->addLayout(m_grid);
    column->addLayout(actions);
    column->addWidget(m_feedback);
    column->addStretch(1);
    m_scroll = makePlainScroll(body, this);
    m_scroll->viewport()->installEventFilter(this); // its width decides one line or two
    contentLayout()->addWidget(m_scroll);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({});
        m_rows.last().name->setFocus();
    });
    connect(m_pdf, &QPushButton::clicked, this, &CryingPlanScreen::askAndExportPdf);
    connect(m_print, &QPushButton::clicked, this, &CryingPlanScreen::print);
    // A plan that cannot be written to disk is said here, where it was typed.
    connect(m_settings, &Settings::saveFailed, this, [this](Settings::Key key) {
        if (key == Settings::Key::CryingPlan)
            m_feedback->setText(m_settings->saveProblem());
    });
    reload();
    retranslateUi();
}

void CryingPlanScreen::reload()
{
    while (!m_rows.isEmpty())
        removeRow(int(m_rows.size()) - 1);
    for (const PlanContact &contact : CryingPlan::load(*m_settings))
        addRow(contact);
    if (m_rows.isEmpty())
        addRow({});
}

QList<PlanContact> CryingPlanScreen::contacts() const
{
    QList<PlanContact> list;
    for (const Row &row : m_rows) {
        const PlanContact contact{row.name->text(), row.number->text(), row.note->text()};
        if (!contact.isEmpty())
            list.append(contact);
    }
    return list;
}

void CryingPlanScreen::addRow(const PlanContact &contact)
{
    if (m_rows.size() >= CryingPlan::MaxContacts)
        return;
    Row row{new QLineEdit(contact.name, this), new QLineEdit(contact.number, this),
            new QLineEdit(contact.note, this), new WrapButton(this)};
    row.name->setMaxLength(80);
    row.number->setMaxLength(40);
    row.number->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    row.number->setLayoutDirection(Qt::LeftToRight);
    row.note->setMaxLength(200);
    for (QLineEdit *field : {row.name, row.number, row.note}) {
        field->setObjectName(QStringLiteral("planField"));
        field->setMinimumHeight(48);
        // Not the font's widest glyph (a wide Arabic ligature at 200 %) times one: placeRows()
        // gives each field the room its hint needs.
        field->setMinimumWidth(SmallestField);
        connect(field, &QLineEdit::editingFinished, this, &CryingPlanScreen::save);
    }
    const int index = int(m_rows.size());
    QPushButton *remove = row.remove;
    connect(remove, &QPushButton::clicked, this, [this, remove] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).remove == remove) {
                removeRow(i);
                save();
                return;
            }
        }
    });
    m_rows.append(row);
    seatRow(index);
    retranslateRow(row, index);
    placeRows();
    m_add->setEnabled(m_rows.size() < CryingPlan::MaxContacts);
}

void CryingPlanScreen::removeRow(int index)
{
    const Row row = m_rows.takeAt(index);
    for (QWidget *widget : {static_cast<QWidget *>(row.name), static_cast<QWidget *>(row.number),
                            static_cast<QWidget *>(row.note), static_cast<QWidget *>(row.remove)}) {
        m_grid->removeWidget(widget);
        widget->deleteLater();
    }
    // Re-seat the remaining rows so the grid has no holes.
    for (int i = index; i < m_rows.size(); ++i) {
        seatRow(i);
        retranslateRow(m_rows[i], i);
    }
    m_add->setEnabled(true);
}

void CryingPlanScreen::seatRow(int index)
{
    const Row &row = m_rows.at(index);
    const int line = m_narrow ? 1 + 2 * index : 1 + index;
    for (QWidget *widget : {static_cast<QWidget *>(row.name), static_cast<QWidget *>(row.number),
                            static_cast<QWidget *>(row.note), static_cast<QWidget *>(row.remove)})
        m_grid->removeWidget(widget);
    m_grid->addWidget(row.name, line, 0);
    m_grid->addWidget(row.number, line, 1);
    if (m_narrow) {
        m_grid->addWidget(row.remove, line, 2);
        m_grid->addWidget(row.note, line + 1, 0, 1, 3);
    } else {
        m_grid->addWidget(row.note, line, 2);
        m_grid->addWidget(row.remove, line, 3);
    }
}

void CryingPlanScreen::showEvent(QShowEvent *event)
{
    ScreenPage::showEvent(event);
    placeRows();
}

void CryingPlanScreen::changeEvent(QEvent *event)
{
    ScreenPage::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::LanguageChange)
        placeRows(); // another text size, other hints
}

bool CryingPlanScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (m_scroll && watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        placeRows();
    return ScreenPage::eventFilter(watched, event);
}

void CryingPlanScreen::placeRows()
{
    if (m_rows.isEmpty() || !m_scroll)
        return;
    const Row &first = m_rows.first();
    const int name = hintRoom(first.name), number = hintRoom(first.number),
              note = hintRoom(first.note), remove = first.remove->sizeHint().width();
    const int spacing = m_grid->horizontalSpacing();
    const QMargins margins = m_scroll->widget()->layout()->contentsMargins();
    const int room = m_scroll->viewport()->width() - margins.left() - margins.right();
    const bool narrow = name + number + note + remove + 3 * spacing > room;
    // Each field gets the room its hint needs, unless not even two lines give it that.
    const bool fits = !narrow || (name + number + remove + 2 * spacing <= room && note <= room);
    for (const Row &row : std::as_const(m_rows)) {
        row.name->setMinimumWidth(fits ? name : SmallestField);
        row.number->setMinimumWidth(fits ? number : SmallestField);
        row.note->setMinimumWidth(fits ? note : SmallestField);
    }
    if (narrow == m_narrow)
        return;
    m_narrow = narrow;
    // One line: the note gets the most room. Two lines: the note has a line of its own, so its
    // heading would stand above Remove; its hint and accessible name say what it is.
    m_grid->setColumnStretch(0, narrow ? 1 : 2);
    m_grid->setColumnStretch(1, narrow ? 1 : 2);
    m_grid->setColumnStretch(2, narrow ? 0 : 3);
    m_headings[2]->setVisible(!narrow);
    for (int i = 0; i < m_rows.size(); ++i)
        seatRow(i);
}

void CryingPlanScreen::save()
{
    const QList<PlanContact> now = contacts();
    if (now != CryingPlan::load(*m_settings))
        CryingPlan::save(*m_settings, now);
}

QList<Helpline> CryingPlanScreen::linesToPrint() const
{
    const QString region = m_settings->value(Settings::Key::Region).toString();
    return m_content->helplines().forRegion(region,
                                            m_settings->value(Settings::Key::Audience).toString(),
                                            QDateTime::currentDateTimeUtc());
}

bool CryingPlanScreen::exportPdf(const QString &path)
{
    save();
    const bool ok = CryingPlanDocument::exportPdf(path, contacts(), linesToPrint());
    m_feedback->setText(
        ok ? tr("Saved as %1").arg(QDir::toNativeSeparators(path))
           : tr("Could not save %1. Try another folder.").arg(QDir::toNativeSeparators(path)));
    return ok;
}

void CryingPlanScreen::askAndExportPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the crying plan as PDF"),
        QDir(folder).filePath(tr("crying-plan") + QStringLiteral(".pdf")), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void CryingPlanScreen::print()
{
    save();
    CryingPlanDocument::printWithDialog(this, contacts(), linesToPrint());
}

void CryingPlanScreen::retranslateRow(const Row &row, int index)
{
    const QString n = QString::number(index + 1);
    row.name->setPlaceholderText(tr("Name"));
    row.name->setAccessibleName(tr("Name of person %1").arg(n));
    row.name->setAccessibleDescription(tr("Someone you can call when it gets too much."));
    row.number->setPlaceholderText(tr("Phone number"));
    row.number->setAccessibleName(tr("Phone number of person %1").arg(n));
    row.number->setAccessibleDescription(tr("The number to call."));
    row.note->setPlaceholderText(tr("Note, for example: lives next door"));
    row.note->setAccessibleName(tr("Note about person %1").arg(n));
    row.note->setAccessibleDescription(tr("Anything that helps, like when to call."));
    row.remove->setText(tr("Remove"));
    row.remove->setAccessibleName(tr("Remove person %1").arg(n));
    row.remove->setAccessibleDescription(tr("Takes this person out of your plan."));
}

void CryingPlanScreen::retranslateUi()
{
    setTitle(tr("My crying plan"));
    m_intro->setText(tr("Who can you call when it gets too much? This stays on this computer "
                        "only. Print it for the fridge, for grandparents and sitters."));
    m_headings[0]->setText(tr("Name"));
    m_headings[1]->setText(tr("Phone number"));
    m_headings[2]->setText(tr("Note"));
    m_add->setText(tr("Add a person"));
    m_add->setAccessibleName(tr("Add a person"));
    m_add->setAccessibleDescription(tr("Adds an empty line for one more person."));
    m_print->setText(tr("Print"));
    m_print->setAccessibleName(tr("Print the crying plan"));
    m_print->setAccessibleDescription(tr("Prints your plan with what to do and who to call."));
    m_pdf->setText(tr("Save as PDF"));
    m_pdf->setAccessibleName(tr("Save the crying plan as PDF"));
    m_pdf->setAccessibleDescription(tr("Saves your plan as a PDF file to print or share."));
    for (int i = 0; i < m_rows.size(); ++i)
        retranslateRow(m_rows.at(i), i);
}

void CryingPlanScreen::hideEvent(QHideEvent *event)
{
    save();
    ScreenPage::hideEvent(event);
}

} // namespace pk
