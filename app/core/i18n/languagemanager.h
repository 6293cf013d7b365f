#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QTranslator;

namespace pk {

// A language Pauzeknop offers, named in that language so that anyone can find their own.
struct Language
{
    QString code;       // "nl", "ar"
    QString nativeName; // "Nederlands", "العربية"
    bool rightToLeft = false;
};

// Loads the app's and Qt's translations and switches them while the app runs.
// Installing a translator sends QEvent::LanguageChange to every widget, which retranslates.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static const QList<Language> &available();
    static Language find(const QString &code);
    // The offered language closest to the system locale (English when none fits).
    static QString systemLanguage();

    // "" follows the system. Unknown codes fall back to English with a warning. Returns the code
    // used.
    QString setLanguage(const QString &code);
    QString current() const { return m_current; }
    bool isRightToLeft() const { return find(m_current).rightToLeft; }

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QList<QTranslator *> m_translators;
    QString m_current;
};

} // namespace pk
