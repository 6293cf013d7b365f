#include "settings/settings.h"
#include "support/testsupport.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

TEST(Settings, DefaultsAreSafeFirstAndParent)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    EXPECT_TRUE(settings.safeFirstCard());
    EXPECT_EQ(settings.audience(), Audience::Parent);
    EXPECT_TRUE(settings.language().isEmpty());
}

TEST(Settings, ChangesAreKeptAndAnnouncedOnce)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    {
        Settings settings(file);
        QSignalSpy changed(&settings, &Settings::changed);
        settings.setAudience(Audience::ChildcareWorker);
        settings.setAudience(Audience::ChildcareWorker);
        settings.setLanguage(QStringLiteral("nl"));
        EXPECT_EQ(changed.count(), 2);
    }
    Settings again(file);
    EXPECT_EQ(again.audience(), Audience::ChildcareWorker);
    EXPECT_EQ(again.language(), QStringLiteral("nl"));
}

TEST(Settings, NonsenseInTheFileFallsBackToDefaults)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("user/audience"), QStringLiteral("astronaut"));
    }
    Settings settings(file);
    EXPECT_EQ(settings.audience(), Audience::Parent);
}
