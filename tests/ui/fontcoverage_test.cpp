#include "i18n/languagemanager.h"
#include "i18n/scriptfont.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHash>
#include <QRawFont>

#include <gtest/gtest.h>

using namespace pk;

namespace {

// The letters each language needs beyond its own name: the special letters of the Latin
// languages, the whole Cyrillic alphabet, Arabic and Persian letters, punctuation and digits.
QString lettersOf(const QString &code)
{
    QString cyrillic;
    for (char16_t c = 0x0410; c <= 0x044F; ++c)
        cyrillic.append(QChar(c));
    static const QHash<QString, QString> extra{
        {QStringLiteral("en"), QStringLiteral("AaZz0123456789")},
        {QStringLiteral("nl"), QStringLiteral("ëïéèÉ")},
        {QStringLiteral("fr"), QStringLiteral("àâçéèêëîïôœùûüÿÀÇÉÈŒ«»’")},
        {QStringLiteral("de"), QStringLiteral("äöüßÄÖÜ„“")},
        {QStringLiteral("ar"), QStringLiteral("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى٠١٢٣٤٥٦٧٨٩،؛؟")},
        {QStringLiteral("tr"), QStringLiteral("çğıİöşüÇĞÖŞÜ")},
        {QStringLiteral("pl"), QStringLiteral("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")},
        {QStringLiteral("ro"), QStringLiteral("ăâîșțĂÂÎȘȚ")},
        {QStringLiteral("bg"), cyrillic},
        {QStringLiteral("es"), QStringLiteral("áéíóúüñÑ¿¡")},
        {QStringLiteral("it"), QStringLiteral("àèéìíîòóùú")},
        {QStringLiteral("pt"), QStringLiteral("ãõçáâàéêíóôúÃÕÇ")},
        {QStringLiteral("ru"), cyrillic + QStringLiteral("ёЁ")},
        {QStringLiteral("uk"), cyrillic + QStringLiteral("ґєіїҐЄІЇʼ")},
        {QStringLiteral("so"), QStringLiteral("abcdefghijklmnopqrstuvwxyz'")},
        {QStringLiteral("fa"), QStringLiteral("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیۀ۰۱۲۳۴۵۶۷۸۹،؛؟")},
    };
    return extra.value(code);
}

} // namespace

// With the fonts of packaging/dev/debian-packages.txt (fonts-dejavu-core, fonts-noto-ui-core)
// every language's letters have a glyph in the app's font for that language, or one Qt falls
// back to: no tofu boxes.
TEST(Fonts, EveryLanguageHasAGlyphForEachOfItsLetters)
{
    for (const Language &language : LanguageManager::available()) {
        ScriptFont::follow(language.code);
        const QFontMetrics metrics(QApplication::font());
        const QString text = language.nativeName + lettersOf(language.code);
        EXPECT_GE(lettersOf(language.code).size(), 5) << qPrintable(language.code);
        QStringList missing;
        for (const uint ucs4 : text.toUcs4()) {
            if (!QChar::isSpace(ucs4) && !metrics.inFontUcs4(ucs4))
                missing.append(QStringLiteral("U+%1").arg(ucs4, 4, 16, QLatin1Char('0')));
        }
        EXPECT_TRUE(missing.isEmpty()) << qPrintable(language.code) << " has no glyph for "
                                       << qPrintable(missing.join(QLatin1Char(' ')));
    }
}

TEST(Fonts, ArabicAndPersianAreDrawnWithAFontMadeForThem)
{
    ScriptFont::follow(QStringLiteral("fa"));
    const QStringList persian = QApplication::font().families();
    ASSERT_GE(persian.size(), 2) << "fonts-noto-ui-core is not installed";
    EXPECT_EQ(persian.constFirst(), QStringLiteral("Noto Sans Arabic UI"));
    // The Persian heh with yeh above, which DejaVu Sans lacks, comes from that one font.
    const QRawFont arabicOnly = QRawFont::fromFont(QFont(persian.constFirst()));
    EXPECT_EQ(arabicOnly.familyName(), persian.constFirst());
    EXPECT_TRUE(arabicOnly.supportsCharacter(0x06C0u));
    ScriptFont::follow(QStringLiteral("ar"));
    EXPECT_EQ(QApplication::font().families(), persian);
    // Every other language keeps the usual font alone.
    ScriptFont::follow(QStringLiteral("ru"));
    EXPECT_EQ(QApplication::font().families(), QStringList{persian.constLast()});
    EXPECT_TRUE(ScriptFont::preferredFamilies(QStringLiteral("tr")).isEmpty());
    ScriptFont::follow(QStringLiteral("en"));
}
