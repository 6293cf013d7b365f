#pragma once

#include "content/helpline.h"
#include "content/openinghours.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace pk {

// One helpline on the helplines screen: what it is for, the number in large type, whether it
// is open, and the ways to reach it (call, copy, chat, website, a QR code for a phone).
class HelplineCard : public QFrame
{
    Q_OBJECT

public:
    // alternative: an open line to point to when this one is closed (may be null).
    HelplineCard(const Helpline &line, const QDateTime &now, const QTimeZone &zone,
                 const Helpline *alternative, QWidget *parent = nullptr);

    QString lineId() const { return m_line.id; }
    QString statusText() const;
    QPushButton *callButton() const { return m_call; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *chatButton() const { return m_chat; }
    QPushButton *webButton() const { return m_web; }
    bool hasQrCode() const;

    // "tel:" plus the digits of a number ("078 150 100" -> "tel:078150100").
    static QString telUri(const QString &number);
    // "opens Monday at 09:00", "closes at 17:00", ...; in the current language.
    static QString describe(const OpeningHours::Status &status, const QDateTime &now,
                            const QTimeZone &zone);

Q_SIGNALS:
    void called(const QString &lineId);
    void copied(const QString &lineId);

private:
    void call();
    void copy();

    Helpline m_line;
    QString m_status;
    QLabel *m_feedback;
    QLabel *m_qr;
    QPushButton *m_call = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_chat = nullptr;
    QPushButton *m_web = nullptr;
};

} // namespace pk
