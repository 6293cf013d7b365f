#include "desktop/autostart.h"
#include "support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

namespace {

// Points XDG_CONFIG_HOME at a temporary folder for one test.
class TemporaryConfigHome
{
public:
    TemporaryConfigHome()
        : m_before(qgetenv("XDG_CONFIG_HOME"))
    {
        qputenv("XDG_CONFIG_HOME", m_dir.path().toLocal8Bit());
    }
    ~TemporaryConfigHome() { qputenv("XDG_CONFIG_HOME", m_before); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QByteArray m_before;
};

} // namespace

#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
TEST(Autostart, EntryIsWrittenUnderXdgConfigHomeAndRemovedAgain)
{
    TemporaryConfigHome home;
    const QString expected =
        home.path() + QStringLiteral("/autostart/be.pauzeknop.Pauzeknop.desktop");
    EXPECT_EQ(Autostart::entryLocation(), expected);
    EXPECT_FALSE(Autostart::isEnabled());

    ASSERT_TRUE(Autostart::setEnabled(true, QStringLiteral("/opt/pauzeknop/bin/pauzeknop")));
    EXPECT_TRUE(Autostart::isEnabled());
    QFile file(expected);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("Exec=/opt/pauzeknop/bin/pauzeknop --tray\n"));
    EXPECT_TRUE(text.startsWith("[Desktop Entry]\n"));
    file.close();

    ASSERT_TRUE(Autostart::setEnabled(false, QString()));
    EXPECT_FALSE(Autostart::isEnabled());
    EXPECT_FALSE(QFile::exists(expected));
    EXPECT_TRUE(Autostart::setEnabled(false, QString())); // removing twice is fine
}

TEST(Autostart, ProgramPathsWithSpacesAreQuotedForExec)
{
    const QByteArray entry = Autostart::desktopEntry(QStringLiteral("/home/an $x/Pauze knop"));
    EXPECT_TRUE(entry.contains("Exec=\"/home/an \\$x/Pauze knop\" --tray\n")) << entry.data();
}

TEST(Autostart, WrittenEntryIsValidForDesktopFileValidate)
{
    const QString validator =
        QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        GTEST_SKIP() << "desktop-file-validate is not installed";
    TemporaryConfigHome home;
    ASSERT_TRUE(Autostart::setEnabled(true, QStringLiteral("/usr/bin/pauzeknop")));
    QProcess process;
    process.start(validator, {Autostart::entryLocation()});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardOutput().toStdString();
}

TEST(Autostart, UnwritableFolderIsReportedNotIgnored)
{
    TemporaryConfigHome home;
    // A file where the autostart folder should be: nothing can be written inside it.
    ASSERT_TRUE(test::writeFile(home.path() + QStringLiteral("/autostart"), "not a folder"));
    EXPECT_FALSE(Autostart::setEnabled(true, QStringLiteral("/usr/bin/pauzeknop")));
    EXPECT_FALSE(Autostart::isEnabled());
}
#endif
