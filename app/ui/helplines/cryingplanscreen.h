#pragma once

#include "common/screenpage.h"
#include "content/cryingplan.h"
#include "content/helpline.h"

class QGridLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QPushButton;

namespace pk {

class ContentLibrary;
class Settings;

// Editing the user's own crying plan: people to call (name, number, note), kept as they type,
// printable and exportable as PDF. Never logged.
class CryingPlanScreen : public ScreenPage
{
    Q_OBJECT

public:
    CryingPlanScreen(const ContentLibrary *content, Settings *settings, QWidget *parent = nullptr);

    QList<PlanContact> contacts() const;
    int rowCount() const { return int(m_rows.size()); }
    QLineEdit *nameField(int row) const { return m_rows.at(row).name; }
    QLineEdit *numberField(int row) const { return m_rows.at(row).number; }
    QLineEdit *noteField(int row) const { return m_rows.at(row).note; }
    QPushButton *removeButton(int row) const { return m_rows.at(row).remove; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *printButton() const { return m_print; }
    // Writes the plan as PDF to path (the PDF button asks for the path first).
    bool exportPdf(const QString &path);
    void reload();

protected:
    void retranslateUi() override;
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QLineEdit *name;
        QLineEdit *number;
        QLineEdit *note;
        QPushButton *remove;
    };
    void addRow(const PlanContact &contact);
    void removeRow(int index);
    void save();
    void askAndExportPdf();
    void print();
    QList<Helpline> linesToPrint() const;
    void retranslateRow(const Row &row, int index);
    // Puts row index in the grid: on one line, or (narrow) name, number and Remove on one line
    // and the note under them across the whole width.
    void seatRow(int index);
    // Chooses one line or two per person so that every field shows its hint whole (200 % text,
    // a small screen, a long translation), and gives each field that much room.
    void placeRows();

    const ContentLibrary *m_content;
    Settings *m_settings;
    QLabel *m_intro;
    QLabel *m_feedback;
    QGridLayout *m_grid;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_headings[3] = {};
    QList<Row> m_rows;
    bool m_narrow = false;
    QPushButton *m_add;
    QPushButton *m_print;
    QPushButton *m_pdf;
};

} // namespace pk
