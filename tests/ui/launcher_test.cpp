// The launcher and what a start loads: a second start stays Qt Core, --help speaks the UI
// language, and a start without sound, printing or QR codes loads none of their libraries (nor Qt
// Network, which nothing of Pauzeknop uses on Linux).
#include "support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace pk;

namespace {

// The shared libraries a running process has mapped.
QString mappedLibraries(qint64 pid)
{
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    if (!maps.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(maps.readAll());
}

} // namespace

TEST(Launcher, HelpSaysUsagePauzeknopInTheLanguageAsked)
{
    const test::ProcessResult dutch = test::runPauzeknop(
        {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("nl")});
    EXPECT_EQ(dutch.exitCode, 0);
    EXPECT_TRUE(dutch.out.startsWith("Gebruik: pauzeknop ")) << dutch.out.left(80).constData();
    EXPECT_FALSE(dutch.out.contains("executable_name"));
    const test::ProcessResult english = test::runPauzeknop(
        {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_TRUE(english.out.startsWith("Usage: pauzeknop ")) << english.out.left(80).constData();
    EXPECT_TRUE(english.out.contains("--pause"));
}

TEST(Launcher, ASoundlessStartLoadsNoAudioPrintingOrQrLibrary)
{
#if defined(Q_OS_LINUX)
    QTemporaryDir data;
    // Sound off: the breathing runs, the audio system is never touched.
    test::writeFile(data.filePath(QStringLiteral("settings.ini")),
                    "[sound]\ncues=false\nspokenCues=false\n");
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("PAUZEKNOP_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(PAUZEKNOP_BINARY),
              {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--breathe")});
    QByteArray out;
    while (!out.contains("first-paint") && app.waitForReadyRead(15'000))
        out += app.readAllStandardOutput();
    ASSERT_TRUE(out.contains("first-paint"));
    QThread::msleep(600); // the pause is made ready after the first paint
    const QString maps = mappedLibraries(app.processId());
    app.kill();
    app.waitForFinished();
    ASSERT_TRUE(maps.contains(QStringLiteral("libQt6Widgets")));
    EXPECT_FALSE(maps.contains(QStringLiteral("libQt6Multimedia")));
    EXPECT_FALSE(maps.contains(QStringLiteral("libpulse")));
    EXPECT_FALSE(maps.contains(QStringLiteral("libQt6PrintSupport")));
    EXPECT_FALSE(maps.contains(QStringLiteral("libcups")));
    EXPECT_FALSE(maps.contains(QStringLiteral("libqrencode")));
    EXPECT_FALSE(maps.contains(QStringLiteral("libQt6Network")));
    EXPECT_FALSE(maps.contains(QStringLiteral("libgssapi_krb5")));
#else
    GTEST_SKIP() << "reads /proc";
#endif
}
