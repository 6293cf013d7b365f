#pragma once

#include "content/helpline.h"
#include "content/openinghours.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace pk {

// One helpline on the helplines screen: what it is for, the language it speaks, the number in
// large type, whether it is open, and the ways to reach it (call, copy, chat, website, a QR code
// for a phone, drawn when the card is first painted).
class HelplineCard : public QFrame
{
    Q_OBJECT

public:
    // alternative: an open line to point to when this one is closed (may be null).
    // region: where the line's hours are counted (time zone and public holidays).
    HelplineCard(const Helpline &line, const QDateTime &now, const QString &region,
                 const Helpline *alternative, QWidget *parent = nullptr);

    QString lineId() const { return m_line.id; }
    QString statusText() const;
    QPushButton *callButton() const { return m_call; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *chatButton() const { return m_chat; }
    QPushButton *webButton() const { return m_web; }
    // Draws the QR code now if it was not painted yet; false for a line without a number.
    bool hasQrCode();
    bool qrCodeDrawn() const;

    // "tel:" plus the digits of a number ("078 150 100" -> "tel:078150100").
    static QString telUri(const QString &number);
    // "opens Monday at 09:00", "closes at 17:00", ...; in the current language.
    static QString describe(const OpeningHours::Status &status, const QDateTime &now,
                            const QTimeZone &zone);

Q_SIGNALS:
    void called(const QString &lineId);
    void copied(const QString &lineId);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void drawQrCode();
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
