#pragma once

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;

namespace pk {

class Settings;

// "Help in Flanders" with a quiet "Change where I live" that offers the five regions. There is
// one region for the whole app (Settings); the heading follows it and changing it here changes
// it everywhere: Who can help, I need help, tips and the crying plan.
class RegionHeading : public QWidget
{
    Q_OBJECT

public:
    explicit RegionHeading(Settings *settings, QWidget *parent = nullptr);

    QString region() const;
    QLabel *label() const { return m_label; }
    QPushButton *changeButton() const { return m_change; }
    QMenu *menu() const { return m_menu; }
    // Sets the one region (as choosing it in the menu does).
    void chooseRegion(const QString &code);

    // "Flanders", "Brussels", ... in the UI language.
    static QString regionName(const QString &code);
    // "Help in Flanders", ... in the UI language.
    static QString headingFor(const QString &code);

Q_SIGNALS:
    void regionChanged(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Settings *m_settings;
    QLabel *m_label;
    QPushButton *m_change;
    QMenu *m_menu;
};

} // namespace pk
