// FramePool: screenshots are copied into images used again once nobody else holds them. A copy must hold
// exactly the area's pixels at the time of the copy, whichever image it lands in, and an image the writer
// still holds is never written over.
#include "eventually.h"
#include "wizard/audit/framepool.h"

#include <gtest/gtest.h>
#include <QColor>
#include <QImage>

using namespace pchat;

namespace {

QImage window(QColor colour)
{
    QImage image(64, 40, QImage::Format_ARGB32_Premultiplied);
    image.fill(colour);
    // One marked pixel per row tells rows apart, so that a copy from the wrong rows or columns shows.
    for (int y = 0; y < image.height(); ++y)
        image.setPixel(y % image.width(), y, qRgb(y * 5, 255 - y * 5, 7));
    return image;
}

bool samePixels(const QImage& a, const QImage& b)
{
    return a.size() == b.size() &&
           a.convertToFormat(QImage::Format_ARGB32) == b.convertToFormat(QImage::Format_ARGB32);
}

// Copies until one lands in a pooled image (the first copy has the worker prepare them), dropping every copy
// at once as the writer does when it has encoded it.
bool reuseStarted(FramePool& pool, const QImage& source, const QRect& area)
{
    const int before = pool.reusedCopies();
    return QTest::qWaitFor(
        [&] {
            (void)pool.copy(source, area);
            return pool.reusedCopies() > before;
        },
        5000);
}

// A window of 64x40 showing blue, and a pool for its screenshots.
class FramePoolTest : public testing::Test
{
protected:
    FramePool pool{2};
    QImage source = window(Qt::blue);
    const QRect area{0, 0, 64, 40};
};

} // namespace

TEST_F(FramePoolTest, FirstCopyIsFreshAndExact)
{
    const QImage copy = pool.copy(source, area);
    EXPECT_EQ(pool.reusedCopies(), 0);
    EXPECT_TRUE(samePixels(copy, source));
}

TEST_F(FramePoolTest, LaterCopiesReuseImagesAndHoldTheNewPixels)
{
    ASSERT_TRUE(reuseStarted(pool, source, area));

    // The pooled image held blue: the next copy must show what the window shows now.
    source = window(Qt::green);
    const int reused = pool.reusedCopies();
    const QImage copy = pool.copy(source, area);
    EXPECT_EQ(pool.reusedCopies(), reused + 1);
    EXPECT_TRUE(samePixels(copy, source));
}

TEST_F(FramePoolTest, AnImageStillHeldIsNotWrittenOver)
{
    ASSERT_TRUE(reuseStarted(pool, source, area));

    // Both pooled images are held (two screenshots the writer has not encoded yet): the third copy is a fresh
    // image. Copying into a held one would cost a detach, the very allocation the pool is there to avoid.
    int reused = pool.reusedCopies();
    QImage first = pool.copy(source, area);
    source = window(Qt::red);
    const QImage second = pool.copy(source, area);
    EXPECT_EQ(pool.reusedCopies(), reused + 2);
    source = window(Qt::yellow);
    const QImage third = pool.copy(source, area);
    EXPECT_EQ(pool.reusedCopies(), reused + 2);

    EXPECT_TRUE(samePixels(first, window(Qt::blue)));
    EXPECT_TRUE(samePixels(second, window(Qt::red)));
    EXPECT_TRUE(samePixels(third, window(Qt::yellow)));
    EXPECT_NE(first.constBits(), second.constBits());

    // Once the writer lets go, the next copy lands in one of the two pooled images again.
    const uchar* firstBits = first.constBits();
    const uchar* secondBits = second.constBits();
    first = QImage();
    reused = pool.reusedCopies();
    const QImage again = pool.copy(source, area);
    EXPECT_EQ(pool.reusedCopies(), reused + 1);
    EXPECT_TRUE(again.constBits() == firstBits || again.constBits() == secondBits);
}

TEST_F(FramePoolTest, CopiesAnAreaOffTheOrigin)
{
    // A backing store larger than the window (it grows, it does not shrink): the window is its top left, but
    // the copy must take any area's rows and columns.
    const QRect inner(8, 4, 40, 30);
    ASSERT_TRUE(reuseStarted(pool, source, inner));
    const QImage copy = pool.copy(source, inner);
    EXPECT_TRUE(samePixels(copy, source.copy(inner)));
}

TEST_F(FramePoolTest, ANewSizeIsPreparedAndTheOldImagesGo)
{
    const QImage& large = source;
    ASSERT_TRUE(reuseStarted(pool, large, area));

    // The window was resized: copies of the new size are exact at once and pooled once prepared.
    const QRect resized(0, 0, 48, 32);
    const QImage fresh = pool.copy(large, resized);
    EXPECT_TRUE(samePixels(fresh, large.copy(resized)));
    ASSERT_TRUE(reuseStarted(pool, large, resized));
    EXPECT_TRUE(samePixels(pool.copy(large, resized), large.copy(resized)));
}

TEST_F(FramePoolTest, ReleasedPoolCopiesFreshImages)
{
    ASSERT_TRUE(reuseStarted(pool, source, area));
    pool.release();
    const int reused = pool.reusedCopies();
    // Right after the run closed nothing is pooled: the copy is fresh, and still exact.
    const QImage copy = pool.copy(source, area);
    EXPECT_EQ(pool.reusedCopies(), reused);
    EXPECT_TRUE(samePixels(copy, source));
}
