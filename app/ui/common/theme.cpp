#include "theme.h"

#include "appstyle.h"
#include "focusring.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QStyle>
#include <QWidget>

#include <cmath>

namespace pk::theme {
namespace {

Look g_look;

} // namespace

Colours colours(const Look &look)
{
    if (look.highContrast) {
        const QColor black(0x00, 0x00, 0x00), white(0xFF, 0xFF, 0xFF);
        return {white, white,
                white, black,
                black, QColor(0x33, 0x33, 0x33),
                black, white,
                black, QColor(0xD3, 0x54, 0x00),
                white, black,
                black};
    }
    return {QColor(0xF4, 0xF1, 0xEA), QColor(0xE6, 0xEF, 0xEC), QColor(0xFF, 0xFF, 0xFF),
            QColor(0x1F, 0x2D, 0x33), QColor(0x3C, 0x50, 0x57), QColor(0x5E, 0x6A, 0x6F),
            QColor(0x2A, 0x66, 0x62), QColor(0xFF, 0xFF, 0xFF), QColor(0x7A, 0x75, 0x68),
            QColor(0x0E, 0x3B, 0x8C), QColor(0xFF, 0xFF, 0xFF), QColor(0x9A, 0x94, 0x86),
            QColor(0x7A, 0x75, 0x68)};
}

QColor background()
{
    return colours(currentLook()).background;
}
QColor calmBackground()
{
    return colours(currentLook()).calmBackground;
}
QColor text()
{
    return colours(currentLook()).text;
}
QColor accent()
{
    return colours(currentLook()).accent;
}
QColor fieldBorder()
{
    return colours(currentLook()).fieldBorder;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool hasDarkFill(const QWidget *widget)
{
    const auto *button = qobject_cast<const QAbstractButton *>(widget);
    if (!button)
        return false;
    const QString role = button->property("role").toString();
    return role == QLatin1String("primary") ||
           button->objectName() == QLatin1String("pauseButton") ||
           (button->isCheckable() && button->isChecked() &&
            (role == QLatin1String("tab") ||
             button->objectName() == QLatin1String("durationChoice")));
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
QWidget#breathCircle { font-size: 34pt; font-weight: 600; color: #1F4F4B; }
QLabel#phaseSeconds { font-size: 30pt; color: #1F4F4B; }
QLabel#timeLeft { font-size: 14pt; color: #3C5057; }
QLabel#exerciseName { font-size: 16pt; color: #3C5057; }
QLabel#bodyText { font-size: 15pt; color: #24363D; }
QLabel#emptyState { font-size: 19pt; color: #24363D; padding: 24px; background: #FFFFFF;
    border: 1px solid #D8D2C4; border-radius: 14px; }
QLabel#calmNote { font-size: 14pt; color: #24363D; padding: 12px 16px; background: #EEF5F3;
    border: 1px solid #B9C7C4; border-radius: 10px; }
QComboBox#retentionChoice { min-height: 44px; }
QScrollArea#plainScroll, QWidget#privacyBody, QWidget#insightsBody, QWidget#homeBody {
    background: transparent;
}
QPushButton {
    min-height: 48px; min-width: 48px; padding: 8px 22px;
    font-size: 15pt; border-radius: 12px;
    background: #FFFFFF; border: 2px solid #2A6662; color: #1F4F4B;
}
QPushButton:hover { background: #EEF5F3; }
QPushButton:focus { border: 3px solid #0E3B8C; }
QPushButton[role="primary"] { background: #2A6662; color: #FFFFFF; font-weight: 600; }
QPushButton[role="primary"]:focus { border: 3px solid #FFFFFF; }
QPushButton[role="primary"]:hover { background: #22595A; }
QPushButton[role="door"] { font-size: 17pt; min-height: 64px; min-width: 170px; }
QPushButton[role="quiet"] {
    border: 2px solid transparent; background: transparent; padding: 0px 0.6em;
}
QPushButton[role="quiet"]:focus { border: 3px solid #0E3B8C; }
QPushButton#pauseButton {
    font-size: 44pt; font-weight: 700; border-radius: 40px;
    min-width: 340px; min-height: 180px;
    background: #2A6662; color: #FFFFFF; border: 4px solid #1F4F4B;
}
QPushButton#pauseButton:hover { background: #22595A; }
QPushButton#pauseButton:focus { border: 4px solid #FFFFFF; }
QPushButton#emergencyStrip {
    background: #FCE8E4; color: #7A1712; border: 2px solid #E3B4AD; border-radius: 10px;
    font-size: 16pt; font-weight: 600; padding: 8px 16px; text-align: center;
}
QPushButton#emergencyStrip:focus { border: 3px solid #0E3B8C; }
QPushButton#emergencyButton {
    background: #FFFFFF; color: #7A1712; border: 2px solid #B86A60; border-radius: 12px;
    font-size: 14pt; font-weight: 600; padding: 6px 16px;
}
QPushButton#emergencyButton:focus { border: 3px solid #0E3B8C; }
QPushButton#leavePause { font-size: 14pt; padding: 6px 18px; }
QComboBox { min-height: 40px; font-size: 13pt; padding: 2px 10px; }
QFrame#contentCard { background: #FFFFFF; border: 1px solid #9A9486; border-radius: 14px; }
QFrame#contentCard[emergency="true"] { background: #FCE8E4; border: 2px solid #B86A60; }
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
QPushButton[role="tab"]:checked:focus { border: 3px solid #FFFFFF; }
QLineEdit#planField {
    font-size: 14pt; padding: 4px 10px; background: #FFFFFF;
    border: 1px solid #7A7568; border-radius: 8px;
}
QLineEdit#planField:focus { border: 3px solid #0E3B8C; }
QPushButton { outline: none; }
QLabel#pauseTip {
    font-size: 16pt; color: #24363D; background: #F7FAF9; border-radius: 12px; padding: 14px 20px;
}
QLabel#countdown { font-size: 64pt; font-weight: 600; color: #1F4F4B; }
QLabel#caveatText { font-size: 14pt; color: #5A3E12; }
QLabel#problemText { font-size: 15pt; color: #7A1712; }
QLabel#helpLine { font-size: 14pt; }
QLineEdit#secondsField { font-size: 16pt; padding: 4px 10px; }
QPushButton#exerciseChoice { text-align: left; font-size: 15pt; padding: 4px 16px; }
QPushButton#exerciseChoice:checked { border: 3px solid #2A6662; }
QPushButton#exerciseChoice:checked:focus { border: 3px solid #0E3B8C; }
QLabel#choiceLine { font-size: 13pt; color: #3C5057; }
QPushButton#durationChoice:checked { background: #2A6662; color: #FFFFFF; }
QPushButton#durationChoice:checked:focus { border: 3px solid #FFFFFF; }
QScrollBar:vertical { background: transparent; width: 14px; margin: 0px; }
QScrollBar:horizontal { background: transparent; height: 14px; margin: 0px; }
QScrollBar::handle { background: #7A7568; border-radius: 4px; }
QScrollBar::handle:hover, QScrollBar::handle:pressed { background: #3C5057; }
QScrollBar::handle:vertical { min-height: 48px; margin: 2px 3px; }
QScrollBar::handle:horizontal { min-width: 48px; margin: 3px 2px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: transparent; }
)";
}

// Shared by the settings screen and any other screen's additions.
const char *settingsStyleSheet()
{
    return R"(
QLabel#settingLabel { font-size: 15pt; }
QLabel#settingNote { font-size: 12pt; color: #5A4A1A; }
QLabel#sectionTitle { font-size: 18pt; font-weight: 600; color: #1F4F4B; }
QLabel#quietNote { font-size: 12pt; color: #3C5057; }
QCheckBox {
    font-size: 15pt; min-height: 48px; spacing: 12px; border: 3px solid transparent;
    border-radius: 6px; padding: 4px 6px;
}
QCheckBox::indicator { width: 1.1em; height: 1.1em; }
QCheckBox:focus, QComboBox:focus, QSlider:focus, QLineEdit:focus { border: 3px solid #0E3B8C; }
QLineEdit {
    min-height: 44px; font-size: 15pt; padding: 2px 10px; background: #FFFFFF;
    border: 1px solid #7A7568; border-radius: 8px;
}
QComboBox { min-height: 48px; }
QSlider { min-height: 48px; }
QSlider::groove:horizontal { height: 8px; background: #C9D6D3; border-radius: 4px; }
QSlider::sub-page:horizontal { background: #2A6662; border-radius: 4px; }
QSlider::handle:horizontal {
    width: 30px; height: 30px; margin: -11px 0; border-radius: 15px;
    background: #FFFFFF; border: 3px solid #2A6662;
}
QScrollArea#settingsScroll, QWidget#settingsBody { background: transparent; }
)";
}

int scaledPoints(double points, int scale)
{
    // Running text grows fully; headings and the big words (24 pt and more) already large, grow
    // half as much, so that at 200 % a step's title and its main action still share the screen.
    const double growth = (scale - 100) / 100.0;
    return int(points * (1.0 + (points >= 24 ? growth / 2 : growth)) + 0.5);
}

// Black or white for a colour, by its lightness: dark stays dark, light stays light.
QString contrastColour(const QString &hex)
{
    return QColor(hex).lightnessF() < 0.6 ? QStringLiteral("#000000") : QStringLiteral("#FFFFFF");
}

QString highContrast(QString sheet)
{
    // Focus first, so it stays visible against black and white.
    sheet.replace(QStringLiteral("#0E3B8C"), QStringLiteral("#D35400"), Qt::CaseInsensitive);
    static const QRegularExpression colour(QStringLiteral("#[0-9A-Fa-f]{6}\\b"));
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = colour.globalMatch(sheet);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += sheet.mid(last, match.capturedStart() - last);
        const QString hex = match.captured();
        result += hex.compare(QStringLiteral("#D35400"), Qt::CaseInsensitive) == 0
                      ? hex
                      : contrastColour(hex);
        last = match.capturedEnd();
    }
    result += sheet.mid(last);
    // Borders of two pixels or more become three, so every control has a clear edge.
    result.replace(QStringLiteral("2px solid"), QStringLiteral("3px solid"));
    return result + QStringLiteral("\nQLabel, QCheckBox { color: #000000; }"
                                   "\nQPushButton[role=\"quiet\"] { text-decoration: underline; }"
                                   "\nQPushButton#emergencyStrip { border: 3px solid #000000; }"
                                   // Light edges on white cards would turn white: keep them.
                                   "\nQLabel#emptyState, QLabel#calmNote"
                                   " { border: 2px solid #000000; }\n");
}

} // namespace

QString styleSheetFor(const Look &look)
{
    QString sheet = QString::fromLatin1(styleSheet()) + QString::fromLatin1(settingsStyleSheet());
    static const QRegularExpression points(QStringLiteral("(\\d+(?:\\.\\d+)?)pt\\b"));
    if (look.textScale != 100) {
        QString scaled;
        qsizetype last = 0;
        QRegularExpressionMatchIterator it = points.globalMatch(sheet);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            scaled += sheet.mid(last, match.capturedStart() - last);
            scaled += QString::number(scaledPoints(match.captured(1).toDouble(), look.textScale)) +
                      QStringLiteral("pt");
            last = match.capturedEnd();
        }
        sheet = scaled + sheet.mid(last);
    }
    return look.highContrast ? highContrast(sheet) : sheet;
}

Look currentLook()
{
    return g_look;
}

void apply(QApplication &app, const Look &look)
{
    g_look = look;
    app.setStyle(new AppStyle);
    QPalette palette = app.palette();
    const QColor white(0xFF, 0xFF, 0xFF);
    const QColor black(0x00, 0x00, 0x00);
    palette.setColor(QPalette::Window, look.highContrast ? white : background());
    palette.setColor(QPalette::WindowText, look.highContrast ? black : text());
    palette.setColor(QPalette::Base, white);
    palette.setColor(QPalette::Text, look.highContrast ? black : text());
    palette.setColor(QPalette::ButtonText, look.highContrast ? black : text());
    palette.setColor(QPalette::Highlight, look.highContrast ? black : accent());
    palette.setColor(QPalette::HighlightedText, white);
    palette.setColor(QPalette::PlaceholderText, colours(look).placeholder);
    app.setPalette(palette);
    QFont font = app.font();
    font.setPointSizeF(13.0 * look.textScale / 100.0);
    app.setFont(font);
    app.setStyleSheet(styleSheetFor(look));
    FocusRing::install(&app);
}

void setRole(QWidget *widget, const char *role)
{
    widget->setProperty("role", QString::fromLatin1(role));
    // Not styled yet: its first polish (when shown or measured) reads the role once.
    if (!widget->testAttribute(Qt::WA_WState_Polished))
        return;
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace pk::theme
