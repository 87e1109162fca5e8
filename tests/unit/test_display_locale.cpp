// Dates, times and sizes shown to the operator follow the UI language chosen with the language switcher, not
// the C locale: German "1,5 MB" and "04.12.26", English "1.5 MB" and "12/4/26" (Windows: "12/4/2026").
// Recorded values stay ISO.
#include "backend/steps/logbackupfile.h"
#include "backend/steps/recoverypoint.h"
#include "backend/steps/resultvalues.h"
#include "translations/languageswitcher.h"

#include <gtest/gtest.h>
#include <QDateTime>
#include <QLocale>

using namespace pchat;

namespace {

class DisplayLocale : public testing::Test
{
protected:
    void TearDown() override { LanguageSwitcher::instance().apply(QStringLiteral("en")); }

    static LogBackupFile lastRestored()
    {
        LogBackupFile file;
        file.path = QStringLiteral("E:\\PChatLSCopy\\mgc_20261204173000.trn");
        file.set.finishDate = QDateTime(QDate(2026, 12, 4), QTime(17, 30, 5)).toUTC();
        file.set.lastLsn = QStringLiteral("42000000012000001");
        return file;
    }
};

} // namespace

TEST_F(DisplayLocale, GermanShowsGermanSizesAndDates)
{
    LanguageSwitcher::instance().apply(QStringLiteral("de"));
    EXPECT_EQ(QLocale().language(), QLocale::German);
    EXPECT_EQ(ResultValues::size(1572864), QStringLiteral("1,5 MB"));
    const QString point = RecoveryPoint::describe(lastRestored(), QStringLiteral("mgc"));
    EXPECT_TRUE(point.contains(QStringLiteral("04.12.26 17:30"))) << point.toStdString();
    EXPECT_FALSE(point.contains(QStringLiteral("2026-12-04"))) << point.toStdString();
}

TEST_F(DisplayLocale, EnglishShowsEnglishSizesAndDates)
{
    LanguageSwitcher::instance().apply(QStringLiteral("de"));
    LanguageSwitcher::instance().apply(QStringLiteral("en"));
    EXPECT_EQ(QLocale().language(), QLocale::English);
    EXPECT_EQ(ResultValues::size(1572864), QStringLiteral("1.5 MB"));
    const QString point = RecoveryPoint::describe(lastRestored(), QStringLiteral("mgc"));
    // Windows' English short date has the year in four digits (12/4/2026), CLDR's in two (12/4/26).
    EXPECT_TRUE(point.contains(QStringLiteral("12/4/"))) << point.toStdString();
    EXPECT_FALSE(point.contains(QStringLiteral("04.12."))) << point.toStdString();
}
