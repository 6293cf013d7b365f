#include "content/biditext.h"
#include "content/helplinedirectory.h"
#include "helplines/helprow.h"
#include "helplines/regionheading.h"
#include "i18n/languagemanager.h"
#include "pause/needhelppage.h"
#include "settings/settings.h"
#include "support/testsupport.h"
#include "support/urlcatcher.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace pk;

namespace {

QDateTime brussels(int y, int m, int d, int h)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone("Europe/Brussels"));
}

struct Page
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("s.ini")), dir.filePath(QStringLiteral("none"))};
    HelplineDirectory directory;
    NeedHelpPage page;

    explicit Page(const QString &region, const QString &language = QStringLiteral("en"))
    {
        settings.setValue(Settings::Key::Region, region);
        page.setSources(&directory, &settings);
        page.showFor(QStringLiteral("parent"), brussels(2026, 12, 1, 12), language);
    }
    QStringList numbers() const
    {
        QStringList all;
        for (HelpRow *row : page.rows())
            all.append(row->number());
        return all;
    }
};

} // namespace

// For each region "I need help" shows 112 once, then lines of that region only.
TEST(NeedHelpPage, EachRegionListsItsOwnLinesAndNoneOfAnother)
{
    const HelplineDirectory all;
    for (const QString &region : HelplineDirectory::regions()) {
        Page p(region);
        const QStringList numbers = p.numbers();
        ASSERT_FALSE(numbers.isEmpty()) << region.toStdString();
        EXPECT_EQ(numbers.first(), QStringLiteral("112"));
        EXPECT_EQ(numbers.count(QStringLiteral("112")), 1) << region.toStdString();
        EXPECT_LE(numbers.size(), 1 + NeedHelpPage::MaxLines);
        EXPECT_GE(numbers.size(), 3) << region.toStdString();
        for (HelpRow *row : p.page.rows()) {
            const Helpline *line = nullptr;
            for (const Helpline &candidate : all.all()) {
                if (candidate.phoneNumber() == row->number() && candidate.regions.contains(region))
                    line = &candidate;
            }
            EXPECT_NE(line, nullptr)
                << region.toStdString() << " shows " << row->number().toStdString();
            ASSERT_NE(row->callButton(), nullptr);
            ASSERT_NE(row->copyButton(), nullptr);
        }
    }
    EXPECT_TRUE(Page(QStringLiteral("NL")).numbers().contains(QStringLiteral("113")));
    EXPECT_FALSE(Page(QStringLiteral("NL")).numbers().contains(QStringLiteral("1733")));
    EXPECT_TRUE(Page(QStringLiteral("BE-WAL")).numbers().contains(QStringLiteral("0800 32 123")));
    EXPECT_TRUE(Page(QStringLiteral("BE-DG")).numbers().contains(QStringLiteral("108")));
    EXPECT_FALSE(Page(QStringLiteral("BE-DG")).numbers().contains(QStringLiteral("106")));
}

TEST(NeedHelpPage, RowsSayNamePurposeStateAndLanguageAndCallOrCopy)
{
    Page p(QStringLiteral("BE-VLG"));
    HelpRow *onthaal = nullptr;
    for (HelpRow *row : p.page.rows()) {
        if (row->number() == QLatin1String("106"))
            onthaal = row;
    }
    ASSERT_NE(onthaal, nullptr);
    EXPECT_EQ(onthaal->statusText(), QStringLiteral("Open now"));
    QStringList texts;
    for (QLabel *label : onthaal->findChildren<QLabel *>())
        texts.append(BidiText::plain(label->text()));
    const QString all = texts.join(QLatin1Char('|'));
    EXPECT_TRUE(all.contains(QLatin1String("Tele-Onthaal")));
    EXPECT_TRUE(all.contains(QLatin1String("listening line")));
    EXPECT_TRUE(all.contains(QLatin1String("Speaks Dutch")));
    test::UrlCatcher catcher;
    QTest::mouseClick(onthaal->callButton(), Qt::LeftButton);
    EXPECT_EQ(catcher.urls.value(0).toString(), QStringLiteral("tel:106"));
    QTest::mouseClick(onthaal->copyButton(), Qt::LeftButton);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("106"));
    EXPECT_EQ(p.page.callButton()->text(), QStringLiteral("Call 112"));
    EXPECT_EQ(p.page.regionHeading()->label()->text(), QStringLiteral("Help in Flanders"));
}

TEST(NeedHelpPage, FollowsTheOneRegionTheMomentItChanges)
{
    Page p(QStringLiteral("BE-VLG"));
    EXPECT_TRUE(p.numbers().contains(QStringLiteral("1712")));
    for (QAction *action : p.page.regionHeading()->menu()->actions()) {
        if (action->data().toString() == QLatin1String("BE-WAL"))
            action->trigger();
    }
    EXPECT_EQ(p.settings.value(Settings::Key::Region).toString(), QStringLiteral("BE-WAL"));
    EXPECT_FALSE(p.numbers().contains(QStringLiteral("1712")));
    EXPECT_TRUE(p.numbers().contains(QStringLiteral("107")));
    // A change made elsewhere (Settings) as well.
    p.settings.setValue(Settings::Key::Region, QStringLiteral("NL"));
    EXPECT_TRUE(p.numbers().contains(QStringLiteral("0800-2000")));
    EXPECT_EQ(p.page.regionHeading()->label()->text(), QStringLiteral("Help in the Netherlands"));
}

TEST(NeedHelpPage, InArabicEveryRowStartsOnTheRightAndNumbersStayWhole)
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("ar"));
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    {
        Page p(QStringLiteral("BE-VLG"), QStringLiteral("ar"));
        p.page.resize(900, 700);
        p.page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&p.page));
        for (HelpRow *row : p.page.rows()) {
            EXPECT_EQ(row->layoutDirection(), Qt::RightToLeft);
            for (QLabel *label : row->findChildren<QLabel *>()) {
                if (label->text().isEmpty() || label->isHidden())
                    continue;
                // On the right, whatever the direction of the label's own text.
                EXPECT_TRUE(QStyle::visualAlignment(label->layoutDirection(), label->alignment()) &
                            Qt::AlignRight)
                    << label->text().toStdString();
                // A number is wrapped in a left-to-right isolate, a Latin name in an isolate.
                if (label->objectName() == QLatin1String("bigNumber")) {
                    EXPECT_TRUE(label->text().startsWith(QChar(0x2066)))
                        << label->text().toStdString();
                }
                if (label->objectName() == QLatin1String("cardName")) {
                    EXPECT_TRUE(label->text().startsWith(QChar(0x2068)));
                }
            }
            // The buttons sit on the left in RTL, the text on the right.
            if (row->callButton()) {
                EXPECT_LT(row->callButton()->geometry().center().x(), row->width() / 2);
            }
        }
    }
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    languages.setLanguage(QStringLiteral("en"));
}

TEST(NeedHelpPage, MyPeopleComeRightAfter112)
{
    Page p(QStringLiteral("BE-VLG"));
    p.page.showPeople(
        {{QStringLiteral("Oma"), QStringLiteral("0470 12 34 56"), QStringLiteral("next door")}});
    ASSERT_GE(p.page.rows().size(), 2);
    EXPECT_EQ(p.page.rows().at(1)->name(), QStringLiteral("Oma"));
    EXPECT_EQ(p.page.shownLines().value(0), QStringLiteral("Oma 0470 12 34 56"));
}
