#pragma once

#include "globalkey.h"

namespace pk {

// The pause key on macOS: a Carbon hot key (RegisterEventHotKey), still the way to own a key
// for the whole system without the accessibility permission. Qt's Ctrl is the Command key
// there, as everywhere in Qt on macOS. Compiled only on macOS; not tested on a Mac yet.
class MacGlobalKey : public GlobalKey
{
    Q_OBJECT

public:
    explicit MacGlobalKey(QObject *parent = nullptr);
    ~MacGlobalKey() override;

    void bind(const KeyCombination &keys, const QString &description) override;
    void unbind() override;
    QString kind() const override { return QStringLiteral("macos"); }

    // Called by the Carbon event handler.
    void pressed() { Q_EMIT activated(); }

private:
    void release();

    void *m_handler = nullptr; // EventHandlerRef
    void *m_hotKey = nullptr;  // EventHotKeyRef
};

} // namespace pk
