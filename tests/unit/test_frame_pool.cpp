// FramePool: screenshots are copied into images used again once nobody else holds them. A copy must hold
// exactly the area's pixels at the time of the copy, whichever image it lands in, and an image the writer
// still holds is never written over.
#include "eventually.h"
#include "wizard/audit/framepool.h"
#include "wizard/workerpool.h"

#include <gtest/gtest.h>
#include <QColor>
#include <QImage>
#include <QThreadPool>

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

// Every image a worker was asked for is ready (or dropped): what the pool does next is decided.
void workersDone()
{
    WorkerPool::instance()->waitForDone();
}

// A window of 64x40 showing blue, and a pool for its screenshots, armed as a run arms it.
class FramePoolTest : public testing::Test
{
protected:
    void SetUp() override { pool.prepare(QSize(), source.format()); }

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
    // After the run closed nothing is pooled and nothing is prepared again (a screenshot after an abandoned
    // run must not bring back 8 MB images): every copy is fresh, and still exact.
    for (int i = 0; i < 3; ++i) {
        const QImage copy = pool.copy(source, area);
        EXPECT_TRUE(samePixels(copy, source));
        workersDone();
    }
    EXPECT_EQ(pool.reusedCopies(), reused);

    // The next run arms the pool again.
    pool.prepare(area.size(), source.format());
    workersDone();
    (void)pool.copy(source, area);
    EXPECT_EQ(pool.reusedCopies(), reused + 1);
}

TEST_F(FramePoolTest, AnOldSizesImagesNeverStandInForTheNewSize)
{
    // Prepared for the run's first size, resized before the images arrived: whichever worker finishes last,
    // the pool ends up with images of the new size.
    FramePool resizing{2};
    resizing.prepare(QSize(80, 50), source.format());
    const QRect resized(0, 0, 48, 32);
    EXPECT_TRUE(samePixels(resizing.copy(source, resized), source.copy(resized)));
    workersDone();
    EXPECT_TRUE(samePixels(resizing.copy(source, resized), source.copy(resized)));
    EXPECT_EQ(resizing.reusedCopies(), 1);
}

TEST_F(FramePoolTest, ANewFormatIsPrepared)
{
    ASSERT_TRUE(reuseStarted(pool, source, area));
    // The screen's depth changed (a remote session): copies of the other format are pooled as well.
    const QImage other = source.convertToFormat(QImage::Format_RGB32);
    EXPECT_TRUE(samePixels(pool.copy(other, area), other));
    workersDone();
    const int reused = pool.reusedCopies();
    const QImage copy = pool.copy(other, area);
    EXPECT_EQ(pool.reusedCopies(), reused + 1);
    EXPECT_EQ(copy.format(), QImage::Format_RGB32);
    EXPECT_TRUE(samePixels(copy, other));
}
