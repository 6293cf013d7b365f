#include "shutdownsignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace pk {
namespace {

#if defined(Q_OS_UNIX)
int g_pipe[2] = {-1, -1};
constexpr int Handled[] = {SIGTERM, SIGINT, SIGHUP};

void onSignal(int number)
{
    // Async-signal-safe only: the next one of these ends the process the usual way.
    std::signal(number, SIG_DFL);
    const char byte = char(number);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
}
#endif

} // namespace

ShutdownSignals::ShutdownSignals(QObject *parent)
    : QObject(parent)
{
#if defined(Q_OS_UNIX)
    if (g_pipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe) != 0)
        return;
    ::fcntl(g_pipe[1], F_SETFL, ::fcntl(g_pipe[1], F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ShutdownSignals::readSignal);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int number : Handled)
        ::sigaction(number, &action, nullptr);
#endif
}

ShutdownSignals::~ShutdownSignals()
{
#if defined(Q_OS_UNIX)
    for (const int number : Handled)
        std::signal(number, SIG_DFL);
#endif
}

void ShutdownSignals::readSignal()
{
#if defined(Q_OS_UNIX)
    char byte = 0;
    if (::read(g_pipe[0], &byte, 1) != 1)
        return;
    Q_EMIT received(int(byte));
    QCoreApplication::exit(0);
#endif
}

} // namespace pk
