#pragma once

#include <QColor>

class QApplication;
class QWidget;

namespace pk::theme {

// The smallest size of anything a person taps (DESIGN.md: touch targets of at least 48 px).
inline constexpr int MinTouchTarget = 48;

// The person's choices that change the whole look (Settings: high contrast, text size).
struct Look
{
    bool highContrast = false;
    int textScale = 100; // percent of the normal text size, 100..200

    bool operator==(const Look &) const = default;
};

// The colours of a look, for what is painted by hand (breathing circle and bar, charts, the focus
// ring) and for the contrast checks (tests/ui/theme_test.cpp): text at 4.5:1 (7:1 in high
// contrast), edges of controls and the focus ring at 3:1 against what they touch.
struct Colours
{
    QColor background;     // home and screens
    QColor calmBackground; // the pause
    QColor surface;        // fields, cards, plain buttons
    QColor text;
    QColor quietText;   // secondary lines
    QColor placeholder; // an empty field's hint
    QColor accent;      // filled buttons, the circle, chart bars
    QColor onAccent;    // text on the accent
    QColor fieldBorder; // edges of fields, check boxes, the empty breathing bar
    QColor focusRing;   // the ring around the focused control (outside it)
    QColor focusInner;  // the ring's inner line on filled (dark) controls
    QColor cardEdge;    // the frame of cards and charts
    QColor chartAxis;   // the base line of a chart
};
Colours colours(const Look &look);

// The colours of the look in use.
QColor background();
QColor calmBackground();
QColor text();
QColor accent();
QColor fieldBorder();

// Palette, font and the one style sheet of the app; widgets pick their look by objectName
// or by the dynamic property "role" (primary, secondary, quiet). Applying another Look restyles
// every widget at once.
void apply(QApplication &app, const Look &look = {});
Look currentLook();
// The style sheet for a look: every point size scaled, and in high contrast every colour turned
// to black or white (focus in a strong orange) so no rule of any screen is left behind.
QString styleSheetFor(const Look &look);
// WCAG contrast ratio of two colours (1..21).
double contrastRatio(const QColor &a, const QColor &b);
// True for controls filled with the dark accent (primary buttons, the Pause button, a checked
// choice): their focus ring needs a light inner line and a dark outer one.
bool hasDarkFill(const QWidget *widget);
// Re-polishes a widget after its "role" property changed.
void setRole(QWidget *widget, const char *role);

} // namespace pk::theme
