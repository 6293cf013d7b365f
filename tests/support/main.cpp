// Test entry point: one QApplication for every test, offscreen unless told otherwise.
#include "access/appaccess.h"
#include "common/moduleloader.h"
#include "common/theme.h"
#include "settings/managedlocation.h"

#include <QApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The machine's own managed configuration (/etc/xdg/Pauzeknop) must not change test results.
    QTemporaryDir noManagedConfig;
    // In this process no system folder counts; programs the tests start read the system's own
    // folders first (a real /etc/xdg/Pauzeknop/pauzeknop.conf wins over PAUZEKNOP_MANAGED_DIR).
    pk::ManagedLocation::setSystemFoldersForTesting({});
    if (!qEnvironmentVariableIsSet("PAUZEKNOP_MANAGED_DIR"))
        qputenv("PAUZEKNOP_MANAGED_DIR", noManagedConfig.path().toLocal8Bit());
    // Nor may a test write an autostart entry into the person's own desktop.
    QTemporaryDir configHome;
    qputenv("XDG_CONFIG_HOME", configHome.path().toLocal8Bit());
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PauzeknopTests"));
    QCoreApplication::setApplicationName(QStringLiteral("pauzeknop-tests"));
    QApplication app(argc, argv);
    pk::theme::apply(app);
    pk::AppAccess::install(&app); // as the app does: Enter, Tab order, wheel guard
    pk::ModuleLoader::setDirectory(QStringLiteral(PAUZEKNOP_MODULE_DIR)); // sound, print, QR
    return RUN_ALL_TESTS();
}
