#pragma once

#include <QColor>

class QApplication;
class QWidget;

namespace pk::theme {

// The smallest size of anything a person taps (DESIGN.md: touch targets of at least 48 px).
inline constexpr int MinTouchTarget = 48;

QColor background();
QColor calmBackground();
QColor text();
QColor accent();

// The person's choices that change the whole look (Settings: high contrast, text size).
struct Look
{
    bool highContrast = false;
    int textScale = 100; // percent of the normal text size, 100..200

    bool operator==(const Look &) const = default;
};

// Palette, font and the one style sheet of the app; widgets pick their look by objectName
// or by the dynamic property "role" (primary, secondary, quiet). Applying another Look restyles
// every widget at once.
void apply(QApplication &app, const Look &look = {});
Look currentLook();
// The style sheet for a look: every point size scaled, and in high contrast every colour turned
// to black or white (focus in a strong orange) so no rule of any screen is left behind.
QString styleSheetFor(const Look &look);
// Re-polishes a widget after its "role" property changed.
void setRole(QWidget *widget, const char *role);

} // namespace pk::theme
