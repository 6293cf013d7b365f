// Issue #10 item 7: the privacy page says in one line, in the reader's language, when the
// translation is a draft by the team (no native speaker has checked it); never in English.
#include "i18n/languagemanager.h"
#include "insights/privacypage.h"
#include "shell/mainwindow.h"
#include "support/testsupport.h"
#include "support/tsfile.h"
#include "ui/accesstour.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace pk;
using pk::test::AccessTour;

namespace {

const char *const draftSource = "This translation is a draft by the Pauzeknop team: a native "
                                "speaker has not checked it yet.";

} // namespace

TEST(DraftNote, ThePrivacyPageSaysADraftIsADraftInItsOwnLanguage)
{
    AccessTour tour;
    ASSERT_TRUE(tour.open(QStringLiteral("privacy"))) << tour.problem().toStdString();
    auto *page = qobject_cast<PrivacyPage *>(tour.window()->screen(QStringLiteral("privacy")));
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->draftNote().isEmpty()) << "English is the source, never a draft";
    int translatedNotes = 0;
    for (const Language &language : LanguageManager::available()) {
        if (language.code == QLatin1String("en"))
            continue;
        SCOPED_TRACE(language.code.toStdString());
        tour.setLanguage(language.code);
        ASSERT_TRUE(tour.open(QStringLiteral("privacy"))) << tour.problem().toStdString();
        const QString note = page->draftNote();
        QString translation; // what this language's file says, once translated
        const test::TsFile file(language.code);
        for (const test::TsFile::Message &message : file.messages()) {
            if (message.source == QLatin1String(draftSource) && message.finished)
                translation = message.translation;
        }
        if (!LanguageManager::isDraft(language.code) || translation.isEmpty()) {
            // Reviewed, or the line itself still waits for its translation: no English line
            // in the middle of the reader's language.
            EXPECT_TRUE(note.isEmpty()) << note.toStdString();
        } else {
            EXPECT_EQ(note, translation);
            EXPECT_NE(note, QLatin1String(draftSource));
            ++translatedNotes;
        }
        // A language can change while the page is open: the line follows.
        tour.setLanguage(QStringLiteral("en"));
        EXPECT_TRUE(page->draftNote().isEmpty());
    }
    tour.setLanguage(QStringLiteral("en"));
    RecordProperty("translatedNotes", translatedNotes);
}

// The line appears once a draft language translates it, and says what the translation says.
TEST(DraftNote, AppearsOnceTheLanguageTranslatesIt)
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("note_nl.ts"));
    const QString qm = dir.filePath(QStringLiteral("note_nl.qm"));
    const QByteArray dutch = "Deze vertaling is een ontwerp van het Pauzeknop-team.";
    ASSERT_TRUE(test::writeFile(
        ts, QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                       "<TS version=\"2.1\" language=\"nl\"><context><name>pk::PrivacyPage"
                       "</name><message><source>") +
                draftSource + "</source><translation>" + dutch +
                "</translation></message></context></TS>\n"));
    QProcess lrelease;
    lrelease.start(QStringLiteral(PAUZEKNOP_LRELEASE), {ts, QStringLiteral("-qm"), qm});
    ASSERT_TRUE(lrelease.waitForFinished(30'000));
    ASSERT_EQ(lrelease.exitCode(), 0) << lrelease.readAllStandardError().toStdString();

    AccessTour tour(QStringLiteral("nl"));
    QTranslator note;
    ASSERT_TRUE(note.load(qm));
    QCoreApplication::installTranslator(&note); // on top: Qt asks the newest translator first
    AccessTour::settle();
    ASSERT_TRUE(tour.open(QStringLiteral("privacy"))) << tour.problem().toStdString();
    auto *page = qobject_cast<PrivacyPage *>(tour.window()->screen(QStringLiteral("privacy")));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->draftNote(), QString::fromUtf8(dutch));
    QCoreApplication::removeTranslator(&note);
    tour.setLanguage(QStringLiteral("en")); // the next tests start in English
}
