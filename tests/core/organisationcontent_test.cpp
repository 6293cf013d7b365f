#include "content/builtincontent.h"
#include "content/contentlibrary.h"
#include "content/organisationcontent.h"
#include "support/testsupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

namespace {

const char *goodFile = R"({
  "version": 1,
  "tips": [
    {"id": "org-desk", "situation": "group", "audiences": ["childcare"],
     "text": {"en": "Call the front desk on 200: someone comes within two minutes.",
              "nl": "Bel het onthaal op 200: binnen twee minuten komt er iemand."},
     "source": "Crèche De Vlinder, house rules"}
  ],
  "helplines": [
    {"id": "org-coordinator", "name": "Coördinator De Vlinder",
     "purpose": {"en": "Your coordinator, for any hard moment.", "nl": "Je coördinator."},
     "audiences": ["childcare"], "regions": ["BE-VLG"], "cost": "free", "anonymous": false,
     "verified": true, "verified_on": "2026-11-01",
     "channels": [{"kind": "phone", "value": "+32 9 123 45 67", "hours": "Mo-Fr 07:00-18:30"},
                  {"kind": "web", "value": "https://example.org/help"}]}
  ]
})";

bool mentionsAll(const QStringList &problems, const QStringList &words)
{
    for (const QString &problem : problems) {
        bool all = true;
        for (const QString &word : words)
            all = all && problem.contains(word);
        if (all)
            return true;
    }
    return false;
}

} // namespace

TEST(OrganisationContent, AGoodFileLoadsEverything)
{
    const auto content = OrganisationContent::parse(goodFile, QStringLiteral("/etc/content.json"));
    EXPECT_TRUE(content.problems.isEmpty())
        << content.problems.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(content.tips.size(), 1);
    const Tip &tip = content.tips.first();
    EXPECT_EQ(tip.situation, Situation::GroupChaos);
    EXPECT_EQ(tip.audiences, QList<Audience>{Audience::ChildcareWorker});
    EXPECT_TRUE(tip.displayText(QStringLiteral("nl")).startsWith(QLatin1String("Bel het")));
    EXPECT_TRUE(tip.displayText(QStringLiteral("de")).startsWith(QLatin1String("Call the")));
    ASSERT_EQ(content.helplines.size(), 1);
    const Helpline &line = content.helplines.first();
    EXPECT_EQ(line.phoneNumber(), QStringLiteral("+32 9 123 45 67"));
    EXPECT_TRUE(line.verified);
    EXPECT_EQ(line.verifiedOn, QDate(2026, 11, 1));
    EXPECT_TRUE(line.channels.first().hoursKnown());
    EXPECT_EQ(line.cost, Helpline::Cost::Free);
    EXPECT_TRUE(line.fromOrganisation);
}

TEST(OrganisationContent, AMalformedFileIsNamedAndBuiltInsStay)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("content.json"));
    ASSERT_TRUE(test::writeFile(path, QByteArrayLiteral("{\"tips\": [ {\"id\": \"x\", }")));
    const ContentLibrary library = ContentLibrary::load(path);
    ASSERT_EQ(library.problems().size(), 1);
    EXPECT_TRUE(library.problems().first().contains(path));
    EXPECT_TRUE(library.problems().first().contains(QLatin1String("not valid JSON")));
    EXPECT_EQ(library.tips().all().size(), BuiltInContent::tips().size());
    EXPECT_NE(library.helplines().find(QStringLiteral("be-112")), nullptr);

    EXPECT_EQ(OrganisationContent::parse("[1, 2]", path).problems.size(), 1);
    EXPECT_EQ(OrganisationContent::parse("", path).problems.size(), 1);
    EXPECT_EQ(OrganisationContent::parse(QByteArray(2 * 1024 * 1024, ' '), path).problems.size(),
              1);
}

TEST(OrganisationContent, AMissingFileIsNoProblem)
{
    QTemporaryDir dir;
    const ContentLibrary library = ContentLibrary::load(dir.filePath(QStringLiteral("none.json")));
    EXPECT_TRUE(library.problems().isEmpty());
    EXPECT_EQ(library.tips().all().size(), BuiltInContent::tips().size());
}

TEST(OrganisationContent, WrongEntriesAreReportedOneByOneAndTheRestLoads)
{
    const char *json = R"({
      "tips": [
        {"id": "ok", "situation": "moment", "audiences": ["parent"], "text": "Fine.", "source": "Us"},
        {"id": "no-source", "situation": "moment", "audiences": ["parent"], "text": "Hi"},
        {"id": "bad-situation", "situation": "bathtime", "audiences": ["parent"], "text": "Hi", "source": "Us"},
        {"id": "bad-audience", "situation": "moment", "audiences": ["astronaut"], "text": "Hi", "source": "Us"},
        {"id": "Bad Id!", "situation": "moment", "audiences": ["parent"], "text": "Hi", "source": "Us"},
        "not an object",
        {"id": "moment-safe-place", "situation": "moment", "audiences": ["parent"], "text": "Mine", "source": "Us"}
      ],
      "helplines": [
        {"id": "bad-number", "name": "X", "purpose": "Y", "channels": [{"kind": "phone", "value": "call us"}]},
        {"id": "bad-hours", "name": "X", "purpose": "Y", "channels": [{"kind": "phone", "value": "200", "hours": "weekdays"}]},
        {"id": "sos", "name": "X", "purpose": "Y", "emergency": true, "channels": [{"kind": "phone", "value": "200"}]},
        {"id": "no-date", "name": "X", "purpose": "Y", "verified": true, "channels": [{"kind": "phone", "value": "200"}]},
        {"id": "http-chat", "name": "X", "purpose": "Y", "channels": [{"kind": "chat", "value": "http://x.org"}]},
        {"id": "unverified", "name": "Desk", "purpose": "Y", "channels": [{"kind": "phone", "value": "200", "hours": "24/7"}]}
      ],
      "colour": "pink"
    })";
    const QString path = QStringLiteral("/etc/xdg/Pauzeknop/content.json");
    const auto content = OrganisationContent::parse(json, path);
    const QStringList &p = content.problems;
    EXPECT_TRUE(mentionsAll(p, {path, QStringLiteral("\"no-source\""), QStringLiteral("source")}));
    EXPECT_TRUE(
        mentionsAll(p, {path, QStringLiteral("\"bad-situation\""), QStringLiteral("situation")}));
    EXPECT_TRUE(
        mentionsAll(p, {path, QStringLiteral("\"bad-audience\""), QStringLiteral("astronaut")}));
    EXPECT_TRUE(mentionsAll(p, {path, QStringLiteral("tip 5"), QStringLiteral("id")}));
    EXPECT_TRUE(mentionsAll(p, {path, QStringLiteral("tip 6")}));
    EXPECT_TRUE(
        mentionsAll(p, {path, QStringLiteral("\"bad-number\""), QStringLiteral("call us")}));
    EXPECT_TRUE(
        mentionsAll(p, {path, QStringLiteral("\"bad-hours\""), QStringLiteral("weekdays")}));
    EXPECT_TRUE(mentionsAll(p, {path, QStringLiteral("\"sos\""), QStringLiteral("112")}));
    EXPECT_TRUE(
        mentionsAll(p, {path, QStringLiteral("\"no-date\""), QStringLiteral("verified_on")}));
    EXPECT_TRUE(mentionsAll(p, {path, QStringLiteral("\"http-chat\"")}));
    EXPECT_TRUE(mentionsAll(p, {path, QStringLiteral("colour")}));
    ASSERT_EQ(content.tips.size(), 2);
    EXPECT_EQ(content.tips.first().id, QStringLiteral("ok"));
    ASSERT_EQ(content.helplines.size(), 1);
    // Unverified hours of an organisation's line show as "hours not known".
    EXPECT_FALSE(content.helplines.first().channels.first().hoursKnown());
}

TEST(OrganisationContent, AnIdClashIsReportedAndTheBuiltInWins)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("content.json"));
    ASSERT_TRUE(
        test::writeFile(path, R"({"tips": [{"id": "moment-safe-place", "situation": "moment",
        "audiences": ["parent"], "text": "Mine", "source": "Us"}]})"));
    const ContentLibrary library = ContentLibrary::load(path);
    EXPECT_TRUE(mentionsAll(library.problems(), {path, QStringLiteral("moment-safe-place")}));
    EXPECT_NE(library.tips().find(QStringLiteral("moment-safe-place"))->text.english,
              QStringLiteral("Mine"));
}

TEST(OrganisationContent, TheShippedExampleIsValid)
{
    const QString path =
        QStringLiteral(PAUZEKNOP_SOURCE_DIR "/packaging/managed/content.example.json");
    const ContentLibrary library = ContentLibrary::load(path);
    EXPECT_TRUE(library.problems().isEmpty())
        << library.problems().join(QLatin1Char('\n')).toStdString();
    EXPECT_GT(library.tips().all().size(), BuiltInContent::tips().size());
}

TEST(OrganisationContent, AnyAmountOfProblemsIsReportedInFiftyShortLines)
{
    QByteArray json = "{\"tips\": [";
    for (int i = 0; i < 500; ++i)
        json += QByteArray(i ? "," : "") + "{\"id\": \"tip-" + QByteArray::number(i) +
                "\", \"situation\": \"nowhere\", \"audiences\": [\"parent\"], \"text\": \"x\", "
                "\"source\": \"" +
                QByteArray(1000, 'y') + "\"}";
    json += "], \"" + QByteArray(3000, 'k') + "\": 1}";
    ASSERT_LT(json.size(), 1024 * 1024);
    const auto content = OrganisationContent::parse(json, QStringLiteral("/etc/content.json"));
    ASSERT_EQ(content.problems.size(), 51);
    for (const QString &problem : content.problems)
        EXPECT_LE(problem.size(), 300);
    EXPECT_TRUE(content.problems.last().contains(QLatin1String("451 more problems")))
        << content.problems.last().toStdString();
    EXPECT_TRUE(content.tips.isEmpty());
}

TEST(OrganisationContent, ListsAreReadUpToTwoThousandEntriesAndLongValuesAreRefused)
{
    QByteArray json = "{\"tips\": [";
    for (int i = 0; i < 2100; ++i)
        json += QByteArray(i ? "," : "") + "{\"id\": \"t" + QByteArray::number(i) +
                "\", \"situation\": \"moment\", \"audiences\": [\"parent\"], \"text\": \"Go.\", "
                "\"source\": \"Us\"}";
    json += "], \"helplines\": [{\"id\": \"long\", \"name\": \"" + QByteArray(500, 'n') +
            "\", \"purpose\": \"p\", \"channels\": [{\"kind\": \"phone\", \"value\": \"200\"}]}]}";
    const auto content = OrganisationContent::parse(json, QStringLiteral("/etc/content.json"));
    EXPECT_EQ(content.tips.size(), 2000);
    EXPECT_TRUE(mentionsAll(content.problems,
                            {QStringLiteral("2100 entries"), QStringLiteral("first 2000")}));
    EXPECT_TRUE(content.helplines.isEmpty());
    EXPECT_TRUE(
        mentionsAll(content.problems, {QStringLiteral("\"long\""), QStringLiteral("name")}));
}

TEST(OrganisationContent, DeepNestingAndOddShapesAreReportedNeverCrash)
{
    const QString path = QStringLiteral("/etc/content.json");
    const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
    EXPECT_EQ(OrganisationContent::parse(deep, path).problems.size(), 1);
    const QByteArray nested = "{\"tips\": [{\"id\": \"a\", \"situation\": \"moment\", "
                              "\"audiences\": [[[[\"parent\"]]]], \"text\": {\"nl\": {\"x\": 1}}, "
                              "\"source\": [1]}], \"helplines\": {\"id\": 3}}";
    const auto odd = OrganisationContent::parse(nested, path);
    EXPECT_TRUE(odd.tips.isEmpty());
    EXPECT_GE(odd.problems.size(), 2);
    // A translated text that drops the line it names is refused.
    const auto lost = OrganisationContent::parse(
        R"({"tips": [{"id": "b", "situation": "moment", "audiences": ["parent"],
            "text": {"en": "Call {line:listening}.", "nl": "Bel iemand."},
            "text_without_line": "Call someone.", "source": "Us"}]})",
        path);
    EXPECT_TRUE(lost.tips.isEmpty());
    EXPECT_TRUE(mentionsAll(lost.problems, {QStringLiteral("\"nl\""), QStringLiteral("lines")}));
}
