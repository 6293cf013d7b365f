#include "content/contentlibrary.h"
#include "content/cryingplan.h"
#include "helplines/cryingplancard.h"
#include "helplines/helplinecard.h"
#include "helplines/helplinesscreen.h"
#include "settings/settings.h"
#include "support/testsupport.h"
#include "support/urlcatcher.h"
#include "usage/usagelog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
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
    EXPECT_FALSE(ids.contains(QStringLiteral("be-awel")));
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

TEST(HelplinesScreen, RegionComesFromSettingsAndIsKept)
{
    Fixture f;
    f.settings.setValue(Settings::Key::Region, QStringLiteral("BE-WAL"));
    HelplinesScreen screen(&f.content, &f.settings, &f.log);
    screen.setClock([] { return brussels(2026, 12, 1, 12); });
    EXPECT_EQ(screen.regionBox()->currentData().toString(), QStringLiteral("BE-WAL"));
    EXPECT_TRUE(idsOf(screen).contains(QStringLiteral("be-tele-accueil")));
    EXPECT_FALSE(idsOf(screen).contains(QStringLiteral("be-tele-onthaal")));
    screen.show();
    screen.regionBox()->setFocus();
    const int nl = screen.regionBox()->findData(QStringLiteral("NL"));
    screen.regionBox()->setCurrentIndex(nl);
    Q_EMIT screen.regionBox()->activated(nl);
    EXPECT_EQ(f.settings.value(Settings::Key::Region).toString(), QStringLiteral("NL"));
    EXPECT_EQ(idsOf(screen).first(), QStringLiteral("nl-112"));
    EXPECT_TRUE(idsOf(screen).contains(QStringLiteral("nl-veilig-thuis")));
    EXPECT_EQ(screen.regionBox()->count(), 5);
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
    QTest::mouseClick(kg->webButton(), Qt::LeftButton);
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
        return l->text().contains(QLatin1String("Open now: Tele-Onthaal"));
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
    screen.regionBox()->setFocus();
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
