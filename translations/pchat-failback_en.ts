<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AuditVerifier</name>
    <message numerus="yes">
        <source>%n events verified</source>
        <translation>
            <numerusform>%n event verified</numerusform>
            <numerusform>%n events verified</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorAdvice</name>
    <message numerus="yes">
        <source>%1 was not found or did not answer within %n second(s) at %2. Check the name and port (host,port or host\instance), that the SQL Server service runs, that the firewall lets its TCP port through, and for a named instance without a port that the SQL Server Browser service runs (UDP 1434). On a slow network raise the connection timeout on the Environment page.</source>
        <translation>
            <numerusform>%1 was not found or did not answer within %n second at %2. Check the name and port (host,port or host\instance), that the SQL Server service runs, that the firewall lets its TCP port through, and for a named instance without a port that the SQL Server Browser service runs (UDP 1434). On a slow network raise the connection timeout on the Environment page.</numerusform>
            <numerusform>%1 was not found or did not answer within %n seconds at %2. Check the name and port (host,port or host\instance), that the SQL Server service runs, that the firewall lets its TCP port through, and for a named instance without a port that the SQL Server Browser service runs (UDP 1434). On a slow network raise the connection timeout on the Environment page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailbackApplication</name>
    <message numerus="yes">
        <source>OK: %n event(s) verified (screenshots: %1), final hash %2</source>
        <translation>
            <numerusform>OK: %n event verified (screenshots: %1), final hash %2</numerusform>
            <numerusform>OK: %n events verified (screenshots: %1), final hash %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinutesField</name>
    <message numerus="yes">
        <source>= %n day(s)</source>
        <translation>
            <numerusform>= %n day</numerusform>
            <numerusform>= %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>= %n hour(s)</source>
        <translation>
            <numerusform>= %n hour</numerusform>
            <numerusform>= %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcedureTexts</name>
    <message numerus="yes">
        <source>Failover complete: all %n step(s) are done or were in place; %1 is served by the backup data center.</source>
        <translation>
            <numerusform>Failover complete: %n step is done or was in place; %1 is served by the backup data center.</numerusform>
            <numerusform>Failover complete: all %n steps are done or were in place; %1 is served by the backup data center.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnattendedConfirmationCheck</name>
    <message numerus="yes">
        <source>Preflight found %n warning(s) to acknowledge.</source>
        <translation>
            <numerusform>Preflight found %n warning to acknowledge.</numerusform>
            <numerusform>Preflight found %n warnings to acknowledge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight found %n warning(s), and the plan does not acknowledge them; nothing was changed. Read them above; to accept them set &quot;unattended.acknowledgePreflightWarnings&quot; to true in the plan, then run again.</source>
        <translation>
            <numerusform>Preflight found %n warning, and the plan does not acknowledge it; nothing was changed. Read it above; to accept it set &quot;unattended.acknowledgePreflightWarnings&quot; to true in the plan, then run again.</numerusform>
            <numerusform>Preflight found %n warnings, and the plan does not acknowledge them; nothing was changed. Read them above; to accept them set &quot;unattended.acknowledgePreflightWarnings&quot; to true in the plan, then run again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::ApplyLogsPage</name>
    <message numerus="yes">
        <source>Restore %n log backup(s) into %1 on %2 WITH NORECOVERY, in the order the table shows?</source>
        <translation>
            <numerusform>Restore %n log backup into %1 on %2 WITH NORECOVERY, in the order the table shows?</numerusform>
            <numerusform>Restore %n log backups into %1 on %2 WITH NORECOVERY, in the order the table shows?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::ApplyLogsStep</name>
    <message numerus="yes">
        <source>%n backup set(s)</source>
        <translation>
            <numerusform>%n backup set</numerusform>
            <numerusform>%n backup sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log backup(s)</source>
        <translation>
            <numerusform>%n log backup</numerusform>
            <numerusform>%n log backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log backup(s), LSN %1 to %2: %3 ... %4</source>
        <translation>
            <numerusform>%n log backup, LSN %1 to %2: %3 ... %4</numerusform>
            <numerusform>%n log backups, LSN %1 to %2: %3 ... %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log backup(s) (in both folders)</source>
        <translation>
            <numerusform>%n log backup (in both folders)</numerusform>
            <numerusform>%n log backups (in both folders)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup set(s) with no valid log range or not a log backup</source>
        <translation>
            <numerusform>%n backup set with no valid log range or not a log backup</numerusform>
            <numerusform>%n backup sets with no valid log range or not a log backup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log backup(s) restored.</source>
        <translation>
            <numerusform>%n log backup restored.</numerusform>
            <numerusform>%n log backups restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n log backup(s) are still to be restored.</source>
        <translation>
            <numerusform>%1 %n log backup is still to be restored.</numerusform>
            <numerusform>%1 %n log backups are still to be restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::BringOnlinePage</name>
    <message numerus="yes">
        <source>&amp;End these %n session(s) with KILL before the recovery</source>
        <translation>
            <numerusform>&amp;End the %n session with KILL before the recovery</numerusform>
            <numerusform>&amp;End these %n sessions with KILL before the recovery</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::BringOnlineStep</name>
    <message numerus="yes">
        <source>%n session(s) ended.</source>
        <translation>
            <numerusform>%n session ended.</numerusform>
            <numerusform>%n sessions ended.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::FailoverCopyBackupsPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;Done: not copied.&lt;/b&gt; Step 3 restores %n log backup(s) directly from the share.</source>
        <translation>
            <numerusform>&lt;b&gt;Done: not copied.&lt;/b&gt; Step 3 restores %n log backup directly from the share.</numerusform>
            <numerusform>&lt;b&gt;Done: not copied.&lt;/b&gt; Step 3 restores %n log backups directly from the share.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Done: copied.&lt;/b&gt; The copy folder holds the %n log backup(s); step 3 reads them there.</source>
        <translation>
            <numerusform>&lt;b&gt;Done: copied.&lt;/b&gt; The copy folder holds the %n log backup; step 3 reads it there.</numerusform>
            <numerusform>&lt;b&gt;Done: copied.&lt;/b&gt; The copy folder holds the %n log backups; step 3 reads them there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::FailoverCopyBackupsStep</name>
    <message numerus="yes">
        <source>Not copied: step 3 restores %n log backup(s) directly from the share %1, which %2 reads.</source>
        <translation>
            <numerusform>Not copied: step 3 restores %n log backup directly from the share %1, which %2 reads.</numerusform>
            <numerusform>Not copied: step 3 restores %n log backups directly from the share %1, which %2 reads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied: the copy folder %1 now holds the %n log backup(s) that were missing; step 3 reads them there.</source>
        <translation>
            <numerusform>Copied: the copy folder %1 now holds the %n log backup that was missing; step 3 reads it there.</numerusform>
            <numerusform>Copied: the copy folder %1 now holds the %n log backups that were missing; step 3 reads them there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log backup(s) on the share are still not in the copy folder %1.</source>
        <translation>
            <numerusform>%n log backup on the share is still not in the copy folder %1.</numerusform>
            <numerusform>%n log backups on the share are still not in the copy folder %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::InstanceEditor</name>
    <message numerus="yes">
        <source>Connecting to %1 (at most %n second(s))…</source>
        <translation>
            <numerusform>Connecting to %1 (at most %n second)…</numerusform>
            <numerusform>Connecting to %1 (at most %n seconds)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::LogShippingStep</name>
    <message numerus="yes">
        <source>%n session(s) use the database</source>
        <translation>
            <numerusform>%n session uses the database</numerusform>
            <numerusform>%n sessions use the database</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A restore delay in the plan (%n minute(s)) postpones the restore of new log backups. Otherwise check the copy destination folder and the history of the copy job, then verify again later.</source>
        <translation>
            <numerusform>A restore delay in the plan (%n minute) postpones the restore of new log backups. Otherwise check the copy destination folder and the history of the copy job, then verify again later.</numerusform>
            <numerusform>A restore delay in the plan (%n minutes) postpones the restore of new log backups. Otherwise check the copy destination folder and the history of the copy job, then verify again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::PreflightPage</name>
    <message numerus="yes">
        <source>%n check(s) failed: correct the cause, then Re-check.</source>
        <translation>
            <numerusform>%n check failed: correct the cause, then Re-check.</numerusform>
            <numerusform>%n checks failed: correct the cause, then Re-check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No check failed; %n warning(s) to acknowledge below.</source>
        <translation>
            <numerusform>No check failed; %n warning to acknowledge below.</numerusform>
            <numerusform>No check failed; %n warnings to acknowledge below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::PreflightRunner</name>
    <message numerus="yes">
        <source>%n open session(s): %1</source>
        <translation>
            <numerusform>%n open session: %1</numerusform>
            <numerusform>%n open sessions: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gap in the log chain of %1: no log backup holds the LSNs from %2 to %3; %n backup(s) after it cannot be restored.</source>
        <translation>
            <numerusform>Gap in the log chain of %1: no log backup holds the LSNs from %2 to %3; %n backup after it cannot be restored.</numerusform>
            <numerusform>Gap in the log chain of %1: no log backup holds the LSNs from %2 to %3; %n backups after it cannot be restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log backup(s) found, every one already applied to %1.</source>
        <translation>
            <numerusform>%n log backup found, already applied to %1.</numerusform>
            <numerusform>%n log backups found, every one already applied to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log backup(s) to apply in order, %1 to %2, up to LSN %3</source>
        <translation>
            <numerusform>%n log backup to apply, %1 to %2, up to LSN %3</numerusform>
            <numerusform>%n log backups to apply in order, %1 to %2, up to LSN %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already applied)</source>
        <translation>
            <numerusform>(%n already applied)</numerusform>
            <numerusform>(%n already applied)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with an unreadable header.</source>
        <translation>
            <numerusform>%n file with an unreadable header.</numerusform>
            <numerusform>%n files with an unreadable header.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::RestoreStep</name>
    <message numerus="yes">
        <source>%n backup set(s)</source>
        <translation>
            <numerusform>%n backup set</numerusform>
            <numerusform>%n backup sets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::ScheduleEditor</name>
    <message numerus="yes">
        <source>Occurs every day every %n hour(s) between %1 and %2.</source>
        <translation>
            <numerusform>Occurs every day every %n hour between %1 and %2.</numerusform>
            <numerusform>Occurs every day every %n hours between %1 and %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Occurs every day every %n minute(s) between %1 and %2.</source>
        <translation>
            <numerusform>Occurs every day every %n minute between %1 and %2.</numerusform>
            <numerusform>Occurs every day every %n minutes between %1 and %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::ShellRunner</name>
    <message numerus="yes">
        <source>The management shell did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>The management shell did not finish within %n second and was stopped.</numerusform>
            <numerusform>The management shell did not finish within %n seconds and was stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::ShellStep</name>
    <message numerus="yes">
        <source>The shell ran longer than %n second(s). Check that it does not wait for input (a confirmation prompt, a credential dialog), or raise the shell timeout in the plan.</source>
        <translation>
            <numerusform>The shell ran longer than %n second. Check that it does not wait for input (a confirmation prompt, a credential dialog), or raise the shell timeout in the plan.</numerusform>
            <numerusform>The shell ran longer than %n seconds. Check that it does not wait for input (a confirmation prompt, a credential dialog), or raise the shell timeout in the plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::SummaryPage</name>
    <message numerus="yes">
        <source>%n file(s) written to %1: %2</source>
        <translation>
            <numerusform>%n file written to %1: %2</numerusform>
            <numerusform>%n files written to %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::UnattendedRunner</name>
    <message numerus="yes">
        <source>%1 %n warning(s) acknowledged by the plan (unattended.acknowledgePreflightWarnings).</source>
        <translation>
            <numerusform>%1 %n warning acknowledged by the plan (unattended.acknowledgePreflightWarnings).</numerusform>
            <numerusform>%1 %n warnings acknowledged by the plan (unattended.acknowledgePreflightWarnings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight found %n problem(s) that stop the run; nothing was changed. Correct them (see &quot;What to do&quot; above), then run again.</source>
        <translation>
            <numerusform>Preflight found %n problem that stops the run; nothing was changed. Correct it (see &quot;What to do&quot; above), then run again.</numerusform>
            <numerusform>Preflight found %n problems that stop the run; nothing was changed. Correct them (see &quot;What to do&quot; above), then run again.</numerusform>
        </translation>
    </message>
</context>
</TS>
