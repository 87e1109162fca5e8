// GoogleTest's counterparts of QTest's QTRY_ macros, which report to QTest: in a GoogleTest run a failed wait
// returned from the test function silently and the test passed.
#pragma once

#include <gtest/gtest.h>
#include <QTest>

// Processes events until expr holds; fails the test (and returns) when timeoutMs pass first.
// In a do-while, so that it is one statement under an if (gtest's ASSERT is an if-else of its own).
#define PCHAT_TRY_VERIFY(expr, timeoutMs)                                                                    \
    do {                                                                                                     \
        ASSERT_TRUE(QTest::qWaitFor([&]() { return bool(expr); }, timeoutMs))                                \
            << "waited " << (timeoutMs) << " ms for: " #expr;                                                \
    } while (false)

// Processes events until actual == expected; fails the test (and returns) with both values otherwise.
#define PCHAT_TRY_COMPARE(actual, expected, timeoutMs)                                                       \
    do {                                                                                                     \
        (void)QTest::qWaitFor([&]() { return (actual) == (expected); }, timeoutMs);                          \
        ASSERT_EQ(actual, expected) << "after waiting " << (timeoutMs) << " ms";                             \
    } while (false)
