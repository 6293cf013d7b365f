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

// Palette, font and the one style sheet of the app; widgets pick their look by objectName
// or by the dynamic property "role" (primary, secondary, quiet).
void apply(QApplication &app);
// Re-polishes a widget after its "role" property changed.
void setRole(QWidget *widget, const char *role);

} // namespace pk::theme
