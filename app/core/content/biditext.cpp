#include "biditext.h"

#include <QRegularExpression>

namespace pk {
namespace {

constexpr char16_t Lri = 0x2066;
constexpr char16_t Fsi = 0x2068;
constexpr char16_t Pdi = 0x2069;

} // namespace

QString BidiText::leftToRight(const QString &text)
{
    return QChar(Lri) + text + QChar(Pdi);
}

QString BidiText::isolated(const QString &text)
{
    return QChar(Fsi) + text + QChar(Pdi);
}

QString BidiText::isolateNumbers(const QString &text)
{
    // Digits joined by single spaces, dots or dashes ("078 150 100", "0800-0113", "+32 2 ...").
    static const QRegularExpression number(QStringLiteral("\\+?[0-9]+(?:[ .\\-/][0-9]+)*"));
    const QString source = plain(text);
    QString result;
    qsizetype from = 0;
    auto it = number.globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(source).mid(from, match.capturedStart() - from);
        result += leftToRight(match.captured());
        from = match.capturedEnd();
    }
    result += QStringView(source).mid(from);
    return result;
}

QString BidiText::plain(const QString &text)
{
    QString result = text;
    result.remove(QChar(0x2066));
    result.remove(QChar(0x2067));
    result.remove(QChar(Fsi));
    result.remove(QChar(Pdi));
    return result;
}

} // namespace pk
