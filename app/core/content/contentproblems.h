#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pk {

// The problems found in a content file, kept readable whatever the file holds: at most
// MaxShown are kept, each cut to MaxLength characters, and one last line counts the rest.
class ContentProblems
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationContent)

public:
    static constexpr int MaxShown = 50;
    static constexpr int MaxLength = 300;

    void add(const QString &problem);
    void add(const QStringList &problems);
    int count() const { return int(m_shown.size()) + m_hidden; }
    bool isEmpty() const { return count() == 0; }
    // The problems to show, with "... and N more problems." when some were left out.
    QStringList list() const;

    // A value as it may appear inside a problem: cut to a readable length.
    static QString quoted(const QString &value, int length = 60);

private:
    QStringList m_shown;
    int m_hidden = 0;
};

} // namespace pk
