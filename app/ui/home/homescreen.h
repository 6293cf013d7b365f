#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace pk {

class EmergencyStrip;

// The first screen: one large Pause button, focused, and 112 one tap away.
class HomeScreen : public QWidget
{
    Q_OBJECT

public:
    explicit HomeScreen(QWidget *parent = nullptr);

    QPushButton *pauseButton() const { return m_pause; }
    // Shows which language is in use in the language chooser (without emitting languageChosen).
    void setCurrentLanguage(const QString &code);

Q_SIGNALS:
    void pauseRequested();
    void languageChosen(const QString &code);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    EmergencyStrip *m_strip;
    QLabel *m_subtitle;
    QPushButton *m_pause;
    QLabel *m_hint;
    QLabel *m_languageLabel;
    QComboBox *m_language;
};

} // namespace pk
