#include "settings/managedconfig.h"
#include "settings/managedlocation.h"
#include "settings/settings.h"
#include "support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace pk;
using Reason = ManagedProblem::Reason;

namespace {

ManagedConfig parsed(const QByteArray &text)
{
    return ManagedConfig::parse(text, &Settings::fromText);
}

QByteArray lines(const QByteArray &line, qsizetype bytes)
{
    QByteArray text;
    text.reserve(bytes);
    while (text.size() + line.size() <= bytes)
        text += line;
    return text;
}

} // namespace

TEST(ManagedLimits, AFileOverOneMegabyteIsRefusedWholeWithOneMessage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pauzeknop.conf"));
    // The crash: 10 MB of "x" lines (5.2 million bad lines) in the managed file.
    ASSERT_TRUE(test::writeFile(path, "[locked]\nui/language=nl\n" + lines("x\n", 10 << 20)));
    QElapsedTimer timer;
    timer.start();
    const ManagedConfig config = ManagedConfig::load(path, &Settings::fromText);
    std::printf("[ figure ] a 10 MB managed file was refused in %lld ms\n",
                static_cast<long long>(timer.elapsed()));
    ASSERT_EQ(config.problems().size(), 1);
    EXPECT_EQ(config.problems().constFirst().reason, Reason::TooLarge);
    EXPECT_EQ(config.describeProblems().size(), 1);
    EXPECT_TRUE(config.describeProblems().constFirst().contains(QStringLiteral("1 MB")));
    EXPECT_TRUE(config.locks().isEmpty()); // refused whole: nothing of it counts
}

TEST(ManagedLimits, AtMostFiftyProblemsAreKeptTheRestAreCounted)
{
    const QByteArray text = "[locked]\nui/language=nl\n" + lines("x\n", (1 << 20) - 40);
    QElapsedTimer timer;
    timer.start();
    const ManagedConfig config = parsed(text);
    const QStringList described = config.describeProblems();
    std::printf("[ figure ] %lld bad lines read and described in %lld ms\n",
                static_cast<long long>(config.problems().size() + config.omittedProblems()),
                static_cast<long long>(timer.elapsed()));
    EXPECT_EQ(config.problems().size(), ManagedConfig::MaxProblems);
    EXPECT_GT(config.omittedProblems(), 500000);
    ASSERT_EQ(described.size(), ManagedConfig::MaxProblems + 1);
    EXPECT_TRUE(described.constLast().contains(QString::number(config.omittedProblems())));
    EXPECT_EQ(config.locks().value(QStringLiteral("ui/language")).toString(),
              QStringLiteral("nl")); // the good line still counts
}

TEST(ManagedLimits, LongLinesAndLongKeysAreCutShortInTheirProblem)
{
    const QByteArray longValue(20000, 'v');
    const QByteArray longKey = QByteArray(300, 'k') + "\x01\x02";
    const ManagedConfig config = parsed("[preset]\nui/language=" + longValue + "\n" + longKey +
                                        "=1\n" + "display/textScale=150\n" + longKey + "\n");
    ASSERT_EQ(config.problems().size(), 3);
    EXPECT_EQ(config.problems().at(0).reason, Reason::LineTooLong);
    EXPECT_EQ(config.problems().at(0).line, 2);
    EXPECT_EQ(config.problems().at(1).reason, Reason::UnknownKey);
    EXPECT_EQ(config.problems().at(2).reason, Reason::NotASetting);
    for (const QString &line : config.describeProblems()) {
        EXPECT_LT(line.size(), 300) << line.toStdString();
        for (const QChar c : line)
            EXPECT_TRUE(c.isPrint() && c != QChar(0xFFFD)) << line.toStdString();
    }
    // A key with control characters (a binary file) is not quoted at all.
    const ManagedConfig binary = parsed("[preset]\n\x01\x02\xff=1\n");
    ASSERT_EQ(binary.problems().size(), 1);
    EXPECT_TRUE(binary.problems().constFirst().key.isEmpty());
    EXPECT_EQ(binary.problems().constFirst().describe(),
              QStringLiteral("Line 2 has a key Pauzeknop does not know and is ignored."));
    EXPECT_EQ(config.presets().value(QStringLiteral("display/textScale")).toInt(), 150);
}

TEST(ManagedLimits, AWholeMegabyteOfRandomBytesNeverCrashesAndEndsQuickly)
{
    QByteArray noise((1 << 20) - 1, Qt::Uninitialized);
    quint32 state = 12345;
    for (char &c : noise) {
        state = state * 1664525u + 1013904223u;
        c = char(state >> 24);
    }
    QElapsedTimer timer;
    timer.start();
    const ManagedConfig config = parsed(noise);
    std::printf("[ figure ] 1 MB of random bytes read in %lld ms\n",
                static_cast<long long>(timer.elapsed()));
    EXPECT_LE(config.problems().size(), ManagedConfig::MaxProblems);
}

TEST(ManagedLimits, ADuplicateKeySaysWhichLineCounts)
{
    const ManagedConfig config = parsed("[locked]\nui/language=nl\nui/language=fr\n"
                                        "[organisation]\nname=A\nname=B\n");
    ASSERT_EQ(config.problems().size(), 2);
    const ManagedProblem &language = config.problems().at(0);
    EXPECT_EQ(language.reason, Reason::Duplicate);
    EXPECT_EQ(language.line, 3);
    EXPECT_EQ(language.otherLine, 2);
    EXPECT_TRUE(language.describe().contains(QStringLiteral("line 3 counts")));
    EXPECT_EQ(config.locks().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
    EXPECT_EQ(config.organisationName(), QStringLiteral("B"));
}

TEST(ManagedLimits, ABadSecondAdminPinSaysTheFirstOneStillCounts)
{
    const QString good = QStringLiteral("pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA==$") +
                         QString::fromLatin1(QByteArray(32, 'k').toBase64());
    const ManagedConfig config =
        parsed("[organisation]\nadminPin=" + good.toUtf8() + "\nadminPin=1234\n");
    EXPECT_EQ(config.adminPinHash(), good);
    ASSERT_EQ(config.problems().size(), 1);
    EXPECT_EQ(config.problems().constFirst().reason, Reason::BadPinHash);
    const QString said = config.problems().constFirst().describe();
    EXPECT_TRUE(said.contains(QStringLiteral("line 2 counts"))) << said.toStdString();
    EXPECT_FALSE(said.contains(QStringLiteral("not set"))) << said.toStdString();

    const ManagedConfig alone = parsed("[organisation]\nadminPin=1234\n");
    EXPECT_TRUE(alone.adminPinHash().isEmpty());
    EXPECT_TRUE(alone.problems().constFirst().describe().contains(QStringLiteral("no admin PIN")));
}

TEST(ManagedLimits, AnAdminPinWithTooFewRoundsIsRefusedWithAReason)
{
    const QString weak = QStringLiteral("pbkdf2-sha256$50000$c2FsdHNhbHRzYWx0c2FsdA==$") +
                         QString::fromLatin1(QByteArray(32, 'k').toBase64());
    const ManagedConfig config = parsed("[organisation]\nadminPin=" + weak.toUtf8() + "\n");
    EXPECT_TRUE(config.adminPinHash().isEmpty());
    ASSERT_EQ(config.problems().size(), 1);
    EXPECT_EQ(config.problems().constFirst().reason, Reason::WeakPinHash);
    EXPECT_TRUE(config.problems().constFirst().describe().contains(QStringLiteral("--hash-pin")));
}

TEST(ManagedLimits, ASettingsStoreIsCheckedLikeTheFile)
{
    // The Windows policy key is read through QSettings; an INI store stands in for it here.
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("policy.ini")), QSettings::IniFormat);
    store.setValue(QStringLiteral("locked/ui/language"), QStringLiteral("nl"));
    store.setValue(QStringLiteral("preset/display/textScale"), QStringLiteral("900"));
    store.setValue(QStringLiteral("organisation/sharedPc"), QStringLiteral("true"));
    store.sync();
    const ManagedConfig config =
        ManagedConfig::fromSettings(store, QStringLiteral("HKLM"), &Settings::fromText);
    EXPECT_TRUE(config.exists());
    EXPECT_EQ(config.locks().value(QStringLiteral("ui/language")).toString(), QStringLiteral("nl"));
    EXPECT_TRUE(config.sharedPc());
    ASSERT_EQ(config.problems().size(), 1);
    EXPECT_EQ(config.problems().constFirst().reason, Reason::BadValue);
}

#if defined(Q_OS_UNIX)
namespace {

// Two system folders (in XDG order) and a folder a user could name, all in one temporary place.
struct Folders
{
    QTemporaryDir root;
    QString ubuntu() const { return root.filePath(QStringLiteral("etc/xdg/xdg-ubuntu/Pauzeknop")); }
    QString etc() const { return root.filePath(QStringLiteral("etc/xdg/Pauzeknop")); }
    QString own() const { return root.filePath(QStringLiteral("home/me/managed")); }
    QStringList system() const { return {ubuntu(), etc()}; }
    static bool write(const QString &folder, const QByteArray &text)
    {
        const QString path = QDir(folder).filePath(QStringLiteral("pauzeknop.conf"));
        return test::writeFile(path, text) &&
               QFile::setPermissions(path,
                                     QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther) &&
               ::chmod(QFile::encodeName(folder).constData(), 0755) == 0;
    }
};

} // namespace

TEST(ManagedLocation, UbuntusXdgConfigDirsStillReachTheAdminsFileInEtcXdg)
{
    // XDG_CONFIG_DIRS=/etc/xdg/xdg-ubuntu:/etc/xdg, the admin's file in /etc/xdg only.
    Folders f;
    ASSERT_TRUE(Folders::write(f.etc(), "[locked]\nui/language=nl\n"));
    const ManagedLocation::Found found =
        ManagedLocation::find(QStringLiteral("pauzeknop.conf"), f.system(), {}, ::getuid());
    EXPECT_TRUE(found.fromSystem);
    EXPECT_EQ(found.path, QDir(f.etc()).filePath(QStringLiteral("pauzeknop.conf")));
    EXPECT_TRUE(found.refused.isEmpty());
}

TEST(ManagedLocation, SystemFoldersAreEveryXdgConfigDirInOrderThenEtcXdg)
{
    ManagedLocation::setSystemFoldersForTesting(std::nullopt);
    {
        const test::ScopedEnv dirs("XDG_CONFIG_DIRS",
                                   "/etc/xdg/xdg-ubuntu:relative:/opt/x/:/etc/xdg");
        EXPECT_EQ(ManagedLocation::systemFolders(),
                  (QStringList{QStringLiteral("/etc/xdg/xdg-ubuntu/Pauzeknop"),
                               QStringLiteral("/opt/x/Pauzeknop"),
                               QStringLiteral("/etc/xdg/Pauzeknop")}));
    }
    {
        // A user who points XDG_CONFIG_DIRS elsewhere still gets /etc/xdg, last.
        const test::ScopedEnv dirs("XDG_CONFIG_DIRS", "/home/me/fake");
        EXPECT_EQ(ManagedLocation::systemFolders(),
                  (QStringList{QStringLiteral("/home/me/fake/Pauzeknop"),
                               QStringLiteral("/etc/xdg/Pauzeknop")}));
    }
    ManagedLocation::setSystemFoldersForTesting(QStringList());
}

TEST(ManagedLocation, TheEnvironmentVariableNeverReplacesASystemFile)
{
    Folders f;
    ASSERT_TRUE(Folders::write(f.etc(), "[locked]\nui/language=nl\n"));
    ASSERT_TRUE(Folders::write(f.own(), "[preset]\nui/language=en\n"));
    const ManagedLocation::Found found =
        ManagedLocation::find(QStringLiteral("pauzeknop.conf"), f.system(), f.own(), ::getuid());
    EXPECT_EQ(found.path, QDir(f.etc()).filePath(QStringLiteral("pauzeknop.conf")));
    // Without a system file, the variable is what tests and trials use.
    const ManagedLocation::Found trial =
        ManagedLocation::find(QStringLiteral("content.json"), f.system(), f.own(), ::getuid());
    EXPECT_FALSE(trial.fromSystem);
    EXPECT_EQ(trial.path, QDir(f.own()).filePath(QStringLiteral("content.json")));
}

TEST(ManagedLocation, AFileOthersCanChangeOrOwnIsNotTrusted)
{
    Folders f;
    ASSERT_TRUE(Folders::write(f.ubuntu(), "[preset]\nui/language=en\n"));
    ASSERT_TRUE(Folders::write(f.etc(), "[locked]\nui/language=nl\n"));
    const QString planted = QDir(f.ubuntu()).filePath(QStringLiteral("pauzeknop.conf"));
    // Writable by everyone: refused, and the next folder's file counts.
    ASSERT_TRUE(::chmod(QFile::encodeName(planted).constData(), 0666) == 0);
    ManagedLocation::Found found =
        ManagedLocation::find(QStringLiteral("pauzeknop.conf"), f.system(), {}, ::getuid());
    EXPECT_EQ(found.path, QDir(f.etc()).filePath(QStringLiteral("pauzeknop.conf")));
    EXPECT_EQ(found.refused, QStringList{planted});
    // Owned by another account (a user's own file is never the organisation's).
    ASSERT_TRUE(::chmod(QFile::encodeName(planted).constData(), 0644) == 0);
    found = ManagedLocation::find(QStringLiteral("pauzeknop.conf"), f.system(), {}, ::getuid() + 1);
    EXPECT_TRUE(found.path.isEmpty());
    EXPECT_EQ(found.refused.size(), 2);
    // A link is not followed either.
    const QString link = QDir(f.ubuntu()).filePath(QStringLiteral("content.json"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/etc/hostname"), link));
    EXPECT_FALSE(ManagedLocation::isTrusted(link, ::getuid()));
}
#endif

TEST(ManagedLimits, SettingsShowAtMostFiftyProblemsEachShort)
{
    QTemporaryDir dir;
    const QString managed = dir.filePath(QStringLiteral("pauzeknop.conf"));
    ASSERT_TRUE(test::writeFile(managed, lines(QByteArray(900, 'x') + "\n", 900 * 1000)));
    Settings settings(dir.filePath(QStringLiteral("user.ini")), managed);
    const QStringList shown = settings.managedProblems();
    EXPECT_EQ(shown.size(), ManagedConfig::MaxProblems + 1);
    for (const QString &line : shown)
        EXPECT_LT(line.size(), 300);
}
