#pragma once

#include "globalkey.h"

#include <QAbstractNativeEventFilter>

namespace pk {

// The pause key on Windows: RegisterHotKey for this thread, WM_HOTKEY heard through Qt's
// native event filter. A key another program registered is reported as Taken.
// Compiled only on Windows; not tested on a Windows machine yet (see the README).
class WindowsGlobalKey : public GlobalKey, public QAbstractNativeEventFilter
{
    Q_OBJECT

public:
    explicit WindowsGlobalKey(QObject *parent = nullptr);
    ~WindowsGlobalKey() override;

    void bind(const KeyCombination &keys, const QString &description) override;
    void unbind() override;
    QString kind() const override { return QStringLiteral("windows"); }
    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result) override;

private:
    void release();

    bool m_registered = false;
};

} // namespace pk
