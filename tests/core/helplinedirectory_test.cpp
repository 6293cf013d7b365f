#include "content/builtinhelplines.h"
#include "content/helplinedirectory.h"
#include "support/testsupport.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace pk;

namespace {

QDateTime brussels(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Brussels"));
}

QStringList idsOf(const QList<Helpline> &lines)
{
    QStringList ids;
    for (const Helpline &line : lines)
        ids.append(line.id);
    return ids;
}

} // namespace

TEST(HelplineDirectory, EveryLineOfTheContentTableIsThereWithItsFields)
{
    const QList<Helpline> &lines = BuiltInHelplines::all();
    const QStringList numbers{
        QStringLiteral("112"),         QStringLiteral("1712"),        QStringLiteral("106"),
        QStringLiteral("1813"),        QStringLiteral("078 150 100"), QStringLiteral("1733"),
        QStringLiteral("0800 13 500"), QStringLiteral("102"),         QStringLiteral("107"),
        QStringLiteral("103"),         QStringLiteral("108"),         QStringLiteral("0800-2000"),
        QStringLiteral("0800-0113")};
    QSet<QString> present;
    for (const Helpline &line : lines) {
        present.insert(line.phoneNumber());
        EXPECT_FALSE(line.name.isEmpty());
        EXPECT_FALSE(line.purpose.isEmpty());
        EXPECT_FALSE(line.regions.isEmpty());
        EXPECT_FALSE(line.languages.isEmpty());
        EXPECT_FALSE(line.topics.isEmpty());
        EXPECT_TRUE(line.sourceUrl.startsWith(QLatin1String("https://")));
        EXPECT_EQ(line.verified, line.verifiedOn.isValid()) << line.id.toStdString();
    }
    for (const QString &number : numbers)
        EXPECT_TRUE(present.contains(number)) << number.toStdString();
    EXPECT_EQ(lines.size(), 14);
    // Dated or unconfirmed (M or L in CONTENT.md) is never shown as verified.
    const HelplineDirectory directory;
    EXPECT_FALSE(directory.find(QStringLiteral("be-caw"))->verified);
    EXPECT_FALSE(directory.find(QStringLiteral("be-ecoute-enfants"))->verified);
    EXPECT_TRUE(directory.find(QStringLiteral("be-1712"))->anonymous);
}

TEST(HelplineDirectory, UnconfirmedHoursAreNeverOpen)
{
    const HelplineDirectory directory;
    // 1712's weekday hours come from 2019: on a Tuesday at 10:00 they still show as not known.
    const QDateTime tuesday = brussels(2026, 12, 1, 10);
    const Helpline *line1712 = directory.find(QStringLiteral("be-1712"));
    EXPECT_EQ(HelplineDirectory::status(*line1712, tuesday, HelplineDirectory::zoneFor({})).state,
              OpeningHours::State::Unknown);
    for (const Helpline &line : BuiltInHelplines::all()) {
        for (const HelplineChannel &channel : line.channels) {
            if (channel.hoursConfirmed)
                continue;
            EXPECT_EQ(
                HelplineDirectory::status(channel, tuesday, HelplineDirectory::zoneFor({})).state,
                OpeningHours::State::Unknown);
        }
    }
}

TEST(HelplineDirectory, FlandersShows112FirstThenOpenLinesAndNoChildLines)
{
    const HelplineDirectory directory;
    const QList<Helpline> lines = directory.forRegion(
        QStringLiteral("BE-VLG"), QStringLiteral("parent"), brussels(2026, 12, 1, 3));
    const QStringList ids = idsOf(lines);
    ASSERT_FALSE(ids.isEmpty());
    EXPECT_EQ(ids.first(), QStringLiteral("be-112"));
    EXPECT_FALSE(ids.contains(QStringLiteral("be-awel")));
    EXPECT_FALSE(ids.contains(QStringLiteral("be-tele-accueil")));
    EXPECT_FALSE(ids.contains(QStringLiteral("nl-veilig-thuis")));
    EXPECT_TRUE(ids.contains(QStringLiteral("be-1712")));
    // 106 and 1813 are open at night, 1712 shows "hours not known": open ones come first.
    EXPECT_LT(ids.indexOf(QStringLiteral("be-tele-onthaal")),
              ids.indexOf(QStringLiteral("be-1712")));
    EXPECT_LT(ids.indexOf(QStringLiteral("be-zelfmoordlijn")),
              ids.indexOf(QStringLiteral("be-1712")));
}

TEST(HelplineDirectory, EveryRegionHasItsEmergencyNumberFirst)
{
    const HelplineDirectory directory;
    for (const QString &region : HelplineDirectory::regions()) {
        const QList<Helpline> lines =
            directory.forRegion(region, QStringLiteral("grandparent"), brussels(2026, 7, 4, 15));
        ASSERT_GE(lines.size(), 2) << region.toStdString();
        EXPECT_TRUE(lines.first().emergency) << region.toStdString();
        EXPECT_EQ(lines.first().phoneNumber(), QStringLiteral("112"));
    }
    EXPECT_TRUE(idsOf(directory.forRegion(QStringLiteral("BE-WAL"), QStringLiteral("parent"),
                                          brussels(2026, 7, 4, 15)))
                    .contains(QStringLiteral("be-tele-accueil")));
    EXPECT_EQ(HelplineDirectory::zoneFor(QStringLiteral("NL")).id(),
              QByteArray("Europe/Amsterdam"));
}

TEST(HelplineDirectory, ClosedLinesComeAfterOpenOnes)
{
    Helpline day;
    day.id = QStringLiteral("day");
    day.regions = {QStringLiteral("BE-VLG")};
    day.channels = {{HelplineChannel::Kind::Phone, QStringLiteral("1"),
                     QStringLiteral("Mo-Fr 09:00-17:00"), true}};
    Helpline night = day;
    night.id = QStringLiteral("night");
    night.channels[0].hours = QStringLiteral("Mo-Su 17:00-24:00");
    Helpline unknown = day;
    unknown.id = QStringLiteral("unknown");
    unknown.channels[0].hoursConfirmed = false;
    const HelplineDirectory directory({day, unknown, night});
    EXPECT_EQ(
        idsOf(directory.forRegion(QStringLiteral("BE-VLG"), {}, brussels(2026, 12, 1, 20))),
        (QStringList{QStringLiteral("night"), QStringLiteral("unknown"), QStringLiteral("day")}));
    EXPECT_EQ(
        idsOf(directory.forRegion(QStringLiteral("BE-VLG"), {}, brussels(2026, 12, 1, 10))),
        (QStringList{QStringLiteral("day"), QStringLiteral("unknown"), QStringLiteral("night")}));
}

TEST(HelplineDirectory, OrganisationLinesComeFirstButNeverReplaceBuiltIns)
{
    HelplineDirectory directory;
    Helpline own;
    own.id = QStringLiteral("org-desk");
    own.name = QStringLiteral("Onthaal");
    own.regions = {QStringLiteral("BE-VLG")};
    own.audiences = {QStringLiteral("childcare")};
    own.channels = {
        {HelplineChannel::Kind::Phone, QStringLiteral("200"), QStringLiteral("24/7"), true}};
    own.fromOrganisation = true;
    Helpline clash = own;
    clash.id = QStringLiteral("be-112");
    EXPECT_EQ(directory.add({own, clash}), QStringList{QStringLiteral("be-112")});
    EXPECT_EQ(directory.find(QStringLiteral("be-112"))->phoneNumber(), QStringLiteral("112"));
    const QStringList ids = idsOf(directory.forRegion(
        QStringLiteral("BE-VLG"), QStringLiteral("childcare"), brussels(2026, 12, 1, 10)));
    EXPECT_EQ(ids.value(0), QStringLiteral("be-112"));
    EXPECT_EQ(ids.value(1), QStringLiteral("org-desk"));
}
