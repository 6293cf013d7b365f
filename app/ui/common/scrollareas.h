#pragma once

class QScrollArea;
class QWidget;

namespace pk {

// The scroll area of a screen or step that scrolls only when its words need it (200 % text):
// no frame, no focus of its own, never sideways, over the page's own background.
QScrollArea *makePlainScroll(QWidget *content, QWidget *parent);

// True when the end of the scrolled list is within a screenful (lists that build their cards as
// they are scrolled); the list's size hint counts too, for a layout not applied yet.
bool isNearTheEnd(const QScrollArea *scroll);

} // namespace pk
