#include "access/focusorder.h"
#include "home/firstruncard.h"
#include "home/homescreen.h"
#include "i18n/languagemanager.h"
#include "settings/settings.h"
#include "shell/appshell.h"
#include "shell/mainwindow.h"
#include "sound/cueplayer.h"
#include "support/testsupport.h"
#include "ui/accesstour.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace pk;

namespace {

std::unique_ptr<AppShell> startApp(const QString &dataDir)
{
    StartOptions options;
    options.dataDir = dataDir;
    options.language = QStringLiteral("en");
    auto shell = std::make_unique<AppShell>(options);
    shell->cuePlayer()->setOutputAvailableForTest(false);
    shell->start();
    return shell;
}

FirstRunCard *cardOf(AppShell &shell)
{
    FirstRunCard *card = shell.window()->home()->findChild<FirstRunCard *>();
    return card && !card->isHidden() ? card : nullptr;
}

} // namespace

TEST(FirstRunCard, ShowsOnceUnderThePauseButtonAndKeepsTheAnswers)
{
    QTemporaryDir dir;
    const test::ScopedEnv managed("PAUZEKNOP_MANAGED_DIR",
                                  dir.filePath(QStringLiteral("no-managed")).toLocal8Bit());
    {
        auto shell = startApp(dir.path());
        ASSERT_TRUE(QTest::qWaitForWindowExposed(shell->window()));
        FirstRunCard *card = cardOf(*shell);
        ASSERT_NE(card, nullptr);
        // Never before the pause: the Pause button keeps the focus and sits above the card.
        QPushButton *pause = shell->window()->home()->pauseButton();
        EXPECT_TRUE(pause->hasFocus());
        EXPECT_LT(pause->mapTo(shell->window(), QPoint(0, 0)).y(),
                  card->mapTo(shell->window(), QPoint(0, 0)).y());
        EXPECT_FALSE(card->isWindow());
        // Tab goes from Pause into the card, in the order it reads, then on to the doors.
        const QList<QWidget *> stops = FocusOrder::stops(shell->window());
        const QList<QWidget *> inOrder{pause,
                                       card->dismissButton(),
                                       card->confirmButton(),
                                       card->audienceBox(),
                                       card->regionBox(),
                                       card->languageBox(),
                                       shell->window()->home()->door(QStringLiteral("breathe"))};
        for (int i = 1; i < inOrder.size(); ++i)
            EXPECT_LT(stops.indexOf(inOrder.at(i - 1)), stops.indexOf(inOrder.at(i))) << i;
        // Its rows never overlap, whatever room home has left.
        EXPECT_LE(card->confirmButton()->geometry().bottom(),
                  card->audienceBox()->geometry().top());
        // The guesses are shown; the answers are kept with "That's right".
        EXPECT_EQ(card->regionBox()->currentData().toString(),
                  shell->settings()->value(Settings::Key::Region).toString());
        card->audienceBox()->setCurrentIndex(
            card->audienceBox()->findData(QStringLiteral("grandparent")));
        const int nl = card->regionBox()->findData(QStringLiteral("NL"));
        card->regionBox()->setCurrentIndex(nl);
        Q_EMIT card->regionBox()->activated(nl);
        QTest::mouseClick(card->confirmButton(), Qt::LeftButton);
        EXPECT_EQ(cardOf(*shell), nullptr);
        EXPECT_EQ(shell->settings()->value(Settings::Key::Region).toString(), QStringLiteral("NL"));
        EXPECT_EQ(shell->settings()->audience(), Audience::Grandparent);
        EXPECT_TRUE(shell->settings()->value(Settings::Key::FirstRunAnswered).toBool());
    }
    // The next start shows no card.
    auto again = startApp(dir.path());
    EXPECT_EQ(cardOf(*again), nullptr);
}

// Home in its first size (960x700): the Pause button, the card and the three doors all in view,
// in the languages with the longest words and in Arabic.
TEST(FirstRunCard, PauseTheCardAndTheDoorsShareTheFirstWindow)
{
    for (const char *code : {"en", "nl", "de", "fr", "ar", "ru", "fa"}) {
        SCOPED_TRACE(code);
        QTemporaryDir dir;
        const test::ScopedEnv managed("PAUZEKNOP_MANAGED_DIR",
                                      dir.filePath(QStringLiteral("no-managed")).toLocal8Bit());
        StartOptions options;
        options.dataDir = dir.path();
        options.language = QString::fromLatin1(code);
        AppShell shell(options);
        shell.cuePlayer()->setOutputAvailableForTest(false);
        shell.start();
        MainWindow *window = shell.window();
        window->showNormal();
        window->resize(960, 700);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
        test::AccessTour::settle();
        FirstRunCard *card = cardOf(shell);
        ASSERT_NE(card, nullptr);
        EXPECT_TRUE(test::AccessTour::wholeInView(window->home()->pauseButton()));
        EXPECT_TRUE(test::AccessTour::wholeInView(card));
        for (const char *door : {"breathe", "tips", "helplines"}) {
            QPushButton *button = window->home()->door(QString::fromLatin1(door));
            ASSERT_NE(button, nullptr) << door;
            EXPECT_TRUE(test::AccessTour::wholeInView(button)) << door;
        }
        // Nothing in the card is squeezed: every label and list keeps its height.
        for (QWidget *part : {static_cast<QWidget *>(card->audienceBox()),
                              static_cast<QWidget *>(card->confirmButton())})
            EXPECT_GE(part->height(), part->minimumSizeHint().height());
        // Each list box shows its chosen entry whole ("Mutter oder Vater" lost its last letter).
        for (QComboBox *box : card->findChildren<QComboBox *>()) {
            QStyleOptionComboBox option;
            option.initFrom(box);
            const QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                             QStyle::SC_ComboBoxEditField, box);
            EXPECT_GE(field.width(), box->fontMetrics().horizontalAdvance(box->currentText()))
                << box->currentText().toStdString();
        }
    }
}

// At 200 % text on a small laptop the card is as tall as its words at its own width: its question
// was cut off at the top and bottom when it got the height of the wider place around it.
TEST(FirstRunCard, ItsQuestionIsWholeAtTwiceTheTextSize)
{
    for (const char *code : {"nl", "ar"}) {
        SCOPED_TRACE(code);
        QTemporaryDir dir;
        const test::ScopedEnv managed("PAUZEKNOP_MANAGED_DIR",
                                      dir.filePath(QStringLiteral("no-managed")).toLocal8Bit());
        StartOptions options;
        options.dataDir = dir.path();
        options.language = QString::fromLatin1(code);
        AppShell shell(options);
        shell.cuePlayer()->setOutputAvailableForTest(false);
        shell.start();
        shell.settings()->setValue(Settings::Key::TextScale, 200);
        MainWindow *window = shell.window();
        window->showNormal();
        window->resize(1024, 568);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
        test::AccessTour::settle();
        FirstRunCard *card = cardOf(shell);
        ASSERT_NE(card, nullptr);
        EXPECT_LT(card->width(), card->parentWidget()->width()); // narrower than its column
        EXPECT_GE(card->height(), card->heightForWidth(card->width()));
        for (QLabel *label : card->findChildren<QLabel *>()) {
            if (label->wordWrap()) {
                EXPECT_GE(label->height(), label->heightForWidth(label->width()))
                    << label->text().toStdString();
            }
        }
    }
}

TEST(FirstRunCard, NotNowPutsItAwayAndKeepsTheGuess)
{
    QTemporaryDir dir;
    const test::ScopedEnv managed("PAUZEKNOP_MANAGED_DIR",
                                  dir.filePath(QStringLiteral("no-managed")).toLocal8Bit());
    auto shell = startApp(dir.path());
    FirstRunCard *card = cardOf(*shell);
    ASSERT_NE(card, nullptr);
    QTest::mouseClick(card->dismissButton(), Qt::LeftButton);
    EXPECT_EQ(cardOf(*shell), nullptr);
    EXPECT_TRUE(shell->settings()->value(Settings::Key::FirstRunAnswered).toBool());
    // No region was stored: it still follows the guess (here: the language).
    shell->settings()->setLanguage(QStringLiteral("de"));
    if (!QLocale::system().name().endsWith(QLatin1String("_BE")) &&
        !QLocale::system().name().endsWith(QLatin1String("_NL"))) {
        EXPECT_EQ(shell->settings()->value(Settings::Key::Region).toString(),
                  QStringLiteral("BE-DG"));
    }
    shell->setLanguage(QStringLiteral("en"));
}

TEST(FirstRunCard, AnOrganisationsPresetOrLockSkipsIt)
{
    for (const char *section : {"preset", "locked"}) {
        QTemporaryDir dir;
        ASSERT_TRUE(test::writeFile(dir.filePath(QStringLiteral("managed/pauzeknop.conf")),
                                    QByteArray("[") + section + "]\nuser/region=BE-BRU\n"));
        const test::ScopedEnv managed("PAUZEKNOP_MANAGED_DIR",
                                      dir.filePath(QStringLiteral("managed")).toLocal8Bit());
        auto shell = startApp(dir.filePath(QStringLiteral("data")));
        EXPECT_EQ(cardOf(*shell), nullptr) << section;
        EXPECT_FALSE(FirstRunCard::isNeeded(*shell->settings())) << section;
        EXPECT_EQ(shell->settings()->value(Settings::Key::Region).toString(),
                  QStringLiteral("BE-BRU"));
    }
}

TEST(FirstRunCard, ChoosingALanguageThereSwitchesTheApp)
{
    QTemporaryDir dir;
    const test::ScopedEnv managed("PAUZEKNOP_MANAGED_DIR",
                                  dir.filePath(QStringLiteral("no-managed")).toLocal8Bit());
    auto shell = startApp(dir.path());
    FirstRunCard *card = cardOf(*shell);
    ASSERT_NE(card, nullptr);
    const int nl = card->languageBox()->findData(QStringLiteral("nl"));
    ASSERT_GE(nl, 0);
    card->languageBox()->setCurrentIndex(nl);
    Q_EMIT card->languageBox()->activated(nl);
    QCoreApplication::sendPostedEvents();
    EXPECT_EQ(shell->languages()->current(), QStringLiteral("nl"));
    EXPECT_EQ(shell->settings()->language(), QStringLiteral("nl"));
    shell->setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
}
