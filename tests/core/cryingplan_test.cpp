#include "content/cryingplan.h"
#include "settings/settings.h"
#include "support/testsupport.h"
#include "usage/usagelog.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

TEST(CryingPlan, KeepsPeopleInTheSettingsOnly)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    const QList<PlanContact> people{
        {QStringLiteral("Oma Rita"), QStringLiteral("0470 12 34 56"), QStringLiteral("Next door")},
        {QStringLiteral("Sam"), QStringLiteral("+32 9 765 43 21"), {}},
    };
    {
        Settings settings(file);
        CryingPlan::save(settings, people);
    }
    Settings again(file);
    EXPECT_EQ(CryingPlan::load(again), people);
    // Nothing of it reaches the usage log folder.
    UsageLog log;
    log.open(dir.path());
    EXPECT_EQ(log.count(), 0);
}

TEST(CryingPlan, DamagedOrOddDataReadsSafely)
{
    EXPECT_TRUE(CryingPlan::fromJson(QStringLiteral("not json")).isEmpty());
    EXPECT_TRUE(CryingPlan::fromJson(QStringLiteral("{\"name\": 1}")).isEmpty());
    EXPECT_TRUE(CryingPlan::fromJson({}).isEmpty());
    const auto odd = CryingPlan::fromJson(QStringLiteral(
        "[{\"name\": \"  \"}, 5, {\"name\": \"A\", \"number\": 12}, {\"number\": \"1\"}]"));
    ASSERT_EQ(odd.size(), 2);
    EXPECT_EQ(odd[0].name, QStringLiteral("A"));
    EXPECT_TRUE(odd[0].number.isEmpty());
    QList<PlanContact> many(40, PlanContact{QStringLiteral("X"), QStringLiteral("1"), {}});
    EXPECT_EQ(CryingPlan::fromJson(CryingPlan::toJson(many)).size(), CryingPlan::MaxContacts);
    const QString longName(500, QLatin1Char('a'));
    EXPECT_EQ(CryingPlan::fromJson(CryingPlan::toJson({{longName, {}, {}}})).first().name.size(),
              80);
}

TEST(CryingPlan, AnEmptyPlanIsStoredAsNothing)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    QSignalSpy changed(&settings, &Settings::changed);
    CryingPlan::save(settings, {});
    CryingPlan::save(settings, {{QStringLiteral("  "), QStringLiteral(" "), {}}});
    EXPECT_EQ(changed.count(), 0);
    EXPECT_TRUE(settings.value(Settings::Key::CryingPlan).toString().isEmpty());
}
