#include "helplines/qrcodeimage.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace pk;

namespace {

bool dark(const QImage &image, int moduleX, int moduleY, int moduleSize)
{
    return qGray(image.pixel(moduleX * moduleSize + moduleSize / 2,
                             moduleY * moduleSize + moduleSize / 2)) < 128;
}

// The 7x7 finder pattern: a dark ring, a light ring, a dark 3x3 centre.
bool finderAt(const QImage &image, int x, int y, int m)
{
    return dark(image, x, y, m) && dark(image, x + 6, y + 6, m) && !dark(image, x + 1, y + 1, m) &&
           !dark(image, x + 5, y + 1, m) && dark(image, x + 2, y + 2, m) &&
           dark(image, x + 3, y + 3, m) && dark(image, x + 4, y + 4, m);
}

} // namespace

TEST(QrCodeImage, ATelLinkBecomesAScannableSymbol)
{
    const int m = 4, quiet = 2;
    const QImage image = QrCodeImage::render(QStringLiteral("tel:112"), m, quiet);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), image.height());
    const int modules = image.width() / m - 2 * quiet;
    EXPECT_EQ(image.width() % m, 0);
    EXPECT_EQ((modules - 21) % 4, 0); // versions are 21, 25, 29, ... modules wide
    // Finder patterns at three corners, none at the fourth; a white quiet zone around.
    EXPECT_TRUE(finderAt(image, quiet, quiet, m));
    EXPECT_TRUE(finderAt(image, quiet + modules - 7, quiet, m));
    EXPECT_TRUE(finderAt(image, quiet, quiet + modules - 7, m));
    EXPECT_FALSE(finderAt(image, quiet + modules - 7, quiet + modules - 7, m));
    for (int i = 0; i < modules + 2 * quiet; ++i) {
        EXPECT_FALSE(dark(image, i, 0, m));
        EXPECT_FALSE(dark(image, 0, i, m));
    }
    // A longer number needs at least as many modules, and gives another symbol.
    const QImage longer = QrCodeImage::render(QStringLiteral("tel:+3291234567"), m, quiet);
    EXPECT_GE(longer.width(), image.width());
    EXPECT_NE(longer, image);
}

TEST(QrCodeImage, NothingToEncodeGivesNoImage)
{
    EXPECT_TRUE(QrCodeImage::render({}).isNull());
    EXPECT_TRUE(QrCodeImage::render(QStringLiteral("tel:1"), 0).isNull());
}
