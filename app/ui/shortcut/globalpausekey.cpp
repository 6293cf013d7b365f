#include "globalpausekey.h"

#include "shortcutlog.h"

#include <QGuiApplication>
#include <QTimer>

#if defined(Q_OS_WIN)
#include "windowsglobalkey.h"
#elif defined(Q_OS_MACOS)
#include "macglobalkey.h"
#else
#include "portalglobalkey.h"
#include "x11globalkey.h"

#include <QDBusConnection>
#endif

namespace pk {
namespace {

// Platforms with no keyboard of their own (tests, screenshots, remote frame buffers).
bool headless()
{
    const QString platform = QGuiApplication::platformName();
    return platform == QLatin1String("offscreen") || platform == QLatin1String("minimal") ||
           platform == QLatin1String("vnc");
}

} // namespace

GlobalPauseKey::GlobalPauseKey(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::PauseShortcut)
            apply();
    });
}

GlobalPauseKey::GlobalPauseKey(Settings *settings, std::unique_ptr<GlobalKey> backend, Way way,
                               QObject *parent)
    : GlobalPauseKey(settings, parent)
{
    m_started = true;
    const Way chosen = backend ? way : Way::None;
    use(std::move(backend), chosen);
}

GlobalPauseKey::~GlobalPauseKey() = default;

void GlobalPauseKey::start()
{
    if (m_started)
        return;
    m_started = true;
    if (headless()) {
        use(nullptr, Way::None);
        return;
    }
#if defined(Q_OS_WIN)
    use(std::make_unique<WindowsGlobalKey>(), Way::Windows);
#elif defined(Q_OS_MACOS)
    use(std::make_unique<MacGlobalKey>(), Way::MacOs);
#else
    // The portal first: it is the desktop's own way (and the only one on Wayland).
    const QDBusConnection bus = QDBusConnection::sessionBus();
    PortalGlobalKey::probe(bus, this, [this, bus](bool available) {
        if (available)
            use(std::make_unique<PortalGlobalKey>(bus), Way::Portal);
        else
            useNativeWay();
    });
#endif
}

void GlobalPauseKey::useNativeWay()
{
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    if (std::unique_ptr<X11GlobalKey> x11 = X11GlobalKey::forApplication()) {
        use(std::move(x11), Way::X11);
        return;
    }
#endif
    use(nullptr, Way::None);
}

void GlobalPauseKey::use(std::unique_ptr<GlobalKey> backend, Way way)
{
    m_backend = std::move(backend);
    m_way = m_backend ? way : Way::None;
    if (m_backend) {
        connect(m_backend.get(), &GlobalKey::activated, this, &GlobalPauseKey::pauseRequested);
        connect(m_backend.get(), &GlobalKey::stateChanged, this, &GlobalPauseKey::stateChanged);
        if (way == Way::Portal)
            connect(m_backend.get(), &GlobalKey::stateChanged, this, [this] {
                // A portal that breaks (not one the person said no to): try the X11 way.
                if (m_backend->state() == GlobalKey::State::Failed)
                    QTimer::singleShot(0, this, &GlobalPauseKey::useNativeWay);
            });
    } else {
        qCInfo(lcShortcut, "Pauzeknop: this desktop offers no way to set the pause key");
    }
    apply();
    Q_EMIT stateChanged();
}

void GlobalPauseKey::apply()
{
    if (!m_backend)
        return;
    const KeyCombination wanted = keys();
    if (wanted.isValid())
        m_backend->bind(wanted, description());
    else
        m_backend->unbind();
}

void GlobalPauseKey::retry()
{
    if (!m_backend)
        return;
    m_backend->unbind();
    apply();
}

GlobalKey::State GlobalPauseKey::state() const
{
    if (!m_backend)
        return m_way == Way::Deciding ? GlobalKey::State::Waiting : GlobalKey::State::Unavailable;
    return m_backend->state();
}

QString GlobalPauseKey::trigger() const
{
    return m_backend ? m_backend->trigger() : QString();
}

KeyCombination GlobalPauseKey::keys() const
{
    return KeyCombination::parse(m_settings->value(Settings::Key::PauseShortcut).toString());
}

QString GlobalPauseKey::description()
{
    return tr("Pause now: open the calm pause screen of Pauzeknop");
}

} // namespace pk
