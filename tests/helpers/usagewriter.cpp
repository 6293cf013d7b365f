// A tiny child process for the crash test: records events into --data-dir style folder argv[1]
// and prints "ack N" after the N-th event is committed, until it is killed.
#include "usage/usagelog.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: usage_writer FOLDER\n", stderr);
        return 2;
    }
    pk::UsageLog log;
    if (!log.open(QString::fromLocal8Bit(argv[1]))) {
        std::fputs("could not open the log\n", stderr);
        return 1;
    }
    for (qint64 n = 1;; ++n) {
        log.record(pk::UsageEvent::PauseEnded, {}, n);
        if (n % 7 == 0 && !log.flush()) // acknowledged: committed by the writer thread
            return 1;
        if (n % 7 == 0) {
            std::printf("ack %lld\n", static_cast<long long>(n));
            std::fflush(stdout);
        }
    }
}
