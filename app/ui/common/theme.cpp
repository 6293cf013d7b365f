#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QWidget>

namespace pk::theme {

QColor background()
{
    return QColor(0xF4, 0xF1, 0xEA);
}
QColor calmBackground()
{
    return QColor(0xE6, 0xEF, 0xEC);
}
QColor text()
{
    return QColor(0x1F, 0x2D, 0x33);
}
QColor accent()
{
    return QColor(0x2A, 0x66, 0x62);
}

namespace {

const char *styleSheet()
{
    return R"(
QWidget { color: #1F2D33; }
QWidget#homeScreen, QWidget#screenPage { background: #F4F1EA; }
QWidget#pauseScreen { background: #E6EFEC; }
QLabel#title { font-size: 26pt; font-weight: 600; }
QLabel#subtitle { font-size: 17pt; color: #33474F; }
QLabel#cardTitle { font-size: 26pt; font-weight: 600; }
QLabel#cardText { font-size: 18pt; color: #24363D; }
QLabel#phaseWord { font-size: 34pt; font-weight: 600; color: #1F4F4B; }
QLabel#phaseSeconds { font-size: 30pt; color: #1F4F4B; }
QLabel#timeLeft { font-size: 14pt; color: #3C5057; }
QLabel#exerciseName { font-size: 16pt; color: #3C5057; }
QPushButton {
    min-height: 48px; min-width: 48px; padding: 8px 22px;
    font-size: 15pt; border-radius: 12px;
    background: #FFFFFF; border: 2px solid #2A6662; color: #1F4F4B;
}
QPushButton:hover { background: #EEF5F3; }
QPushButton:focus { border: 3px solid #0E3B8C; }
QPushButton[role="primary"] { background: #2A6662; color: #FFFFFF; font-weight: 600; }
QPushButton[role="primary"]:hover { background: #22595A; }
QPushButton[role="door"] { font-size: 17pt; min-height: 64px; min-width: 170px; }
QPushButton[role="quiet"] { border: 2px solid transparent; background: transparent; }
QPushButton[role="quiet"]:focus { border: 3px solid #0E3B8C; }
QPushButton#pauseButton {
    font-size: 44pt; font-weight: 700; border-radius: 40px;
    min-width: 340px; min-height: 180px;
    background: #2A6662; color: #FFFFFF; border: 4px solid #1F4F4B;
}
QPushButton#pauseButton:hover { background: #22595A; }
QPushButton#pauseButton:focus { border: 6px solid #0E3B8C; }
QPushButton#emergencyStrip {
    background: #FCE8E4; color: #7A1712; border: 2px solid #E3B4AD; border-radius: 10px;
    font-size: 16pt; font-weight: 600; padding: 8px 16px; text-align: center;
}
QPushButton#emergencyStrip:focus { border: 3px solid #0E3B8C; }
QComboBox { min-height: 40px; font-size: 13pt; padding: 2px 10px; }
QFrame#contentCard { background: #FFFFFF; border: 1px solid #D8D2C4; border-radius: 14px; }
QFrame#contentCard[emergency="true"] { background: #FCE8E4; border: 2px solid #E3B4AD; }
QWidget#cardList { background: transparent; }
QLabel#cardName { font-size: 19pt; font-weight: 600; }
QLabel#cardPurpose { font-size: 14pt; color: #24363D; }
QLabel#bigNumber { font-size: 30pt; font-weight: 700; color: #1F4F4B; }
QLabel#statusOpen { font-size: 14pt; font-weight: 600; color: #1D6B3A; }
QLabel#statusClosed { font-size: 14pt; font-weight: 600; color: #8A4B10; }
QLabel#statusUnknown { font-size: 14pt; color: #4A5A60; }
QLabel#badge { font-size: 13pt; font-weight: 600; color: #2A6662; }
QLabel#cardNote { font-size: 12pt; color: #4A5A60; }
QLabel#tipText { font-size: 19pt; color: #1F2D33; }
QLabel#tipSource { font-size: 12pt; color: #4A5A60; }
QPushButton[role="tab"] {
    text-align: left; min-width: 220px; min-height: 40px; padding: 4px 18px; font-size: 15pt;
}
QPushButton[role="tab"]:checked { background: #2A6662; color: #FFFFFF; font-weight: 600; }
QCheckBox { font-size: 14pt; min-height: 48px; spacing: 10px; }
QCheckBox::indicator { width: 26px; height: 26px; }
QLineEdit#planField {
    font-size: 14pt; padding: 4px 10px; background: #FFFFFF;
    border: 1px solid #B9B2A3; border-radius: 8px;
}
QLineEdit#planField:focus { border: 3px solid #0E3B8C; }
QLabel#sectionTitle { font-size: 20pt; font-weight: 600; color: #1F4F4B; }
)";
}

} // namespace

void apply(QApplication &app)
{
    app.setStyle(QStringLiteral("Fusion"));
    QPalette palette = app.palette();
    palette.setColor(QPalette::Window, background());
    palette.setColor(QPalette::WindowText, text());
    palette.setColor(QPalette::Base, QColor(0xFF, 0xFF, 0xFF));
    palette.setColor(QPalette::Text, text());
    palette.setColor(QPalette::ButtonText, text());
    palette.setColor(QPalette::Highlight, accent());
    palette.setColor(QPalette::HighlightedText, QColor(0xFF, 0xFF, 0xFF));
    app.setPalette(palette);
    QFont font = app.font();
    font.setPointSizeF(std::max(13.0, font.pointSizeF()));
    app.setFont(font);
    app.setStyleSheet(QString::fromLatin1(styleSheet()));
}

void setRole(QWidget *widget, const char *role)
{
    widget->setProperty("role", QString::fromLatin1(role));
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace pk::theme
