#pragma once

#include <QString>

namespace pk {

// Where an organisation puts its managed configuration and content files for every user of a
// PC: $PAUZEKNOP_MANAGED_DIR when set (tests, unusual deployments), otherwise the system scope
// (/etc/xdg/Pauzeknop on Linux, %ProgramData%\Pauzeknop on Windows,
// /Library/Application Support/Pauzeknop on macOS).
class ManagedLocation
{
public:
    static QString directory();
    static QString filePath(const QString &fileName);
};

} // namespace pk
