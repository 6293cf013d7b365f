#include "content/biditext.h"
#include "content/contentlibrary.h"
#include "content/cryingplan.h"
#include "helplines/cryingplancard.h"
#include "helplines/helplinecard.h"
#include "helplines/helplinesscreen.h"
#include "helplines/regionheading.h"
#include "settings/settings.h"
#include "support/testsupport.h"
#include "support/urlcatcher.h"
#include "usage/usagelog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

using namespace pk;

namespace {

QDateTime brussels(int y, int m, int d, int h)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone("Europe/Brussels"));
}

struct Fixture
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("s.ini"))};
    UsageLog log;
    ContentLibrary content;
    Fixture() { log.openInMemory(); }
    explicit Fixture(const QByteArray &organisation)
    {
        log.openInMemory();
        const QString path = dir.filePath(QStringLiteral("content.json"));
        test::writeFile(path, organisation);
        content = ContentLibrary::load(path);
    }
};

QStringList idsOf(const HelplinesScreen &screen)
{
    QStringList ids;
    for (HelplineCard *card : screen.cards())
        ids.append(card->lineId());
    return ids;
}

HelplineCard *cardOf(const HelplinesScreen &screen, const QString &id)
{
    for (HelplineCard *card : screen.cards()) {
        if (card->lineId() == id)
            return card;
    }
    return nullptr;
}

} // namespace

TEST(HelplinesScreen, FlandersAtNight112FirstOpenLinesBeforeUnknownHours)
{
    Fixture f;
    HelplinesScreen screen(&f.content, &f.settings, &f.log);
    screen.setClock([] { return brussels(2026, 12, 1, 3); });
    screen.resize(960, 700);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    const QStringList ids = idsOf(screen);
    ASSERT_FALSE(ids.isEmpty());
    EXPECT_EQ(ids.first(), QStringLiteral("be-112"));
    EXPECT_LT(ids.indexOf(QStringLiteral("be-tele-onthaal")),
              ids.indexOf(QStringLiteral("be-1712")));
    EXPECT_EQ(cardOf(screen, QStringLiteral("be-1712"))->statusText(),
              QStringLiteral("Hours not known"));
    EXPECT_EQ(cardOf(screen, QStringLiteral("be-tele-onthaal"))->statusText(),
              QStringLiteral("Open now"));
    EXPECT_NE(screen.planCard(), nullptr);
    EXPECT_EQ(f.log.count(UsageEvent::HelplineViewed), 1);
    for (HelplineCard *card : screen.cards()) {
        EXPECT_TRUE(card->hasQrCode()) << card->lineId().toStdString();
        ASSERT_NE(card->callButton(), nullptr);
        EXPECT_FALSE(card->callButton()->accessibleName().isEmpty());
        EXPECT_FALSE(card->copyButton()->accessibleDescription().isEmpty());
        EXPECT_GE(card->callButton()->height(), 48);
    }
    EXPECT_NE(cardOf(screen, QStringLiteral("be-1712"))->chatButton(), nullptr);
    EXPECT_EQ(cardOf(screen, QStringLiteral("be-112"))->chatButton(), nullptr);
}

TEST(HelplinesScreen, TheOneRegionIsNamedChangedHereAndFollowedFromElsewhere)
{
    Fixture f;
    f.settings.setValue(Settings::Key::Region, QStringLiteral("BE-WAL"));
    HelplinesScreen screen(&f.content, &f.settings, &f.log);
    screen.setClock([] { return brussels(2026, 12, 1, 12); });
    EXPECT_EQ(screen.regionHeading()->label()->text(), QStringLiteral("Help in Wallonia"));
    EXPECT_TRUE(idsOf(screen).contains(QStringLiteral("be-tele-accueil")));
    EXPECT_FALSE(idsOf(screen).contains(QStringLiteral("be-tele-onthaal")));
    screen.show();
    // "Change where I live" offers the five regions; choosing one changes the setting.
    ASSERT_EQ(screen.regionHeading()->menu()->actions().size(), 5);
    for (QAction *action : screen.regionHeading()->menu()->actions()) {
        if (action->data().toString() == QLatin1String("NL"))
            action->trigger();
    }
    EXPECT_EQ(f.settings.value(Settings::Key::Region).toString(), QStringLiteral("NL"));
    EXPECT_EQ(idsOf(screen).first(), QStringLiteral("nl-112"));
    EXPECT_TRUE(idsOf(screen).contains(QStringLiteral("nl-veilig-thuis")));
    EXPECT_EQ(screen.regionHeading()->label()->text(), QStringLiteral("Help in the Netherlands"));
    // A change made elsewhere (Settings, I need help) shows here at once.
    f.settings.setValue(Settings::Key::Region, QStringLiteral("BE-DG"));
    EXPECT_TRUE(idsOf(screen).contains(QStringLiteral("be-telefonhilfe")));
    EXPECT_FALSE(idsOf(screen).contains(QStringLiteral("nl-veilig-thuis")));
    // ... and a change while the screen is hidden shows when it is opened again.
    screen.hide();
    f.settings.setValue(Settings::Key::Region, QStringLiteral("BE-VLG"));
    screen.show();
    EXPECT_TRUE(idsOf(screen).contains(QStringLiteral("be-tele-onthaal")));
    EXPECT_EQ(screen.regionHeading()->label()->text(), QStringLiteral("Help in Flanders"));
}

TEST(HelplinesScreen, EachCardSaysWhichLanguageTheLineSpeaksAndWhenItsSourceWasChecked)
{
    Fixture f;
    HelplinesScreen screen(&f.content, &f.settings, &f.log);
    screen.setClock([] { return brussels(2026, 12, 1, 12); });
    HelplineCard *card = cardOf(screen, QStringLiteral("be-tele-onthaal"));
    ASSERT_NE(card, nullptr);
    const QList<QLabel *> labels = card->findChildren<QLabel *>();
    auto has = [&labels](const QString &text) {
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&text](QLabel *l) { return l->text().contains(text); });
    };
    EXPECT_TRUE(has(QStringLiteral("Speaks Dutch")));
    EXPECT_TRUE(has(QStringLiteral("Source checked on")));
    EXPECT_FALSE(has(QStringLiteral("28")));
    HelplineCard *doctor = cardOf(screen, QStringLiteral("be-1733"));
    ASSERT_NE(doctor, nullptr);
    const QList<QLabel *> doctorLabels = doctor->findChildren<QLabel *>();
    // 1733 in Flanders: the languages a public page confirms there (not French or German).
    EXPECT_TRUE(std::any_of(doctorLabels.cbegin(), doctorLabels.cend(), [](QLabel *l) {
        return l->text().contains(QLatin1String("Speaks Dutch")) &&
               l->text().contains(QLatin1String("English"));
    }));
    EXPECT_FALSE(std::any_of(doctorLabels.cbegin(), doctorLabels.cend(), [](QLabel *l) {
        return l->text().contains(QLatin1String("French"));
    }));
}

TEST(HelplinesScreen, TwoThousandOrganisationLinesOpenFastBecauseCardsAreBuiltAsNeeded)
{
    QByteArray json = "{\"helplines\": [";
    for (int i = 0; i < 2000; ++i) {
        json += QStringLiteral("%1{\"id\": \"org-%2\", \"name\": \"Desk %2\", "
                               "\"purpose\": \"Our desk number %2.\", \"verified\": true, "
                               "\"verified_on\": \"2026-11-01\", \"channels\": [{\"kind\": "
                               "\"phone\", \"value\": \"09 %3\", \"hours\": \"Mo-Fr "
                               "08:00-18:00; PH off\"}]}")
                    .arg(i ? QStringLiteral(",") : QString())
                    .arg(i)
                    .arg(100000 + i)
                    .toUtf8();
    }
    json += "]}";
    QElapsedTimer timer;
    timer.start();
    Fixture f(json);
    const qint64 loadMs = timer.elapsed();
    ASSERT_TRUE(f.content.problems().isEmpty()) << f.content.problems().value(0).toStdString();
    ASSERT_GE(f.content.helplines().all().size(), 2000);
    {
        // As in the app, where home was painted first: fonts and styles are loaded.
        Fixture warm;
        HelplinesScreen first(&warm.content, &warm.settings, &warm.log);
        first.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&first));
    }
    timer.restart();
    HelplinesScreen screen(&f.content, &f.settings, &f.log);
    screen.setClock([] { return brussels(2026, 12, 1, 12); });
    screen.resize(960, 700);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    QCoreApplication::processEvents();
    const qint64 openMs = timer.elapsed();
    // What makes it fast: only a few cards (and QR codes) exist; the rest wait for scrolling.
    EXPECT_LE(screen.cards().size(), 3 * HelplinesScreen::BatchSize);
    EXPECT_GT(screen.pendingCount(), 1900);
    int drawn = 0;
    for (HelplineCard *card : screen.cards())
        drawn += card->qrCodeDrawn() ? 1 : 0;
    EXPECT_LT(drawn, int(screen.cards().size()));
    std::printf("[ figure   ] content.json with 2,000 lines (%lld KB) read in %lld ms; Who can "
                "help opened in %lld ms (%d cards built, %d QR codes drawn)\n",
                qint64(json.size() / 1024), loadMs, openMs, int(screen.cards().size()), drawn);
    // No bound on the time itself (a busy machine is slow): the counts above are what keep it fast.
    // Scrolling to the end builds the next batch.
    const int before = int(screen.cards().size());
    QScrollArea *scroll = screen.findChild<QScrollArea *>();
    ASSERT_NE(scroll, nullptr);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QTRY_VERIFY_WITH_TIMEOUT(int(screen.cards().size()) > before, 2000);
}

TEST(HelplinesScreen, CallAndCopyLogOnlyTheLineId)
{
    Fixture f;
    test::UrlCatcher catcher;
    HelplinesScreen screen(&f.content, &f.settings, &f.log);
    screen.setClock([] { return brussels(2026, 12, 1, 12); });
    screen.show();
    HelplineCard *kg = cardOf(screen, QStringLiteral("be-kind-en-gezin"));
    ASSERT_NE(kg, nullptr);
    QTest::mouseClick(kg->callButton(), Qt::LeftButton);
    ASSERT_EQ(catcher.urls.size(), 1);
    EXPECT_EQ(catcher.urls.first().toString(), QStringLiteral("tel:078150100"));
    kg->copyButton()->setFocus();
    QTest::keyClick(kg->copyButton(), Qt::Key_Space);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("078 150 100"));
    const auto records = f.log.records();
    ASSERT_GE(records.size(), 3);
    EXPECT_EQ(records.at(records.size() - 2).type, UsageEvent::HelplineCalled);
    EXPECT_EQ(records.at(records.size() - 2).item, QStringLiteral("be-kind-en-gezin"));
    EXPECT_EQ(records.last().type, UsageEvent::HelplineCopied);
    QTest::mouseClick(kg->chatButton(), Qt::LeftButton);
    EXPECT_EQ(catcher.urls.last().host(), QStringLiteral("www.kindengezin.be"));
}

TEST(HelplinesScreen, AClosedLineSaysWhenItOpensAndPointsToAnOpenOne)
{
    Fixture f(R"({"helplines": [{"id": "org-desk", "name": "Onthaal", "purpose": "Our desk",
        "verified": true, "verified_on": "2026-11-01", "regions": ["BE-VLG"],
        "channels": [{"kind": "phone", "value": "09 123 45 67", "hours": "Mo-Fr 09:00-17:00"}]}]})");
    ASSERT_TRUE(f.content.problems().isEmpty());
    HelplinesScreen screen(&f.content, &f.settings, &f.log);
    // Saturday 5 December 2026, 11:00.
    screen.setClock([] { return brussels(2026, 12, 5, 11); });
    HelplineCard *desk = cardOf(screen, QStringLiteral("org-desk"));
    ASSERT_NE(desk, nullptr);
    EXPECT_EQ(desk->statusText(), QStringLiteral("Closed now, opens Monday at 09:00"));
    EXPECT_GT(idsOf(screen).indexOf(QStringLiteral("org-desk")),
              idsOf(screen).indexOf(QStringLiteral("be-tele-onthaal")));
    const QList<QLabel *> labels = desk->findChildren<QLabel *>();
    EXPECT_TRUE(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
        return BidiText::plain(l->text()).contains(QLatin1String("Open now: Tele-Onthaal, 106"));
    }));
    // On Monday at 10:00 it is open and sorted before lines with unknown hours.
    screen.setClock([] { return brussels(2026, 12, 7, 10); });
    EXPECT_EQ(cardOf(screen, QStringLiteral("org-desk"))->statusText(),
              QStringLiteral("Open now, until 17:00"));
    EXPECT_LT(idsOf(screen).indexOf(QStringLiteral("org-desk")),
              idsOf(screen).indexOf(QStringLiteral("be-1712")));
}

TEST(HelplinesScreen, TheCryingPlanShowsOwnPeopleAndHidesOnSharedPcs)
{
    Fixture f;
    CryingPlan::save(f.settings, {{QStringLiteral("Oma Rita"), QStringLiteral("0470 12 34 56"), {}},
                                  {QStringLiteral("Buurvrouw"), {}, QStringLiteral("Nr. 12")}});
    HelplinesScreen screen(&f.content, &f.settings, &f.log);
    screen.setClock([] { return brussels(2026, 12, 1, 12); });
    ASSERT_NE(screen.planCard(), nullptr);
    EXPECT_EQ(screen.planCard()->callButtons().size(), 1);
    QSignalSpy edit(&screen, &HelplinesScreen::editPlanRequested);
    QTest::mouseClick(screen.planCard()->editButton(), Qt::LeftButton);
    EXPECT_EQ(edit.count(), 1);
    const int before = f.log.count();
    test::UrlCatcher catcher;
    QTest::mouseClick(screen.planCard()->callButtons().first(), Qt::LeftButton);
    EXPECT_EQ(catcher.urls.value(0).toString(), QStringLiteral("tel:0470123456"));
    EXPECT_EQ(f.log.count(), before); // own people are never logged
    screen.setPersonalPlanShown(false);
    EXPECT_EQ(screen.planCard(), nullptr);
}

TEST(HelplinesScreen, TelLinksKeepOnlyDigitsAndALeadingPlus)
{
    EXPECT_EQ(HelplineCard::telUri(QStringLiteral("+32 9 123.45/67")),
              QStringLiteral("tel:+3291234567"));
    EXPECT_EQ(HelplineCard::telUri(QStringLiteral("0800-2000")), QStringLiteral("tel:08002000"));
}

TEST(HelplinesScreen, ASharedPcShowsTheOrganisationsContactAndNoPersonalPlan)
{
    QTemporaryDir dir;
    ASSERT_TRUE(test::writeFile(dir.filePath(QStringLiteral("pauzeknop.conf")),
                                "[organisation]\nsharedPc=true\nname=De Boterbloem\n"
                                "contactName=Els Peeters\ncontactPhone=+32 9 123 45 67\n"
                                "contactHours=weekdays 7:00-18:30\n"));
    Settings settings(dir.filePath(QStringLiteral("u.ini")),
                      dir.filePath(QStringLiteral("pauzeknop.conf")));
    UsageLog log;
    log.openInMemory();
    const ContentLibrary content;
    HelplinesScreen screen(&content, &settings, &log);
    screen.setClock([] { return brussels(2026, 12, 1, 12); });
    EXPECT_EQ(screen.planCard(), nullptr);
    const QStringList ids = idsOf(screen);
    EXPECT_EQ(ids.value(0), QStringLiteral("be-112"));
    EXPECT_EQ(ids.value(1), QStringLiteral("organisation-contact"));
    HelplineCard *contact = screen.cards().at(1);
    const QList<QLabel *> labels = contact->findChildren<QLabel *>();
    EXPECT_TRUE(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
        return l->text().contains(QLatin1String("Els Peeters"));
    }));
    EXPECT_TRUE(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
        return l->text().contains(QLatin1String("De Boterbloem"));
    }));
    test::UrlCatcher catcher;
    QTest::mouseClick(contact->callButton(), Qt::LeftButton);
    EXPECT_EQ(catcher.urls.value(0).toString(), QStringLiteral("tel:+3291234567"));
}

TEST(HelplinesScreen, KeyboardAloneReachesAndPressesCall)
{
    Fixture f;
    test::UrlCatcher catcher;
    HelplinesScreen screen(&f.content, &f.settings, &f.log);
    screen.setClock([] { return brussels(2026, 12, 1, 12); });
    screen.resize(960, 700);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    screen.activateWindow();
    screen.regionHeading()->changeButton()->setFocus();
    QPushButton *call112 = screen.cards().first()->callButton();
    for (int i = 0; i < 10 && QApplication::focusWidget() != call112; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), call112);
    QTest::keyClick(call112, Qt::Key_Space);
    EXPECT_EQ(catcher.urls.value(0).toString(), QStringLiteral("tel:112"));
    // Tabbing on to a card further down scrolls it into view.
    QPushButton *lastCall = screen.cards().last()->callButton();
    for (int i = 0; i < 80 && QApplication::focusWidget() != lastCall; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), lastCall);
    EXPECT_FALSE(lastCall->visibleRegion().isEmpty());
}
