#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace pk {

class EmergencyStrip;

// A screen other than home and the pause: a header with the way home, a title and 112,
// then the screen's own content. Escape also goes home, so no screen traps anyone.
class ScreenPage : public QWidget
{
    Q_OBJECT

public:
    explicit ScreenPage(QWidget *parent = nullptr);

    QVBoxLayout *contentLayout() const { return m_content; }
    QPushButton *homeButton() const { return m_home; }
    QString title() const;

Q_SIGNALS:
    void homeRequested();

protected:
    // Called on construction by subclasses and on every language change.
    void setTitle(const QString &title);
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() {}

private:
    void retranslateHeader();

    QPushButton *m_home;
    QLabel *m_title;
    EmergencyStrip *m_strip;
    QVBoxLayout *m_content;
};

} // namespace pk
