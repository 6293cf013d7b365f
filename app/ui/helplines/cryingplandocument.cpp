#include "cryingplandocument.h"

#include "common/moduleloader.h"
#include "desktop/safeexport.h"

#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

#include <functional>

namespace pk {
namespace {

QString item(const QString &text)
{
    return QStringLiteral("<li>") + text.toHtmlEscaped() + QStringLiteral("</li>");
}

void render(QPagedPaintDevice *device, const QString &html)
{
    QTextDocument document;
    document.setDefaultTextOption(QTextOption(
        QGuiApplication::layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
    QFont font = document.defaultFont();
    font.setPointSize(12);
    document.setDefaultFont(font);
    document.setHtml(html);
    document.print(device);
}

} // namespace

QString CryingPlanDocument::html(const QList<PlanContact> &contacts, const QList<Helpline> &lines)
{
    const QString language = QLocale().name().left(2);
    const QString dir = QGuiApplication::layoutDirection() == Qt::RightToLeft
                            ? QStringLiteral("rtl")
                            : QStringLiteral("ltr");
    QString html = QStringLiteral("<html><body dir=\"%1\">").arg(dir);
    html += QStringLiteral("<h1>") + tr("My crying plan").toHtmlEscaped() + QStringLiteral("</h1>");
    html += QStringLiteral("<p>") +
            tr("Crying is normal and it passes. When it gets too much, follow these steps.")
                .toHtmlEscaped() +
            QStringLiteral("</p><ol>");
    html += item(tr("Put the baby on its back in its own empty cot or playpen. Then leave the "
                    "room."));
    html += item(tr("Breathe out slowly. Count to ten. Have a drink of water."));
    html += item(tr("Go back and look every 5 to 10 minutes."));
    html += item(tr("Call one of the people below. Asking for help is strong."));
    html += QStringLiteral("</ol><p><b>") +
            tr("Never shake a baby, not even for a moment. Shaking can cause brain damage or "
               "death.")
                .toHtmlEscaped() +
            QStringLiteral("</b></p>");
    html += QStringLiteral("<p><b>") +
            tr("Is the child hurt or ill? Call 112 right away.").toHtmlEscaped() +
            QStringLiteral("</b></p>");

    html += QStringLiteral("<h2>") + tr("My people").toHtmlEscaped() + QStringLiteral("</h2>");
    html +=
        QStringLiteral("<table cellpadding=\"6\" border=\"1\" cellspacing=\"0\" width=\"100%\">");
    for (const PlanContact &contact : contacts) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td dir=\"ltr\">%2</td><td>%3</td></tr>")
                    .arg(contact.name.toHtmlEscaped(), contact.number.toHtmlEscaped(),
                         contact.note.toHtmlEscaped());
    }
    // Empty lines to fill in by hand.
    for (int i = int(contacts.size()); i < 3; ++i)
        html += QStringLiteral("<tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>");
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>") + tr("Helplines").toHtmlEscaped() + QStringLiteral("</h2><ul>");
    for (const Helpline &line : lines) {
        if (line.phoneNumber().isEmpty())
            continue;
        const QString number = line.name == line.phoneNumber()
                                   ? QString()
                                   : QStringLiteral(" <span dir=\"ltr\">%1</span>")
                                         .arg(line.phoneNumber().toHtmlEscaped());
        html += QStringLiteral("<li><b>%1</b>%2: %3</li>")
                    .arg(line.name.toHtmlEscaped(), number,
                         line.displayPurpose(language).toHtmlEscaped());
    }
    html += QStringLiteral("</ul><p>") +
            tr("Share this plan with everyone who minds the baby.").toHtmlEscaped() +
            QStringLiteral("</p></body></html>");
    return html;
}

bool CryingPlanDocument::exportPdf(const QString &path, const QList<PlanContact> &contacts,
                                   const QList<Helpline> &lines)
{
    // Private (0600), complete or untouched, never through a link of another account.
    SafeExport file(path);
    QString error;
    if (!file.open(&error))
        return false;
    {
        QPdfWriter writer(file.device());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setTitle(tr("My crying plan"));
        writer.setCreator(QStringLiteral("Pauzeknop"));
        render(&writer, html(contacts, lines));
    }
    return file.device()->size() > 0 && file.commit(&error);
}

bool CryingPlanDocument::printWithDialog(QWidget *parent, const QList<PlanContact> &contacts,
                                         const QList<Helpline> &lines)
{
    // Qt PrintSupport (and the printing system behind it) comes with the pauzeknop-print module,
    // loaded on the first print.
    using Print = bool (*)(QWidget *, const std::function<void(QPagedPaintDevice *)> &);
    const auto print = reinterpret_cast<Print>(
        ModuleLoader::resolve("pauzeknop-print", "pauzeknop_print_with_dialog"));
    if (!print)
        return false;
    const QString document = html(contacts, lines);
    return print(parent, [&document](QPagedPaintDevice *device) { render(device, document); });
}

} // namespace pk
