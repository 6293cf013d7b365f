#include "common/theme.h"
#include "content/contentlibrary.h"
#include "content/cryingplan.h"
#include "helplines/cryingplandocument.h"
#include "helplines/cryingplanscreen.h"
#include "settings/settings.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
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
    ContentLibrary content;
};

} // namespace

TEST(CryingPlanScreen, TypingAPersonKeepsItInTheSettings)
{
    Fixture f;
    CryingPlanScreen screen(&f.content, &f.settings);
    screen.show();
    ASSERT_EQ(screen.rowCount(), 1);
    QTest::keyClicks(screen.nameField(0), QStringLiteral("Oma Rita"));
    QTest::keyClicks(screen.numberField(0), QStringLiteral("0470 12 34 56"));
    QTest::keyClicks(screen.noteField(0), QStringLiteral("after 18:00"));
    QTest::keyClick(screen.noteField(0), Qt::Key_Return);
    const QList<PlanContact> saved = CryingPlan::load(f.settings);
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.first().name, QStringLiteral("Oma Rita"));
    EXPECT_EQ(saved.first().number, QStringLiteral("0470 12 34 56"));
    EXPECT_EQ(saved.first().note, QStringLiteral("after 18:00"));

    QTest::mouseClick(screen.addButton(), Qt::LeftButton);
    ASSERT_EQ(screen.rowCount(), 2);
    QTest::keyClicks(screen.nameField(1), QStringLiteral("Sam"));
    QTest::mouseClick(screen.removeButton(0), Qt::LeftButton);
    ASSERT_EQ(screen.rowCount(), 1);
    EXPECT_EQ(screen.nameField(0)->text(), QStringLiteral("Sam"));
    EXPECT_EQ(CryingPlan::load(f.settings).first().name, QStringLiteral("Sam"));
    EXPECT_FALSE(screen.removeButton(0)->accessibleName().isEmpty());
    EXPECT_FALSE(screen.nameField(0)->accessibleName().isEmpty());
}

TEST(CryingPlanScreen, ExportsAPdfWithThePeopleAndTheRules)
{
    Fixture f;
    CryingPlan::save(f.settings, {{QStringLiteral("Oma <Rita>"), QStringLiteral("0470 12 34 56"),
                                   QStringLiteral("next door")}});
    CryingPlanScreen screen(&f.content, &f.settings);
    const QString pdf = f.dir.filePath(QStringLiteral("plan.pdf"));
    ASSERT_TRUE(screen.exportPdf(pdf));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    EXPECT_GT(file.size(), 2000);
    EXPECT_FALSE(screen.exportPdf(f.dir.filePath(QStringLiteral("no/such/folder/plan.pdf"))));

    const QString html = CryingPlanDocument::html(
        CryingPlan::load(f.settings),
        f.content.helplines().forRegion(QStringLiteral("BE-VLG"), QStringLiteral("parent"),
                                        QDateTime::currentDateTimeUtc()));
    EXPECT_TRUE(html.contains(QLatin1String("Oma &lt;Rita&gt;")));
    EXPECT_TRUE(html.contains(QLatin1String("Never shake a baby")));
    EXPECT_TRUE(html.contains(QLatin1String("Tele-Onthaal")));
    EXPECT_TRUE(html.contains(QLatin1String("1712")));
}

TEST(CryingPlanScreen, ASharedPcKeepsNoPersonalContacts)
{
    QTemporaryDir dir;
    ASSERT_TRUE(test::writeFile(dir.filePath(QStringLiteral("pauzeknop.conf")),
                                "[organisation]\nsharedPc=true\n"));
    Settings settings(dir.filePath(QStringLiteral("u.ini")),
                      dir.filePath(QStringLiteral("pauzeknop.conf")));
    ASSERT_TRUE(settings.sharedPcMode());
    CryingPlan::save(settings, {{QStringLiteral("Mum"), QStringLiteral("1"), {}}});
    EXPECT_TRUE(CryingPlan::load(settings).isEmpty());
}

// At 200 % text on a 1024 px wide window each field keeps room for a name or a phone number:
// Remove moves under the note (the fields were about 160 px wide beside it); with normal text
// on a wide window Remove stays beside the note. Removing and adding people keeps that order.
TEST(CryingPlanScreen, FieldsKeepTheirRoomAtTwiceTheTextSize)
{
    Fixture f;
    for (const auto &[scale, width, under] :
         {std::tuple{200, 1024, true}, std::tuple{100, 1280, false}}) {
        theme::apply(*qApp, {false, scale});
        CryingPlanScreen screen(&f.content, &f.settings);
        screen.resize(width, 568);
        screen.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
        QTest::mouseClick(screen.addButton(), Qt::LeftButton);
        QTest::qWait(50); // the new row is laid out
        ASSERT_EQ(screen.rowCount(), 2);
        for (int row = 0; row < screen.rowCount(); ++row) {
            const QFontMetrics metrics(screen.numberField(row)->font());
            EXPECT_GE(screen.nameField(row)->width(), 12 * metrics.averageCharWidth()) << scale;
            EXPECT_GE(screen.numberField(row)->width(), 12 * metrics.averageCharWidth()) << scale;
            // Every hint whole ("Note, for example: lives next door" too).
            for (QLineEdit *field :
                 {screen.nameField(row), screen.numberField(row), screen.noteField(row)}) {
                EXPECT_GT(field->width(), metrics.horizontalAdvance(field->placeholderText()))
                    << scale << " " << field->placeholderText().toStdString();
            }
            const QRect note = screen.noteField(row)->geometry();
            const QRect remove = screen.removeButton(row)->geometry();
            const QRect number = screen.numberField(row)->geometry();
            if (under) { // narrow: the note on a line of its own, under name, number and Remove
                EXPECT_GE(note.top(), remove.bottom()) << scale;
                EXPECT_LT(remove.top(), number.bottom()) << scale; // same line
                EXPECT_GT(remove.bottom(), number.top()) << scale;
                EXPECT_GT(note.width(), number.right() - screen.nameField(row)->x()) << scale;
            } else { // one line
                EXPECT_EQ(note.top(), number.top()) << scale;
                EXPECT_LT(remove.top(), note.bottom()) << scale;
            }
            if (row > 0) { // the next person starts under the previous one
                EXPECT_GT(screen.nameField(row)->y(),
                          screen.noteField(row - 1)->geometry().bottom())
                    << scale;
            }
        }
    }
    theme::apply(*qApp);
}
