#include "desktop/safeexport.h"
#include "support/testsupport.h"
#include "usage/usageexport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#if defined(Q_OS_UNIX)
#include <unistd.h>

using namespace pk;

namespace {

constexpr uid_t Nobody = 65534;

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool readableByOthers(const QString &path)
{
    return QFileInfo(path).permissions() &
           (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther);
}

// A shared folder like /tmp (sticky, open to all) and the victim's own file, e.g. ~/.bashrc.
struct SharedTmp
{
    QTemporaryDir root;
    QString tmp = root.filePath(QStringLiteral("tmp"));
    QString bashrc = root.filePath(QStringLiteral("home/.bashrc"));
    SharedTmp()
    {
        QDir().mkpath(tmp);
        QFile::setPermissions(tmp, QFileDevice::Permissions(0x7777));
        ::chmod(QFile::encodeName(tmp).constData(), 01777);
        test::writeFile(bashrc, "alias ll='ls -l'\n");
    }
};

} // namespace

TEST(SafeExport, ALinkPlantedByAnotherAccountIsNeverFollowed)
{
    if (::getuid() != 0)
        GTEST_SKIP() << "needs root to play another account (lchown)";
    SharedTmp f;
    const QString planted = QDir(f.tmp).filePath(QStringLiteral("x.csv"));
    ASSERT_TRUE(QFile::link(f.bashrc, planted));
    ASSERT_EQ(::lchown(QFile::encodeName(planted).constData(), Nobody, Nobody), 0);
    QString error;
    EXPECT_FALSE(
        UsageExport::write(planted, {{2900, QStringLiteral("pause_started"), 3}}, 0, &error));
    std::printf("[ figure ] export through another account's link: \"%s\"\n", qPrintable(error));
    EXPECT_TRUE(error.contains(QStringLiteral("another account")));
    EXPECT_EQ(contentsOf(f.bashrc), QByteArray("alias ll='ls -l'\n"))
        << "the victim's file is untouched";
    EXPECT_TRUE(QFileInfo(planted).isSymLink());
    // Nothing was left behind in the shared folder either.
    EXPECT_EQ(QDir(f.tmp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System),
              QStringList{QStringLiteral("x.csv")});
}

TEST(SafeExport, AFolderLinkOfAnotherAccountOnTheWayIsRefused)
{
    if (::getuid() != 0)
        GTEST_SKIP() << "needs root to play another account (lchown)";
    SharedTmp f;
    const QString link = QDir(f.tmp).filePath(QStringLiteral("reports"));
    ASSERT_TRUE(QFile::link(QFileInfo(f.bashrc).absolutePath(), link));
    ASSERT_EQ(::lchown(QFile::encodeName(link).constData(), Nobody, Nobody), 0);
    QString error;
    EXPECT_FALSE(SafeExport::write(link + QStringLiteral("/.bashrc"), "rm -rf ~\n", &error));
    EXPECT_EQ(contentsOf(f.bashrc), QByteArray("alias ll='ls -l'\n"));
}

TEST(SafeExport, ThePersonsOwnLinkLeadsToItsTargetWhichIsReplacedWhole)
{
    SharedTmp f;
    const QString target = f.root.filePath(QStringLiteral("home/report.csv"));
    ASSERT_TRUE(test::writeFile(target, "old\n"));
    ASSERT_TRUE(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadOther));
    const QString link = f.root.filePath(QStringLiteral("home/latest.csv"));
    ASSERT_TRUE(QFile::link(target, link));
    QString error;
    ASSERT_TRUE(SafeExport::write(link, "new\n", &error)) << error.toStdString();
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(contentsOf(target), QByteArray("new\n"));
    EXPECT_FALSE(readableByOthers(target)) << "written private (0600)";
}

TEST(SafeExport, ANewFileIsPrivateAndNothingElseIsLeft)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pauses.csv"));
    QString error;
    ASSERT_TRUE(UsageExport::write(path, {{2900, QStringLiteral("pause_started"), 3}}, 0, &error));
    EXPECT_FALSE(readableByOthers(path));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("pauses.csv")});
}

TEST(SafeExport, AFolderOrDeviceIsNeverReplaced)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(SafeExport::write(dir.path(), "x", &error));
    EXPECT_TRUE(QFileInfo(dir.path()).isDir());
    EXPECT_FALSE(SafeExport::write(QStringLiteral("/dev/null"), "x", &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(SafeExport, TheCommandLineExportRefusesAPlantedLinkWithExitCode1)
{
    if (::getuid() != 0)
        GTEST_SKIP() << "needs root to play another account (lchown)";
    SharedTmp f;
    const QString planted = QDir(f.tmp).filePath(QStringLiteral("x.csv"));
    ASSERT_TRUE(QFile::link(f.bashrc, planted));
    ASSERT_EQ(::lchown(QFile::encodeName(planted).constData(), Nobody, Nobody), 0);
    const test::ProcessResult result =
        test::runPauzeknop({QStringLiteral("--export"), planted, QStringLiteral("--data-dir"),
                            f.root.filePath(QStringLiteral("data"))});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains("another account")) << result.err.toStdString();
    EXPECT_EQ(contentsOf(f.bashrc), QByteArray("alias ll='ls -l'\n"));
}
#endif
