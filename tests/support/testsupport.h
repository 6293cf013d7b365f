#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <ostream>

namespace pk::test {

// Runs the real pauzeknop binary with arguments; returns its exit code (-1 if it did not end).
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ProcessResult runPauzeknop(const QStringList &arguments, int timeoutMs = 15000);

// Sets an environment variable for one scope and puts back what was there before.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value);
    ~ScopedEnv();
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
    QByteArray m_before;
};

// Writes bytes to a file, creating folders; false on failure.
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace pk::test

// Lets GoogleTest print QStrings readably in failure messages.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}
