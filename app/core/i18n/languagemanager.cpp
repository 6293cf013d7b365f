#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace pk {

Q_LOGGING_CATEGORY(lcI18n, "pauzeknop.i18n")

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

const QList<Language> &LanguageManager::available()
{
    static const QList<Language> languages{
        {QStringLiteral("en"), QStringLiteral("English"), false},
        {QStringLiteral("nl"), QStringLiteral("Nederlands"), false},
        {QStringLiteral("fr"), QStringLiteral("Français"), false},
        {QStringLiteral("de"), QStringLiteral("Deutsch"), false},
        {QStringLiteral("ar"), QStringLiteral("العربية"), true},
    };
    return languages;
}

Language LanguageManager::find(const QString &code)
{
    for (const Language &language : available()) {
        if (language.code == code)
            return language;
    }
    return available().constFirst();
}

QString LanguageManager::systemLanguage()
{
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString &tag : wanted) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).toLower();
        for (const Language &language : available()) {
            if (language.code == code)
                return code;
        }
    }
    return QStringLiteral("en");
}

void LanguageManager::removeTranslators()
{
    for (QTranslator *translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
}

QString LanguageManager::setLanguage(const QString &code)
{
    QString wanted = code.isEmpty() ? systemLanguage() : code.toLower();
    if (find(wanted).code != wanted) {
        qCWarning(lcI18n) << "no translation for language" << wanted << "- using English";
        wanted = QStringLiteral("en");
    }
    if (wanted == m_current)
        return m_current;

    removeTranslators();
    QLocale::setDefault(QLocale(wanted));
    if (wanted != QLatin1String("en")) {
        auto *app = new QTranslator(this);
        if (app->load(QStringLiteral(":/i18n/pauzeknop_%1.qm").arg(wanted)))
            m_translators.append(app);
        else {
            qCWarning(lcI18n) << "the translation for" << wanted << "could not be loaded";
            delete app;
        }
        auto *qt = new QTranslator(this);
        if (qt->load(QLocale(wanted), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            m_translators.append(qt);
        else
            delete qt; // Qt's own strings stay English: not worth a warning
    }
    for (QTranslator *translator : std::as_const(m_translators))
        QCoreApplication::installTranslator(translator);
    m_current = wanted;
    Q_EMIT languageChanged(m_current);
    return m_current;
}

} // namespace pk
