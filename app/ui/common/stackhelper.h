#pragma once

class QStackedLayout;
class QWidget;

namespace pk {

// Shows one page of a stack and lets only that page's size count: a tall page shown once (the
// exercise list, Settings) must not keep the window or the pause taller than the screen later.
void showOnlyPage(QStackedLayout *stack, QWidget *page);

} // namespace pk
