#include "home/homescreen.h"
#include "i18n/languagemanager.h"
#include "settings/settingrow.h"
#include "settings/settings.h"
#include "settings/settingsscreen.h"
#include "sound/cueplayer.h"
#include "support/testsupport.h"
#include "support/tsfile.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

namespace {

// Switches the whole application's language for one test and back to English afterwards.
class UiLanguage : public ::testing::Test
{
protected:
    void use(const QString &code)
    {
        ASSERT_EQ(m_languages.setLanguage(code), code);
        QApplication::setLayoutDirection(LanguageManager::find(code).rightToLeft ? Qt::RightToLeft
                                                                                 : Qt::LeftToRight);
        QCoreApplication::sendPostedEvents();
    }
    void TearDown() override
    {
        m_languages.setLanguage(QStringLiteral("en"));
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QCoreApplication::sendPostedEvents();
    }
    QString cancelText()
    {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        return box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&'));
    }

    LanguageManager m_languages;
};

} // namespace

TEST_F(UiLanguage, QtsOwnButtonsSpeakDutchRussianAndPersian)
{
    EXPECT_EQ(cancelText(), QStringLiteral("Cancel"));
    use(QStringLiteral("nl"));
    EXPECT_EQ(cancelText(), QStringLiteral("Annuleren"));
    use(QStringLiteral("ru"));
    EXPECT_EQ(cancelText(), QStringLiteral("Отмена"));
    use(QStringLiteral("fa"));
    EXPECT_EQ(cancelText(), QStringLiteral("انصراف"));

    // A message box's Yes and No too, and an open one follows a switch while it is shown.
    QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("q"),
                    QMessageBox::Yes | QMessageBox::No);
    EXPECT_EQ(box.button(QMessageBox::Yes)->text().remove(QLatin1Char('&')), QStringLiteral("بله"));
    use(QStringLiteral("ru"));
    EXPECT_EQ(box.button(QMessageBox::No)->text().remove(QLatin1Char('&')), QStringLiteral("Нет"));
    use(QStringLiteral("en"));
    EXPECT_EQ(box.button(QMessageBox::No)->text().remove(QLatin1Char('&')), QStringLiteral("No"));
}

TEST_F(UiLanguage, QtTranslationsAreFoundForEveryLanguageQtShips)
{
    // Debian's qt6-translations-l10n ships all but Romanian and Somali; Portuguese as pt_BR.
    for (const Language &language : LanguageManager::available()) {
        if (language.code == QLatin1String("en"))
            continue;
        use(language.code);
        const QString file = m_languages.qtTranslationFile();
        const bool shipped =
            language.code != QLatin1String("ro") && language.code != QLatin1String("so");
        EXPECT_EQ(!file.isEmpty(), shipped) << qPrintable(language.code) << " " << qPrintable(file);
        if (language.code == QLatin1String("pt")) {
            EXPECT_TRUE(file.endsWith(QLatin1String("qtbase_pt_BR.qm"))) << qPrintable(file);
            EXPECT_EQ(cancelText(), QStringLiteral("Cancelar"));
        } else if (!shipped) { // Qt's words stay English, nothing breaks
            EXPECT_EQ(cancelText(), QStringLiteral("Cancel"));
        } else {
            EXPECT_TRUE(file.endsWith(QStringLiteral("qtbase_%1.qm").arg(language.code)));
        }
    }
}

TEST_F(UiLanguage, PersianMirrorsLikeArabic)
{
    QWidget widget;
    use(QStringLiteral("fa"));
    EXPECT_TRUE(m_languages.isRightToLeft());
    EXPECT_EQ(QApplication::layoutDirection(), Qt::RightToLeft);
    EXPECT_TRUE(widget.isRightToLeft());
    use(QStringLiteral("tr"));
    EXPECT_FALSE(widget.isRightToLeft());
}

TEST_F(UiLanguage, HomeAndSettingsOfferTheOneListOfLanguages)
{
    HomeScreen home;
    auto *chooser = home.findChild<QComboBox *>();
    ASSERT_NE(chooser, nullptr);
    const QList<Language> &languages = LanguageManager::available();
    ASSERT_EQ(chooser->count(), languages.size());
    for (int i = 0; i < languages.size(); ++i) {
        EXPECT_EQ(chooser->itemData(i).toString(), languages.at(i).code);
        EXPECT_EQ(chooser->itemText(i), languages.at(i).nativeName);
    }

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    SettingsScreen screen(&settings, nullptr);
    auto *list = qobject_cast<QComboBox *>(screen.row(Settings::Key::Language)->control());
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->count(), languages.size() + 1); // "Follow the computer" first
    for (int i = 0; i < languages.size(); ++i)
        EXPECT_EQ(list->itemText(i + 1), languages.at(i).nativeName);
    // Every language can be kept in the settings, and names stay native in another UI language.
    use(QStringLiteral("ru"));
    EXPECT_EQ(list->itemText(languages.size()), QStringLiteral("فارسی"));
    for (const Language &language : languages) {
        settings.setLanguage(language.code);
        EXPECT_EQ(settings.language(), language.code);
    }
}

TEST_F(UiLanguage, SettingsSayWhenThereIsNoVoiceForTheLanguage)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    SettingsScreen screen(&settings, nullptr);
    screen.show();
    QLabel *note = screen.spokenCuesNote();
    ASSERT_NE(note, nullptr);
    EXPECT_FALSE(note->isVisible());
    use(QStringLiteral("so"));
    EXPECT_TRUE(note->isVisible());
    // Said in Somali, as the Somali file words it: never the English line left behind.
    const QString english = QStringLiteral(
        "Spoken words are not available in this language. The soft sounds still work.");
    const test::TsFile file(QStringLiteral("so"));
    QString somali;
    for (const test::TsFile::Message &message : file.messages()) {
        if (message.source == english && message.finished)
            somali = message.translation;
    }
    ASSERT_FALSE(somali.isEmpty()) << "the Somali file has no finished translation of the note";
    EXPECT_EQ(note->text(), somali);
    EXPECT_NE(note->text(), english);
    use(QStringLiteral("nl"));
    EXPECT_FALSE(note->isVisible());
}

TEST(CuePlayerLanguages, EveryVoicedLanguageHasItsCuesAndSomaliHearsTheSoftTones)
{
    const QStringList cues{QStringLiteral("in"), QStringLiteral("more"), QStringLiteral("hold"),
                           QStringLiteral("out")};
    for (const Language &language : LanguageManager::available()) {
        for (const QString &cue : cues) {
            const QString file = QStringLiteral(":/sounds/%1/%2.wav").arg(language.code, cue);
            EXPECT_EQ(QFile::exists(file), language.spokenCues) << qPrintable(file);
        }
    }
    CuePlayer player;
    player.configure(false, true, 50); // spoken words only
    player.setLanguage(QStringLiteral("tr"));
    EXPECT_EQ(player.sourceFor(BreathPhaseKind::In), QStringLiteral(":/sounds/tr/in.wav"));
    player.setLanguage(QStringLiteral("fa"));
    EXPECT_EQ(player.sourceFor(BreathPhaseKind::TopUp), QStringLiteral(":/sounds/fa/more.wav"));
    player.setLanguage(QStringLiteral("so"));
    EXPECT_EQ(player.sourceFor(BreathPhaseKind::In), QStringLiteral(":/sounds/cue-in.wav"));
    EXPECT_EQ(player.sourceFor(BreathPhaseKind::Out), QStringLiteral(":/sounds/cue-out.wav"));
    EXPECT_TRUE(player.sourceFor(BreathPhaseKind::HoldIn).isEmpty());
    player.configure(false, false, 50);
    EXPECT_TRUE(player.sourceFor(BreathPhaseKind::In).isEmpty());
}
