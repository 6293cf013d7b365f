#include "breathing/breathingcatalog.h"
#include "content/biditext.h"
#include "content/builtincontent.h"
#include "content/contentfile.h"
#include "content/tipcatalog.h"
#include "content/tipwording.h"
#include "i18n/languagemanager.h"
#include "support/testsupport.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace pk;

namespace {

QString cString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return escaped;
}

// The digits of every phone-number-like run in a text ("078 150 100" -> "078150100").
QSet<QString> numbersIn(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("\\+?[0-9]+(?:[ .\\-/][0-9]+)*"));
    QSet<QString> found;
    auto it = number.globalMatch(BidiText::plain(text));
    while (it.hasNext()) {
        QString digits = it.next().captured();
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        found.insert(digits);
    }
    return found;
}

QString digitsOf(const QString &number)
{
    QString digits = number;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    return digits;
}

bool containsWord(const QString &text, const QString &word)
{
    const QRegularExpression pattern(
        QStringLiteral("(^|\\W)%1(\\W|$)").arg(QRegularExpression::escape(word)));
    return pattern.match(BidiText::plain(text)).hasMatch();
}

} // namespace

TEST(BuiltInContent, EveryBuiltInFileLoadsWithZeroProblems)
{
    EXPECT_TRUE(BuiltInContent::problems().isEmpty())
        << BuiltInContent::problems().join(QLatin1Char('\n')).toStdString();
    for (const QString &path : BuiltInContent::files()) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const ContentFile content =
            ContentFile::parse(file.readAll(), path, ContentFile::Origin::BuiltIn);
        EXPECT_TRUE(content.problems.isEmpty()) << path.toStdString();
    }
    EXPECT_GE(BuiltInContent::tips().size(), 40);
    EXPECT_GE(BuiltInContent::helplines().size(), 18);
    EXPECT_EQ(BuiltInContent::exercises().size(), BreathingCatalog::builtIn().size());
    for (const BreathExercise &exercise : BreathingCatalog::builtIn()) {
        EXPECT_FALSE(exercise.name.isEmpty()) << exercise.pattern.id.toStdString();
        EXPECT_FALSE(exercise.source.isEmpty()) << exercise.pattern.id.toStdString();
    }
}

TEST(BuiltInContent, EveryTipHasARealSourceAndTheBriefIsNoSource)
{
    int team = 0;
    for (const Tip &tip : BuiltInContent::tips()) {
        EXPECT_FALSE(tip.source.isEmpty()) << tip.id.toStdString();
        EXPECT_FALSE(tip.source.contains(QLatin1String("brief"), Qt::CaseInsensitive))
            << tip.id.toStdString();
        EXPECT_FALSE(tip.source.contains(QLatin1String("Grenswijs"))) << tip.id.toStdString();
        if (tip.source == Tip::teamSource()) {
            ++team;
            EXPECT_EQ(tip.displaySource(), QStringLiteral("Advice of the Pauzeknop team"));
        }
    }
    EXPECT_GT(team, 0);
    // The afterwards tips start with the one thing that can save a baby.
    const QList<Tip> afterwards = TipCatalog().forAudience(Audience::Parent, Situation::Afterwards);
    ASSERT_FALSE(afterwards.isEmpty());
    EXPECT_EQ(afterwards.first().id, QStringLiteral("afterwards-112"));
    EXPECT_TRUE(afterwards.first().text.english.contains(QLatin1String("Call 112 now")));
    // No tip calls weeks of feeling flat "common" any more.
    for (const Tip &tip : BuiltInContent::tips())
        EXPECT_FALSE(tip.text.english.contains(QLatin1String("for weeks"))) << tip.id.toStdString();
}

TEST(BuiltInContent, TheBreathingTextsClaimOnlyWhatTheSourcesFound)
{
    const auto caveat = [](const char *id) {
        return BreathingCatalog::find(QString::fromLatin1(id)).caveat.english;
    };
    for (const char *id : {"box", "box3", "478"}) {
        EXPECT_TRUE(caveat(id).contains(QLatin1String("Sit down first"))) << id;
        EXPECT_TRUE(caveat(id).contains(QLatin1String("never hold your breath while you hold")))
            << id;
        EXPECT_TRUE(caveat(id).contains(QLatin1String("Calm breath"))) << id;
    }
    for (const BreathExercise &exercise : BreathingCatalog::builtIn()) {
        EXPECT_FALSE(exercise.summary.english.contains(QLatin1String("sighs already help")));
        EXPECT_FALSE(exercise.summary.english.contains(QLatin1String("helps the body slow")));
    }
}

// The translation path: every text people see is in the file lupdate reads, under the context
// "Content" and the disambiguation the loader asks for.
TEST(BuiltInContent, EveryTextIsOfferedToTheTranslators)
{
    QFile file(QStringLiteral(PAUZEKNOP_CONTENT_STRINGS));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << PAUZEKNOP_CONTENT_STRINGS;
    const QString generated = QString::fromUtf8(file.readAll());
    QList<LocalizedText> texts;
    for (const Tip &tip : BuiltInContent::tips())
        texts << tip.text << tip.textWithoutLine;
    for (const Helpline &line : BuiltInContent::helplines())
        texts << line.purpose << line.mention;
    for (const ExerciseTexts &exercise : BuiltInContent::exercises())
        texts << exercise.name << exercise.summary << exercise.caveat;
    int checked = 0;
    for (const LocalizedText &text : std::as_const(texts)) {
        if (text.isEmpty())
            continue;
        const QString line = QStringLiteral("QT_TRANSLATE_NOOP3(\"Content\", \"%1\", \"%2\")")
                                 .arg(cString(text.english), QString::fromUtf8(text.key));
        EXPECT_TRUE(generated.contains(line)) << line.toStdString();
        ++checked;
    }
    EXPECT_GT(checked, 90);
}

// The property of the content issue: in every region and every language, a tip never shows the
// number or the name of a line that does not serve that region.
TEST(BuiltInContent, NoTipNamesALineOfAnotherRegionInAnyLanguage)
{
    const HelplineDirectory directory;
    const QList<Helpline> &lines = BuiltInContent::helplines();
    const QLocale before; // the languages below set their own number formats: put them back
    LanguageManager languages;
    int shown = 0;
    for (const Language &language : LanguageManager::available()) {
        languages.setLanguage(language.code);
        for (const QString &region : HelplineDirectory::regions()) {
            QSet<QString> servingNumbers;
            QSet<QString> servingNames;
            for (const Helpline &line : lines) {
                if (!line.regions.contains(region))
                    continue;
                servingNames.insert(line.name);
                for (const QString &number : line.phoneNumbers())
                    servingNumbers.insert(digitsOf(number));
            }
            QSet<QString> forbiddenNumbers;
            QStringList forbiddenNames;
            for (const Helpline &line : lines) {
                if (line.regions.contains(region))
                    continue;
                for (const QString &number : line.phoneNumbers()) {
                    if (!servingNumbers.contains(digitsOf(number)))
                        forbiddenNumbers.insert(digitsOf(number));
                }
                if (!servingNames.contains(line.name))
                    forbiddenNames.append(line.name);
            }
            for (const Tip &tip : BuiltInContent::tips()) {
                const QString text =
                    TipWording::text(tip, directory, region, language.code.left(2));
                const std::string where =
                    QString(tip.id + QLatin1Char(' ') + region + QLatin1Char(' ') + language.code)
                        .toStdString();
                ASSERT_FALSE(text.isEmpty()) << where;
                EXPECT_FALSE(text.contains(QLatin1String("{line:"))) << where;
                for (const QString &number : numbersIn(text))
                    EXPECT_FALSE(forbiddenNumbers.contains(number))
                        << where << " shows " << number.toStdString();
                for (const QString &name : forbiddenNames)
                    EXPECT_FALSE(containsWord(text, name))
                        << where << " names " << name.toStdString();
                ++shown;
            }
        }
    }
    languages.setLanguage(QStringLiteral("en"));
    QLocale::setDefault(before);
    EXPECT_GT(shown, 5 * 5 * 40);
}

TEST(BuiltInContent, TipsNameTheRightLineForEachRegionOrReadWellWithoutOne)
{
    const HelplineDirectory directory;
    const Tip *postnatal = TipCatalog().find(QStringLiteral("exhausted-postnatal"));
    ASSERT_NE(postnatal, nullptr);
    const auto shown = [&](const Tip &tip, const char *region, const char *language = "en") {
        return BidiText::plain(TipWording::text(tip, directory, QString::fromLatin1(region),
                                                QString::fromLatin1(language)));
    };
    EXPECT_TRUE(shown(*postnatal, "BE-VLG").contains(QLatin1String("1813")));
    EXPECT_TRUE(shown(*postnatal, "NL").contains(QLatin1String("113")));
    EXPECT_TRUE(shown(*postnatal, "BE-WAL").contains(QLatin1String("0800 32 123")));
    EXPECT_TRUE(shown(*postnatal, "BE-DG").contains(QLatin1String("108")));
    // Brussels: the line in the reader's language.
    EXPECT_TRUE(shown(*postnatal, "BE-BRU", "fr").contains(QLatin1String("0800 32 123")));
    EXPECT_TRUE(shown(*postnatal, "BE-BRU", "nl").contains(QLatin1String("1813")));

    const Tip *feeding = TipCatalog().find(QStringLiteral("feeding-ask"));
    ASSERT_NE(feeding, nullptr);
    EXPECT_TRUE(shown(*feeding, "BE-VLG").contains(QLatin1String("078 150 100")));
    // No parenting line in the Netherlands: the tip's own wording, not a gap.
    EXPECT_EQ(shown(*feeding, "NL"), feeding->textWithoutLine.english);
    // The doctor on call: 1733 in Belgium, the regional huisartsenpost in the Netherlands.
    const Tip *hurt = TipCatalog().find(QStringLiteral("moment-hurt-112"));
    ASSERT_NE(hurt, nullptr);
    EXPECT_TRUE(shown(*hurt, "BE-WAL").contains(QLatin1String("1733")));
    EXPECT_FALSE(shown(*hurt, "NL").contains(QLatin1String("1733")));
    EXPECT_TRUE(shown(*hurt, "NL").contains(QLatin1String("huisartsenpost")));
    // A reader of Arabic in Flanders is told the line answers in Dutch.
    EXPECT_TRUE(shown(*TipCatalog().find(QStringLiteral("moment-phone-someone")), "BE-VLG")
                    .contains(QLatin1String("Tele-Onthaal (106)")));
    EXPECT_TRUE(shown(*TipCatalog().find(QStringLiteral("moment-phone-someone")), "BE-VLG", "ar")
                    .contains(QLatin1String("Dutch")));
}
