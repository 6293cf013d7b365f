#pragma once

#include <QFrame>

class QComboBox;
class QLabel;
class QPushButton;

namespace pk {

class Settings;

// The first start's short card under the Pause button (never a dialog, never before the pause):
// language, who I am and where I live, each already guessed, and one "That's right". It stays
// until answered or put away; Settings changes the answers later. An organisation that set the
// audience or the region (a managed preset or lock) skips it.
class FirstRunCard : public QFrame
{
    Q_OBJECT

public:
    explicit FirstRunCard(Settings *settings, QWidget *parent = nullptr);

    // True when a card should be shown on home.
    static bool isNeeded(const Settings &settings);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *audienceBox() const { return m_audience; }
    QComboBox *regionBox() const { return m_region; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *dismissButton() const { return m_dismiss; }
    // Shows the language in use (without emitting languageChosen).
    void setCurrentLanguage(const QString &code);
    // As wide as it may be (its list boxes show whole answers), as tall as that needs.
    QSize sizeHint() const override;

Q_SIGNALS:
    void languageChosen(const QString &code);
    // "That's right" or "Not now": the card has gone.
    void answered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showGuesses();
    void confirm();
    void finish();

    Settings *m_settings;
    bool m_regionChosen = false;
    QLabel *m_title;
    QLabel *m_languageLabel;
    QLabel *m_audienceLabel;
    QLabel *m_regionLabel;
    QComboBox *m_language;
    QComboBox *m_audience;
    QComboBox *m_region;
    QPushButton *m_confirm;
    QPushButton *m_dismiss;
};

} // namespace pk
