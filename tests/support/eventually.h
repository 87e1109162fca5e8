// GoogleTest's counterparts of QTest's QTRY_ macros, which report to QTest: in a GoogleTest run a failed wait
// returned from the test function silently and the test passed.
#pragma once

#include <gtest/gtest.h>
#include <QTest>

// Processes events until expr holds; fails the test (and returns) when timeoutMs pass first.
#define PCHAT_TRY_VERIFY(expr, timeoutMs)                                                                     \
    ASSERT_TRUE(QTest::qWaitFor([&]() { return bool(expr); }, timeoutMs))                                     \
        << "waited " << (timeoutMs) << " ms for: " #expr

// Processes events until actual == expected; fails the test (and returns) with both values otherwise.
#define PCHAT_TRY_COMPARE(actual, expected, timeoutMs)                                                        \
    do {                                                                                                      \
        QTest::qWaitFor([&]() { return (actual) == (expected); }, timeoutMs);                                 \
        ASSERT_EQ(actual, expected) << "after waiting " << (timeoutMs) << " ms";                              \
    } while (false)
