#include "autostart.h"

#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace pk {
namespace {

const QString AppId = QStringLiteral(PAUZEKNOP_APP_ID);

// Desktop entry Exec quoting: double quotes around arguments with reserved characters, and
// a backslash before ", `, $ and \ inside them.
QString quotedForExec(const QString &program)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = false;
    for (const QChar c : program)
        needsQuotes = needsQuotes || reserved.contains(c);
    if (!needsQuotes)
        return program;
    QString escaped;
    for (const QChar c : program) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
            c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

#if defined(Q_OS_WIN)
const QString RunKey =
    QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
#endif

} // namespace

QString Autostart::entryLocation()
{
#if defined(Q_OS_WIN)
    return RunKey + QStringLiteral("\\Pauzeknop");
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + AppId +
           QStringLiteral(".plist");
#else
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || !QDir::isAbsolutePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/autostart/") + AppId + QStringLiteral(".desktop");
#endif
}

bool Autostart::isEnabled()
{
#if defined(Q_OS_WIN)
    return QSettings(RunKey, QSettings::NativeFormat).contains(QStringLiteral("Pauzeknop"));
#else
    // Asked at every start: an entry an earlier version left readable by others is closed now.
    PrivateFiles::tighten(entryLocation());
    return QFileInfo::exists(entryLocation());
#endif
}

QByteArray Autostart::desktopEntry(const QString &program)
{
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Pauzeknop\n"
                          "Comment=A pause button, ready in the tray\n"
                          "Exec=%1 --tray\n"
                          "Icon=%2\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(quotedForExec(program), AppId)
        .toUtf8();
}

bool Autostart::setEnabled(bool on, const QString &program)
{
#if defined(Q_OS_WIN)
    QSettings run(RunKey, QSettings::NativeFormat);
    if (on)
        run.setValue(QStringLiteral("Pauzeknop"), QLatin1Char('"') +
                                                      QDir::toNativeSeparators(program) +
                                                      QStringLiteral("\" --tray"));
    else
        run.remove(QStringLiteral("Pauzeknop"));
    run.sync();
    return run.status() == QSettings::NoError;
#else
    const QString path = entryLocation();
    if (!on)
        return !QFileInfo::exists(path) || QFile::remove(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // the person's only
#if defined(Q_OS_MACOS)
    const QString plist = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
        "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
        "<plist version=\"1.0\"><dict>\n"
        "<key>Label</key><string>%1</string>\n"
        "<key>ProgramArguments</key><array><string>%2</string><string>--tray</string></array>\n"
        "<key>RunAtLoad</key><true/>\n"
        "</dict></plist>\n");
    file.write(plist.arg(AppId, program.toHtmlEscaped()).toUtf8());
#else
    file.write(desktopEntry(program));
#endif
    return file.commit();
#endif
}

} // namespace pk
