#include "content/builtincontent.h"
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

TEST(HelplineDirectory, EveryConfirmedLineIsThereWithItsSourceAndCheckDate)
{
    const QList<Helpline> &lines = BuiltInContent::helplines();
    const QStringList numbers{
        QStringLiteral("112"),  QStringLiteral("1712"),        QStringLiteral("106"),
        QStringLiteral("1813"), QStringLiteral("078 150 100"), QStringLiteral("1733"),
        QStringLiteral("107"),  QStringLiteral("0800 32 123"), QStringLiteral("0800 30 030"),
        QStringLiteral("103"),  QStringLiteral("108"),         QStringLiteral("0800-2000"),
        QStringLiteral("113"),  QStringLiteral("088 0767 000")};
    QSet<QString> present;
    QSet<QString> ids;
    for (const Helpline &line : lines) {
        for (const QString &number : line.phoneNumbers())
            present.insert(number);
        EXPECT_FALSE(ids.contains(line.id)) << line.id.toStdString();
        ids.insert(line.id);
        EXPECT_FALSE(line.name.isEmpty());
        EXPECT_FALSE(line.purpose.isEmpty());
        EXPECT_FALSE(line.regions.isEmpty());
        EXPECT_FALSE(line.roles.isEmpty()) << line.id.toStdString();
        // Every line says the language it answers in, in every region it serves.
        for (const QString &region : line.regions) {
            EXPECT_TRUE(line.emergency || !line.languagesIn(region).isEmpty())
                << line.id.toStdString() << ' ' << region.toStdString();
        }
        EXPECT_TRUE(line.sourceUrl.startsWith(QLatin1String("http"))) << line.id.toStdString();
        // Every built-in line was checked against its own source, on its own date.
        EXPECT_TRUE(line.verified) << line.id.toStdString();
        EXPECT_EQ(line.verifiedOn, QDate(2026, 12, 1)) << line.id.toStdString();
        EXPECT_FALSE(line.purpose.key.isEmpty());
    }
    for (const QString &number : numbers)
        EXPECT_TRUE(present.contains(number)) << number.toStdString();
    // Numbers that could not be confirmed from a public page are not shipped.
    EXPECT_FALSE(present.contains(QStringLiteral("0800 13 500"))); // CAW
    EXPECT_FALSE(present.contains(QStringLiteral("102")));         // Awel: for children
    const HelplineDirectory directory;
    EXPECT_TRUE(directory.find(QStringLiteral("be-1712"))->anonymous);
    EXPECT_EQ(directory.find(QStringLiteral("nl-113"))->phoneNumber(), QStringLiteral("113"));
    EXPECT_EQ(directory.find(QStringLiteral("be-1733"))->phoneNumbers().value(1),
              QStringLiteral("+32 2 524 98 89"));
}

TEST(HelplineDirectory, UnconfirmedHoursAreNeverOpen)
{
    const HelplineDirectory directory;
    // 1712's weekday hours come from 2019 and are not in the data: "hours not known".
    const QDateTime tuesday = brussels(2026, 12, 1, 10);
    const Helpline *line1712 = directory.find(QStringLiteral("be-1712"));
    EXPECT_EQ(HelplineDirectory::status(*line1712, tuesday, QStringLiteral("BE-VLG")).state,
              OpeningHours::State::Unknown);
    for (const Helpline &line : BuiltInContent::helplines()) {
        for (const HelplineChannel &channel : line.channels) {
            if (channel.hoursConfirmed)
                continue;
            EXPECT_EQ(HelplineDirectory::status(channel, tuesday, QStringLiteral("BE-VLG")).state,
                      OpeningHours::State::Unknown);
        }
    }
}

TEST(HelplineDirectory, EcouteViolencesConjugalesIsClosedOnABelgianPublicHoliday)
{
    const HelplineDirectory directory;
    const Helpline *line = directory.find(QStringLiteral("be-ecoute-violences"));
    ASSERT_NE(line, nullptr);
    const QString wal = QStringLiteral("BE-WAL");
    // Tuesday 1 December 2026, 10:00: open until 19:00.
    EXPECT_EQ(HelplineDirectory::status(*line, brussels(2026, 12, 1, 10), wal).state,
              OpeningHours::State::Open);
    // Wednesday 11 November 2026 (Armistice), 10:00: closed, opens Thursday at 09:00.
    const OpeningHours::Status armistice =
        HelplineDirectory::status(*line, brussels(2026, 11, 11, 10), wal);
    EXPECT_EQ(armistice.state, OpeningHours::State::Closed);
    EXPECT_EQ(armistice.change, brussels(2026, 11, 12, 9));
    // Easter Monday 2027 is 29 March.
    EXPECT_EQ(HelplineDirectory::status(*line, brussels(2027, 3, 29, 12), wal).state,
              OpeningHours::State::Closed);
}

TEST(HelplineDirectory, EachRegionHasItsOwnLinesAndNoneOfAnother)
{
    const HelplineDirectory directory;
    const QDateTime noon = brussels(2026, 12, 1, 12);
    auto ids = [&](const char *region) {
        return idsOf(
            directory.forRegion(QString::fromLatin1(region), QStringLiteral("parent"), noon));
    };
    const QStringList flanders = ids("BE-VLG");
    const QStringList wallonia = ids("BE-WAL");
    const QStringList brussels = ids("BE-BRU");
    const QStringList german = ids("BE-DG");
    const QStringList dutch = ids("NL");
    for (const char *id :
         {"be-1712", "be-tele-onthaal", "be-zelfmoordlijn", "be-kind-en-gezin", "be-1733"}) {
        EXPECT_TRUE(flanders.contains(QString::fromLatin1(id))) << id;
        EXPECT_FALSE(dutch.contains(QString::fromLatin1(id))) << id;
        EXPECT_FALSE(german.contains(QString::fromLatin1(id))) << id;
    }
    for (const char *id : {"be-tele-accueil", "be-prevention-suicide", "be-ecoute-violences",
                           "be-ecoute-enfants", "be-sos-enfants"}) {
        EXPECT_TRUE(wallonia.contains(QString::fromLatin1(id))) << id;
        EXPECT_TRUE(brussels.contains(QString::fromLatin1(id))) << id;
        EXPECT_FALSE(flanders.contains(QString::fromLatin1(id))) << id;
    }
    EXPECT_TRUE(german.contains(QStringLiteral("be-telefonhilfe")));
    EXPECT_TRUE(german.contains(QStringLiteral("be-1733-dg")));
    EXPECT_FALSE(german.contains(QStringLiteral("be-1733")));
    for (const char *id : {"nl-113", "nl-luisterlijn", "nl-veilig-thuis", "nl-huisartsenpost"})
        EXPECT_TRUE(dutch.contains(QString::fromLatin1(id))) << id;
    // Never 1733 in the Netherlands; no Belgian line at all there.
    for (const QString &id : dutch)
        EXPECT_TRUE(id.startsWith(QLatin1String("nl-"))) << id.toStdString();
}

TEST(HelplineDirectory, LinesInTheReadersLanguageComeFirstAmongEquals)
{
    const HelplineDirectory directory;
    const QDateTime night = brussels(2026, 12, 1, 3);
    // Brussels at night: Tele-Onthaal (nl) and Télé-Accueil (fr) are both open.
    const QStringList fr = idsOf(directory.forRegion(
        QStringLiteral("BE-BRU"), QStringLiteral("parent"), night, QStringLiteral("fr")));
    EXPECT_LT(fr.indexOf(QStringLiteral("be-tele-accueil")),
              fr.indexOf(QStringLiteral("be-tele-onthaal")));
    const QStringList nl = idsOf(directory.forRegion(
        QStringLiteral("BE-BRU"), QStringLiteral("parent"), night, QStringLiteral("nl")));
    EXPECT_LT(nl.indexOf(QStringLiteral("be-tele-onthaal")),
              nl.indexOf(QStringLiteral("be-tele-accueil")));
    EXPECT_EQ(fr.first(), QStringLiteral("be-112"));
    EXPECT_EQ(
        directory
            .forRole(QStringLiteral("listening"), QStringLiteral("BE-BRU"), QStringLiteral("fr"))
            ->id,
        QStringLiteral("be-tele-accueil"));
    EXPECT_EQ(directory.forRole(QStringLiteral("parenting"), QStringLiteral("NL")), nullptr);
}

TEST(HelplineDirectory, FlandersShows112FirstThenOpenLinesAndNoChildLines)
{
    const HelplineDirectory directory;
    const QList<Helpline> lines = directory.forRegion(
        QStringLiteral("BE-VLG"), QStringLiteral("parent"), brussels(2026, 12, 1, 3));
    const QStringList ids = idsOf(lines);
    ASSERT_FALSE(ids.isEmpty());
    EXPECT_EQ(ids.first(), QStringLiteral("be-112"));
    EXPECT_FALSE(ids.contains(QStringLiteral("be-tele-accueil")));
    EXPECT_FALSE(ids.contains(QStringLiteral("nl-veilig-thuis")));
    EXPECT_TRUE(ids.contains(QStringLiteral("be-1712")));
    EXPECT_FALSE(ids.contains(QStringLiteral("be-vk"))); // for professionals
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
