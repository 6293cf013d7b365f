#pragma once

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLayout;
class QPushButton;

namespace pk {

class EmergencyStrip;
class FlowLayout;

// The first screen: one large Pause button, focused, and 112 one tap away.
class HomeScreen : public QWidget
{
    Q_OBJECT

public:
    explicit HomeScreen(QWidget *parent = nullptr);

    QPushButton *pauseButton() const { return m_pause; }
    // A large door under the Pause button (Breathe, Tips, Who can help) or a quiet link in the
    // footer (My pauses, Settings). Texts are marked QT_TRANSLATE_NOOP("pk::HomeScreen", ...)
    // where they are written and translated here on every language change.
    QPushButton *addDoor(const QString &id, const char *text, const char *description);
    QPushButton *addQuietLink(const QString &id, const char *text, const char *description);
    QPushButton *door(const QString &id) const;

    // Shows which language is in use in the language chooser (without emitting languageChosen).
    void setCurrentLanguage(const QString &code);
    // A widget under the Pause button and its hint (the first-run card), never above them.
    void addBelowPause(QWidget *widget);

Q_SIGNALS:
    void pauseRequested();
    void languageChosen(const QString &code);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Door
    {
        QString id;
        QPushButton *button;
        const char *text;
        const char *description;
    };
    QPushButton *addButton(QLayout *row, const QString &id, const char *text,
                           const char *description, const char *role);
    void retranslateUi();

    EmergencyStrip *m_strip;
    QLabel *m_subtitle;
    QPushButton *m_pause;
    QLabel *m_hint;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    FlowLayout *m_doorRow;
    QHBoxLayout *m_links;
    QList<Door> m_doors;
};

} // namespace pk
