#pragma once

class QScrollArea;

namespace pk {

// Word-wrapped labels inside a resizable scroll area keep the height their text needs at their
// real width (Qt sizes the scrolled widget from one-line heights): 200 % text is never cut off,
// the area scrolls instead.
void keepWrappedLabelsWhole(QScrollArea *area);

} // namespace pk
