#include "pin/adminpin.h"
#include "pin/pingate.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPasswordDigestor>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

TEST(AdminPin, HashIsSaltedPbkdf2WithOwaspRoundsAndNeverContainsThePin)
{
    EXPECT_GE(AdminPin::DefaultIterations, 600000); // OWASP, PBKDF2-HMAC-SHA256
    EXPECT_GE(AdminPin::MinimumLength, 6);
    const QString first = AdminPin::hashWithSalt(QStringLiteral("471100"), "0123456789abcdef",
                                                 AdminPin::DefaultIterations);
    EXPECT_TRUE(first.startsWith(QStringLiteral("pbkdf2-sha256$600000$")));
    const QString second = AdminPin::hash(QStringLiteral("471100"), 2000);
    const QString third = AdminPin::hash(QStringLiteral("471100"), 2000);
    EXPECT_NE(second, third); // a fresh salt each time
    EXPECT_FALSE(first.contains(QStringLiteral("471100")));
    EXPECT_TRUE(AdminPin::isWellFormed(first));
    EXPECT_EQ(AdminPin::iterationsOf(first), 600000);
}

TEST(AdminPin, KnownVectorMatchesRfc7914)
{
    // PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1 (RFC 7914 section 11), first 32 bytes.
    const QString hash = AdminPin::hashWithSalt(QStringLiteral("passwd"), "salt", 1);
    EXPECT_EQ(QByteArray::fromBase64(hash.section(QLatin1Char('$'), 3).toLatin1()).toHex(),
              QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"));
}

TEST(AdminPin, KnownVectorWithManyRoundsMatchesRfc7914)
{
    // PBKDF2-HMAC-SHA256, P="Password", S="NaCl", c=80000 (RFC 7914 section 11), first 32 bytes.
    const QString hash = AdminPin::hashWithSalt(QStringLiteral("Password"), "NaCl", 80000);
    EXPECT_EQ(QByteArray::fromBase64(hash.section(QLatin1Char('$'), 3).toLatin1()).toHex(),
              QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"));
}

TEST(AdminPin, HashesMadeBeforeStillVerify)
{
    // Made by `pauzeknop --hash-pin` of an earlier build (Qt Network's QPasswordDigestor), PIN
    // 471100, 50000 rounds; and the same salt with today's 600000 rounds, computed by Python's
    // hashlib.pbkdf2_hmac.
    const QString older = QStringLiteral("pbkdf2-sha256$50000$2vEvBAwJ4XfwP3mmKj3jqw==$"
                                         "q7Gttlc5Gdyp34DcnPFLI+lQis31BBgVecer+Wf7wuM=");
    EXPECT_TRUE(AdminPin::verify(QStringLiteral("471100"), older));
    EXPECT_FALSE(AdminPin::verify(QStringLiteral("471101"), older));
    const QString current = QStringLiteral("pbkdf2-sha256$600000$2vEvBAwJ4XfwP3mmKj3jqw==$J2wS/"
                                           "LSKV+uJRp8H6K/P1d0uM6OzSx+fDyUDyOZ47zI=");
    EXPECT_TRUE(AdminPin::verify(QStringLiteral("471100"), current));
}

TEST(AdminPin, SameKeysAsQtNetworksPbkdf2)
{
    // Our own PBKDF2 (Qt Core only) must read every hash stored before it: the same bytes as
    // QPasswordDigestor for several PINs, salts and round counts.
    const QList<QPair<QString, QByteArray>> inputs{{QStringLiteral("471100"), "0123456789abcdef"},
                                                   {QStringLiteral("é-ü 12"), "salt"},
                                                   {QString(), QByteArray(16, '\0')}};
    for (const auto &[pin, salt] : inputs) {
        for (const int rounds : {1, 2, 3, 4096}) {
            const QByteArray expected = QPasswordDigestor::deriveKeyPbkdf2(
                QCryptographicHash::Sha256, pin.toUtf8(), salt, rounds, 32);
            const QString hash = AdminPin::hashWithSalt(pin, salt, rounds);
            EXPECT_EQ(QByteArray::fromBase64(hash.section(QLatin1Char('$'), 3).toLatin1()),
                      expected)
                << pin.toStdString() << " " << rounds;
        }
    }
}

TEST(AdminPin, VerifiesTheRightPinOnly)
{
    const QString hash = AdminPin::hash(QStringLiteral("2468"), 2000);
    EXPECT_TRUE(AdminPin::verify(QStringLiteral("2468"), hash));
    EXPECT_FALSE(AdminPin::verify(QStringLiteral("2469"), hash));
    EXPECT_FALSE(AdminPin::verify(QString(), hash));
}

// The PIN's digits read the same in every script: set on a Latin keyboard, typed on an Arabic
// or Persian one (and back).
TEST(AdminPin, DigitsOfEveryScriptAreTheSamePin)
{
    const QString hash = AdminPin::hashWithSalt(QStringLiteral("120789"), "0123456789abcdef", 1000);
    EXPECT_TRUE(AdminPin::verify(QStringLiteral("١٢٠٧٨٩"), hash));
    EXPECT_TRUE(AdminPin::verify(QStringLiteral("۱۲۰۷۸۹"), hash));
    EXPECT_FALSE(AdminPin::verify(QStringLiteral("۱۲۰۷۸۸"), hash));
    const QString arabic =
        AdminPin::hashWithSalt(QStringLiteral("kast١٢"), "0123456789abcdef", 1000);
    EXPECT_TRUE(AdminPin::verify(QStringLiteral("kast12"), arabic));
    EXPECT_FALSE(AdminPin::verify(QStringLiteral("Kast12"), arabic));
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
    // Runs off the UI thread (PinGate::startCheck); only a wait nobody would accept fails here.
    EXPECT_LT(ms, 15000);
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

TEST(PinGate, TheCheckRunsOffTheCallingThreadAndAnswersWithASignal)
{
    PinGate gate(AdminPin::hash(QStringLiteral("864200"), 200000));
    QSignalSpy checked(&gate, &PinGate::checked);
    QElapsedTimer timer;
    timer.start();
    EXPECT_EQ(gate.startCheck(QStringLiteral("000000")), PinGate::Result::Checking);
    const qint64 returnedAfter = timer.elapsed();
    EXPECT_LT(returnedAfter, 50); // 200,000 rounds take far longer than this
    EXPECT_TRUE(gate.isChecking());
    // A second try while the first one runs is not started.
    EXPECT_EQ(gate.startCheck(QStringLiteral("864200")), PinGate::Result::TooSoon);
    ASSERT_TRUE(checked.wait(20000));
    EXPECT_EQ(checked.constFirst().constFirst().value<PinGate::Result>(), PinGate::Result::Wrong);
    EXPECT_FALSE(gate.isChecking());
    EXPECT_EQ(gate.startCheck(QStringLiteral("864200")), PinGate::Result::Checking);
    ASSERT_TRUE(checked.wait(20000));
    EXPECT_EQ(checked.constLast().constFirst().value<PinGate::Result>(), PinGate::Result::Accepted);
}

TEST(PinGate, TheSlowDownIsKeptAcrossRestartsButNeverGrowsWithTheClock)
{
    QTemporaryDir dir;
    const QString memory = dir.filePath(QStringLiteral("admin-pin-tries.ini"));
    const QString hash = AdminPin::hash(QStringLiteral("864200"), 2000);
    qint64 mono = 0;
    qint64 wall = 1'700'000'000'000;
    {
        PinGate gate(hash, [&mono] { return mono; });
        gate.rememberTriesIn(memory, [&wall] { return wall; });
        for (const char *wrong : {"000000", "111111"})
            EXPECT_EQ(gate.tryPin(QString::fromLatin1(wrong)), PinGate::Result::Wrong);
        mono += 2000;
        wall += 2000;
        EXPECT_EQ(gate.tryPin(QStringLiteral("222222")), PinGate::Result::Wrong);
        EXPECT_EQ(gate.msUntilNextTry(), 4000);
    }
    EXPECT_TRUE(QFileInfo(memory).exists());
    EXPECT_EQ(QFileInfo(memory).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
              QFileDevice::Permissions());
    // A restart one second later: three seconds still to wait, the count goes on from three.
    wall += 1000;
    {
        qint64 restarted = 0;
        PinGate gate(hash, [&restarted] { return restarted; });
        gate.rememberTriesIn(memory, [&wall] { return wall; });
        EXPECT_EQ(gate.failures(), 3);
        EXPECT_EQ(gate.msUntilNextTry(), 3000);
        EXPECT_EQ(gate.tryPin(QStringLiteral("864200")), PinGate::Result::TooSoon);
    }
    // The clock set back a year: the wait is still at most what three wrong tries cost.
    {
        qint64 restarted = 0;
        const qint64 yearAgo = wall - 365LL * 24 * 3600 * 1000;
        PinGate gate(hash, [&restarted] { return restarted; });
        gate.rememberTriesIn(memory, [yearAgo] { return yearAgo; });
        EXPECT_EQ(gate.msUntilNextTry(), PinGate::delayAfterFailures(3));
        restarted += PinGate::delayAfterFailures(3);
        EXPECT_EQ(gate.tryPin(QStringLiteral("864200")), PinGate::Result::Accepted);
    }
    // The right PIN clears the memory.
    PinGate fresh(hash, [] { return qint64(0); });
    fresh.rememberTriesIn(memory, [&wall] { return wall; });
    EXPECT_EQ(fresh.failures(), 0);
    EXPECT_EQ(fresh.msUntilNextTry(), 0);
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
    process.write("975310\n");
    process.closeWriteChannel();
    ASSERT_TRUE(process.waitForFinished(15000));
    EXPECT_EQ(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    ASSERT_TRUE(out.startsWith(QStringLiteral("adminPin=pbkdf2-sha256$")));
    EXPECT_FALSE(out.contains(QStringLiteral("975310")));
    EXPECT_EQ(AdminPin::iterationsOf(out.mid(9)), AdminPin::DefaultIterations);
    EXPECT_TRUE(AdminPin::verify(QStringLiteral("975310"), out.mid(9)));
}

TEST(HashPinCommand, RefusesAPinShorterThanSixCharacters)
{
    for (const char *pin : {"12\n", "43210\n", "   4321   \n"}) {
        QProcess process;
        process.start(QStringLiteral(PAUZEKNOP_BINARY), {QStringLiteral("--hash-pin")});
        ASSERT_TRUE(process.waitForStarted());
        process.write(pin);
        process.closeWriteChannel();
        ASSERT_TRUE(process.waitForFinished(15000));
        EXPECT_EQ(process.exitCode(), 2) << pin;
        EXPECT_TRUE(process.readAllStandardOutput().isEmpty()) << pin;
        EXPECT_TRUE(process.readAllStandardError().contains("at least 6")) << pin;
    }
}
