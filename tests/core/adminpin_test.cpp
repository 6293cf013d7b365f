#include "pin/adminpin.h"
#include "pin/pingate.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QProcess>

#include <gtest/gtest.h>

using namespace pk;

TEST(AdminPin, HashIsSaltedPbkdf2AndNeverContainsThePin)
{
    const QString first = AdminPin::hash(QStringLiteral("4711"));
    const QString second = AdminPin::hash(QStringLiteral("4711"));
    EXPECT_TRUE(first.startsWith(QStringLiteral("pbkdf2-sha256$50000$")));
    EXPECT_NE(first, second); // a fresh salt each time
    EXPECT_FALSE(first.contains(QStringLiteral("4711")));
    EXPECT_TRUE(AdminPin::isWellFormed(first));
}

TEST(AdminPin, KnownVectorMatchesRfc7914)
{
    // PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1 (RFC 7914 section 11), first 32 bytes.
    const QString hash = AdminPin::hashWithSalt(QStringLiteral("passwd"), "salt", 1);
    EXPECT_EQ(QByteArray::fromBase64(hash.section(QLatin1Char('$'), 3).toLatin1()).toHex(),
              QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"));
}

TEST(AdminPin, VerifiesTheRightPinOnly)
{
    const QString hash = AdminPin::hash(QStringLiteral("2468"), 2000);
    EXPECT_TRUE(AdminPin::verify(QStringLiteral("2468"), hash));
    EXPECT_FALSE(AdminPin::verify(QStringLiteral("2469"), hash));
    EXPECT_FALSE(AdminPin::verify(QString(), hash));
}

TEST(AdminPin, MalformedHashesVerifyNothing)
{
    const QString good = AdminPin::hash(QStringLiteral("2468"), 2000);
    const QStringList bad{
        QStringLiteral("2468"),
        QStringLiteral("pbkdf2-sha256$2000$c2FsdHNhbHQ=$"),
        QString(good).replace(QStringLiteral("pbkdf2-sha256"), QStringLiteral("md5")),
        QString(good).replace(QStringLiteral("$2000$"), QStringLiteral("$12$")),
        good.left(good.size() - 4),
        QStringLiteral("pbkdf2-sha256$2000$!!!!$!!!!"),
    };
    for (const QString &hash : bad) {
        EXPECT_FALSE(AdminPin::isWellFormed(hash)) << hash.toStdString();
        EXPECT_FALSE(AdminPin::verify(QStringLiteral("2468"), hash)) << hash.toStdString();
    }
}

TEST(AdminPin, VerifyingWithDefaultIterationsTakesAHumanMoment)
{
    const QString hash = AdminPin::hash(QStringLiteral("135790"));
    QElapsedTimer timer;
    timer.start();
    EXPECT_TRUE(AdminPin::verify(QStringLiteral("135790"), hash));
    const qint64 ms = timer.elapsed();
    std::printf("[ figure ] one PIN check with %d iterations: %lld ms\n",
                AdminPin::DefaultIterations, static_cast<long long>(ms));
    EXPECT_LT(ms, 2000); // fine for the person at the PC, costly for a guesser
}

TEST(PinGate, WrongPinsWaitLongerEachTimeWithoutSleeping)
{
    qint64 now = 1000;
    PinGate gate(AdminPin::hash(QStringLiteral("8642"), 2000), [&now] { return now; });
    EXPECT_EQ(gate.tryPin(QStringLiteral("0000")), PinGate::Result::Wrong);
    EXPECT_EQ(gate.msUntilNextTry(), 0); // one typo is free
    EXPECT_EQ(gate.tryPin(QStringLiteral("1111")), PinGate::Result::Wrong);
    EXPECT_EQ(gate.msUntilNextTry(), 2000);
    // Too soon: refused without checking, even with the right PIN.
    EXPECT_EQ(gate.tryPin(QStringLiteral("8642")), PinGate::Result::TooSoon);
    now += 1999;
    EXPECT_EQ(gate.tryPin(QStringLiteral("2222")), PinGate::Result::TooSoon);
    now += 1;
    EXPECT_EQ(gate.tryPin(QStringLiteral("2222")), PinGate::Result::Wrong);
    EXPECT_EQ(gate.msUntilNextTry(), 4000);
    now += 4000;
    EXPECT_EQ(gate.tryPin(QStringLiteral("3333")), PinGate::Result::Wrong);
    EXPECT_EQ(gate.msUntilNextTry(), 8000);
    now += 8000;
    EXPECT_EQ(gate.tryPin(QStringLiteral("8642")), PinGate::Result::Accepted);
    EXPECT_EQ(gate.failures(), 0);
}

TEST(PinGate, DelayIsCappedAtFiveMinutes)
{
    EXPECT_EQ(PinGate::delayAfterFailures(0), 0);
    EXPECT_EQ(PinGate::delayAfterFailures(1), 0);
    EXPECT_EQ(PinGate::delayAfterFailures(2), 2000);
    EXPECT_EQ(PinGate::delayAfterFailures(3), 4000);
    EXPECT_EQ(PinGate::delayAfterFailures(9), 256000);
    EXPECT_EQ(PinGate::delayAfterFailures(10), 300000);
    EXPECT_EQ(PinGate::delayAfterFailures(1000), 300000);
}

TEST(PinGate, WithoutAPinNothingUnlocks)
{
    PinGate none{QString()};
    EXPECT_FALSE(none.hasPin());
    EXPECT_EQ(none.tryPin(QString()), PinGate::Result::NoPin);
    PinGate plain(QStringLiteral("1234"));
    EXPECT_EQ(plain.tryPin(QStringLiteral("1234")), PinGate::Result::NoPin);
}

TEST(HashPinCommand, ReadsThePinFromStandardInputAndPrintsAHashThatVerifies)
{
    QProcess process;
    process.start(QStringLiteral(PAUZEKNOP_BINARY), {QStringLiteral("--hash-pin")});
    ASSERT_TRUE(process.waitForStarted());
    process.write("97531\n");
    process.closeWriteChannel();
    ASSERT_TRUE(process.waitForFinished(15000));
    EXPECT_EQ(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    ASSERT_TRUE(out.startsWith(QStringLiteral("adminPin=pbkdf2-sha256$")));
    EXPECT_FALSE(out.contains(QStringLiteral("97531")));
    EXPECT_TRUE(AdminPin::verify(QStringLiteral("97531"), out.mid(9)));
}

TEST(HashPinCommand, RefusesATooShortPin)
{
    QProcess process;
    process.start(QStringLiteral(PAUZEKNOP_BINARY), {QStringLiteral("--hash-pin")});
    ASSERT_TRUE(process.waitForStarted());
    process.write("12\n");
    process.closeWriteChannel();
    ASSERT_TRUE(process.waitForFinished(15000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardOutput().isEmpty());
    EXPECT_TRUE(process.readAllStandardError().contains("at least 4"));
}
