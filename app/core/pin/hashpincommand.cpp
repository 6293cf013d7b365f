#include "hashpincommand.h"

#include "adminpin.h"

#include <QString>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace pk {
namespace {

QByteArray readLine(std::FILE *in)
{
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(in)) != EOF && c != '\n')
        line.append(char(c));
    return line;
}

// Reads one line; on a terminal the PIN is not shown while it is typed.
QByteArray readSecretLine(std::FILE *in)
{
#if defined(Q_OS_UNIX)
    const int fd = fileno(in);
    termios saved{};
    if (isatty(fd) && tcgetattr(fd, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
        const QByteArray line = readLine(in);
        tcsetattr(fd, TCSAFLUSH, &saved);
        return line;
    }
#endif
    return readLine(in);
}

} // namespace

int HashPinCommand::run(std::FILE *in, std::FILE *out, std::FILE *err)
{
#if defined(Q_OS_UNIX)
    if (isatty(fileno(in)))
        std::fputs(qPrintable(tr("Type the admin PIN and press Enter: ")), err);
#endif
    const QString pin = QString::fromUtf8(readSecretLine(in)).trimmed();
    if (pin.size() < AdminPin::MinimumLength) {
        std::fputs(qPrintable(tr("The PIN needs at least %n characters; nothing was made.\n",
                                 nullptr, AdminPin::MinimumLength)),
                   err);
        return 2;
    }
    std::fputs(qPrintable(QStringLiteral("adminPin=%1\n").arg(AdminPin::hash(pin))), out);
    std::fputs(qPrintable(tr("Put this line in the [organisation] section of pauzeknop.conf.\n")),
               err);
    return 0;
}

} // namespace pk
