// LSNs compared as numbers of 25 digits, and the failover's step 3 plan: which log backups to restore, in
// which order, which to skip and where the chain breaks.
#include "backend/sql/lsn.h"
#include "backend/steps/logbackupchain.h"
#include "backend/steps/logbackupnames.h"
#include "testsupport.h"

#include <ctime>
#include <gtest/gtest.h>
#include <QTimeZone>

using namespace pchat;

namespace {

// Realistic LSNs: SQL Server's numeric form (VLF sequence, block offset, slot) of 17 to 25 digits.
const QString lsnA = QStringLiteral("34000000016800001");
const QString lsnB = QStringLiteral("34000000017600001");
const QString lsnC = QStringLiteral("34000000018400001");
const QString lsnD = QStringLiteral("35000000001600001");
const QString lsnE = QStringLiteral("35000000009600001");

LogBackupFile logBackup(const QString& path, const QString& first, const QString& last, int type = 2)
{
    LogBackupFile file;
    file.path = path;
    file.set.type = type;
    file.set.position = 1;
    file.set.firstLsn = first;
    file.set.lastLsn = last;
    return file;
}

QStringList paths(const LogBackupFiles& files)
{
    QStringList list;
    for (const LogBackupFile& file : files)
        list << file.path;
    return list;
}

} // namespace

TEST(Lsn, ComparesAsNumbersNotAsText)
{
    EXPECT_EQ(Lsn::compare(QStringLiteral("9"), QStringLiteral("10")), -1);
    EXPECT_EQ(Lsn::compare(QStringLiteral("10"), QStringLiteral("9")), 1);
    EXPECT_EQ(Lsn::compare(QStringLiteral("00042"), QStringLiteral("42")), 0);
    EXPECT_EQ(Lsn::compare(QStringLiteral(" 42 "), QStringLiteral("42")), 0);
    EXPECT_EQ(Lsn::compare(QStringLiteral("0"), QStringLiteral("000")), 0);
    EXPECT_EQ(Lsn::compare(lsnA, lsnB), -1);
    EXPECT_EQ(Lsn::compare(lsnD, lsnC), 1);
}

TEST(Lsn, DistinguishesWhatADoubleCannot)
{
    // Equal as doubles (2^53 + 1 rounds to 2^53), different as LSNs.
    const QString a = QStringLiteral("9007199254740993");
    const QString b = QStringLiteral("9007199254740992");
    ASSERT_EQ(a.toDouble(), b.toDouble());
    EXPECT_EQ(Lsn::compare(a, b), 1);
    // 25 digits: beyond qint64 as well.
    const QString big = QStringLiteral("9999999999999999999999999");
    const QString bigMinusOne = QStringLiteral("9999999999999999999999998");
    EXPECT_EQ(Lsn::compare(bigMinusOne, big), -1);
    EXPECT_TRUE(Lsn::isValid(big));
}

TEST(Lsn, ValidityAndNormalForm)
{
    EXPECT_TRUE(Lsn::isValid(QStringLiteral("0")));
    EXPECT_TRUE(Lsn::isValid(QStringLiteral("000000000000000000000000000001"))); // zeros do not count
    EXPECT_FALSE(Lsn::isValid(QStringLiteral("10000000000000000000000000")));    // 26 digits
    EXPECT_FALSE(Lsn::isValid(QString()));
    EXPECT_FALSE(Lsn::isValid(QStringLiteral("  ")));
    EXPECT_FALSE(Lsn::isValid(QStringLiteral("-5")));
    EXPECT_FALSE(Lsn::isValid(QStringLiteral("1.5")));
    EXPECT_FALSE(Lsn::isValid(QStringLiteral("1e20")));
    EXPECT_FALSE(Lsn::isValid(QStringLiteral("12 34")));
    EXPECT_FALSE(Lsn::isValid(QString::fromUtf8("١٢٣"))); // Arabic-Indic digits
    EXPECT_EQ(Lsn::normalized(QStringLiteral(" 000120 ")), QStringLiteral("120"));
    EXPECT_EQ(Lsn::normalized(QStringLiteral("0000")), QStringLiteral("0"));
}

TEST(LogBackupChain, AppliesAnUnbrokenChainInLsnOrder)
{
    // Given out of order, as a folder listing may give them.
    const LogBackupFiles files{logBackup(QStringLiteral("c.trn"), lsnC, lsnD),
                               logBackup(QStringLiteral("a.trn"), lsnA, lsnB),
                               logBackup(QStringLiteral("b.trn"), lsnB, lsnC)};
    const LogChainPlan plan = LogBackupChain::plan(files, lsnA);
    ASSERT_TRUE(plan.redoPointKnown);
    EXPECT_EQ(paths(plan.toApply), (QStringList{"a.trn", "b.trn", "c.trn"}));
    EXPECT_FALSE(plan.hasGap);
    EXPECT_EQ(plan.nextLsn, lsnD);
    EXPECT_TRUE(plan.alreadyApplied.isEmpty());
    EXPECT_TRUE(plan.afterGap.isEmpty());
}

TEST(LogBackupChain, SkipsWhatTheDatabaseHasAndStartsInsideABackup)
{
    const LogBackupFiles files{logBackup(QStringLiteral("a.trn"), lsnA, lsnB),
                               logBackup(QStringLiteral("b.trn"), lsnB, lsnC),
                               logBackup(QStringLiteral("c.trn"), lsnC, lsnD)};
    // The redo point equals a.trn's LastLSN: a.trn is applied, b.trn is next.
    LogChainPlan plan = LogBackupChain::plan(files, lsnB);
    EXPECT_EQ(paths(plan.alreadyApplied), QStringList{"a.trn"});
    EXPECT_EQ(paths(plan.toApply), (QStringList{"b.trn", "c.trn"}));
    // A redo point inside b.trn (FirstLSN <= redo < LastLSN): b.trn still applies.
    plan = LogBackupChain::plan(files, QStringLiteral("34000000017600002"));
    EXPECT_EQ(paths(plan.toApply), (QStringList{"b.trn", "c.trn"}));
    // Everything applied: nothing to do, no gap.
    plan = LogBackupChain::plan(files, lsnD);
    EXPECT_TRUE(plan.toApply.isEmpty());
    EXPECT_EQ(plan.alreadyApplied.size(), 3);
    EXPECT_FALSE(plan.hasGap);
    EXPECT_EQ(plan.nextLsn, lsnD);
}

TEST(LogBackupChain, RestoresADuplicateOnceFromThePreferredFolder)
{
    // The same backup in the copy folder (listed first: preferred) and in the share.
    const LogBackupFiles files{logBackup(QStringLiteral("copy\\b.trn"), lsnB, lsnC),
                               logBackup(QStringLiteral("share\\b.trn"), lsnB, lsnC),
                               logBackup(QStringLiteral("share\\a.trn"), lsnA, lsnB),
                               logBackup(QStringLiteral("copy\\a.trn"), lsnA, lsnB)};
    const LogChainPlan plan = LogBackupChain::plan(files, lsnA);
    EXPECT_EQ(paths(plan.toApply), (QStringList{"share\\a.trn", "copy\\b.trn"}));
    EXPECT_EQ(paths(plan.duplicates), (QStringList{"copy\\a.trn", "share\\b.trn"}));
    EXPECT_EQ(plan.nextLsn, lsnC);
}

TEST(LogBackupChain, OverlappingBackupsContinueTheChain)
{
    // x.trn overlaps a.trn and reaches further; y.trn lies wholly inside what is restored by then.
    const LogBackupFiles files{
        logBackup(QStringLiteral("a.trn"), lsnA, lsnC), logBackup(QStringLiteral("x.trn"), lsnB, lsnD),
        logBackup(QStringLiteral("y.trn"), lsnB, lsnC), logBackup(QStringLiteral("z.trn"), lsnD, lsnE)};
    const LogChainPlan plan = LogBackupChain::plan(files, lsnA);
    EXPECT_EQ(paths(plan.toApply), (QStringList{"a.trn", "x.trn", "z.trn"}));
    EXPECT_EQ(paths(plan.duplicates), QStringList{"y.trn"});
    EXPECT_EQ(plan.nextLsn, lsnE);
}

TEST(LogBackupChain, StopsAtTheFirstGapAndNamesTheMissingRange)
{
    // b.trn (lsnB..lsnC) is missing; d.trn and e.trn come after the gap.
    const LogBackupFiles files{logBackup(QStringLiteral("a.trn"), lsnA, lsnB),
                               logBackup(QStringLiteral("e.trn"), lsnD, lsnE),
                               logBackup(QStringLiteral("c.trn"), lsnC, lsnD)};
    const LogChainPlan plan = LogBackupChain::plan(files, lsnA);
    EXPECT_EQ(paths(plan.toApply), QStringList{"a.trn"});
    ASSERT_TRUE(plan.hasGap);
    EXPECT_EQ(plan.gapFromLsn, lsnB);
    EXPECT_EQ(plan.gapToLsn, lsnC);
    EXPECT_EQ(plan.nextLsn, lsnB);
    EXPECT_EQ(paths(plan.afterGap), (QStringList{"c.trn", "e.trn"}));
}

TEST(LogBackupChain, AGapBeforeTheFirstBackup)
{
    const LogBackupFiles files{logBackup(QStringLiteral("c.trn"), lsnC, lsnD)};
    const LogChainPlan plan = LogBackupChain::plan(files, lsnA);
    EXPECT_TRUE(plan.toApply.isEmpty());
    ASSERT_TRUE(plan.hasGap);
    EXPECT_EQ(plan.gapFromLsn, lsnA);
    EXPECT_EQ(plan.gapToLsn, lsnC);
    EXPECT_EQ(paths(plan.afterGap), QStringList{"c.trn"});
}

TEST(LogBackupChain, KeepsOutOtherBackupTypesAndBadHeaders)
{
    const LogBackupFiles files{logBackup(QStringLiteral("full.bak"), lsnA, lsnB, 1),
                               logBackup(QStringLiteral("diff.bak"), lsnA, lsnB, 5),
                               logBackup(QStringLiteral("nan.trn"), QStringLiteral("x"), lsnB),
                               logBackup(QStringLiteral("reversed.trn"), lsnC, lsnB),
                               logBackup(QStringLiteral("empty.trn"), QString(), QString()),
                               logBackup(QStringLiteral("a.trn"), lsnA, lsnB)};
    const LogChainPlan plan = LogBackupChain::plan(files, lsnA);
    EXPECT_EQ(paths(plan.notLogBackups), (QStringList{"full.bak", "diff.bak"}));
    EXPECT_EQ(paths(plan.invalid), (QStringList{"nan.trn", "reversed.trn", "empty.trn"}));
    EXPECT_EQ(paths(plan.toApply), QStringList{"a.trn"});
}

TEST(LogBackupChain, ComparesLsnsOfDifferentLengthsAsNumbers)
{
    // As text "9..." > "1..."; as numbers the 2-digit LSN is far below the 17-digit ones.
    const LogBackupFiles files{logBackup(QStringLiteral("late.trn"), lsnA, lsnB),
                               logBackup(QStringLiteral("early.trn"), QStringLiteral("90"), lsnA)};
    const LogChainPlan plan = LogBackupChain::plan(files, QStringLiteral("95"));
    EXPECT_EQ(paths(plan.toApply), (QStringList{"early.trn", "late.trn"}));
    EXPECT_EQ(plan.nextLsn, lsnB);
}

TEST(LogBackupChain, WithoutARedoPointNothingIsPlanned)
{
    const LogBackupFiles files{logBackup(QStringLiteral("a.trn"), lsnA, lsnB)};
    for (const QString& redo : {QString(), QStringLiteral("NULL"), QStringLiteral("-1")}) {
        const LogChainPlan plan = LogBackupChain::plan(files, redo);
        EXPECT_FALSE(plan.redoPointKnown);
        EXPECT_TRUE(plan.toApply.isEmpty());
        EXPECT_FALSE(plan.hasGap);
    }
    const LogChainPlan none = LogBackupChain::plan({}, lsnA);
    EXPECT_TRUE(none.redoPointKnown);
    EXPECT_TRUE(none.toApply.isEmpty());
    EXPECT_FALSE(none.hasGap);
    EXPECT_EQ(none.nextLsn, lsnA);
}

TEST(LogBackupChain, NormalizesTheLsnsItReports)
{
    const LogBackupFiles files{
        logBackup(QStringLiteral("a.trn"), QStringLiteral("0010"), QStringLiteral("0020")),
        logBackup(QStringLiteral("c.trn"), QStringLiteral("0030"), QStringLiteral("0040"))};
    const LogChainPlan plan = LogBackupChain::plan(files, QStringLiteral(" 010 "));
    EXPECT_EQ(plan.gapFromLsn, QStringLiteral("20"));
    EXPECT_EQ(plan.gapToLsn, QStringLiteral("30"));
}

TEST(LogBackupNames, RecognizesTheBackupJobsNames)
{
    const QString db = QStringLiteral("mgc");
    EXPECT_TRUE(LogBackupNames::isLogBackupOf(db, QStringLiteral("mgc_20261204101500.trn")));
    EXPECT_TRUE(LogBackupNames::isLogBackupOf(db, QStringLiteral("MGC_20261204101500.TRN")));
    EXPECT_FALSE(LogBackupNames::isLogBackupOf(db, QStringLiteral("mgccomp_20261204101500.trn")));
    EXPECT_FALSE(LogBackupNames::isLogBackupOf(db, QStringLiteral("mgc_20261204101500.bak")));
    EXPECT_FALSE(LogBackupNames::isLogBackupOf(db, QStringLiteral("mgc_2026120410150.trn")));
    EXPECT_FALSE(LogBackupNames::isLogBackupOf(db, QStringLiteral("mgc_2026120410150x.trn")));
    EXPECT_FALSE(LogBackupNames::isLogBackupOf(db, QStringLiteral("mgc_20261304101500.trn"))); // month 13
    EXPECT_FALSE(LogBackupNames::isLogBackupOf(db, QStringLiteral("mgc_failback.bak")));
    EXPECT_FALSE(LogBackupNames::isLogBackupOf(db, QStringLiteral("mgc_20261204101500.trn.tmp")));
    // The database name is matched as text, not as a pattern.
    EXPECT_FALSE(
        LogBackupNames::isLogBackupOf(QStringLiteral("m.c"), QStringLiteral("mgc_20261204101500.trn")));
    EXPECT_TRUE(
        LogBackupNames::isLogBackupOf(QStringLiteral("m_c"), QStringLiteral("m_c_20261204101500.trn")));
}

TEST(LogBackupNames, TheTimeIsUtcEvenInADaylightSavingGap)
{
    // 02:30 on 2026-03-29 does not exist in Berlin's local time.
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    tzset();
    const QDateTime time =
        LogBackupNames::backupTime(QStringLiteral("mgc"), QStringLiteral("mgc_20260329023000.trn"));
    if (zone.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
    tzset();
    ASSERT_TRUE(time.isValid());
    EXPECT_EQ(time, QDateTime(QDate(2026, 3, 29), QTime(2, 30), QTimeZone::utc()));
    EXPECT_FALSE(LogBackupNames::backupTime(QStringLiteral("mgc"), QStringLiteral("x.trn")).isValid());
}

TEST(LogBackupNames, UncopiedAreTheShareFilesTheCopyFolderLacks)
{
    const QString db = QStringLiteral("mgc");
    const QStringList share{
        QStringLiteral("mgc_20261204103000.trn"), QStringLiteral("mgc_20261204101500.trn"),
        QStringLiteral("mgc_20261204104500.trn"), QStringLiteral("mgccomp_20261204104500.trn"),
        QStringLiteral("mgc_failback.bak"),       QStringLiteral("mgc_20261204100000.trn")};
    const QStringList copy{QStringLiteral("MGC_20261204100000.TRN"), QStringLiteral("mgc_20261204101500.trn"),
                           QStringLiteral("mgc_20261204094500.trn")};
    EXPECT_EQ(LogBackupNames::uncopied(db, share, copy),
              (QStringList{"mgc_20261204103000.trn", "mgc_20261204104500.trn"}));
    EXPECT_TRUE(LogBackupNames::uncopied(db, copy, share + copy).isEmpty());
    EXPECT_TRUE(LogBackupNames::uncopied(db, {}, copy).isEmpty());
}
