#pragma once

#include "content/tip.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace pk {

// One tip in large type with its source, "This helped" and a favourite star.
class TipCard : public QFrame
{
    Q_OBJECT

public:
    TipCard(const Tip &tip, bool favourite, QWidget *parent = nullptr);

    QString tipId() const { return m_tip.id; }
    QString text() const;
    QPushButton *helpedButton() const { return m_helped; }
    QPushButton *favouriteButton() const { return m_favourite; }

Q_SIGNALS:
    void helped(const QString &tipId);
    void favouriteToggled(const QString &tipId, bool favourite);

private:
    void updateFavourite(bool on);

    Tip m_tip;
    QLabel *m_text;
    QPushButton *m_helped;
    QPushButton *m_favourite;
};

} // namespace pk
