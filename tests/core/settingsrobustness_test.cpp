#include "breathing/custompatternstore.h"
#include "settings/settings.h"
#include "support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

namespace {

QFileDevice::Permissions othersAndGroup(const QString &path)
{
    return QFileInfo(path).permissions() &
           (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

} // namespace

TEST(SettingsRobustness, AChangeThatCannotBeWrittenIsReportedAndKeptForTheSession)
{
    QTemporaryDir dir;
    // A home that cannot be written: the settings' folder is a file, for root as well.
    ASSERT_TRUE(test::writeFile(dir.filePath(QStringLiteral("blocked")), "not a folder"));
    Settings settings(dir.filePath(QStringLiteral("blocked/settings.ini")),
                      dir.filePath(QStringLiteral("none.conf")));
    QSignalSpy failed(&settings, &Settings::saveFailed);
    QSignalSpy changed(&settings, &Settings::changed);
    settings.setValue(Settings::Key::Region, QStringLiteral("NL"));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.constFirst().constFirst().value<Settings::Key>(), Settings::Key::Region);
    EXPECT_FALSE(settings.lastSaveSucceeded());
    EXPECT_FALSE(settings.saveProblem().isEmpty());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(settings.value(Settings::Key::Region).toString(), QStringLiteral("NL"));
}

TEST(SettingsRobustness, AGoodSaveSaysNothing)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")),
                      dir.filePath(QStringLiteral("none.conf")));
    QSignalSpy failed(&settings, &Settings::saveFailed);
    settings.setValue(Settings::Key::Region, QStringLiteral("NL"));
    EXPECT_EQ(failed.count(), 0);
    EXPECT_TRUE(settings.lastSaveSucceeded());
    EXPECT_TRUE(settings.saveProblem().isEmpty());
}

TEST(SettingsRobustness, SettingsAreReadableByThePersonOnlyAndLooserOnesAreTightened)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data"));
    const QString file = QDir(folder).filePath(QStringLiteral("settings.ini"));
    ASSERT_TRUE(test::writeFile(file, "[plan]\ncontacts=\"[]\"\n"));
    ASSERT_TRUE(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ASSERT_TRUE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                  QFileDevice::ExeOther));
    Settings settings(file, dir.filePath(QStringLiteral("none.conf")));
    EXPECT_EQ(othersAndGroup(file), QFileDevice::Permissions());
    EXPECT_EQ(othersAndGroup(folder), QFileDevice::Permissions());
    settings.setValue(Settings::Key::CryingPlan,
                      QStringLiteral("[{\"name\":\"Oma\",\"number\":\"0470\",\"note\":\"\"}]"));
    EXPECT_EQ(othersAndGroup(file), QFileDevice::Permissions()); // still, after a rewrite
    const QString fresh = dir.filePath(QStringLiteral("new/deeper/settings.ini"));
    Settings created(fresh, dir.filePath(QStringLiteral("none.conf")));
    created.setValue(Settings::Key::Region, QStringLiteral("NL"));
    EXPECT_EQ(othersAndGroup(fresh), QFileDevice::Permissions());
    EXPECT_EQ(othersAndGroup(QFileInfo(fresh).absolutePath()), QFileDevice::Permissions());
}

TEST(SettingsRobustness, AHugeSettingsFileIsMovedAsideNotReadAndNotDeleted)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    QByteArray text("[user]\nregion=NL\n[breathing]\ncustomPatterns=");
    text += QByteArray(3 << 20, 'x') + '\n';
    ASSERT_TRUE(test::writeFile(file, text));
    QElapsedTimer timer;
    timer.start();
    Settings settings(file, dir.filePath(QStringLiteral("none.conf")));
    std::printf("[ figure ] a 3 MB settings file was set aside in %lld ms\n",
                static_cast<long long>(timer.elapsed()));
    EXPECT_FALSE(settings.startProblem().isEmpty());
    EXPECT_EQ(settings.value(Settings::Key::Region).toString(), QStringLiteral("BE-VLG"));
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("settings.ini.too-large-*")}, QDir::Files);
    ASSERT_EQ(aside.size(), 1);
    EXPECT_EQ(QFileInfo(dir.filePath(aside.constFirst())).size(), text.size());
}

TEST(SettingsRobustness, OverlongOrOutOfRangeValuesInTheFileAreNotUsed)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    QByteArray text("[display]\ntextScale=100000\n[sound]\nvolume=-5\n[privacy]\nretentionDays=1\n"
                    "[breathing]\ncustomPatterns=\"[");
    for (int i = 0; i < 2000; ++i)
        text += "{\\\"in\\\":4,\\\"holdIn\\\":0,\\\"out\\\":6,\\\"holdOut\\\":0},";
    text += "]\"\n";
    ASSERT_TRUE(test::writeFile(file, text));
    Settings settings(file, dir.filePath(QStringLiteral("none.conf")));
    EXPECT_EQ(settings.value(Settings::Key::TextScale).toInt(), 100);
    EXPECT_EQ(settings.value(Settings::Key::SoundVolume).toInt(), 30);
    EXPECT_EQ(settings.value(Settings::Key::RetentionDays).toInt(), 365);
    EXPECT_TRUE(settings.value(Settings::Key::CustomPatterns).toString().isEmpty());
    EXPECT_TRUE(CustomPatternStore(&settings).patterns().isEmpty());
}
