#include "keycombination.h"

#include <QStringList>

#include <array>

namespace pk {
namespace {

struct NamedKey
{
    Qt::Key key;
    const char *name;       // as QKeySequence::PortableText writes it
    const char *portalName; // xkbcommon keysym name
    const char *alias = nullptr;
};

constexpr std::array<NamedKey, 8> namedKeys{{
    {Qt::Key_Space, "Space", "space"},
    {Qt::Key_Pause, "Pause", "Pause"},
    {Qt::Key_Insert, "Ins", "Insert", "Insert"},
    {Qt::Key_Delete, "Del", "Delete", "Delete"},
    {Qt::Key_Home, "Home", "Home"},
    {Qt::Key_End, "End", "End"},
    {Qt::Key_PageUp, "PgUp", "Page_Up", "PageUp"},
    {Qt::Key_PageDown, "PgDown", "Page_Down", "PageDown"},
}};

bool isLetter(int key)
{
    return key >= Qt::Key_A && key <= Qt::Key_Z;
}

bool isDigit(int key)
{
    return key >= Qt::Key_0 && key <= Qt::Key_9;
}

bool isFunctionKey(int key)
{
    return key >= Qt::Key_F1 && key <= Qt::Key_F24;
}

Qt::Key keyFromName(const QString &name)
{
    if (name.size() == 1) {
        const QChar c = name.at(0).toUpper();
        if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            return Qt::Key(c.unicode());
    }
    if (name.size() >= 2 && name.at(0).toUpper() == QLatin1Char('F')) {
        bool ok = false;
        const int number = name.mid(1).toInt(&ok);
        if (ok && number >= 1 && number <= 24)
            return Qt::Key(Qt::Key_F1 + number - 1);
    }
    for (const NamedKey &named : namedKeys) {
        if (name.compare(QLatin1String(named.name), Qt::CaseInsensitive) == 0 ||
            (named.alias && name.compare(QLatin1String(named.alias), Qt::CaseInsensitive) == 0))
            return named.key;
    }
    return Qt::Key_unknown;
}

Qt::KeyboardModifier modifierFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("ctrl") || lower == QLatin1String("control"))
        return Qt::ControlModifier;
    if (lower == QLatin1String("alt"))
        return Qt::AltModifier;
    if (lower == QLatin1String("shift"))
        return Qt::ShiftModifier;
    if (lower == QLatin1String("meta") || lower == QLatin1String("super") ||
        lower == QLatin1String("win") || lower == QLatin1String("logo"))
        return Qt::MetaModifier;
    return Qt::NoModifier;
}

} // namespace

KeyCombination::KeyCombination(Qt::KeyboardModifiers modifiers, Qt::Key key)
    : m_modifiers(modifiers &
                  (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier | Qt::MetaModifier))
    , m_key(key)
{}

KeyCombination KeyCombination::parse(const QString &text)
{
    QStringList parts = text.split(QLatin1Char('+'));
    for (QString &part : parts)
        part = part.trimmed();
    // "Ctrl++" would be Ctrl with the plus key: not offered, so not understood either.
    if (parts.size() < 2 || parts.contains(QString()))
        return {};
    Qt::KeyboardModifiers modifiers;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const Qt::KeyboardModifier modifier = modifierFromName(parts.at(i));
        if (modifier == Qt::NoModifier || modifiers.testFlag(modifier))
            return {};
        modifiers |= modifier;
    }
    const KeyCombination combination(modifiers, keyFromName(parts.constLast()));
    return combination.isValid() ? combination : KeyCombination();
}

bool KeyCombination::isSupportedKey(Qt::Key key)
{
    if (isLetter(key) || isDigit(key) || isFunctionKey(key))
        return true;
    for (const NamedKey &named : namedKeys) {
        if (named.key == key)
            return true;
    }
    return false;
}

bool KeyCombination::isValid() const
{
    const bool typingSafe =
        m_modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    // Ctrl+Alt+Delete and Ctrl+Alt+F1..F12 belong to the system (log-in, switching consoles).
    const bool ctrlAlt = m_modifiers.testFlags(Qt::ControlModifier | Qt::AltModifier);
    const bool reserved =
        ctrlAlt && (m_key == Qt::Key_Delete || (m_key >= Qt::Key_F1 && m_key <= Qt::Key_F12));
    return typingSafe && !reserved && isSupportedKey(m_key);
}

bool KeyCombination::operator==(const KeyCombination &other) const
{
    return m_modifiers == other.m_modifiers && m_key == other.m_key;
}

QString KeyCombination::toString() const
{
    if (!isValid())
        return offText();
    QString text;
    if (m_modifiers & Qt::ControlModifier)
        text += QStringLiteral("Ctrl+");
    if (m_modifiers & Qt::AltModifier)
        text += QStringLiteral("Alt+");
    if (m_modifiers & Qt::ShiftModifier)
        text += QStringLiteral("Shift+");
    if (m_modifiers & Qt::MetaModifier)
        text += QStringLiteral("Meta+");
    if (isLetter(m_key) || isDigit(m_key))
        return text + QChar(char16_t(m_key));
    if (isFunctionKey(m_key))
        return text + QLatin1Char('F') + QString::number(m_key - Qt::Key_F1 + 1);
    for (const NamedKey &named : namedKeys) {
        if (named.key == m_key)
            return text + QLatin1String(named.name);
    }
    return offText();
}

QString KeyCombination::toPortalTrigger() const
{
    if (!isValid())
        return QString();
    QString text;
    if (m_modifiers & Qt::ControlModifier)
        text += QStringLiteral("CTRL+");
    if (m_modifiers & Qt::AltModifier)
        text += QStringLiteral("ALT+");
    if (m_modifiers & Qt::ShiftModifier)
        text += QStringLiteral("SHIFT+");
    if (m_modifiers & Qt::MetaModifier)
        text += QStringLiteral("LOGO+");
    if (isLetter(m_key))
        return text + QChar(char16_t(m_key)).toLower();
    if (isDigit(m_key))
        return text + QChar(char16_t(m_key));
    if (isFunctionKey(m_key))
        return text + QLatin1Char('F') + QString::number(m_key - Qt::Key_F1 + 1);
    for (const NamedKey &named : namedKeys) {
        if (named.key == m_key)
            return text + QLatin1String(named.portalName);
    }
    return QString();
}

} // namespace pk
