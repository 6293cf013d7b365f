#include "desktop/autostart.h"
#include "desktop/privatefiles.h"
#include "helplines/cryingplandocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

namespace {

bool closedToOthers(const QString &path)
{
    return (QFileInfo(path).permissions() &
            (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
             QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther)) ==
           QFileDevice::Permissions();
}

} // namespace

TEST(PrivateFiles, TheCryingPlanPdfIsReadableByThePersonOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    ASSERT_TRUE(CryingPlanDocument::exportPdf(
        path, {{QStringLiteral("Oma"), QStringLiteral("0470 12 34 56"), QString()}}, {}));
    EXPECT_GT(QFileInfo(path).size(), 1000);
    EXPECT_TRUE(closedToOthers(path));
}

TEST(PrivateFiles, TheAutostartEntryIsReadableByThePersonOnly)
{
    // tests/support/main.cpp points XDG_CONFIG_HOME at a temporary folder.
    ASSERT_TRUE(Autostart::setEnabled(true, QStringLiteral("/usr/bin/pauzeknop")));
    EXPECT_TRUE(closedToOthers(Autostart::entryLocation()));
    // One left 0644 by an earlier version is closed when Pauzeknop next starts (isEnabled()).
    ASSERT_TRUE(QFile::setPermissions(Autostart::entryLocation(), QFileDevice::ReadOwner |
                                                                      QFileDevice::WriteOwner |
                                                                      QFileDevice::ReadOther));
    EXPECT_TRUE(Autostart::isEnabled());
    EXPECT_TRUE(closedToOthers(Autostart::entryLocation()));
    ASSERT_TRUE(Autostart::setEnabled(false, QStringLiteral("/usr/bin/pauzeknop")));
}

TEST(PrivateFiles, TightenClosesAFolderAndAFileButLeavesLinksAlone)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("open"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFileDevice::Permissions(0x7755)));
    EXPECT_FALSE(closedToOthers(folder));
    EXPECT_TRUE(PrivateFiles::tighten(folder));
    EXPECT_TRUE(closedToOthers(folder));
    EXPECT_TRUE(PrivateFiles::isPrivate(folder));
    EXPECT_TRUE(PrivateFiles::tighten(dir.filePath(QStringLiteral("missing"))));
}
