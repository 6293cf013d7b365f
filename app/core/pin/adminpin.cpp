#include "adminpin.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>

namespace pk {
namespace {

constexpr int KeyLength = 32;
constexpr int SaltLength = 16;
const char *const Scheme = "pbkdf2-sha256";

// Digits of every script as 0-9: a PIN set as 123456 is also ١٢٣٤٥٦ or ۱۲۳۴۵۶ typed on an Arabic
// or Persian keyboard, and the other way round.
QByteArray latinDigits(const QString &pin)
{
    QString result = pin;
    for (QChar &c : result) {
        if (c.unicode() >= 0x80 && c.isDigit() && c.digitValue() >= 0)
            c = QChar(u'0' + c.digitValue());
    }
    return result.toUtf8();
}

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    // PBKDF2-HMAC-SHA256 (RFC 8018) for one 32-byte block, with Qt Core only: the same bytes as
    // QPasswordDigestor::deriveKeyPbkdf2 (tested), without loading Qt Network for it.
    static_assert(KeyLength == 32, "one SHA-256 block");
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, latinDigits(pin));
    mac.addData(salt);
    mac.addData("\x00\x00\x00\x01", 4); // block number 1, big-endian
    QByteArray u = mac.result();
    QByteArray key = u;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (int j = 0; j < KeyLength; ++j)
            key[j] = char(key.at(j) ^ u.at(j));
    }
    return key;
}

// Splits a stored hash; false when it is not one of ours.
bool split(const QString &hash, int *iterations, QByteArray *salt, QByteArray *key)
{
    const QStringList parts = hash.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String(Scheme))
        return false;
    bool ok = false;
    *iterations = parts.at(1).toInt(&ok);
    if (!ok || *iterations < 1000 || *iterations > AdminPin::MaximumIterations)
        return false;
    const auto decodedSalt = QByteArray::fromBase64Encoding(
        parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto decodedKey = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(),
                                                           QByteArray::AbortOnBase64DecodingErrors);
    if (!decodedSalt || !decodedKey || decodedSalt.decoded.size() < 8 ||
        decodedKey.decoded.size() != KeyLength)
        return false;
    *salt = decodedSalt.decoded;
    *key = decodedKey.decoded;
    return true;
}

} // namespace

QString AdminPin::hash(const QString &pin, int iterations)
{
    QByteArray salt(SaltLength, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          SaltLength / int(sizeof(quint32)));
    return hashWithSalt(pin, salt, iterations);
}

QString AdminPin::hashWithSalt(const QString &pin, const QByteArray &salt, int iterations)
{
    return QStringLiteral("%1$%2$%3$%4")
        .arg(QLatin1String(Scheme))
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(derive(pin, salt, iterations).toBase64()));
}

bool AdminPin::verify(const QString &pin, const QString &hash)
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
    if (!split(hash, &iterations, &salt, &key))
        return false;
    const QByteArray candidate = derive(pin, salt, iterations);
    // Compare every byte, so the time taken says nothing about how much was right.
    unsigned char difference = 0;
    for (int i = 0; i < KeyLength; ++i)
        difference |= static_cast<unsigned char>(candidate.at(i) ^ key.at(i));
    return difference == 0;
}

bool AdminPin::isWellFormed(const QString &hash)
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
    return split(hash, &iterations, &salt, &key);
}

int AdminPin::iterationsOf(const QString &hash)
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
    return split(hash, &iterations, &salt, &key) ? iterations : 0;
}

} // namespace pk
