// One setting, one set of words, and dates in the language's own way: "Keep a record of my pauses"
// and "Keep the record for" read the same on Settings and on My pauses, their choices too, in
// English, Dutch and Arabic.
#include "format/localdate.h"
#include "i18n/languagemanager.h"
#include "insights/barchart.h"
#include "insights/insightsscreen.h"
#include "settings/settingrow.h"
#include "settings/settings.h"
#include "shell/appshell.h"
#include "shell/mainwindow.h"
#include "support/testsupport.h"
#include "ui/accesstour.h"
#include "usage/usagelog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>

#include <gtest/gtest.h>

using namespace pk;
using pk::test::AccessTour;

namespace {

struct Words
{
    QString logging;
    QString retention;
    QStringList choices;
};

Words onSettings(AccessTour &tour)
{
    Words words;
    const auto control = [&tour](Settings::Key key) {
        return tour.window()->findChild<QWidget *>(Settings::keyName(key) +
                                                   QStringLiteral("/control"));
    };
    if (auto *box = qobject_cast<QCheckBox *>(control(Settings::Key::Logging)))
        words.logging = box->text();
    if (auto *list = qobject_cast<QComboBox *>(control(Settings::Key::RetentionDays))) {
        words.retention = list->accessibleName();
        for (int i = 0; i < list->count(); ++i)
            words.choices << list->itemText(i);
    }
    return words;
}

Words onMyPauses(AccessTour &tour)
{
    Words words;
    for (QCheckBox *box : tour.window()->findChildren<QCheckBox *>()) {
        if (box->isVisible())
            words.logging = box->text();
    }
    if (auto *list = tour.window()->findChild<QComboBox *>(QStringLiteral("retentionChoice"))) {
        words.retention = list->accessibleName();
        for (int i = 0; i < list->count(); ++i)
            words.choices << list->itemText(i);
    }
    return words;
}

} // namespace

TEST(SameWords, SettingsAndMyPausesNameTheRecordAlike)
{
    for (const QString &language :
         {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("ar")}) {
        SCOPED_TRACE(language.toStdString());
        AccessTour tour;
        tour.setLanguage(language);
        ASSERT_TRUE(tour.open(QStringLiteral("settings")));
        const Words settings = onSettings(tour);
        ASSERT_TRUE(tour.open(QStringLiteral("insights")));
        const Words pauses = onMyPauses(tour);
        EXPECT_FALSE(settings.logging.isEmpty());
        EXPECT_EQ(pauses.logging, settings.logging);
        EXPECT_FALSE(settings.retention.isEmpty());
        EXPECT_EQ(pauses.retention, settings.retention);
        EXPECT_EQ(settings.choices.size(), 4);
        EXPECT_EQ(pauses.choices, settings.choices);
        tour.setLanguage(QStringLiteral("en"));
    }
}

TEST(SameWords, MyPausesWritesDatesTheWayTheLanguageDoes)
{
    AccessTour tour;
    UsageLog *log = tour.shell()->usageLog();
    ASSERT_TRUE(log->flush());
    log->record(UsageEvent::PauseStarted, QStringLiteral("home"));
    ASSERT_TRUE(log->flush());
    const QDate monday = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek());
    const auto formats = [](const char *language) {
        return LanguageManager::formatLocale(QString::fromLatin1(language), QLocale::system());
    };
    const bool systemSpeaksThem = QLocale::system().language() == QLocale::English ||
                                  QLocale::system().language() == QLocale::Dutch;
    const QList<std::pair<QString, QString>> expected{
        // English and Dutch as in Belgium: day first, with slashes (unless the computer itself
        // speaks one of them: its own conventions then). Arabic: its digits.
        {QStringLiteral("en"),
         systemSpeaksThem
             ? LocalDate::dayAndMonth(monday, formats("en"))
             : QLocale(QStringLiteral("en_BE")).toString(monday, QStringLiteral("dd/MM"))},
        {QStringLiteral("nl"),
         systemSpeaksThem
             ? LocalDate::dayAndMonth(monday, formats("nl"))
             : QLocale(QStringLiteral("nl_BE")).toString(monday, QStringLiteral("d/MM"))},
        {QStringLiteral("ar"), LocalDate::dayAndMonth(monday, formats("ar"))},
    };
    for (const auto &[language, label] : expected) {
        SCOPED_TRACE(language.toStdString());
        tour.setLanguage(language);
        ASSERT_TRUE(tour.open(QStringLiteral("insights")));
        auto *screen =
            qobject_cast<InsightsScreen *>(tour.window()->screen(QStringLiteral("insights")));
        ASSERT_TRUE(screen);
        const QStringList labels = screen->weeksChart()->labels();
        ASSERT_FALSE(labels.isEmpty());
        EXPECT_EQ(labels.constLast(), label);
        EXPECT_TRUE(screen->weeksChart()->accessibleDescription().contains(LocalDate::shortDate(
            monday, LanguageManager::formatLocale(language, QLocale::system()))))
            << screen->weeksChart()->accessibleDescription().toStdString();
    }
    tour.setLanguage(QStringLiteral("en"));
}
