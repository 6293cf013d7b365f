#pragma once

#include <QObject>
#include <QVariant>

#include <memory>

class QSettings;

namespace pk {

// Who uses Pauzeknop: the safe-first card and the tips speak to them.
enum class Audience
{
    Parent,
    Grandparent,
    ChildcareWorker,
    Other,
};

// Typed access to the user's settings. Every key has one name and one default, in one table.
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        Language,     // "" follows the system
        Audience,     // parent, grandparent, childcare, other
        SafeFirstCard // show "is your child safe?" before breathing
    };

    // Settings stored in the platform's user location.
    explicit Settings(QObject *parent = nullptr);
    // Settings stored in one INI file (used with --data-dir and in tests).
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    ~Settings() override;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QString language() const;
    void setLanguage(const QString &code);
    Audience audience() const;
    void setAudience(Audience audience);
    bool safeFirstCard() const;
    void setSafeFirstCard(bool on);

Q_SIGNALS:
    void changed(pk::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace pk
