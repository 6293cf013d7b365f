#include "settings/managedlocation.h"
#include "settings/settings.h"
#include "support/testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

namespace {

// A user settings file and a managed file side by side in a temporary folder.
struct Fixture
{
    QTemporaryDir dir;
    QString user() const { return dir.filePath(QStringLiteral("user.ini")); }
    QString managed() const { return dir.filePath(QStringLiteral("managed/pauzeknop.conf")); }
    bool writeManaged(const char *text) const { return test::writeFile(managed(), text); }
};

} // namespace

TEST(ManagedSettings, WithoutAManagedFileNothingIsLockedOrShared)
{
    Fixture f;
    Settings settings(f.user(), f.managed());
    for (Settings::Key key : Settings::allKeys())
        EXPECT_FALSE(settings.isLocked(key)) << Settings::keyName(key).toStdString();
    EXPECT_FALSE(settings.sharedPcMode());
    EXPECT_TRUE(settings.managedProblems().isEmpty());
    EXPECT_TRUE(settings.organisationContact().isEmpty());
}

TEST(ManagedSettings, PresetReplacesTheDefaultButTheUsersOwnChoiceWins)
{
    Fixture f;
    ASSERT_TRUE(f.writeManaged("[preset]\nbreathing/durationSeconds=300\nui/language=nl\n"));
    Settings settings(f.user(), f.managed());
    EXPECT_EQ(settings.value(Settings::Key::DurationSeconds).toInt(), 300);
    EXPECT_EQ(settings.language(), QStringLiteral("nl"));
    EXPECT_FALSE(settings.isLocked(Settings::Key::DurationSeconds));

    QSignalSpy changed(&settings, &Settings::changed);
    settings.setValue(Settings::Key::DurationSeconds, 60);
    EXPECT_EQ(settings.value(Settings::Key::DurationSeconds).toInt(), 60);
    EXPECT_EQ(changed.count(), 1);

    Settings again(f.user(), f.managed());
    EXPECT_EQ(again.value(Settings::Key::DurationSeconds).toInt(), 60);
}

TEST(ManagedSettings, LockWinsOverTheUsersValueAndCannotBeChanged)
{
    Fixture f;
    {
        Settings before(f.user(), f.managed());
        before.setValue(Settings::Key::Logging, true);
        before.setValue(Settings::Key::TextScale, 150);
    }
    ASSERT_TRUE(f.writeManaged("[organisation]\nname=De Boterbloem\nlockNote=Ask Els.\n"
                               "[locked]\nprivacy/logging=false\n"
                               "[preset]\ndisplay/textScale=125\n"));
    Settings settings(f.user(), f.managed());
    EXPECT_TRUE(settings.isLocked(Settings::Key::Logging));
    EXPECT_FALSE(settings.value(Settings::Key::Logging).toBool());
    EXPECT_EQ(settings.value(Settings::Key::TextScale).toInt(), 150); // user beats preset

    QSignalSpy changed(&settings, &Settings::changed);
    settings.setValue(Settings::Key::Logging, true);
    EXPECT_FALSE(settings.value(Settings::Key::Logging).toBool());
    EXPECT_EQ(changed.count(), 0);
    EXPECT_TRUE(settings.lockReason(Settings::Key::Logging).contains(QStringLiteral("Boterbloem")));
    EXPECT_TRUE(settings.lockReason(Settings::Key::Logging).contains(QStringLiteral("Ask Els.")));
    EXPECT_TRUE(settings.lockReason(Settings::Key::TextScale).isEmpty());
}

TEST(ManagedSettings, EveryKeyOfTheTableCanBePresetAndLocked)
{
    Fixture f;
    QByteArray text = "[locked]\n";
    for (Settings::Key key : Settings::allKeys()) {
        const QVariant fallback = Settings::defaultValue(key);
        QString written = fallback.toString();
        if (fallback.metaType().id() == QMetaType::QStringList)
            written = QStringLiteral("a,b");
        text += Settings::keyName(key).toUtf8() + '=' + written.toUtf8() + '\n';
    }
    ASSERT_TRUE(test::writeFile(f.managed(), text));
    Settings settings(f.user(), f.managed());
    EXPECT_TRUE(settings.managedProblems().isEmpty())
        << settings.managedProblems().join(QLatin1Char('\n')).toStdString();
    for (Settings::Key key : Settings::allKeys())
        EXPECT_TRUE(settings.isLocked(key)) << Settings::keyName(key).toStdString();
    EXPECT_EQ(settings.value(Settings::Key::FavouriteTips).toStringList(),
              QStringList({QStringLiteral("a"), QStringLiteral("b")}));
}

TEST(ManagedSettings, MalformedFileIsReportedAndIgnoredLineByLine)
{
    Fixture f;
    ASSERT_TRUE(f.writeManaged("ui/language=fr\n"               // 1: before any section
                               "[preset]\n"                     // 2
                               "this is not a setting\n"        // 3
                               "display/textScale=huge\n"       // 4: bad value
                               "display/textScale=900\n"        // 5: out of range
                               "sound/colour=blue\n"            // 6: unknown key
                               "breathing/durationSeconds=90\n" // 7: fine
                               "[locked\n"                      // 8: broken section line
                               "[weather]\n"                    // 9: unknown section
                               "privacy/logging=false\n"        // 10: inside unknown section
                               "[locked]\n"                     // 11
                               "pause/safeFirstCard=perhaps\n"  // 12: bad bool
                               "sound/cues=off\n"               // 13: fine
                               "[organisation]\n"
                               "sharedPc=maybe\n"   // 15: bad bool
                               "adminPin=1234\n")); // 16: plain PIN refused
    Settings settings(f.user(), f.managed());
    const QStringList problems = settings.managedProblems();
    ASSERT_EQ(problems.size(), 10) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(problems.at(0).contains(QStringLiteral("Line 1")));
    EXPECT_TRUE(problems.at(2).contains(QStringLiteral("display/textScale")));
    EXPECT_TRUE(problems.at(3).contains(QStringLiteral("100 to 200")));
    EXPECT_TRUE(problems.at(4).contains(QStringLiteral("sound/colour")));
    EXPECT_TRUE(problems.at(6).contains(QStringLiteral("weather")));
    EXPECT_TRUE(problems.at(8).contains(QStringLiteral("sharedPc")));
    EXPECT_TRUE(problems.at(9).contains(QStringLiteral("--hash-pin")));

    EXPECT_EQ(settings.value(Settings::Key::DurationSeconds).toInt(), 90);
    EXPECT_EQ(settings.value(Settings::Key::TextScale).toInt(), 100);
    EXPECT_TRUE(settings.isLocked(Settings::Key::SoundCues));
    EXPECT_FALSE(settings.value(Settings::Key::SoundCues).toBool());
    EXPECT_FALSE(settings.isLocked(Settings::Key::SafeFirstCard));
    EXPECT_FALSE(settings.isLocked(Settings::Key::Logging));
    EXPECT_TRUE(settings.language().isEmpty());
    EXPECT_FALSE(settings.sharedPcMode());
    EXPECT_TRUE(settings.adminPinHash().isEmpty());
}

TEST(ManagedSettings, BinaryGarbageStillLetsSettingsWork)
{
    Fixture f;
    ASSERT_TRUE(test::writeFile(f.managed(), QByteArray("\x00\xff\xfe[\x01=\x02\n==\n", 11)));
    Settings settings(f.user(), f.managed());
    EXPECT_FALSE(settings.managedProblems().isEmpty());
    settings.setValue(Settings::Key::DurationSeconds, 60);
    EXPECT_EQ(settings.value(Settings::Key::DurationSeconds).toInt(), 60);
}

TEST(ManagedSettings, SharedPcKeepsNoPersonalContactsAndNamesTheContactPerson)
{
    Fixture f;
    ASSERT_TRUE(f.writeManaged("[organisation]\nsharedPc=true\nname=De Boterbloem\n"
                               "contactName=Els Peeters\ncontactPhone=+32 9 123 45 67\n"
                               "contactHours=weekdays 7:00-18:30\n"));
    Settings settings(f.user(), f.managed());
    EXPECT_TRUE(settings.sharedPcMode());
    EXPECT_EQ(settings.organisationContact().name, QStringLiteral("Els Peeters"));
    EXPECT_EQ(settings.organisationContact().phone, QStringLiteral("+32 9 123 45 67"));
    EXPECT_EQ(settings.organisationContact().hours, QStringLiteral("weekdays 7:00-18:30"));
    EXPECT_TRUE(settings.isLocked(Settings::Key::CryingPlan));
    settings.setValue(Settings::Key::CryingPlan, QStringLiteral("[{\"name\":\"Mum\"}]"));
    EXPECT_TRUE(settings.value(Settings::Key::CryingPlan).toString().isEmpty());
    EXPECT_FALSE(settings.lockReason(Settings::Key::CryingPlan).isEmpty());
}

TEST(ManagedSettings, DefaultLocationFollowsTheEnvironmentOverride)
{
    QTemporaryDir dir;
    const QByteArray before = qgetenv("PAUZEKNOP_MANAGED_DIR");
    qputenv("PAUZEKNOP_MANAGED_DIR", dir.path().toLocal8Bit());
    ASSERT_TRUE(test::writeFile(ManagedLocation::filePath(QStringLiteral("pauzeknop.conf")),
                                "[locked]\ndisplay/highContrast=true\n"));
    Settings settings(dir.filePath(QStringLiteral("user.ini")));
    qputenv("PAUZEKNOP_MANAGED_DIR", before);
    EXPECT_TRUE(settings.isLocked(Settings::Key::HighContrast));
    EXPECT_TRUE(settings.value(Settings::Key::HighContrast).toBool());
}

TEST(ManagedSettings, ExampleFileInPackagingIsValidAndDoesWhatItSays)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("user.ini")),
                      QStringLiteral(PAUZEKNOP_SOURCE_DIR "/packaging/managed/pauzeknop.conf"));
    EXPECT_TRUE(settings.managed().exists());
    EXPECT_TRUE(settings.managedProblems().isEmpty())
        << settings.managedProblems().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(settings.sharedPcMode());
    EXPECT_EQ(settings.language(), QStringLiteral("nl"));
    EXPECT_TRUE(settings.isLocked(Settings::Key::RetentionDays));
    EXPECT_EQ(settings.value(Settings::Key::RetentionDays).toInt(), 90);
    EXPECT_FALSE(settings.organisationContact().phone.isEmpty());
}
