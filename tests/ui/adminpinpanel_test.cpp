#include "pin/adminpin.h"
#include "pin/pingate.h"
#include "settings/adminpinpanel.h"
#include "support/testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace pk;

TEST(AdminPinPanel, WrongPinsMakeTheButtonWaitWithoutBlockingThenTheRightOneUnlocks)
{
    qint64 now = 0;
    PinGate gate(AdminPin::hash(QStringLiteral("515000"), 2000), [&now] { return now; });
    AdminPinPanel panel(&gate);
    panel.show();
    QSignalSpy unlocked(&panel, &AdminPinPanel::unlocked);

    for (const char *wrong : {"111111", "222222"}) {
        QTest::keyClicks(panel.pinField(), QString::fromLatin1(wrong));
        QTest::keyClick(panel.pinField(), Qt::Key_Return);
        // Checked off the UI thread: the panel says so and waits for the answer.
        EXPECT_FALSE(panel.unlockButton()->isEnabled());
        QTRY_VERIFY(!gate.isChecking());
    }
    EXPECT_TRUE(panel.pinField()->text().isEmpty());
    EXPECT_FALSE(panel.unlockButton()->isEnabled());
    EXPECT_TRUE(panel.status()->text().contains(QStringLiteral("Wait 2 s")));
    // Enter while waiting does nothing, not even with the right PIN.
    QTest::keyClicks(panel.pinField(), QStringLiteral("515000"));
    QTest::keyClick(panel.pinField(), Qt::Key_Return);
    EXPECT_FALSE(gate.isChecking());
    EXPECT_EQ(unlocked.count(), 0);
    panel.pinField()->clear();

    auto *wait = panel.findChild<QTimer *>();
    ASSERT_NE(wait, nullptr);
    EXPECT_TRUE(wait->isActive());
    EXPECT_LE(wait->remainingTime(), 2000 + 150); // coarse timers may add 5 %
    now += 2000;                                  // time passes; let the one-shot timer fire now
    wait->start(0);
    QTRY_VERIFY(panel.unlockButton()->isEnabled());

    QTest::keyClicks(panel.pinField(), QStringLiteral("515000"));
    QTest::mouseClick(panel.unlockButton(), Qt::LeftButton);
    EXPECT_TRUE(panel.status()->text().contains(QStringLiteral("Checking")));
    QTRY_COMPARE(unlocked.count(), 1);
    EXPECT_TRUE(panel.isUnlocked());
    EXPECT_FALSE(panel.pinField()->isEnabled());
    EXPECT_FALSE(wait->isActive());
}

TEST(AdminPinPanel, WithoutAPinItSaysSoAndOffersNothing)
{
    PinGate gate{QString()};
    AdminPinPanel panel(&gate);
    EXPECT_FALSE(panel.unlockButton()->isEnabled());
    EXPECT_FALSE(panel.pinField()->isEnabled());
    EXPECT_FALSE(panel.status()->text().isEmpty());
}

TEST(AdminPinPanel, ControlsAreNamed)
{
    PinGate gate(AdminPin::hash(QStringLiteral("515000"), 2000));
    AdminPinPanel panel(&gate);
    for (QWidget *control :
         {static_cast<QWidget *>(panel.pinField()), static_cast<QWidget *>(panel.unlockButton())}) {
        EXPECT_FALSE(control->accessibleName().isEmpty());
        EXPECT_FALSE(control->accessibleDescription().isEmpty());
    }
}
