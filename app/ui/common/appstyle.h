#pragma once

#include <QProxyStyle>

namespace pk {

// Fusion, with the edges a person must see drawn in the theme's colours: check boxes get a
// clear border and check mark, list boxes (combo boxes) a border, both at least 3:1 against the
// background in the normal and the high-contrast look (Fusion draws them at about 1.7:1 and 2:1).
// Fields show their placeholder in the theme's placeholder colour: the style sheet would make it
// the text colour at half strength (3.0:1 on white, 3.9:1 in high contrast).
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    AppStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace pk
