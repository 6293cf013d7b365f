#include "contentproblems.h"

namespace pk {

void ContentProblems::add(const QString &problem)
{
    if (m_shown.size() >= MaxShown) {
        ++m_hidden;
        return;
    }
    QString line = problem.simplified();
    if (line.size() > MaxLength)
        line = line.left(MaxLength - 1) + QChar(0x2026);
    m_shown.append(line);
}

void ContentProblems::add(const QStringList &problems)
{
    for (const QString &problem : problems)
        add(problem);
}

QStringList ContentProblems::list() const
{
    QStringList all = m_shown;
    if (m_hidden > 0)
        all.append(tr("... and %n more problems, not shown.", nullptr, m_hidden));
    return all;
}

QString ContentProblems::quoted(const QString &value, int length)
{
    QString text = value.simplified();
    if (text.size() > length)
        text = text.left(length - 1) + QChar(0x2026);
    return text;
}

} // namespace pk
