#pragma once

#include "content/tip.h"

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace pk {

// One tip in large type with its source, "This helped" and a favourite star. The words come
// from a function, so a tip already on screen follows a change of language (or region).
class TipCard : public QFrame
{
    Q_OBJECT

public:
    using Wording = std::function<QString(const Tip &)>;

    TipCard(const Tip &tip, bool favourite, Wording wording, QWidget *parent = nullptr);

    QString tipId() const { return m_tip.id; }
    QString text() const;
    QPushButton *helpedButton() const { return m_helped; }
    QPushButton *favouriteButton() const { return m_favourite; }
    // Shows the words again (after a change of region).
    void rewrite();

Q_SIGNALS:
    void helped(const QString &tipId);
    void favouriteToggled(const QString &tipId, bool favourite);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateFavourite(bool on);

    Tip m_tip;
    Wording m_wording;
    bool m_thanked = false;
    QLabel *m_text;
    QLabel *m_source;
    QPushButton *m_helped;
    QPushButton *m_favourite;
};

} // namespace pk
