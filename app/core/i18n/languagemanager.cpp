#include "languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace pk {

Q_LOGGING_CATEGORY(lcI18n, "pauzeknop.i18n")

namespace {

// Tags that name an offered language by another code: Dari (prs) and Iranian Persian (pes) are
// written Persian, Moldovan (mo) is Romanian.
QString aliasFor(const QString &primary)
{
    if (primary == QLatin1String("prs") || primary == QLatin1String("pes"))
        return QStringLiteral("fa");
    if (primary == QLatin1String("mo"))
        return QStringLiteral("ro");
    return primary;
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

const QList<Language> &LanguageManager::available()
{
    // Native names are written out in their own script; Persian uses the Farsi yeh (U+06CC).
    // Formats: Belgian conventions for Belgium's languages and English (1/12/2026, 24 hours);
    // Portuguese as in Portugal, like its translation (Qt's "pt" is Brazil); Persian as in
    // Afghanistan (Dari month names such as دسمبر): Afghans have for years been the largest
    // group of asylum seekers in Belgium (Myria, via brf.be 2023), and #10 asks for Dari.
    static const QList<Language> languages{
        {QStringLiteral("en"), QStringLiteral("English"), false, true, QStringLiteral("en_BE")},
        {QStringLiteral("nl"), QStringLiteral("Nederlands"), false, true, QStringLiteral("nl_BE")},
        {QStringLiteral("fr"), QStringLiteral("Français"), false, true, QStringLiteral("fr_BE")},
        {QStringLiteral("de"), QStringLiteral("Deutsch"), false, true, QStringLiteral("de_BE")},
        {QStringLiteral("ar"), QStringLiteral("العربية"), true, true, QStringLiteral("ar")},
        {QStringLiteral("tr"), QStringLiteral("Türkçe"), false, true, QStringLiteral("tr")},
        {QStringLiteral("pl"), QStringLiteral("Polski"), false, true, QStringLiteral("pl")},
        {QStringLiteral("ro"), QStringLiteral("Română"), false, true, QStringLiteral("ro")},
        {QStringLiteral("bg"), QStringLiteral("Български"), false, true, QStringLiteral("bg")},
        {QStringLiteral("es"), QStringLiteral("Español"), false, true, QStringLiteral("es")},
        {QStringLiteral("it"), QStringLiteral("Italiano"), false, true, QStringLiteral("it")},
        {QStringLiteral("pt"), QStringLiteral("Português"), false, true, QStringLiteral("pt_PT")},
        {QStringLiteral("ru"), QStringLiteral("Русский"), false, true, QStringLiteral("ru")},
        {QStringLiteral("uk"), QStringLiteral("Українська"), false, true, QStringLiteral("uk")},
        // espeak-ng has no Somali voice.
        {QStringLiteral("so"), QStringLiteral("Soomaali"), false, false, QStringLiteral("so")},
        {QStringLiteral("fa"), QStringLiteral("فارسی"), true, true, QStringLiteral("fa_AF")},
    };
    return languages;
}

QStringList LanguageManager::codes()
{
    QStringList result;
    for (const Language &language : available())
        result.append(language.code);
    return result;
}

Language LanguageManager::find(const QString &code)
{
    for (const Language &language : available()) {
        if (language.code == code)
            return language;
    }
    return available().constFirst();
}

bool LanguageManager::isOffered(const QString &code)
{
    return codes().contains(code);
}

QString LanguageManager::offeredFor(const QString &tag)
{
    QString primary = tag.trimmed().toLower();
    primary.replace(QLatin1Char('_'), QLatin1Char('-'));
    primary = aliasFor(primary.section(QLatin1Char('-'), 0, 0));
    return isOffered(primary) ? primary : QString();
}

QString LanguageManager::guessLanguage(const QStringList &uiLanguages)
{
    for (const QString &tag : uiLanguages) {
        const QString code = offeredFor(tag);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QString LanguageManager::systemLanguage()
{
    return guessLanguage(QLocale::system().uiLanguages());
}

QString LanguageManager::uiLanguage()
{
    return guessLanguage({QLocale().name()});
}

bool LanguageManager::hasTranslation(const QString &code)
{
    return code == QLatin1String("en") ||
           QFile::exists(QStringLiteral(":/i18n/pauzeknop_%1.qm").arg(code));
}

bool LanguageManager::hasSpokenCues(const QString &code)
{
    return isOffered(code) && find(code).spokenCues;
}

bool LanguageManager::isDraft(const QString &code)
{
    return isOffered(code) && code != QLatin1String("en") && hasTranslation(code) &&
           !find(code).reviewed;
}

QLocale LanguageManager::formatLocale(const QString &code, const QLocale &system)
{
    const Language language = find(code);
    const QLocale own(language.formats.isEmpty() ? language.code : language.formats);
    // Someone whose computer speaks this language keeps its conventions (a Dutch nl_NL, an
    // Iranian fa_IR, a Brazilian pt_BR), also its choice of digits.
    return system.language() == own.language() ? system : own;
}

QStringList LanguageManager::qtTranslationDirs()
{
    // Qt's own folder first (Debian: /usr/share/qt6/translations; qt.conf of a deployed app).
    // Then folders next to the program where a bundle may carry copies: Windows (windeployqt's
    // translations/), macOS (Contents/Resources/translations) and Linux prefixes such as
    // Flatpak's /app (share/pauzeknop/translations).
    QStringList dirs{QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    const QString app = QCoreApplication::applicationDirPath();
    if (!app.isEmpty()) {
        dirs << QDir(app).filePath(QStringLiteral("translations"))
             << QDir::cleanPath(app + QStringLiteral("/../Resources/translations"))
             << QDir::cleanPath(app + QStringLiteral("/../share/pauzeknop/translations"));
    }
    dirs.removeDuplicates();
    return dirs;
}

QStringList LanguageManager::qtTranslationNames(const QString &code)
{
    // Qt ships Portuguese as Brazilian only; its button words are the same in Portugal.
    if (code == QLatin1String("pt"))
        return {QStringLiteral("pt_PT"), QStringLiteral("pt"), QStringLiteral("pt_BR")};
    return {code};
}

void LanguageManager::removeTranslators()
{
    for (QTranslator *translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
}

QString LanguageManager::findQtTranslation(const QString &code, const QStringList &dirs)
{
    // qtbase_<lang>.qm as Debian ships it; qt_<lang>.qm as windeployqt bundles it (one file that
    // holds qtbase and Qt's other modules). Every qtbase_ file comes first: Debian also carries
    // an old Qt 4 qt_pt_PT.qm whose button words Qt 6 no longer asks for.
    const QStringList patterns{QStringLiteral("qtbase_%1.qm"), QStringLiteral("qt_%1.qm")};
    for (const QString &pattern : patterns) {
        for (const QString &name : qtTranslationNames(code)) {
            for (const QString &dir : dirs) {
                const QString file = QDir(dir).filePath(pattern.arg(name));
                if (QFile::exists(file))
                    return file;
            }
        }
    }
    return {};
}

void LanguageManager::loadQtTranslation(const QString &code)
{
    m_qtFile.clear();
    const QString file = findQtTranslation(code, qtTranslationDirs());
    if (file.isEmpty()) {
        // Qt ships none (Romanian, Somali): its few own words stay English, not worth a warning.
        qCDebug(lcI18n) << "no Qt translation for" << code << "in" << qtTranslationDirs();
        return;
    }
    auto *qt = new QTranslator(this);
    if (!qt->load(file)) {
        qCWarning(lcI18n) << "Qt's translation" << file << "could not be loaded";
        delete qt;
        return;
    }
    m_translators.append(qt);
    m_qtFile = file;
}

QString LanguageManager::setLanguage(const QString &code)
{
    QString wanted = code.isEmpty() ? systemLanguage() : offeredFor(code);
    if (wanted.isEmpty()) {
        qCWarning(lcI18n) << "language" << code << "is not offered - using English";
        wanted = QStringLiteral("en");
    }
    if (wanted == m_current)
        return m_current;

    const bool hadTranslators = !m_translators.isEmpty();
    removeTranslators();
    m_qtFile.clear();
    QLocale::setDefault(formatLocale(wanted, QLocale::system()));
    // English too: its file holds only the plural forms of the source texts ("1 minute").
    auto *app = new QTranslator(this);
    if (app->load(QStringLiteral(":/i18n/pauzeknop_%1.qm").arg(wanted))) {
        m_translators.append(app);
    } else {
        qCInfo(lcI18n) << "no translation of Pauzeknop into" << wanted
                       << "yet - its texts stay English";
        delete app;
    }
    if (wanted != QLatin1String("en"))
        loadQtTranslation(wanted);
    for (QTranslator *translator : std::as_const(m_translators))
        QCoreApplication::installTranslator(translator);
    // From English to a language with no translation at all (Somali, before its pass) no
    // translator came or went, so Qt sent no LanguageChange: send it, screens still retranslate
    // (the direction, a note about that language).
    if (!hadTranslators && m_translators.isEmpty() && QCoreApplication::instance()) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
    m_current = wanted;
    Q_EMIT languageChanged(m_current);
    return m_current;
}

} // namespace pk
