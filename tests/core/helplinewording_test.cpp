// How tips and cards name a line: every line has a mention that reads well (no "1813 (1813)"),
// no sentence of a tip starts with a line's small letter, the languages a line speaks follow
// the region (1733), and every built-in text is translated in the one context "Content".
#include "content/biditext.h"
#include "content/builtincontent.h"
#include "content/contentfile.h"
#include "content/helplinedirectory.h"
#include "content/tipwording.h"
#include "i18n/languagemanager.h"
#include "support/testsupport.h"
#include "support/tsfile.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <gtest/gtest.h>

using namespace pk;

namespace {

// Every run of three or more digits (with the spaces, dots and dashes of phone numbers).
QStringList numbersIn(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("\\+?[0-9]+(?:[ .\\-/][0-9]+)*"));
    QStringList found;
    auto it = number.globalMatch(BidiText::plain(text));
    while (it.hasNext()) {
        QString digits = it.next().captured();
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (digits.size() >= 3)
            found.append(digits);
    }
    return found;
}

// Every language the app is translated into, English first.
QStringList translatedLanguages()
{
    QStringList codes;
    for (const Language &language : LanguageManager::available()) {
        if (LanguageManager::hasTranslation(language.code))
            codes.append(language.code);
    }
    return codes;
}

const Helpline &line(const char *id)
{
    static const HelplineDirectory directory;
    const Helpline *found = directory.find(QString::fromLatin1(id));
    if (!found)
        throw std::runtime_error(id);
    return *found;
}

} // namespace

TEST(HelplineWording, EveryLineHasAMentionAndNoTipSaysANumberTwice)
{
    for (const Helpline &line : BuiltInContent::helplines())
        EXPECT_FALSE(line.mention.isEmpty()) << line.id.toStdString() << " has no mention";
    const HelplineDirectory directory;
    LanguageManager languages;
    int shown = 0;
    for (const QString &code : translatedLanguages()) {
        languages.setLanguage(code);
        for (const QString &region : HelplineDirectory::regions()) {
            for (const Tip &tip : BuiltInContent::tips()) {
                const QString text = TipWording::text(tip, directory, region, code);
                const QStringList numbers = numbersIn(text);
                for (const QString &number : numbers) {
                    EXPECT_EQ(numbers.count(number), 1)
                        << tip.id.toStdString() << ' ' << region.toStdString() << ' '
                        << code.toStdString() << ": " << BidiText::plain(text).toStdString();
                }
                ++shown;
            }
        }
        // The mentions themselves, as tips show them.
        for (const Helpline &line : BuiltInContent::helplines()) {
            for (const QString &region : line.regions) {
                const QStringList numbers = numbersIn(TipWording::mention(line, code, region));
                EXPECT_EQ(QSet<QString>(numbers.cbegin(), numbers.cend()).size(), numbers.size())
                    << line.id.toStdString() << ' ' << code.toStdString();
            }
        }
    }
    languages.setLanguage(QStringLiteral("en"));
    EXPECT_GT(shown, 5 * 40);
}

TEST(HelplineWording, NoSentenceOfATipStartsWithASmallLetterInAnyRegionOrLanguage)
{
    const HelplineDirectory directory;
    LanguageManager languages;
    // The English texts themselves: no sentence starts with a {line:...} placeholder.
    static const QRegularExpression placeholderStart(QStringLiteral("(^|[.?!]\\s+)\\{line:"),
                                                     QRegularExpression::MultilineOption);
    for (const Tip &tip : BuiltInContent::tips())
        EXPECT_FALSE(placeholderStart.match(tip.text.english).hasMatch()) << tip.id.toStdString();
    // As shown, in every language: a line's name that starts a sentence starts with a capital.
    int checked = 0;
    for (const QString &code : translatedLanguages()) {
        languages.setLanguage(code);
        for (const QString &region : HelplineDirectory::regions()) {
            for (const Tip &tip : BuiltInContent::tips()) {
                const QString text = TipWording::text(tip, directory, region, code);
                for (const QString &role : tip.roles()) {
                    const Helpline *line = directory.forRole(role, region, code);
                    if (!line)
                        continue;
                    const QString named = TipWording::mention(*line, code, region);
                    const qsizetype at = text.indexOf(named);
                    if (at < 0)
                        continue; // the tip's wording without a line
                    const QString before = BidiText::plain(text.left(at)).trimmed();
                    const bool startsSentence =
                        before.isEmpty() || QStringLiteral(".?!\u061F").contains(before.back());
                    const QString plain = BidiText::plain(named);
                    const auto letter = std::find_if(plain.cbegin(), plain.cend(),
                                                     [](QChar c) { return c.isLetter(); });
                    ++checked;
                    if (startsSentence && letter != plain.cend()) {
                        EXPECT_FALSE(letter->isLower())
                            << tip.id.toStdString() << ' ' << region.toStdString() << ' '
                            << code.toStdString() << ": " << BidiText::plain(text).toStdString();
                    }
                }
            }
        }
    }
    EXPECT_GT(checked, 100);
    languages.setLanguage(QStringLiteral("en"));
}

// 1733 answers in the languages of the region it serves, as far as a public page confirms
// (resources/content/helplines.json says which page): never "Speaks Dutch" in Wallonia.
TEST(HelplineWording, TheDoctorOnCallSpeaksTheLanguagesOfEachRegion)
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    const Helpline &doctor = line("be-1733");
    EXPECT_EQ(TipWording::speaksLine(doctor, QStringLiteral("BE-VLG")),
              QStringLiteral("Speaks Dutch and English"));
    EXPECT_EQ(TipWording::speaksLine(doctor, QStringLiteral("BE-BRU")),
              QStringLiteral("Speaks Dutch and French"));
    EXPECT_EQ(TipWording::speaksLine(doctor, QStringLiteral("BE-WAL")),
              QStringLiteral("Speaks French"));
    EXPECT_EQ(TipWording::speaksLine(line("be-1733-dg"), QStringLiteral("BE-DG")),
              QStringLiteral("Speaks German"));
    // A tip read in Arabic names the region's language, not the first of the list.
    const auto mention = [&](const char *region) {
        return BidiText::plain(
            TipWording::mention(doctor, QStringLiteral("ar"), QString::fromLatin1(region)));
    };
    EXPECT_TRUE(mention("BE-WAL").endsWith(QLatin1String("in French")))
        << mention("BE-WAL").toStdString();
    EXPECT_TRUE(mention("BE-VLG").endsWith(QLatin1String("in Dutch and English")));
    // A French reader: 1733 speaks French in Wallonia (no "in ..."), not in Flanders.
    const QString frenchInWallonia = BidiText::plain(
        TipWording::mention(doctor, QStringLiteral("fr"), QStringLiteral("BE-WAL")));
    EXPECT_TRUE(frenchInWallonia.startsWith(QLatin1String("1733")))
        << frenchInWallonia.toStdString();
    EXPECT_FALSE(frenchInWallonia.contains(QLatin1String(", in ")))
        << frenchInWallonia.toStdString();
    EXPECT_TRUE(
        BidiText::plain(TipWording::mention(doctor, QStringLiteral("fr"), QStringLiteral("BE-VLG")))
            .endsWith(QLatin1String("in Dutch and English")));
    // Lines in the reader's language first: in Brussels 1733 speaks French.
    const HelplineDirectory directory;
    const QDateTime now(QDate(2026, 12, 2), QTime(10, 0), HelplineDirectory::zoneFor({}));
    const auto rankOf = [&](const char *region) {
        const QList<Helpline> lines =
            directory.forRegion(QString::fromLatin1(region), {}, now, QStringLiteral("fr"));
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).id == QLatin1String("be-1733"))
                return i;
        }
        return -1;
    };
    ASSERT_GE(rankOf("BE-BRU"), 0);
    // Brussels: 1733 comes before the Dutch-only lines of unknown hours (1712, Kind en Gezin).
    const QList<Helpline> brussels =
        directory.forRegion(QStringLiteral("BE-BRU"), {}, now, QStringLiteral("fr"));
    int firstDutchOnlyUnknown = -1;
    for (int i = 0; i < brussels.size(); ++i) {
        const Helpline &candidate = brussels.at(i);
        if (!candidate.emergency &&
            !candidate.speaks(QStringLiteral("fr"), QStringLiteral("BE-BRU")) &&
            HelplineDirectory::status(candidate, now, QStringLiteral("BE-BRU")).state ==
                OpeningHours::State::Unknown) {
            firstDutchOnlyUnknown = i;
            break;
        }
    }
    ASSERT_GE(firstDutchOnlyUnknown, 0);
    EXPECT_LT(rankOf("BE-BRU"), firstDutchOnlyUnknown);
}

TEST(HelplineWording, LanguagesPerRegionAreReadAndCheckedAgainstTheRegionsServed)
{
    const QByteArray good = R"({"version": 1, "helplines": [
        {"id": "org-line", "name": "Line", "purpose": "Help.", "regions": ["BE-BRU", "BE-WAL"],
         "languages": {"BE-BRU": ["nl", "fr"], "BE-WAL": ["fr"]},
         "channels": [{"kind": "phone", "value": "0800 1"}]}]})";
    const ContentFile parsed =
        ContentFile::parse(good, QStringLiteral("content.json"), ContentFile::Origin::Organisation);
    EXPECT_TRUE(parsed.problems.isEmpty()) << parsed.problems.join(u'\n').toStdString();
    ASSERT_EQ(parsed.helplines.size(), 1);
    const Helpline &read = parsed.helplines.first();
    EXPECT_EQ(read.languagesIn(QStringLiteral("BE-BRU")),
              (QStringList{QStringLiteral("nl"), QStringLiteral("fr")}));
    EXPECT_EQ(read.languagesIn(QStringLiteral("BE-WAL")), QStringList{QStringLiteral("fr")});
    EXPECT_TRUE(read.speaks(QStringLiteral("nl"), QStringLiteral("BE-BRU")));
    EXPECT_FALSE(read.speaks(QStringLiteral("nl"), QStringLiteral("BE-WAL")));

    // A region the line does not serve, or a language list that is not a list: the line is
    // skipped with a message that names the key.
    for (const char *languages : {R"({"BE-VLG": ["nl"]})", R"({"BE-BRU": "nl"})", R"({})"}) {
        const QByteArray bad = QByteArray(R"({"version": 1, "helplines": [
            {"id": "org-line", "name": "Line", "purpose": "Help.", "regions": ["BE-BRU"],
             "languages": )") + languages +
                               R"(, "channels": [{"kind": "phone", "value": "0800 1"}]}]})";
        const ContentFile wrong = ContentFile::parse(bad, QStringLiteral("content.json"),
                                                     ContentFile::Origin::Organisation);
        EXPECT_TRUE(wrong.helplines.isEmpty()) << languages;
        ASSERT_EQ(wrong.problems.size(), 1) << languages;
        EXPECT_TRUE(wrong.problems.first().contains(QLatin1String("languages")) ||
                    wrong.problems.first().contains(QLatin1String("BE-BRU")))
            << wrong.problems.first().toStdString();
    }
}

// The built-in texts are translated in one place, the context "Content" (no old contexts such
// as TipCatalog any more): in every language, each finished translation there is what the app
// shows, and no text of the content files waits in another context.
TEST(HelplineWording, EveryContentTextIsTranslatedInTheContentContextOnly)
{
    QList<LocalizedText> texts;
    for (const Tip &tip : BuiltInContent::tips())
        texts << tip.text << tip.textWithoutLine;
    for (const Helpline &line : BuiltInContent::helplines())
        texts << line.purpose << line.mention;
    for (const ExerciseTexts &exercise : BuiltInContent::exercises())
        texts << exercise.name << exercise.summary << exercise.caveat;
    QSet<QString> english;
    for (const LocalizedText &text : std::as_const(texts))
        english.insert(text.english);
    LanguageManager languages;
    int checked = 0;
    for (const QString &code : translatedLanguages()) {
        if (code == QLatin1String("en"))
            continue;
        const test::TsFile file(code);
        ASSERT_TRUE(file.exists()) << code.toStdString();
        QHash<QString, QString> content; // "<kind>:<id>" -> finished translation
        for (const test::TsFile::Message &message : file.messages()) {
            if (message.context == QLatin1String("Content")) {
                if (message.finished)
                    content.insert(message.comment + u'\x1f' + message.source, message.translation);
            } else {
                EXPECT_FALSE(english.contains(message.source))
                    << code.toStdString() << ": \"" << message.source.toStdString()
                    << "\" is in the old context " << message.context.toStdString();
            }
        }
        languages.setLanguage(code);
        for (const LocalizedText &text : std::as_const(texts)) {
            if (text.isEmpty())
                continue;
            const QString key = QString::fromUtf8(text.key) + u'\x1f' + text.english;
            const auto translated = content.constFind(key);
            if (translated == content.cend())
                continue;
            EXPECT_EQ(text.display(code), *translated)
                << code.toStdString() << ' ' << text.key.constData();
            ++checked;
        }
    }
    languages.setLanguage(QStringLiteral("en"));
    EXPECT_GT(checked, 100);
}
