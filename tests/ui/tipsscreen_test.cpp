#include "content/contentlibrary.h"
#include "settings/settings.h"
#include "support/testsupport.h"
#include "tips/tipcard.h"
#include "tips/tipsscreen.h"
#include "usage/usagelog.h"

#include <QCheckBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace pk;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("s.ini"))};
    UsageLog log;
    ContentLibrary content;
    Fixture() { log.openInMemory(); }
};

QStringList titles(const TipsScreen &screen)
{
    QStringList list;
    for (QPushButton *button : screen.situationButtons())
        list.append(button->text());
    return list;
}

} // namespace

TEST(TipsScreen, ParentsSeeTheirTipsAndShowAllAddsTheRest)
{
    Fixture f;
    TipsScreen screen(&f.content, &f.settings, &f.log);
    screen.resize(960, 700);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    EXPECT_FALSE(titles(screen).contains(QStringLiteral("A hectic group in childcare")));
    EXPECT_TRUE(titles(screen).contains(QStringLiteral("A crying baby")));
    ASSERT_FALSE(screen.cards().isEmpty());
    for (TipCard *card : screen.cards())
        EXPECT_TRUE(f.content.tips().find(card->tipId())->isFor(Audience::Parent));
    EXPECT_EQ(f.log.count(UsageEvent::TipShown), screen.cards().size());

    QTest::mouseClick(screen.showAllBox(), Qt::LeftButton);
    EXPECT_TRUE(screen.showAllBox()->isChecked());
    EXPECT_TRUE(titles(screen).contains(QStringLiteral("A hectic group in childcare")));
    for (QPushButton *button : screen.situationButtons()) {
        if (button->text() == QLatin1String("A hectic group in childcare"))
            QTest::mouseClick(button, Qt::LeftButton);
    }
    EXPECT_EQ(screen.currentSituation(), Situation::GroupChaos);
    EXPECT_GE(screen.cards().size(), 4);
}

TEST(TipsScreen, ChildcareWorkersGetTheGroupTipsWithoutShowAll)
{
    Fixture f;
    f.settings.setAudience(Audience::ChildcareWorker);
    TipsScreen screen(&f.content, &f.settings, &f.log);
    EXPECT_TRUE(titles(screen).contains(QStringLiteral("A hectic group in childcare")));
    EXPECT_FALSE(titles(screen).contains(QStringLiteral("A crying baby")));
    screen.showSituation(Situation::GroupChaos);
    for (TipCard *card : screen.cards())
        EXPECT_TRUE(f.content.tips().find(card->tipId())->isFor(Audience::ChildcareWorker));
}

TEST(TipsScreen, ThisHelpedIsAnonymousAndFavouritesAreKept)
{
    Fixture f;
    TipsScreen screen(&f.content, &f.settings, &f.log);
    screen.show();
    screen.showSituation(Situation::CryingBaby);
    ASSERT_GE(screen.cards().size(), 2);
    TipCard *first = screen.cards().first();
    const QString id = first->tipId();
    QTest::mouseClick(first->helpedButton(), Qt::LeftButton);
    EXPECT_FALSE(first->helpedButton()->isEnabled());
    EXPECT_EQ(f.log.records().last().type, UsageEvent::TipHelpful);
    EXPECT_EQ(f.log.records().last().item, id);

    first->favouriteButton()->setFocus();
    QTest::keyClick(first->favouriteButton(), Qt::Key_Space);
    EXPECT_EQ(f.settings.value(Settings::Key::FavouriteTips).toStringList(), QStringList{id});
    screen.showSituation(std::nullopt);
    ASSERT_EQ(screen.cards().size(), 1);
    EXPECT_EQ(screen.cards().first()->tipId(), id);
    EXPECT_TRUE(screen.cards().first()->favouriteButton()->isChecked());
    QTest::mouseClick(screen.cards().first()->favouriteButton(), Qt::LeftButton);
    EXPECT_TRUE(f.settings.value(Settings::Key::FavouriteTips).toStringList().isEmpty());
}

TEST(TipsScreen, EveryControlHasAnAccessibleName)
{
    Fixture f;
    TipsScreen screen(&f.content, &f.settings, &f.log);
    for (QPushButton *button : screen.findChildren<QPushButton *>()) {
        EXPECT_FALSE(button->accessibleName().isEmpty()) << button->text().toStdString();
        EXPECT_FALSE(button->accessibleDescription().isEmpty()) << button->text().toStdString();
    }
    EXPECT_FALSE(screen.showAllBox()->accessibleName().isEmpty());
}
