<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Cannot read the audit journal %1: %2</source>
        <translation>Das Überwachungsjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The audit journal %1 holds no events.</source>
        <translation>Das Überwachungsjournal %1 enthält keine Ereignisse.</translation>
    </message>
    <message>
        <source>Line %1 of the audit journal is not a readable event (event %2 belongs there).</source>
        <translation>Zeile %1 des Überwachungsjournals ist kein lesbares Ereignis (dort gehört Ereignis %2 hin).</translation>
    </message>
    <message>
        <source>An event was inserted: the journal holds event %1 more than once, and one of them does not match its hash.</source>
        <translation>Ein Ereignis wurde eingefügt: Das Journal enthält Ereignis %1 mehrfach, und eines davon stimmt nicht mit seinem Hash überein.</translation>
    </message>
    <message>
        <source>Event %1 was changed: its content does not match its hash (line %2).</source>
        <translation>Ereignis %1 wurde geändert: Sein Inhalt stimmt nicht mit seinem Hash überein (Zeile %2).</translation>
    </message>
    <message>
        <source>An event was inserted: the journal holds event %1 more than once (again on line %2).</source>
        <translation>Ein Ereignis wurde eingefügt: Das Journal enthält Ereignis %1 mehrfach (erneut in Zeile %2).</translation>
    </message>
    <message>
        <source>The events were reordered: event %1 comes after event %2.</source>
        <translation>Die Ereignisse wurden umgeordnet: Ereignis %1 folgt auf Ereignis %2.</translation>
    </message>
    <message>
        <source>Event %1 was removed: the journal continues with event %2.</source>
        <translation>Ereignis %1 wurde entfernt: Das Journal fährt mit Ereignis %2 fort.</translation>
    </message>
    <message>
        <source>An event was inserted before event %1: it does not link to the event before it.</source>
        <translation>Vor Ereignis %1 wurde ein Ereignis eingefügt: Es verweist nicht auf das Ereignis davor.</translation>
    </message>
    <message>
        <source>Event %1 was changed: event %2 does not link to it.</source>
        <translation>Ereignis %1 wurde geändert: Ereignis %2 verweist nicht darauf.</translation>
    </message>
    <message numerus="yes">
        <source>%n events verified</source>
        <translation>
            <numerusform>%n Ereignis überprüft</numerusform>
            <numerusform>%n Ereignisse überprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Event %1 refers to &quot;%2&quot;, which is not a file in the audit folder.</source>
        <translation>Ereignis %1 verweist auf „%2“, das keine Datei im Überwachungsordner ist.</translation>
    </message>
    <message>
        <source>The file %1 of event %2 is missing.</source>
        <translation>Die Datei %1 von Ereignis %2 fehlt.</translation>
    </message>
    <message>
        <source>The file %1 of event %2 cannot be read: %3</source>
        <translation>Die Datei %1 von Ereignis %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The file %1 of event %2 was changed: its content does not match the hash recorded in the journal.</source>
        <translation>Die Datei %1 von Ereignis %2 wurde geändert: Ihr Inhalt passt nicht zum Hash im Journal.</translation>
    </message>
    <message>
        <source>The chain is intact up to event %1, but the run was never closed: the journal ends without run-finished or run-interrupted. The program was killed or crashed, the run is still going on, or the end of the journal was cut off.</source>
        <translation>Die Kette ist bis Ereignis %1 unversehrt, aber der Durchlauf wurde nie abgeschlossen: Das Überwachungsjournal endet ohne run-finished oder run-interrupted. Das Programm wurde beendet oder ist abgestürzt, der Durchlauf läuft noch, oder das Ende des Journals wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>Line %1 of the audit journal was edited: it is not written as the program writes event %2 (duplicate keys, extra spaces or different escapes).</source>
        <translation>Zeile %1 des Überwachungsjournals wurde bearbeitet: Sie ist nicht so geschrieben, wie das Programm Ereignis %2 schreibt (doppelte Schlüssel, zusätzliche Leerzeichen oder andere Escapezeichen).</translation>
    </message>
    <message>
        <source>Line %1 of the audit journal is blank: the program never writes an empty line, so the journal was edited before event %2.</source>
        <translation>Zeile %1 des Überwachungsjournals ist leer: Das Programm schreibt nie eine leere Zeile, das Journal wurde also vor Ereignis %2 bearbeitet.</translation>
    </message>
    <message>
        <source>Line %1 of the audit journal is blank: the program never writes an empty line, so the journal was edited after event %2.</source>
        <translation>Zeile %1 des Überwachungsjournals ist leer: Das Programm schreibt nie eine leere Zeile, das Journal wurde also nach Ereignis %2 bearbeitet.</translation>
    </message>
</context>
<context>
    <name>BackupMgcState</name>
    <message>
        <source>STANDBY (read-only between log restores)</source>
        <translation>STANDBY (zwischen Protokollwiederherstellungen schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 does not exist on %2.</source>
        <translation>%1 ist auf %2 nicht vorhanden.</translation>
    </message>
    <message>
        <source>Check the database name in the plan and that %1 is the backup instance that log shipping restored to.</source>
        <translation>Prüfen Sie den Datenbanknamen im Plan und dass %1 die Sicherungsinstanz ist, in die der Protokollversand wiederhergestellt hat.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Shows the program version.</source>
        <translation>Zeigt die Programmversion an.</translation>
    </message>
    <message>
        <source>Language of the user interface: de or en (default: the system&apos;s).</source>
        <translation>Sprache der Benutzeroberfläche: de oder en (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Writes the whole procedure as scripts, one file per step in run order, into the folder and exits. Needs --plan.</source>
        <translation>Schreibt das gesamte Verfahren als Skripts in den Ordner, eine Datei pro Schritt in Ausführungsreihenfolge, und wird dann beendet. Erfordert --plan.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use de or en.</source>
        <translation>Unbekannte Sprache „%1“: Verwenden Sie de oder en.</translation>
    </message>
    <message>
        <source>--export-script needs a plan: add --plan FILE.</source>
        <translation>--export-script erfordert einen Plan: Fügen Sie --plan DATEI hinzu.</translation>
    </message>
    <message>
        <source>Checks the audit folder of a run: recomputes the journal&apos;s hash chain and every screenshot&apos;s hash, prints OK or the first event or file that does not match, and exits.</source>
        <translation>Prüft den Überwachungsordner eines Durchlaufs: berechnet die Hash-Kette des Journals und den Hash jedes Bildschirmfotos neu, gibt OK oder das erste nicht übereinstimmende Ereignis bzw. die erste nicht übereinstimmende Datei aus und wird beendet.</translation>
    </message>
    <message>
        <source>Creates the audit folder of each run under this folder (default: the setting, else &quot;Failback audit&quot; in the user&apos;s documents).</source>
        <translation>Legt den Überwachungsordner jedes Durchlaufs unter diesem Ordner an (Standard: die Einstellung, sonst „Failback audit“ in den Dokumenten des Benutzers).</translation>
    </message>
    <message>
        <source>Training mode: starts the embedded lab on free local ports, fills the plan from its scenario and marks every screen and the report TRAINING. Nothing outside this computer is touched.</source>
        <translation>Schulungsmodus: startet das eingebaute Labor auf freien lokalen Ports, füllt den Plan aus dessen Szenario und kennzeichnet jeden Bildschirm und den Bericht mit SCHULUNG. Systeme außerhalb dieses Computers bleiben unberührt.</translation>
    </message>
    <message>
        <source>The lab scenario for --training (default: the built-in one).</source>
        <translation>Das Laborszenario für --training (Standard: das eingebaute).</translation>
    </message>
    <message>
        <source>With --training: switches a lab fault on at start, as the trainer&apos;s drill (repeatable; see pchat-lab --help for the names).</source>
        <translation>Mit --training: schaltet beim Start einen Laborfehler als Übung des Trainers ein (mehrfach angebbar; die Namen nennt pchat-lab --help).</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Runs every step without the user interface, printing progress to the console and writing the audit trail. Needs --plan (or --training). Destructive steps run only when the plan names their targets in its confirmations.</source>
        <translation>Führt jeden Schritt ohne Benutzeroberfläche aus, gibt den Fortschritt auf der Konsole aus und schreibt den Überwachungspfad. Erfordert --plan (oder --training). Destruktive Schritte werden nur ausgeführt, wenn der Plan ihre Ziele in seinen Bestätigungen nennt.</translation>
    </message>
    <message>
        <source>--scenario and --fault belong to training mode: add --training.</source>
        <translation>--scenario und --fault gehören zum Schulungsmodus: Fügen Sie --training hinzu.</translation>
    </message>
    <message>
        <source>--unattended needs a plan: add --plan FILE (or --training for the lab&apos;s).</source>
        <translation>--unattended erfordert einen Plan: Fügen Sie --plan DATEI hinzu (oder --training für den Plan des Labors).</translation>
    </message>
    <message>
        <source>With --verify-audit: the final hash recorded outside the folder (in the change ticket), whole or its first 16 or more hex digits as every report page prints them; the check fails when the chain ends elsewhere.</source>
        <translation>Mit --verify-audit: der außerhalb des Ordners (im Änderungsticket) festgehaltene abschließende Hash, vollständig oder seine ersten 16 oder mehr Hexadezimalziffern, wie sie jede Berichtsseite zeigt; die Prüfung schlägt fehl, wenn die Kette anders endet.</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>--expect-hash goes with --verify-audit and takes the final hash, or at least its first 16 hex digits, as recorded in the change ticket.</source>
        <translation>--expect-hash gehört zu --verify-audit und erwartet den abschließenden Hash oder mindestens seine ersten 16 Hexadezimalziffern, wie im Änderungsticket festgehalten.</translation>
    </message>
    <message>
        <source>The program that runs the Lync cmdlets, for this run (default: the setting of the Environment page, else Windows PowerShell). A plan file never chooses it.</source>
        <translation>Das Programm, das die Lync-Cmdlets ausführt, für diesen Durchlauf (Standard: die Einstellung auf der Seite „Umgebung“, sonst Windows PowerShell). Eine Plandatei legt es nie fest.</translation>
    </message>
    <message>
        <source>program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Its arguments, as one text split like a command line (with --shell-program); the commands follow as -EncodedCommand.</source>
        <translation>Seine Argumente als ein Text, der wie eine Befehlszeile aufgeteilt wird (mit --shell-program); die Befehle folgen als -EncodedCommand.</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>--shell-arguments needs --shell-program.</source>
        <translation>--shell-arguments erfordert --shell-program.</translation>
    </message>
    <message>
        <source>The procedure: %1 (default: %2). The failover makes the backup data center serve the pool when the primary data center is lost; the failback returns the pool to the rebuilt primary.</source>
        <translation>Das Verfahren: %1 (Standard: %2). Das Failover lässt das Sicherungsrechenzentrum den Pool bedienen, wenn das primäre Rechenzentrum verloren ist; das Failback gibt den Pool an das wiederhergestellte primäre Rechenzentrum zurück.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unknown procedure &quot;%1&quot;: use one of %2.</source>
        <translation>Unbekanntes Verfahren „%1“: Verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>Fails a Lync Server 2013 / Skype for Business Server 2015 Persistent Chat pool over to its backup data center, or back to its primary data center, step by step.</source>
        <translation>Führt Schritt für Schritt das Failover eines Pools für beständigen Chat (Lync Server 2013 / Skype for Business Server 2015) in sein Sicherungsrechenzentrum oder das Failback in sein primäres Rechenzentrum aus.</translation>
    </message>
    <message>
        <source>Loads the plan from a JSON file.</source>
        <translation>Lädt den Plan aus einer JSON-Datei.</translation>
    </message>
</context>
<context>
    <name>Drill</name>
    <message>
        <source>Database in use at the restore</source>
        <translation>Datenbank wird bei der Wiederherstellung verwendet</translation>
    </message>
    <message>
        <source>Share access denied for the secondary&apos;s Agent</source>
        <translation>Freigabezugriff für den SQL Server-Agent des sekundären Servers verweigert</translation>
    </message>
    <message>
        <source>Connection lost during the backup</source>
        <translation>Verbindung während der Sicherung verloren</translation>
    </message>
    <message>
        <source>A cmdlet that fails</source>
        <translation>Ein Cmdlet, das fehlschlägt</translation>
    </message>
    <message>
        <source>SQL Server Agent stopped</source>
        <translation>SQL Server-Agent beendet</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Falsches Kennwort</translation>
    </message>
    <message>
        <source>When the restore page opens, another session starts to use %1 on %2 (an application or a forgotten query window), and &quot;Close existing connections&quot; is off, as SSMS leaves it. The restore fails with error 3101.</source>
        <translation>Wenn sich die Seite „Primäre mgc-Datenbank wiederherstellen“ öffnet, beginnt eine andere Sitzung, %1 auf %2 zu verwenden (eine Anwendung oder ein vergessenes Abfragefenster), und „Bestehende Verbindungen mit der Zieldatenbank schließen“ ist deaktiviert, wie in SSMS standardmäßig. Die Wiederherstellung schlägt mit Fehler 3101 fehl.</translation>
    </message>
    <message>
        <source>When the log shipping page opens, the SQL Server Agent account of %1 (%2) loses read access to the log shipping share. The configuration succeeds, but the copy job fails with &quot;access denied&quot; when you wait for the first log backup, copy and restore.</source>
        <translation>Wenn sich die Seite „Protokollversand für die primäre mgc-Datenbank konfigurieren“ öffnet, verliert das SQL Server-Agent-Konto von %1 (%2) den Lesezugriff auf die Freigabe für den Protokollversand. Die Konfiguration wird erfolgreich abgeschlossen, doch der Kopierauftrag schlägt mit „Zugriff verweigert“ fehl, wenn Sie auf die erste Protokollsicherung, Kopie und Wiederherstellung warten.</translation>
    </message>
    <message>
        <source>While step 3 backs up %1 on %2, the connection drops at 40 percent. The backup stops, and the file it was writing is unusable.</source>
        <translation>Während Schritt 3 %1 auf %2 sichert, bricht die Verbindung bei 40 Prozent ab. Die Sicherung wird abgebrochen, und die Datei, die gerade geschrieben wurde, ist unbrauchbar.</translation>
    </message>
    <message>
        <source>In step 6, Set-CsPersistentChatActiveServer fails: the management shell cannot reach the Central Management Store.</source>
        <translation>In Schritt 6 schlägt Set-CsPersistentChatActiveServer fehl: Die Verwaltungsshell erreicht den zentralen Verwaltungsspeicher nicht.</translation>
    </message>
    <message>
        <source>When the log shipping page opens, SQL Server Agent stops on %1. Log shipping&apos;s jobs could not run, so the step refuses to configure it.</source>
        <translation>Wenn sich die Seite „Protokollversand für die primäre mgc-Datenbank konfigurieren“ öffnet, wird der SQL Server-Agent auf %1 beendet. Die Aufträge des Protokollversands könnten nicht ausgeführt werden, daher verweigert der Schritt die Konfiguration.</translation>
    </message>
    <message>
        <source>When the Environment page opens, the password of %1 is replaced by a mistyped one, as a slip of the finger would give it; the lab is not changed. The Preflight checks cannot log in (error 18456).</source>
        <translation>Wenn sich die Seite „Umgebung“ öffnet, wird das Kennwort von %1 durch ein falsch eingegebenes ersetzt, wie es bei einem Tippfehler vorkommt; das Labor selbst bleibt unverändert. Bei den Vorabprüfungen schlägt die Anmeldung fehl (Fehler 18456).</translation>
    </message>
    <message>
        <source>Read the error and its remedy. Either tick &quot;Close existing connections&quot; and retry, or end the session as the DBA would (fix it in the lab) and retry.</source>
        <translation>Lesen Sie den Fehler und die Abhilfe. Aktivieren Sie entweder „Bestehende Verbindungen mit der Zieldatenbank schließen“, und klicken Sie dann auf „Wiederholen“, oder beenden Sie die Sitzung, wie es ein DBA tun würde (im Labor beheben), und klicken Sie dann auf „Wiederholen“.</translation>
    </message>
    <message>
        <source>Read the copy job&apos;s error and its remedy. Grant %1 read access on the share as the file server&apos;s administrator would (fix it in the lab), then wait for the first log shipping again.</source>
        <translation>Lesen Sie den Fehler des Kopierauftrags und die Abhilfe. Gewähren Sie %1 Lesezugriff auf die Freigabe, wie es der Administrator des Dateiservers tun würde (im Labor beheben), und warten Sie dann erneut auf den ersten Protokollversand.</translation>
    </message>
    <message>
        <source>Read the error and its remedy: the wizard reads the state again on a new connection. Once the network is back (fix it in the lab), retry the backup; it writes the file anew.</source>
        <translation>Lesen Sie den Fehler und die Abhilfe: Der Assistent liest den Zustand über eine neue Verbindung erneut ein. Sobald das Netzwerk wieder verfügbar ist (im Labor beheben), wiederholen Sie die Sicherung; dabei wird die Datei neu geschrieben.</translation>
    </message>
    <message>
        <source>Read the shell&apos;s error and the remedy. Once the Central Management Server answers again (fix it in the lab), run the step again.</source>
        <translation>Lesen Sie den Fehler der Shell und die Abhilfe. Sobald der zentrale Verwaltungsserver wieder antwortet (im Labor beheben), führen Sie den Schritt erneut aus.</translation>
    </message>
    <message>
        <source>Read the refusal and its remedy. Start SQL Server Agent on %1 as the DBA would (fix it in the lab), then run the step again.</source>
        <translation>Lesen Sie die Ablehnung und die Abhilfe. Starten Sie den SQL Server-Agent auf %1, wie es ein DBA tun würde (im Labor beheben), und führen Sie den Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>Read the Preflight error and its remedy. Go back to the Environment page, type the lab&apos;s password for %1 again (the trainer has it; it stands in the scenario file), and run the checks again. Nothing needs fixing in the lab.</source>
        <translation>Lesen Sie den Fehler der Vorabprüfung und die Abhilfe. Wechseln Sie zurück zur Seite „Umgebung“, geben Sie das Laborkennwort für %1 erneut ein (der Trainer kennt es; es steht in der Szenariodatei), und führen Sie die Prüfungen erneut aus. Im Labor ist nichts zu beheben.</translation>
    </message>
    <message>
        <source>End the session that uses %1.</source>
        <translation>Beenden Sie die Sitzung, die %1 verwendet.</translation>
    </message>
    <message>
        <source>Grant %1 read access on the share.</source>
        <translation>Gewähren Sie %1 Lesezugriff auf die Freigabe.</translation>
    </message>
    <message>
        <source>Bring the network back.</source>
        <translation>Stellen Sie das Netzwerk wieder her.</translation>
    </message>
    <message>
        <source>Bring the Central Management Server back.</source>
        <translation>Stellen Sie den zentralen Verwaltungsserver wieder her.</translation>
    </message>
    <message>
        <source>Start SQL Server Agent on %1.</source>
        <translation>Starten Sie den SQL Server-Agent auf %1.</translation>
    </message>
    <message>
        <source>Share not readable for the backup instance</source>
        <translation>Freigabe für die Sicherungsinstanz nicht lesbar</translation>
    </message>
    <message>
        <source>When the page of failover step 2 opens, the SQL Server service account of %1 (%2) loses read access to the log shipping share. xp_dirtree lists the share as empty, without an error; the wizard reads a file there and shows SQL Server&apos;s error 3201 (operating system error 5).</source>
        <translation>Wenn sich die Seite von Failoverschritt 2 öffnet, verliert das SQL Server-Dienstkonto von %1 (%2) den Lesezugriff auf die Freigabe für den Protokollversand. xp_dirtree zeigt die Freigabe ohne Fehler als leer an; der Assistent liest dort eine Datei und zeigt den Fehler 3201 von SQL Server (Betriebssystemfehler 5).</translation>
    </message>
    <message>
        <source>Read the error and its remedy. Grant %1 read access on the share as the file server&apos;s administrator would (fix it in the lab), then choose Re-check: the uncopied log backups are listed again.</source>
        <translation>Lesen Sie den Fehler und die Abhilfe. Erteilen Sie %1 Lesezugriff auf die Freigabe, wie es der Administrator des Dateiservers täte (im Labor beheben), und klicken Sie dann auf „Erneut prüfen“: Die nicht kopierten Protokollsicherungen werden wieder aufgelistet.</translation>
    </message>
    <message>
        <source>A log backup missing from the chain</source>
        <translation>Eine Protokollsicherung fehlt in der Kette</translation>
    </message>
    <message>
        <source>A session holds the backup mgc</source>
        <translation>Eine Sitzung hält die mgc-Datenbank der Sicherungsinstanz</translation>
    </message>
    <message>
        <source>When the page that applies the log backups opens, one log backup on the share is gone: the first one log shipping had not copied when the disaster struck. The wizard finds a gap in the log chain of %1 and names the missing LSN range.</source>
        <translation>Wenn sich die Seite „Nicht angewendete Protokollsicherungen anwenden“ öffnet, fehlt eine Protokollsicherung auf der Freigabe: die erste, die der Protokollversand beim Ausfall noch nicht kopiert hatte. Der Assistent findet eine Lücke in der Protokollkette von %1 und nennt den fehlenden LSN-Bereich.</translation>
    </message>
    <message>
        <source>When the page that brings %1 online opens, an application session uses %1 on %2, as a Persistent Chat server that reconnects would. RESTORE ... WITH RECOVERY fails with error 3101 while it is there.</source>
        <translation>Wenn sich die Seite „mgc-Datenbank der Sicherungsinstanz online schalten“ öffnet, verwendet eine Anwendungssitzung %1 auf %2, wie es ein Server für beständigen Chat tut, der sich erneut verbindet. Solange sie besteht, schlägt RESTORE ... WITH RECOVERY mit Fehler 3101 fehl.</translation>
    </message>
    <message>
        <source>Read the gap, its LSN range and the remedy. Restore what precedes the gap if you must go on, or find the missing backup first (fix it in the lab: the file is back on the share), let the page read the chain again and restore the rest.</source>
        <translation>Lesen Sie die Lücke, ihren LSN-Bereich und die Abhilfe. Stellen Sie wieder her, was vor der Lücke liegt, wenn Sie fortfahren müssen, oder suchen Sie zuerst die fehlende Sicherung (im Labor beheben: die Datei liegt wieder auf der Freigabe), lassen Sie die Seite die Kette erneut lesen, und stellen Sie den Rest wieder her.</translation>
    </message>
    <message>
        <source>Read the session the page lists (host and program). Confirm ending it, type the database and the instance, and run the step: KILL ends it before the recovery. If it comes back, stop the application as its administrator would (fix it in the lab) and run again.</source>
        <translation>Lesen Sie die Sitzung, die die Seite auflistet (Host und Programm). Bestätigen Sie, dass sie beendet wird, geben Sie die Datenbank und die Instanz ein, und führen Sie den Schritt aus: KILL beendet sie vor der Wiederherstellung. Kommt sie wieder, beenden Sie die Anwendung, wie es ihr Administrator tun würde (im Labor beheben), und führen Sie den Schritt erneut aus.</translation>
    </message>
    <message>
        <source>Put the missing log backup back on the share.</source>
        <translation>Die fehlende Protokollsicherung wieder auf die Freigabe legen.</translation>
    </message>
    <message>
        <source>Stop the application that uses %1 on %2.</source>
        <translation>Die Anwendung beenden, die %1 auf %2 verwendet.</translation>
    </message>
    <message>
        <source>The mirror instance does not answer</source>
        <translation>Die Spiegelinstanz antwortet nicht</translation>
    </message>
    <message>
        <source>When the page &quot;Mirror the new primary mgc&quot; opens, the backup&apos;s mirror instance %1 stops answering. Install-CsMirrorDatabase fails: it cannot connect to the mirror.</source>
        <translation>Wenn sich die Seite „Spiegelung für die neue primäre mgc-Datenbank einrichten“ öffnet, antwortet die Spiegelinstanz %1 der Sicherungsinstanz nicht mehr. Install-CsMirrorDatabase schlägt fehl, weil keine Verbindung zum Spiegel hergestellt werden kann.</translation>
    </message>
    <message>
        <source>Read the cmdlet&apos;s error and its remedy. Once %1 answers again (fix it in the lab), run the step again: it installs the mirror of what is not mirrored yet.</source>
        <translation>Lesen Sie den Fehler des Cmdlets und die Abhilfe. Sobald %1 wieder antwortet (im Labor beheben), führen Sie den Schritt erneut aus: Er richtet die Spiegelung nur für das ein, was noch nicht gespiegelt ist.</translation>
    </message>
    <message>
        <source>Start the SQL Server service of %1.</source>
        <translation>Den SQL Server-Dienst von %1 starten.</translation>
    </message>
</context>
<context>
    <name>ErrorAdvice</name>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Operating system error 5 (access denied): the account the SQL Server service of this instance runs as lacks rights on %1. Grant that account (not your own) Change on the share and Modify on the folder for a backup, Read for a restore; the Preflight page shows the service account. Then retry.</source>
        <translation>Betriebssystemfehler 5 (Zugriff verweigert): Dem Konto, unter dem der SQL Server-Dienst dieser Instanz ausgeführt wird, fehlen Rechte für %1. Erteilen Sie diesem Konto (nicht Ihrem eigenen) für eine Sicherung die Freigabeberechtigung „Ändern“ und die Ordnerberechtigung „Ändern“, für eine Wiederherstellung „Lesen“; die Seite „Vorabprüfungen“ zeigt das Dienstkonto. Wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>the share</source>
        <translation>die Freigabe</translation>
    </message>
    <message>
        <source>Operating system error %1 (path not found): %2 does not exist as the SQL Server service sees it. Check the share and folder names in the plan, that the share exists, and that the server resolves the file server&apos;s name. Then retry.</source>
        <translation>Betriebssystemfehler %1 (Pfad nicht gefunden): Der SQL Server-Dienst findet %2 nicht. Prüfen Sie die Freigabe- und Ordnernamen im Plan, ob die Freigabe vorhanden ist und ob der Server den Namen des Dateiservers auflösen kann. Wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>Operating system error %1 (network path not found): the server cannot reach %2. Check the file server&apos;s name, that it runs and that the server can reach it. Then retry.</source>
        <translation>Betriebssystemfehler %1 (Netzwerkpfad nicht gefunden): Der Server kann %2 nicht erreichen. Prüfen Sie den Namen des Dateiservers, ob dieser ausgeführt wird und ob der Server ihn erreichen kann. Wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>Operating system error %1 (file in use): another process holds %2 open, e.g. another backup, a copy job or a virus scanner. Wait until it has ended or choose another file name, then retry.</source>
        <translation>Betriebssystemfehler %1 (Datei in Verwendung): Ein anderer Prozess hält %2 geöffnet, z. B. eine andere Sicherung, ein Kopierauftrag oder ein Virenscanner. Warten Sie, bis er beendet ist, oder wählen Sie einen anderen Dateinamen, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>Operating system error 112 (disk full): there is not enough space for %1. Free space on %2 or choose another folder, then retry.</source>
        <translation>Betriebssystemfehler 112 (Datenträger voll): Für %1 ist nicht genügend Speicherplatz vorhanden. Geben Sie auf dem Datenträger, auf dem %2 liegt, Speicherplatz frei, oder wählen Sie einen anderen Ordner, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>SQL Server could not open %1: operating system error %2. Check the path and the rights of the SQL Server service account on %3, then retry.</source>
        <translation>SQL Server konnte %1 nicht öffnen: Betriebssystemfehler %2. Prüfen Sie den Pfad und die Rechte des SQL Server-Dienstkontos für %3, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>die Sicherungsdatei</translation>
    </message>
    <message>
        <source>SQL Server could not open the backup file %1. Check the path and the rights of the SQL Server service account on the share, then retry.</source>
        <translation>SQL Server konnte die Sicherungsdatei %1 nicht öffnen. Prüfen Sie den Pfad und die Rechte des SQL Server-Dienstkontos für die Freigabe, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>Other sessions use the database, so SQL Server cannot get exclusive access. Tick &quot;Close existing connections&quot; (SINGLE_USER WITH ROLLBACK IMMEDIATE), or end the sessions the page lists (sys.dm_exec_sessions: stop the Persistent Chat services, close query windows that use the database), then retry.</source>
        <translation>Andere Sitzungen verwenden die Datenbank, daher erhält SQL Server keinen exklusiven Zugriff. Aktivieren Sie „Bestehende Verbindungen mit der Zieldatenbank schließen“ (SINGLE_USER WITH ROLLBACK IMMEDIATE), oder beenden Sie die Sitzungen, die die Seite auflistet (sys.dm_exec_sessions: Dienste für beständigen Chat beenden, Abfragefenster schließen, die die Datenbank verwenden), und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>The wizard&apos;s own session uses the database. Connect to master instead, then retry.</source>
        <translation>Die eigene Sitzung des Assistenten verwendet die Datenbank. Stellen Sie stattdessen eine Verbindung mit master her, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>The database is still configured for database mirroring, and a mirrored database cannot be restored. Remove mirroring of this database on this instance first (Tasks &gt; Mirror &gt; Remove Mirroring, as step 2 does on the backup instance), then retry.</source>
        <translation>Die Datenbank ist noch für Datenbankspiegelung konfiguriert, und eine gespiegelte Datenbank kann nicht wiederhergestellt werden. Entfernen Sie zuerst die Spiegelung dieser Datenbank auf dieser Instanz (Aufgaben &gt; Spiegeln &gt; Spiegelung entfernen, wie Schritt 2 auf der Sicherungsinstanz), und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>The backup set holds a backup of a different database than the one you restore over. Check that the file is the step 3 backup of the right database (Specify Backup lists its backup sets); to overwrite the existing database anyway, restore WITH REPLACE.</source>
        <translation>Der Sicherungssatz enthält die Sicherung einer anderen Datenbank als der, die Sie überschreiben. Prüfen Sie, ob die Datei die Sicherung der richtigen Datenbank aus Schritt 3 ist (das Dialogfeld „Sicherung angeben“ listet ihre Sicherungssätze auf); um die vorhandene Datenbank trotzdem zu überschreiben, stellen Sie sie mit WITH REPLACE wieder her.</translation>
    </message>
    <message>
        <source>BACKUP or RESTORE stopped. The message before this one gives the cause; fix that, then retry.</source>
        <translation>BACKUP oder RESTORE wurde abgebrochen. Die vorherige Meldung nennt die Ursache; beheben Sie sie, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>The backup did not complete, and SQL Server recorded this in its error log. The message before this one (and the SQL Server error log) gives the cause; fix that, then retry.</source>
        <translation>Die Sicherung wurde nicht abgeschlossen, und SQL Server hat dies in seinem Fehlerprotokoll vermerkt. Die vorherige Meldung (und das SQL Server-Fehlerprotokoll) nennt die Ursache; beheben Sie sie, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>The database is not configured for database mirroring: mirroring is already removed. Nothing needs to be done.</source>
        <translation>Die Datenbank ist nicht für Datenbankspiegelung konfiguriert: Die Spiegelung ist bereits entfernt. Es ist nichts zu tun.</translation>
    </message>
    <message>
        <source>The mirroring partner&apos;s network address cannot be reached. Check the endpoint address and port and the firewall.</source>
        <translation>Die Netzwerkadresse des Spiegelungspartners ist nicht erreichbar. Prüfen Sie Adresse und Port des Endpunkts sowie die Firewall.</translation>
    </message>
    <message>
        <source>The login lacks the permission for this action. Connect with a login that is a member of the sysadmin server role on this instance (the procedure needs sysadmin on both instances), then retry.</source>
        <translation>Der Anmeldung fehlt die Berechtigung für diese Aktion. Stellen Sie die Verbindung mit einer Anmeldung her, die auf dieser Instanz Mitglied der Serverrolle sysadmin ist (das Verfahren erfordert sysadmin auf beiden Instanzen), und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>Login failed. Check the login name and the password; a SQL Server login also needs SQL Server authentication to be enabled on the instance (mixed mode) and the login to be enabled; with Windows authentication, the account you run the wizard as needs a login on the instance.</source>
        <translation>Fehler bei der Anmeldung. Prüfen Sie Anmeldenamen und Kennwort; für eine SQL Server-Anmeldung muss außerdem die SQL Server-Authentifizierung auf der Instanz aktiviert sein (gemischter Modus) und die Anmeldung aktiviert sein; bei Windows-Authentifizierung benötigt das Konto, unter dem Sie den Assistenten ausführen, eine Anmeldung auf der Instanz.</translation>
    </message>
    <message>
        <source>The server does not accept the Windows login (untrusted domain or SQL authentication only). Use a SQL Server login, or run the wizard as a domain account the server trusts.</source>
        <translation>Der Server akzeptiert die Windows-Anmeldung nicht (nicht vertrauenswürdige Domäne oder nur SQL Server-Authentifizierung). Verwenden Sie eine SQL Server-Anmeldung, oder führen Sie den Assistenten unter einem Domänenkonto aus, dem der Server vertraut.</translation>
    </message>
    <message>
        <source>BACKUP and RESTORE cannot run inside a transaction. Commit or roll back the open transaction, or connect anew, then retry.</source>
        <translation>BACKUP und RESTORE können nicht innerhalb einer Transaktion ausgeführt werden. Führen Sie für die offene Transaktion ein Commit oder Rollback aus, oder stellen Sie die Verbindung neu her, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>SQL Server protects the target database: its tail of the log has not been backed up, or it is a different database. If its data must be kept, back up its log first (BACKUP LOG ... WITH NORECOVERY); the failback overwrites it on purpose, so restore WITH REPLACE.</source>
        <translation>SQL Server schützt die Zieldatenbank: Ihr Protokollfragment wurde nicht gesichert, oder es ist eine andere Datenbank. Wenn ihre Daten erhalten bleiben müssen, sichern Sie zuerst ihr Protokoll (BACKUP LOG ... WITH NORECOVERY); das Failback überschreibt sie absichtlich, stellen Sie also mit WITH REPLACE wieder her.</translation>
    </message>
    <message>
        <source>A database file cannot be placed where the backup wants it (the path does not exist or another database uses the file). Relocate the files to the instance&apos;s data and log folders in the list &quot;Restore the database files as&quot; on the Options tab, then retry.</source>
        <translation>Eine Datenbankdatei kann nicht dort abgelegt werden, wo die Sicherung sie vorsieht (der Pfad ist nicht vorhanden, oder eine andere Datenbank verwendet die Datei). Verschieben Sie die Dateien in der Liste „Datenbankdateien wiederherstellen als“ auf der Registerkarte „Optionen“ in die Daten- und Protokollordner der Instanz, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>The backup comes from a newer version of SQL Server than this instance runs and cannot be restored here. Update the primary instance to at least the backup instance&apos;s version.</source>
        <translation>Die Sicherung stammt von einer neueren SQL Server-Version als der, die auf dieser Instanz läuft, und kann hier nicht wiederhergestellt werden. Aktualisieren Sie die primäre Instanz mindestens auf die Version der Sicherungsinstanz.</translation>
    </message>
    <message>
        <source>The backup file is damaged or incomplete, for example because a backup was interrupted. Run step 3 again to write a new backup, then retry.</source>
        <translation>Die Sicherungsdatei ist beschädigt oder unvollständig, z. B. weil eine Sicherung unterbrochen wurde. Führen Sie Schritt 3 erneut aus, um eine neue Sicherung zu schreiben, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for the database files. Free space on the data and log volumes or relocate the files to volumes with room, then retry.</source>
        <translation>Für die Datenbankdateien ist nicht genügend freier Speicherplatz vorhanden. Geben Sie auf den Daten- und Protokollvolumes Speicherplatz frei, oder verschieben Sie die Dateien auf Volumes mit ausreichend Platz, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>The file holds no backup set at that position. Choose a backup set from the list on Specify Backup, then retry.</source>
        <translation>Die Datei enthält an dieser Position keinen Sicherungssatz. Wählen Sie einen Sicherungssatz aus der Liste im Dialogfeld „Sicherung angeben“ aus, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>The database does not exist on this instance. Check the database name and that you connected to the right instance.</source>
        <translation>Die Datenbank ist auf dieser Instanz nicht vorhanden. Prüfen Sie den Datenbanknamen und ob Sie mit der richtigen Instanz verbunden sind.</translation>
    </message>
    <message>
        <source>The database is being restored (RESTORING) and cannot be used. Complete the restore or use the instance that serves the database.</source>
        <translation>Die Datenbank wird gerade wiederhergestellt (RESTORING) und kann nicht verwendet werden. Schließen Sie die Wiederherstellung ab, oder verwenden Sie die Instanz, die die Datenbank bereitstellt.</translation>
    </message>
    <message>
        <source>The database&apos;s access mode could not be changed while other users use it. Tick &quot;Close existing connections&quot; or end the sessions, then retry.</source>
        <translation>Der Zugriffsmodus der Datenbank konnte nicht geändert werden, während andere Benutzer sie verwenden. Aktivieren Sie „Bestehende Verbindungen mit der Zieldatenbank schließen“, oder beenden Sie die Sitzungen, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>The operator cancelled the statement. The step shows the state the server left.</source>
        <translation>Die Anweisung wurde vom Bediener abgebrochen. Der Schritt zeigt den Zustand, den der Server hinterlassen hat.</translation>
    </message>
    <message>
        <source>The connection to the server broke (the network, or the server stopped or ended the session). What the server did could not be reported: the wizard reads the state again on a new connection and shows it. Once the network and the server are back, retry.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen (ein Netzwerkproblem, oder der Server wurde beendet bzw. hat die Sitzung beendet). Was der Server ausgeführt hat, konnte nicht gemeldet werden: Der Assistent liest den Zustand über eine neue Verbindung erneut ein und zeigt ihn an. Sobald Netzwerk und Server wieder verfügbar sind, wiederholen Sie den Vorgang.</translation>
    </message>
    <message>
        <source>The ODBC driver is not installed on this computer. Install Microsoft ODBC Driver 18 for SQL Server, or pick an installed driver on the Environment page.</source>
        <translation>Der ODBC-Treiber ist auf diesem Computer nicht installiert. Installieren Sie Microsoft ODBC Driver 18 for SQL Server, oder wählen Sie auf der Seite „Umgebung“ einen installierten Treiber aus.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is not trusted. Install the certificate of the authority that issued it in this computer&apos;s trusted root store, or tick &quot;Trust server certificate&quot; on the Environment page (only where you trust the network).</source>
        <translation>Das TLS-Zertifikat des Servers ist nicht vertrauenswürdig. Installieren Sie das Zertifikat der ausstellenden Zertifizierungsstelle im Speicher „Vertrauenswürdige Stammzertifizierungsstellen“ dieses Computers, oder aktivieren Sie auf der Seite „Umgebung“ die Option „Serverzertifikat vertrauen“ (nur, wenn Sie dem Netzwerk vertrauen).</translation>
    </message>
    <message>
        <source>The server was not found or did not answer in time. Check the instance name and port (host,port or host\instance), that the SQL Server service runs, that the firewall lets its TCP port through, and for a named instance without a port that the SQL Server Browser service runs (UDP 1434). On a slow network raise the connection timeout on the Environment page.</source>
        <translation>Der Server wurde nicht gefunden oder hat nicht rechtzeitig geantwortet. Prüfen Sie Instanzname und Port (Host,Port oder Host\Instanz), ob der SQL Server-Dienst ausgeführt wird, ob die Firewall seinen TCP-Port durchlässt und, bei einer benannten Instanz ohne Port, ob der Dienst SQL Server-Browser ausgeführt wird (UDP 1434). Erhöhen Sie in einem langsamen Netzwerk das Verbindungstimeout auf der Seite „Umgebung“.</translation>
    </message>
    <message>
        <source>SQL Server error %1. Look the number up in the SQL Server documentation (Database Engine events and errors), fix the cause, then retry.</source>
        <translation>SQL Server-Fehler %1. Schlagen Sie die Nummer in der SQL Server-Dokumentation nach (Ereignisse und Fehler der Datenbank-Engine), beheben Sie die Ursache, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>The ODBC driver reported SQLSTATE %1. Check the connection settings on the Environment page and the driver&apos;s documentation, then retry.</source>
        <translation>Der ODBC-Treiber hat SQLSTATE %1 gemeldet. Prüfen Sie die Verbindungseinstellungen auf der Seite „Umgebung“ und die Dokumentation des Treibers, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>The server or the driver reported an error. Read its text above, fix the cause, then retry.</source>
        <translation>Der Server oder der Treiber hat einen Fehler gemeldet. Lesen Sie den Text oben, beheben Sie die Ursache, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>Login failed for %1 on %2. Check the login name and the password; SQL Server authentication must be enabled on the instance (mixed mode) and the login enabled. Or use Windows authentication.</source>
        <translation>Fehler bei der Anmeldung für %1 auf %2. Prüfen Sie Anmeldenamen und Kennwort; die SQL Server-Authentifizierung muss auf der Instanz aktiviert sein (gemischter Modus) und die Anmeldung ebenfalls. Oder verwenden Sie die Windows-Authentifizierung.</translation>
    </message>
    <message>
        <source>Login failed on %1 with Windows authentication. The account you run the wizard as needs a login on the instance (member of sysadmin); or use a SQL Server login.</source>
        <translation>Fehler bei der Anmeldung auf %1 mit Windows-Authentifizierung. Das Konto, unter dem Sie den Assistenten ausführen, benötigt eine Anmeldung auf der Instanz (Mitglied von sysadmin); oder verwenden Sie eine SQL Server-Anmeldung.</translation>
    </message>
    <message>
        <source>The ODBC driver &quot;%1&quot; is not installed on this computer. Install Microsoft ODBC Driver 18 for SQL Server, or pick an installed driver on the Environment page.</source>
        <translation>Der ODBC-Treiber „%1“ ist auf diesem Computer nicht installiert. Installieren Sie Microsoft ODBC Driver 18 for SQL Server, oder wählen Sie auf der Seite „Umgebung“ einen installierten Treiber aus.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted. Install the certificate of the authority that issued it in this computer&apos;s trusted root store, or tick &quot;Trust server certificate&quot; on the Environment page (only where you trust the network).</source>
        <translation>Das TLS-Zertifikat von %1 ist nicht vertrauenswürdig. Installieren Sie das Zertifikat der ausstellenden Zertifizierungsstelle im Speicher „Vertrauenswürdige Stammzertifizierungsstellen“ dieses Computers, oder aktivieren Sie auf der Seite „Umgebung“ die Option „Serverzertifikat vertrauen“ (nur, wenn Sie dem Netzwerk vertrauen).</translation>
    </message>
    <message>
        <source>Log shipping needs the FULL or BULK_LOGGED recovery model on the primary database, and it uses SIMPLE. Switch it (ALTER DATABASE ... SET RECOVERY FULL, or Properties &gt; Options &gt; Recovery model), take a full backup so that the log chain starts, then retry.</source>
        <translation>Für den Protokollversand muss die primäre Datenbank das Wiederherstellungsmodell FULL oder BULK_LOGGED verwenden, sie verwendet aber SIMPLE. Stellen Sie es um (ALTER DATABASE ... SET RECOVERY FULL oder Eigenschaften &gt; Optionen &gt; Wiederherstellungsmodell), erstellen Sie eine vollständige Sicherung, damit die Protokollkette beginnt, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>A log shipping entry for this database already exists. The wizard&apos;s scripts replace it (@overwrite = 1): run the step again. To remove the entry by hand, use sp_delete_log_shipping_primary_secondary / _primary_database on the primary or sp_delete_log_shipping_secondary_database / _secondary_primary on the secondary.</source>
        <translation>Für diese Datenbank ist bereits ein Protokollversandeintrag vorhanden. Die Skripts des Assistenten ersetzen ihn (@overwrite = 1): Führen Sie den Schritt erneut aus. Um den Eintrag manuell zu entfernen, verwenden Sie sp_delete_log_shipping_primary_secondary / _primary_database auf dem primären Server oder sp_delete_log_shipping_secondary_database / _secondary_primary auf dem sekundären Server.</translation>
    </message>
    <message>
        <source>The log shipping entry this action depends on does not exist (the primary database is not registered on this instance). Run the step again: it writes the primary configuration before the secondary one.</source>
        <translation>Der Protokollversandeintrag, von dem diese Aktion abhängt, ist nicht vorhanden (die primäre Datenbank ist auf dieser Instanz nicht registriert). Führen Sie den Schritt erneut aus: Er schreibt die primäre Konfiguration vor der sekundären.</translation>
    </message>
    <message>
        <source>A job with the log shipping job&apos;s name exists outside the Log Shipping category. Rename or delete that job (SQL Server Agent &gt; Jobs), or choose another job name on the page, then retry.</source>
        <translation>Außerhalb der Kategorie „Log Shipping“ ist ein Auftrag mit dem Namen des Protokollversandauftrags vorhanden. Benennen Sie diesen Auftrag um, oder löschen Sie ihn (SQL Server-Agent &gt; Aufträge), oder wählen Sie auf der Seite einen anderen Auftragsnamen, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>The SQL Server Agent job does not exist on this instance. Run the log shipping step (again) to create its jobs, or check the job names on the page.</source>
        <translation>Der SQL Server-Agent-Auftrag ist auf dieser Instanz nicht vorhanden. Führen Sie den Protokollversandschritt (erneut) aus, um seine Aufträge zu erstellen, oder prüfen Sie die Auftragsnamen auf der Seite.</translation>
    </message>
    <message>
        <source>SQL Server Agent is not running on this instance, so log shipping&apos;s jobs cannot run. Start the SQL Server Agent service (SQL Server Configuration Manager, startup type Automatic), then retry.</source>
        <translation>Der SQL Server-Agent wird auf dieser Instanz nicht ausgeführt, daher können die Aufträge des Protokollversands nicht ausgeführt werden. Starten Sie den Dienst SQL Server-Agent (SQL Server-Konfigurations-Manager, Starttyp „Automatisch“), und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>the SQL Server Agent service account</source>
        <translation>das Dienstkonto des SQL Server-Agents</translation>
    </message>
    <message>
        <source>Job %1 on %2 ran as %3, and that account may not use %4. Grant %3 (the SQL Server Agent service account, not your own) Read on the share %5 and on its folder, and Modify on the copy destination folder; then start the job again.</source>
        <translation>Auftrag %1 auf %2 wurde als %3 ausgeführt, und dieses Konto darf %4 möglicherweise nicht verwenden. Erteilen Sie %3 (dem Dienstkonto des SQL Server-Agents, nicht Ihrem eigenen) die Berechtigung „Lesen“ für die Freigabe %5 und ihren Ordner sowie „Ändern“ für den Zielordner für kopierte Dateien; starten Sie den Auftrag dann erneut.</translation>
    </message>
    <message>
        <source>Job %1 on %2 did not find a folder of its configuration. Check that the share and the copy destination folder exist as %3 sees them, then start the job again.</source>
        <translation>Auftrag %1 auf %2 hat einen Ordner seiner Konfiguration nicht gefunden. Prüfen Sie, ob die Freigabe und der Zielordner für kopierte Dateien so vorhanden sind, wie %3 sie sieht, und starten Sie den Auftrag dann erneut.</translation>
    </message>
    <message>
        <source>The secondary database no longer continues the primary&apos;s log chain (it was recovered, or a log backup is missing). Initialize it again: run the step with &quot;Generate a full backup and restore it&quot;, then start the jobs again.</source>
        <translation>Die sekundäre Datenbank setzt die Protokollkette der primären Datenbank nicht mehr fort (sie wurde mit RECOVERY wiederhergestellt, oder eine Protokollsicherung fehlt). Initialisieren Sie sie erneut: Führen Sie den Schritt mit „Ja, eine vollständige Sicherung der primären Datenbank generieren und in der sekundären Datenbank wiederherstellen“ aus, und starten Sie die Aufträge dann erneut.</translation>
    </message>
    <message>
        <source>The primary database has no full backup that starts a log chain. Run the step with &quot;Generate a full backup and restore it&quot;, then start the jobs again.</source>
        <translation>Die primäre Datenbank hat keine vollständige Sicherung, mit der eine Protokollkette beginnt. Führen Sie den Schritt mit „Ja, eine vollständige Sicherung der primären Datenbank generieren und in der sekundären Datenbank wiederherstellen“ aus, und starten Sie die Aufträge dann erneut.</translation>
    </message>
    <message>
        <source>Job %1 on %2 failed. Its history (SQL Server Agent &gt; Jobs &gt; %1 &gt; View History) holds the message above; fix its cause, then start the job again.</source>
        <translation>Auftrag %1 auf %2 ist fehlgeschlagen. Sein Verlauf (SQL Server-Agent &gt; Aufträge &gt; %1 &gt; Verlauf anzeigen) enthält die obige Meldung; beheben Sie die Ursache, und starten Sie den Auftrag dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not found or did not answer within %n second(s) at %2. Check the name and port (host,port or host\instance), that the SQL Server service runs, that the firewall lets its TCP port through, and for a named instance without a port that the SQL Server Browser service runs (UDP 1434). On a slow network raise the connection timeout on the Environment page.</source>
        <translation>
            <numerusform>%1 wurde unter %2 nicht gefunden oder hat nicht innerhalb von %n Sekunde geantwortet. Prüfen Sie Name und Port (Host,Port oder Host\Instanz), ob der SQL Server-Dienst ausgeführt wird, ob die Firewall seinen TCP-Port durchlässt und, bei einer benannten Instanz ohne Port, ob der Dienst SQL Server-Browser ausgeführt wird (UDP 1434). Erhöhen Sie in einem langsamen Netzwerk das Verbindungstimeout auf der Seite „Umgebung“.</numerusform>
            <numerusform>%1 wurde unter %2 nicht gefunden oder hat nicht innerhalb von %n Sekunden geantwortet. Prüfen Sie Name und Port (Host,Port oder Host\Instanz), ob der SQL Server-Dienst ausgeführt wird, ob die Firewall seinen TCP-Port durchlässt und, bei einer benannten Instanz ohne Port, ob der Dienst SQL Server-Browser ausgeführt wird (UDP 1434). Erhöhen Sie in einem langsamen Netzwerk das Verbindungstimeout auf der Seite „Umgebung“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailbackApplication</name>
    <message>
        <source>The plan %1 is not valid; nothing was written:</source>
        <translation>Der Plan %1 ist ungültig; es wurde nichts geschrieben:</translation>
    </message>
    <message>
        <source>NOT OK: %1</source>
        <translation>NICHT OK: %1</translation>
    </message>
    <message>
        <source>Training lab</source>
        <translation>Schulungslabor</translation>
    </message>
    <message>
        <source>Training mode needs its lab, and the lab is not available.</source>
        <translation>Der Schulungsmodus benötigt sein Labor, und das Labor ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>NOT OK: the chain is intact and closed, but it ends in %1, not in the recorded %2: the journal was rewritten, or this is another run&apos;s folder.</source>
        <translation>NICHT OK: Die Kette ist unversehrt und abgeschlossen, endet aber in %1 statt im festgehaltenen %2: Das Überwachungsjournal wurde neu geschrieben, oder dies ist der Ordner eines anderen Durchlaufs.</translation>
    </message>
    <message>
        <source>The chain alone does not prove that nobody rewrote it: compare the final hash with the one recorded in the change ticket (--expect-hash).</source>
        <translation>Die Kette allein beweist nicht, dass niemand sie neu geschrieben hat: Vergleichen Sie den abschließenden Hash mit dem im Änderungsticket festgehaltenen (--expect-hash).</translation>
    </message>
    <message>
        <source>The final hash matches the recorded %1.</source>
        <translation>Der abschließende Hash stimmt mit dem festgehaltenen %1 überein.</translation>
    </message>
    <message numerus="yes">
        <source>OK: %n event(s) verified (screenshots: %1), final hash %2</source>
        <translation>
            <numerusform>OK: %n Ereignis überprüft (Bildschirmfotos: %1), abschließender Hash %2</numerusform>
            <numerusform>OK: %n Ereignisse überprüft (Bildschirmfotos: %1), abschließender Hash %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>FailbackIntroNotes</name>
    <message>
        <source>&lt;p&gt;Since the disaster the Persistent Chat pool runs &lt;b&gt;FailedOver&lt;/b&gt;: the backup instance in the other data center serves the &lt;code&gt;mgc&lt;/code&gt; database, mirrored to its own mirror server. The failback lets the rebuilt primary data center serve the pool again: mgc is backed up on the backup instance and restored over the primary&apos;s mgc, log shipping from the primary to the backup instance is set up again, and the pool returns to &lt;b&gt;Normal&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seit dem Notfall befindet sich der Pool für beständigen Chat im Zustand &lt;b&gt;FailedOver&lt;/b&gt;: Die Sicherungsinstanz im anderen Rechenzentrum stellt die Datenbank &lt;code&gt;mgc&lt;/code&gt; bereit, gespiegelt auf ihren eigenen Spiegelserver. Mit dem Failback übernimmt das wiederhergestellte primäre Rechenzentrum den Pool wieder: mgc wird auf der Sicherungsinstanz gesichert und über die primäre mgc-Datenbank wiederhergestellt, der Protokollversand von der primären Instanz zur Sicherungsinstanz wird neu eingerichtet, und der Pool kehrt in den Zustand &lt;b&gt;Normal&lt;/b&gt; zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The boxes are the procedure&apos;s assumptions. Microsoft&apos;s text states three of them: the primary data center has recovered from the total outage, &lt;code&gt;mgc&lt;/code&gt; and &lt;code&gt;mgccomp&lt;/code&gt; were rebuilt and reinstalled with Topology Builder, and no new mirror or backup servers were deployed during the failover. If one is not true, this procedure does not fit: stop and clarify before you tick. From step 1 until the pool is Normal again (step 7) users have no Persistent Chat.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Kontrollkästchen sind die Voraussetzungen des Verfahrens. Drei davon nennt der Text von Microsoft: Das primäre Rechenzentrum hat den Totalausfall überwunden, &lt;code&gt;mgc&lt;/code&gt; und &lt;code&gt;mgccomp&lt;/code&gt; wurden mit dem Topologie-Generator wiederhergestellt und erneut installiert, und während des Failovers wurden keine neuen Spiegel- oder Sicherungsserver bereitgestellt. Trifft eine davon nicht zu, passt dieses Verfahren nicht: Unterbrechen Sie hier, und klären Sie die Lage, bevor Sie ein Häkchen setzen. Von Schritt 1, bis der Pool wieder im Zustand Normal ist (Schritt 7), steht den Benutzern kein beständiger Chat zur Verfügung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No SSMS dialog belongs to this page; this is the state the failback starts from (names of the training lab). &lt;b&gt;Lync Server Management Shell&lt;/b&gt;, &lt;code&gt;Get-CsPersistentChatState&lt;/code&gt;:&lt;/p&gt;&lt;pre&gt;Identity  : PersistentChatServer:pchat.contoso.com
PoolState : FailedOver&lt;/pre&gt;</source>
        <translation>&lt;p&gt;Zu dieser Seite gehört kein SSMS-Dialogfeld; so sieht der Ausgangszustand des Failbacks aus (Namen aus dem Schulungslabor). &lt;b&gt;Lync Server-Verwaltungsshell&lt;/b&gt;, &lt;code&gt;Get-CsPersistentChatState&lt;/code&gt;:&lt;/p&gt;&lt;pre&gt;Identity  : PersistentChatServer:pchat.contoso.com
PoolState : FailedOver&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SSMS Object Explorer&lt;/b&gt; on the backup instance PCSQL02\PCHAT: &lt;code&gt;mgc (Principal, Synchronized)&lt;/code&gt; and &lt;code&gt;mgccomp (Principal, Synchronized)&lt;/code&gt;; on its mirror PCSQL02M\PCHAT the same databases as &lt;code&gt;(Mirror, Synchronized / Restoring...)&lt;/code&gt;. On the rebuilt primary PCSQL01\PCHAT, mgc and mgccomp are the small, new databases Topology Builder created.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SSMS-Objekt-Explorer&lt;/b&gt; auf der Sicherungsinstanz PCSQL02\PCHAT (englische Oberfläche): &lt;code&gt;mgc (Principal, Synchronized)&lt;/code&gt; und &lt;code&gt;mgccomp (Principal, Synchronized)&lt;/code&gt;; auf ihrem Spiegelserver PCSQL02M\PCHAT dieselben Datenbanken als &lt;code&gt;(Mirror, Synchronized / Restoring...)&lt;/code&gt;. Auf der wiederhergestellten primären Instanz PCSQL01\PCHAT sind mgc und mgccomp die kleinen, neuen Datenbanken, die der Topologie-Generator angelegt hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>An assumption is not true, e.g. a new mirror server was deployed during the failover, or mgc on the primary was not reinstalled with Topology Builder.</source>
        <translation>Eine Voraussetzung trifft nicht zu, z. B. wurde während des Failovers ein neuer Spiegelserver bereitgestellt, oder mgc auf der primären Instanz wurde nicht mit dem Topologie-Generator erneut installiert.</translation>
    </message>
    <message>
        <source>The procedure does not cover that state. Do not tick the box: stop and agree on a plan with the owners of Lync Server and SQL Server. Every tick is written to the log.</source>
        <translation>Das Verfahren deckt diesen Zustand nicht ab. Setzen Sie das Häkchen nicht: Unterbrechen Sie hier, und vereinbaren Sie mit den Verantwortlichen für Lync Server und SQL Server einen Plan. Jedes Häkchen wird im Protokoll vermerkt.</translation>
    </message>
    <message>
        <source>&lt;code&gt;Get-CsPersistentChatState&lt;/code&gt; shows &lt;code&gt;PoolState : Normal&lt;/code&gt;.</source>
        <translation>&lt;code&gt;Get-CsPersistentChatState&lt;/code&gt; zeigt &lt;code&gt;PoolState : Normal&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>The pool already uses its primary databases: there was no failover, or someone has already failed back. Preflight reports this as a warning; find out before you change anything.</source>
        <translation>Der Pool verwendet bereits seine primären Datenbanken: Es gab kein Failover, oder jemand hat das Failback schon ausgeführt. Die Vorabprüfungen melden das als Warnung; klären Sie es, bevor Sie etwas ändern.</translation>
    </message>
    <message>
        <source>After &lt;b&gt;Open plan…&lt;/b&gt; every connection fails with &lt;i&gt;Msg 18456: Login failed for user &apos;sa&apos;.&lt;/i&gt;</source>
        <translation>Nach &lt;b&gt;Plan öffnen…&lt;/b&gt; schlägt jede Verbindung mit &lt;i&gt;Meldung 18456: Login failed for user &apos;sa&apos;.&lt;/i&gt; fehl.</translation>
    </message>
    <message>
        <source>Passwords are never written to a plan file. Type them again on the Environment page.</source>
        <translation>Kennwörter werden nie in eine Plandatei geschrieben. Geben Sie sie auf der Seite „Umgebung“ erneut ein.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Before step 1 changes anything, the wizard reads what it can on both instances and in the shell, and changes nothing. A missing permission is cheaper to find now than in step 3, with Persistent Chat already stopped. A failed check blocks Next; a warning must be acknowledged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bevor Schritt 1 etwas ändert, liest der Assistent alles, was er auf beiden Instanzen und in der Shell lesen kann, und ändert nichts. Eine fehlende Berechtigung lässt sich jetzt mit weniger Aufwand beheben als in Schritt 3, wenn der beständige Chat bereits nicht mehr verfügbar ist. Eine fehlgeschlagene Prüfung sperrt „Weiter“; eine Warnung müssen Sie bestätigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Among the checks: sysadmin on both instances; the primary at least at the backup&apos;s SQL Server version (a backup cannot be restored on an older one); database states, recovery models and mirroring roles; SQL Server Agent and its account; the share and the copy folder &lt;b&gt;as the service accounts see them&lt;/b&gt;: SQL Server opens them with its service account, not with yours, so your own access in Explorer proves nothing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Unter anderem wird geprüft: sysadmin auf beiden Instanzen; die primäre Instanz mindestens auf der SQL Server-Version der Sicherungsinstanz (eine Sicherung lässt sich nicht auf einer älteren Version wiederherstellen); Datenbankstatus, Wiederherstellungsmodelle und Spiegelungsrollen; der SQL Server-Agent und sein Konto; die Freigabe und der Kopierordner &lt;b&gt;so, wie die Dienstkonten sie sehen&lt;/b&gt;: SQL Server öffnet sie mit seinem Dienstkonto, nicht mit Ihrem, daher beweist Ihr eigener Zugriff im Explorer nichts.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a row to see its query under &lt;b&gt;Query or command of the selected check&lt;/b&gt;. In SSMS you would run, for example:&lt;/p&gt;&lt;pre&gt;SELECT servicename, status_desc, service_account
FROM sys.dm_server_services;&lt;/pre&gt;&lt;p&gt;with a row such as &lt;code&gt;SQL Server Agent (PCHAT) | Running | CONTOSO\svc-pchat-agent&lt;/code&gt;, and&lt;/p&gt;&lt;pre&gt;EXEC master.dbo.xp_fileexist N&apos;\\FS01\PChatLogShip&apos;;&lt;/pre&gt;&lt;p&gt;whose columns File Exists, File is a Directory and Parent Directory Exists read 0, 1, 1 for a folder the service account reaches.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Zeile aus, um ihre Abfrage unter &lt;b&gt;Abfrage oder Befehl der ausgewählten Prüfung&lt;/b&gt; zu sehen. In SSMS würden Sie zum Beispiel ausführen:&lt;/p&gt;&lt;pre&gt;SELECT servicename, status_desc, service_account
FROM sys.dm_server_services;&lt;/pre&gt;&lt;p&gt;mit einer Zeile wie &lt;code&gt;SQL Server Agent (PCHAT) | Running | CONTOSO\svc-pchat-agent&lt;/code&gt;, und&lt;/p&gt;&lt;pre&gt;EXEC master.dbo.xp_fileexist N&apos;\\FS01\PChatLogShip&apos;;&lt;/pre&gt;&lt;p&gt;dessen Spalten File Exists, File is a Directory und Parent Directory Exists bei einem Ordner, den das Dienstkonto erreicht, 0, 1, 1 lauten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The share row fails: &lt;i&gt;\\FS01\PChatLogShip is not visible to CONTOSO\svc-pchat-sql (xp_fileexist: not a folder)&lt;/i&gt;.</source>
        <translation>Die Zeile zur Freigabe schlägt fehl: &lt;i&gt;\\FS01\PChatLogShip ist für CONTOSO\svc-pchat-sql nicht sichtbar (xp_fileexist: kein Ordner)&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Grant that service account (not your own) read and write on the share and its folder, then Re-check. Left as it is, step 3 fails with &lt;i&gt;Msg 3201 … Operating system error 5(Access is denied.)&lt;/i&gt;</source>
        <translation>Erteilen Sie diesem Dienstkonto (nicht Ihrem eigenen) Lese- und Schreibzugriff auf die Freigabe und ihren Ordner, und klicken Sie dann auf „Erneut prüfen“. Bleibt es so, schlägt Schritt 3 mit &lt;i&gt;Meldung 3201 … Operating system error 5(Access is denied.)&lt;/i&gt; fehl.</translation>
    </message>
    <message>
        <source>SQL Server Agent: &lt;i&gt;Stopped&lt;/i&gt;.</source>
        <translation>SQL Server-Agent: &lt;i&gt;Beendet&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Start it in SQL Server Configuration Manager, start mode Automatic. Log shipping (step 5) is nothing but Agent jobs.</source>
        <translation>Starten Sie ihn im SQL Server-Konfigurations-Manager, Starttyp „Automatisch“. Der Protokollversand (Schritt 5) besteht ausschließlich aus Aufträgen des SQL Server-Agents.</translation>
    </message>
    <message>
        <source>Recovery model &lt;i&gt;SIMPLE&lt;/i&gt; for mgc on the backup instance.</source>
        <translation>Wiederherstellungsmodell &lt;i&gt;SIMPLE&lt;/i&gt; für mgc auf der Sicherungsinstanz.</translation>
    </message>
    <message>
        <source>The restore in step 4 carries it to the primary, and log shipping then refuses with Msg 32015. Run &lt;code&gt;ALTER DATABASE [mgc] SET RECOVERY FULL;&lt;/code&gt; on the backup instance, then Re-check.</source>
        <translation>Die Wiederherstellung in Schritt 4 überträgt es auf die primäre Instanz, und der Protokollversand lehnt dann mit Meldung 32015 ab. Führen Sie &lt;code&gt;ALTER DATABASE [mgc] SET RECOVERY FULL;&lt;/code&gt; auf der Sicherungsinstanz aus, und klicken Sie dann auf „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>Open sessions in mgc on the primary.</source>
        <translation>Offene Sitzungen in mgc auf der primären Instanz.</translation>
    </message>
    <message>
        <source>The restore in step 4 fails with Msg 3101 while they are open: stop the Persistent Chat services or close the query windows, or tick Close existing connections on the restore page.</source>
        <translation>Die Wiederherstellung in Schritt 4 schlägt mit Meldung 3101 fehl, solange sie geöffnet sind: Beenden Sie die Dienste für beständigen Chat, oder schließen Sie die Abfragefenster, oder aktivieren Sie auf der Seite „Primäre mgc-Datenbank wiederherstellen“ die Option „Bestehende Verbindungen mit der Zieldatenbank schließen“.</translation>
    </message>
</context>
<context>
    <name>FailoverIntroNotes</name>
    <message>
        <source>&lt;p&gt;The primary data center is lost: its SQL Server instances do not answer and the Persistent Chat pool is down. The failover lets the backup data center serve the pool: log shipping of &lt;code&gt;mgc&lt;/code&gt; is removed on the backup instance, the last log backups are copied and applied, mgc is brought online, the pool is set to &lt;b&gt;FailedOver&lt;/b&gt;, the new primary mgc is mirrored, and the servers of the backup data center become the active servers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das primäre Rechenzentrum ist verloren: Seine SQL Server-Instanzen antworten nicht, und der Pool für beständigen Chat ist ausgefallen. Das Failover lässt das Sicherungsrechenzentrum den Pool bedienen: Der Protokollversand von &lt;code&gt;mgc&lt;/code&gt; wird auf der Sicherungsinstanz entfernt, die letzten Protokollsicherungen werden kopiert und angewendet, mgc wird online geschaltet, der Pool erhält den Zustand &lt;b&gt;FailedOver&lt;/b&gt;, die neue primäre mgc-Datenbank wird gespiegelt, und die Server des Sicherungsrechenzentrums werden zu aktiven Servern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;mgccomp is not failed over.&lt;/b&gt; Only mgc is log-shipped; the compliance database&apos;s contents are transient, and the procedure leaves the compliance adapter&apos;s output to the administrator: compliance data not yet processed by the adapter before the disaster must be recovered from the adapter&apos;s own output, not from this failover.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;mgccomp wird nicht übernommen.&lt;/b&gt; Nur mgc wird per Protokollversand übertragen; der Inhalt der Compliancedatenbank ist kurzlebig, und das Verfahren überlässt die Ausgabe des Complianceadapters dem Administrator: Compliancedaten, die der Adapter vor dem Notfall noch nicht verarbeitet hatte, müssen aus der eigenen Ausgabe des Adapters wiederhergestellt werden, nicht aus diesem Failover.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SSMS&lt;/b&gt; on the backup instance PCSQL02\PCHAT: &lt;code&gt;mgc (Restoring...)&lt;/code&gt;, the log-shipping secondary. Connecting to PCSQL01\PCHAT fails. &lt;b&gt;Lync Server Management Shell&lt;/b&gt;, &lt;code&gt;Get-CsPersistentChatState&lt;/code&gt;: &lt;code&gt;PoolState : Normal&lt;/code&gt; (the pool still points at the lost primary).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SSMS&lt;/b&gt; auf der Sicherungsinstanz PCSQL02\PCHAT: &lt;code&gt;mgc (Restoring...)&lt;/code&gt;, die sekundäre Datenbank des Protokollversands. Die Verbindung mit PCSQL01\PCHAT schlägt fehl. &lt;b&gt;Lync Server-Verwaltungsshell&lt;/b&gt;, &lt;code&gt;Get-CsPersistentChatState&lt;/code&gt;: &lt;code&gt;PoolState : Normal&lt;/code&gt; (der Pool zeigt noch auf das verlorene primäre Rechenzentrum).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The primary instance answers.</source>
        <translation>Die primäre Instanz antwortet.</translation>
    </message>
    <message>
        <source>Then the primary data center is not lost. Preflight warns; a failover loses what the primary wrote after its last log backup. Stop and clarify before you go on.</source>
        <translation>Dann ist das primäre Rechenzentrum nicht verloren. Die Vorabprüfung warnt; ein Failover verliert, was die primäre Instanz nach ihrer letzten Protokollsicherung geschrieben hat. Halten Sie an, und klären Sie die Lage, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>mgc on the backup instance is ONLINE.</source>
        <translation>mgc auf der Sicherungsinstanz ist ONLINE.</translation>
    </message>
    <message>
        <source>Preflight says whether it was failed over already or never log-shipped; in the second case the plan names the wrong backup instance.</source>
        <translation>Die Vorabprüfung sagt, ob das Failover schon erfolgt ist oder ob mgc nie per Protokollversand übertragen wurde; im zweiten Fall nennt der Plan die falsche Sicherungsinstanz.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Preflight reads, and changes nothing. For the failover it expects the primary instance &lt;b&gt;not&lt;/b&gt; to answer and says so as a finding. It checks the backup instance and its login, SQL Server Agent and its account&apos;s access to the share and the copy folder, that mgc is RESTORING or STANDBY, and that the log backups in the copy folder and the share continue mgc&apos;s chain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Vorabprüfung liest nur und ändert nichts. Für das Failover erwartet sie, dass die primäre Instanz &lt;b&gt;nicht&lt;/b&gt; antwortet, und nennt das als Befund. Sie prüft die Sicherungsinstanz und ihre Anmeldung, den SQL Server-Agent und den Zugriff seines Kontos auf die Freigabe und den Kopierordner, dass mgc im Zustand RESTORING oder STANDBY ist und dass die Protokollsicherungen im Kopierordner und in der Freigabe die Protokollkette von mgc fortsetzen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In SSMS: &lt;code&gt;EXEC master.sys.xp_dirtree N&apos;\\FS01\PChatLogShip&apos;, 1, 1;&lt;/code&gt; lists the log backups, &lt;code&gt;RESTORE HEADERONLY&lt;/code&gt; shows each one&apos;s FirstLSN and LastLSN; each backup&apos;s FirstLSN must not be later than the previous one&apos;s LastLSN.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In SSMS: &lt;code&gt;EXEC master.sys.xp_dirtree N&apos;\\FS01\PChatLogShip&apos;, 1, 1;&lt;/code&gt; listet die Protokollsicherungen auf, &lt;code&gt;RESTORE HEADERONLY&lt;/code&gt; zeigt für jede FirstLSN und LastLSN; die FirstLSN einer Sicherung darf nicht nach der LastLSN der vorigen liegen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Gap in the log chain&lt;/i&gt;: a log backup is missing.</source>
        <translation>&lt;i&gt;Lücke in der Protokollkette&lt;/i&gt;: Eine Protokollsicherung fehlt.</translation>
    </message>
    <message>
        <source>Find the missing file (the primary&apos;s backup folder, a file backup of the share) and put it into the share. Without it mgc can only be brought online at the gap, and what came after is lost.</source>
        <translation>Suchen Sie die fehlende Datei (im Sicherungsordner der primären Instanz, in einer Dateisicherung der Freigabe), und legen Sie sie in die Freigabe. Ohne sie kann mgc nur am Beginn der Lücke online geschaltet werden, und alles Spätere geht verloren.</translation>
    </message>
    <message>
        <source>The share is not visible to the backup instance.</source>
        <translation>Die Freigabe ist für die Sicherungsinstanz nicht sichtbar.</translation>
    </message>
    <message>
        <source>Grant the SQL Server Agent account of the backup instance read access to the share.</source>
        <translation>Erteilen Sie dem SQL Server-Agent-Konto der Sicherungsinstanz Lesezugriff auf die Freigabe.</translation>
    </message>
    <message>
        <source>&lt;p&gt;This page names everything the failover touches. The &lt;b&gt;backup instance&lt;/b&gt; (lab: PCSQL02\PCHAT) holds the log-shipped copy of mgc that becomes the new primary database; the &lt;b&gt;primary instance&lt;/b&gt; (lab: PCSQL01\PCHAT) is the lost one, which the wizard only checks for not answering. Enter the names as &lt;code&gt;SELECT @@SERVERNAME&lt;/code&gt; returns them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Seite benennt alles, was das Failover berührt. Die &lt;b&gt;Sicherungsinstanz&lt;/b&gt; (Labor: PCSQL02\PCHAT) enthält die per Protokollversand übertragene Kopie von mgc, die zur neuen primären Datenbank wird. Die &lt;b&gt;primäre Instanz&lt;/b&gt; (Labor: PCSQL01\PCHAT) ist die verlorene; der Assistent prüft nur, dass sie nicht antwortet. Geben Sie die Namen so ein, wie &lt;code&gt;SELECT @@SERVERNAME&lt;/code&gt; sie zurückgibt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;After step 7 the pool runs in the backup data center: the backup instance serves mgc ONLINE, mirrored to the backup data center&apos;s mirror instance, the pool is &lt;b&gt;FailedOver&lt;/b&gt;, and the active servers are those of the backup data center. What the primary wrote after the last log backup that step 3 applied is lost; the report names that recovery point. mgccomp was not failed over.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nach Schritt 7 wird der Pool im Sicherungsrechenzentrum ausgeführt: Die Sicherungsinstanz stellt mgc im Zustand ONLINE bereit, gespiegelt auf die Spiegelinstanz des Sicherungsrechenzentrums, der Pool ist im Zustand &lt;b&gt;FailedOver&lt;/b&gt;, und die aktiven Server sind die des Sicherungsrechenzentrums. Was die primäre Instanz nach der letzten in Schritt 3 angewendeten Protokollsicherung geschrieben hat, ist verloren; der Bericht nennt diesen Wiederherstellungspunkt. Für mgccomp wurde kein Failover ausgeführt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Once the primary data center is rebuilt, the failback returns the pool to it. The table lists each step, where it runs and its state. &lt;b&gt;Export scripts&lt;/b&gt; writes the procedure as scripts, one file per step in run order, each naming the instance or shell it must run on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sobald das primäre Rechenzentrum wiederhergestellt ist, bringt das Failback den Pool dorthin zurück. Die Tabelle nennt jeden Schritt, wo er ausgeführt wird, und seinen Zustand. &lt;b&gt;Skripts exportieren&lt;/b&gt; schreibt das Verfahren als Skripts, eine Datei je Schritt in Ausführungsreihenfolge, jede mit der Instanz oder Shell, in der sie ausgeführt werden muss.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A check after the failover: &lt;code&gt;Get-CsPersistentChatState&lt;/code&gt; shows &lt;code&gt;PoolState : FailedOver&lt;/code&gt;, and &lt;code&gt;Get-CsDatabaseMirrorState&lt;/code&gt; shows mgc with the backup instance as principal. In SSMS the backup instance shows &lt;code&gt;mgc (Principal, Synchronized)&lt;/code&gt;; it has no log-shipping jobs for mgc any more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Prüfung nach dem Failover: &lt;code&gt;Get-CsPersistentChatState&lt;/code&gt; zeigt &lt;code&gt;PoolState : FailedOver&lt;/code&gt;, und &lt;code&gt;Get-CsDatabaseMirrorState&lt;/code&gt; zeigt mgc mit der Sicherungsinstanz als Prinzipal. In SSMS zeigt die Sicherungsinstanz &lt;code&gt;mgc (Prinzipal, synchronisiert)&lt;/code&gt;; sie hat keine Protokollversandaufträge für mgc mehr.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The primary instance answers again before its data center was rebuilt.</source>
        <translation>Die primäre Instanz antwortet wieder, bevor ihr Rechenzentrum wiederhergestellt wurde.</translation>
    </message>
    <message>
        <source>Do not let it serve the pool: its mgc is older than the backup&apos;s now. The failback starts from rebuilt primary databases, as Topology Builder creates them.</source>
        <translation>Lassen Sie sie den Pool nicht bedienen: Ihre mgc-Datenbank ist jetzt älter als die der Sicherungsinstanz. Das Failback beginnt mit wiederhergestellten primären Datenbanken, wie der Topologie-Generator sie erstellt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Steps 2 and 3 read the log backups from the &lt;b&gt;log-shipping share&lt;/b&gt; (lab: &lt;code&gt;\\FS01\PChatLogShip&lt;/code&gt;) and the &lt;b&gt;copy folder&lt;/b&gt; (lab: &lt;code&gt;E:\PChatLSCopy&lt;/code&gt;), as the backup instance&apos;s service account sees them. The &lt;b&gt;Failover&lt;/b&gt; tab holds what only the failover reads: the server and instance of the new primary and of its mirror (lab: PCSQL02M\PCHAT) for &lt;code&gt;Install-CsMirrorDatabase&lt;/code&gt;, its file share, and the active servers of the backup data center.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Schritte 2 und 3 lesen die Protokollsicherungen aus der &lt;b&gt;Freigabe für den Protokollversand&lt;/b&gt; (Labor: &lt;code&gt;\\FS01\PChatLogShip&lt;/code&gt;) und dem &lt;b&gt;Kopierordner&lt;/b&gt; (Labor: &lt;code&gt;E:\PChatLSCopy&lt;/code&gt;), so wie das Dienstkonto der Sicherungsinstanz sie sieht. Die Registerkarte &lt;b&gt;Failover&lt;/b&gt; enthält, was nur das Failover liest: Server und Instanz der neuen primären Datenbank und ihres Spiegels (Labor: PCSQL02M\PCHAT) für &lt;code&gt;Install-CsMirrorDatabase&lt;/code&gt;, dessen Dateifreigabe und die aktiven Server des Sicherungsrechenzentrums.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FailoverTrainingNotes</name>
    <message>
        <source>&lt;p&gt;Until the disaster the backup mgc was log shipping&apos;s &lt;b&gt;secondary&lt;/b&gt;: the Agent&apos;s copy job copied each log backup from the share to the copy folder, the restore job applied it WITH NORECOVERY. The primary data center is gone, so those jobs have nothing more to do, and they must not touch mgc once it is brought online. The procedure removes log shipping first, on the backup instance: &lt;code&gt;exec sp_delete_log_shipping_secondary_database mgc&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bis zum Ausfall war die mgc-Sicherungsdatenbank die &lt;b&gt;sekundäre Datenbank&lt;/b&gt; des Protokollversands: Der Kopierauftrag des SQL Server-Agents kopierte jede Protokollsicherung von der Freigabe in den Kopierordner, der Wiederherstellungsauftrag spielte sie WITH NORECOVERY ein. Das primäre Rechenzentrum ist ausgefallen, die Aufträge haben also nichts mehr zu tun, und sie dürfen mgc nicht mehr berühren, sobald die Datenbank online ist. Die Anleitung entfernt deshalb zuerst den Protokollversand, auf der Sicherungsinstanz: &lt;code&gt;exec sp_delete_log_shipping_secondary_database mgc&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The procedure deletes the secondary&apos;s rows in msdb and, with the last secondary database of the primary, the copy and restore jobs. The database itself stays RESTORING (or STANDBY). Afterwards msdb no longer knows the &lt;b&gt;last copied&lt;/b&gt; and &lt;b&gt;last restored&lt;/b&gt; file: the wizard reads them from &lt;code&gt;log_shipping_monitor_secondary&lt;/code&gt; before the removal and keeps them on the page, in the audit trail and in the report. Steps 2 and 3 start from them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die gespeicherte Prozedur löscht die Zeilen des sekundären Servers in msdb und, mit der letzten sekundären Datenbank des primären Servers, den Kopier- und den Wiederherstellungsauftrag. Die Datenbank selbst bleibt im Zustand RESTORING (oder STANDBY). Danach kennt msdb die &lt;b&gt;zuletzt kopierte&lt;/b&gt; und die &lt;b&gt;zuletzt wiederhergestellte&lt;/b&gt; Datei nicht mehr: Der Assistent liest sie vor dem Entfernen aus &lt;code&gt;log_shipping_monitor_secondary&lt;/code&gt; und bewahrt sie auf der Seite, im Überwachungspfad und im Bericht auf. Die Schritte 2 und 3 gehen von ihnen aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SSMS:&lt;/b&gt; the report &lt;i&gt;Transaction Log Shipping Status&lt;/i&gt; on the backup instance shows &lt;i&gt;Last Copied File&lt;/i&gt; and &lt;i&gt;Last Restored File&lt;/i&gt;; the database&apos;s Properties page &lt;i&gt;Transaction Log Shipping&lt;/i&gt; on the primary would remove the secondary with &lt;b&gt;Remove&lt;/b&gt;, but the primary is unreachable. Under SQL Server Agent &amp;gt; Jobs the jobs &lt;code&gt;LSCopy_…&lt;/code&gt; and &lt;code&gt;LSRestore_…&lt;/code&gt; disappear; &lt;code&gt;LSAlert_…&lt;/code&gt; stays.&lt;/p&gt;&lt;pre&gt;SELECT last_copied_file, last_restored_file
FROM msdb.dbo.log_shipping_monitor_secondary
WHERE secondary_database = N&apos;mgc&apos;;&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SSMS:&lt;/b&gt; Der Bericht &lt;i&gt;Status des Transaktionsprotokollversands&lt;/i&gt; auf der Sicherungsinstanz zeigt die zuletzt kopierte und die zuletzt wiederhergestellte Datei; auf der Seite &lt;i&gt;Transaktionsprotokollversand&lt;/i&gt; der Datenbankeigenschaften auf dem primären Server würde &lt;b&gt;Entfernen&lt;/b&gt; den sekundären Server entfernen, doch der primäre Server ist nicht erreichbar. Unter SQL Server-Agent &amp;gt; Aufträge verschwinden die Aufträge &lt;code&gt;LSCopy_…&lt;/code&gt; und &lt;code&gt;LSRestore_…&lt;/code&gt;; &lt;code&gt;LSAlert_…&lt;/code&gt; bleibt.&lt;/p&gt;&lt;pre&gt;SELECT last_copied_file, last_restored_file
FROM msdb.dbo.log_shipping_monitor_secondary
WHERE secondary_database = N&apos;mgc&apos;;&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Msg 32014: Database mgc does not exist as log shipping secondary.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Meldung 32014: Database mgc does not exist as log shipping secondary.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Log shipping is already removed, by an earlier run or by hand. Nothing to do: the wizard reads msdb first and shows the step as done; what log shipping knew is then gone from msdb.</source>
        <translation>Der Protokollversand ist bereits entfernt, durch einen früheren Durchlauf oder von Hand. Es ist nichts zu tun: Der Assistent liest zuerst msdb und zeigt den Schritt als erledigt an; was der Protokollversand wusste, ist dann nicht mehr in msdb.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Msg 229: The EXECUTE permission was denied on the object &apos;sp_delete_log_shipping_secondary_database&apos;.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Meldung 229: The EXECUTE permission was denied on the object &apos;sp_delete_log_shipping_secondary_database&apos;.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Only members of sysadmin may run it. Connect with a sysadmin login and Retry.</source>
        <translation>Nur Mitglieder von sysadmin dürfen sie ausführen. Stellen Sie die Verbindung mit einer sysadmin-Anmeldung her, und klicken Sie dann auf „Wiederholen“.</translation>
    </message>
    <message>
        <source>&lt;p&gt;When the primary data center went down, some log backups were already on the share but the copy job had not copied them yet. Every one of them holds transactions the backup mgc does not have: step 3 must apply them all, in sequence. The wizard lists the database&apos;s &lt;code&gt;&amp;lt;db&amp;gt;_&amp;lt;yyyyMMddHHmmss&amp;gt;.trn&lt;/code&gt; files on the share that the copy folder lacks, as the backup instance&apos;s service account sees both folders.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Als das primäre Rechenzentrum ausfiel, lagen einige Protokollsicherungen schon auf der Freigabe, doch der Kopierauftrag hatte sie noch nicht kopiert. Jede davon enthält Transaktionen, die der mgc-Sicherungsdatenbank fehlen: Schritt 3 muss sie alle der Reihe nach einspielen. Der Assistent listet die Dateien &lt;code&gt;&amp;lt;db&amp;gt;_&amp;lt;yyyyMMddHHmmss&amp;gt;.trn&lt;/code&gt; der Datenbank auf der Freigabe auf, die im Kopierordner fehlen, so wie das Dienstkonto der Sicherungsinstanz beide Ordner sieht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The procedure says to copy them into the copy folder. Since the secondary&apos;s SQL Server Agent account must read the share anyway (the procedure&apos;s IMPORTANT note), restoring them directly from the share is just as good and saves the copy: choose one. The choice is recorded, and step 3 reads the files where it says.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Anleitung sagt, sie in den Kopierordner zu kopieren. Da das SQL Server-Agent-Konto des sekundären Servers die Freigabe ohnehin lesen muss (der WICHTIG-Hinweis der Anleitung), ist die Wiederherstellung direkt von der Freigabe ebenso gut und spart das Kopieren: Wählen Sie eines von beiden. Die Wahl wird festgehalten, und Schritt 3 liest die Dateien dort, wo sie es angibt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Explorer&lt;/b&gt; on the backup server: the share and the copy folder side by side, the newest files only on the share. The wizard shows a ready command, e.g.&lt;/p&gt;&lt;pre&gt;robocopy &apos;\\FS01\PChatLogShip&apos; &apos;E:\PChatLSCopy&apos; &apos;mgc_20260504130500.trn&apos; /COPY:DAT /R:2 /W:5 /NP&lt;/pre&gt;&lt;p&gt;robocopy ends with exit code 1 when it copied files; 8 and above mean a failure. Verify lists both folders again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Im &lt;b&gt;Explorer&lt;/b&gt; auf dem Sicherungsserver: Freigabe und Kopierordner nebeneinander, die neuesten Dateien nur auf der Freigabe. Der Assistent zeigt einen fertigen Befehl, z. B.&lt;/p&gt;&lt;pre&gt;robocopy &apos;\\FS01\PChatLogShip&apos; &apos;E:\PChatLSCopy&apos; &apos;mgc_20260504130500.trn&apos; /COPY:DAT /R:2 /W:5 /NP&lt;/pre&gt;&lt;p&gt;robocopy endet mit dem Exitcode 1, wenn es Dateien kopiert hat; 8 und mehr bedeuten einen Fehler. „Überprüfen“ listet beide Ordner erneut auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The share lists no files, and reading one gives &lt;i&gt;Msg 3201: Cannot open backup device &apos;\\FS01\PChatLogShip\…&apos;. Operating system error 5(Access is denied.)&lt;/i&gt;</source>
        <translation>Die Freigabe listet keine Dateien auf, und das Lesen einer Datei ergibt &lt;i&gt;Meldung 3201: Cannot open backup device &apos;\\FS01\PChatLogShip\…&apos;. Operating system error 5(Access is denied.)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>xp_dirtree lists a folder it cannot read as empty, without an error; the wizard then reads a file there to get SQL Server&apos;s reason. The SQL Server service account and the Agent account of the backup instance need Read on the share (share and folder permissions). Grant it, then Re-check.</source>
        <translation>xp_dirtree zeigt einen Ordner, den es nicht lesen kann, ohne Fehler als leer an; der Assistent liest dann dort eine Datei, um den Grund von SQL Server zu erfahren. Das SQL Server-Dienstkonto und das SQL Server-Agent-Konto der Sicherungsinstanz benötigen Lesezugriff auf die Freigabe (Freigabe- und Ordnerberechtigungen). Erteilen Sie ihn, und klicken Sie dann auf „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>After robocopy, Verify still lists files as not copied.</source>
        <translation>Nach robocopy listet „Überprüfen“ weiterhin Dateien als nicht kopiert auf.</translation>
    </message>
    <message>
        <source>robocopy ran as an account that cannot read the share or write the copy folder (exit code 8 or more), or into another folder. Check its output and the folder names, then run it again.</source>
        <translation>robocopy lief unter einem Konto, das die Freigabe nicht lesen oder den Kopierordner nicht beschreiben kann (Exitcode 8 oder mehr), oder in einen anderen Ordner. Prüfen Sie die Ausgabe und die Ordnernamen, und führen Sie es dann erneut aus.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Log shipping kept the backup &lt;code&gt;mgc&lt;/code&gt; RESTORING and fed it the primary&apos;s log backups one after another. When the primary data center went down, some backups were restored, some only copied, some still on the share. Every one of them that the database lacks is restored now, oldest first, &lt;b&gt;WITH NORECOVERY&lt;/b&gt;, so that the database can take the next one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Protokollversand hielt die &lt;code&gt;mgc&lt;/code&gt;-Datenbank der Sicherungsinstanz im Zustand RESTORING und spielte ihr die Protokollsicherungen der primären Datenbank nacheinander ein. Als das primäre Rechenzentrum ausfiel, waren einige Sicherungen wiederhergestellt, einige nur kopiert und einige noch auf der Freigabe. Jede, die der Datenbank fehlt, wird jetzt wiederhergestellt, die älteste zuerst, &lt;b&gt;WITH NORECOVERY&lt;/b&gt;, damit die Datenbank die nächste aufnehmen kann.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A log backup covers an LSN range: &lt;code&gt;FirstLSN&lt;/code&gt; up to &lt;code&gt;LastLSN&lt;/code&gt;. The database knows where its next roll forward starts (&lt;code&gt;redo_start_lsn&lt;/code&gt; in &lt;code&gt;sys.master_files&lt;/code&gt;); SQL Server restores a backup only if that LSN lies in its range. The wizard reads every file&apos;s header, sorts them by LSN, skips what the database has, and finds a gap before it restores anything.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Protokollsicherung umfasst einen LSN-Bereich: &lt;code&gt;FirstLSN&lt;/code&gt; bis &lt;code&gt;LastLSN&lt;/code&gt;. Die Datenbank weiß, wo ihr nächstes Rollforward beginnt (&lt;code&gt;redo_start_lsn&lt;/code&gt; in &lt;code&gt;sys.master_files&lt;/code&gt;); SQL Server stellt eine Sicherung nur wieder her, wenn diese LSN in ihrem Bereich liegt. Der Assistent liest den Header jeder Datei, sortiert nach LSN, überspringt, was die Datenbank schon hat, und findet eine Lücke, bevor er etwas wiederherstellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In SSMS: Tasks &amp;gt; Restore &amp;gt; Transaction Log, once per file, with &quot;RESTORE WITH NORECOVERY&quot;. In a query window:&lt;/p&gt;&lt;pre&gt;RESTORE HEADERONLY FROM DISK = N&apos;E:\PChatLSCopy\mgc_20261204150000.trn&apos;;
RESTORE LOG [mgc] FROM DISK = N&apos;E:\PChatLSCopy\mgc_20261204150000.trn&apos;
WITH FILE = 1, NORECOVERY, STATS = 10;&lt;/pre&gt;&lt;p&gt;Each restore reports &quot;Processed n pages&quot;, its percent steps and &quot;RESTORE LOG successfully processed&quot;. The database stays RESTORING.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In SSMS: Tasks &amp;gt; Wiederherstellen &amp;gt; Transaktionsprotokoll, einmal je Datei, mit „RESTORE WITH NORECOVERY“. In einem Abfragefenster:&lt;/p&gt;&lt;pre&gt;RESTORE HEADERONLY FROM DISK = N&apos;E:\PChatLSCopy\mgc_20261204150000.trn&apos;;
RESTORE LOG [mgc] FROM DISK = N&apos;E:\PChatLSCopy\mgc_20261204150000.trn&apos;
WITH FILE = 1, NORECOVERY, STATS = 10;&lt;/pre&gt;&lt;p&gt;Jede Wiederherstellung meldet &lt;i&gt;Processed n pages&lt;/i&gt;, ihre Prozentschritte und &lt;i&gt;RESTORE LOG successfully processed&lt;/i&gt;. Die Datenbank bleibt im Zustand RESTORING.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Msg 4305: &quot;The log in this backup set begins at LSN x, which is too recent to apply to the database. An earlier log backup that includes LSN y can be restored.&quot;</source>
        <translation>Meldung 4305, Ebene 16: &lt;i&gt;The log in this backup set begins at LSN x, which is too recent to apply to the database. An earlier log backup that includes LSN y can be restored.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>A log backup between y and x is missing: look for it on the share, in the primary&apos;s backup folder or in another copy. Without it the database can only be brought online at y; what the primary wrote after it is lost.</source>
        <translation>Eine Protokollsicherung zwischen y und x fehlt: Suchen Sie sie auf der Freigabe, im Sicherungsordner der primären Instanz oder in einer anderen Kopie. Ohne sie lässt sich die Datenbank nur beim Stand y online schalten; was die primäre Datenbank danach geschrieben hat, ist verloren.</translation>
    </message>
    <message>
        <source>Msg 4326: &quot;The log in this backup set terminates at LSN x, which is too early to apply to the database.&quot;</source>
        <translation>Meldung 4326, Ebene 16: &lt;i&gt;The log in this backup set terminates at LSN x, which is too early to apply to the database.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The database has this backup already (the restore job got there first). Nothing is lost; the wizard skips it.</source>
        <translation>Die Datenbank hat diese Sicherung schon (der Wiederherstellungsauftrag war schneller). Nichts geht verloren; der Assistent überspringt sie.</translation>
    </message>
    <message>
        <source>Msg 3117: &quot;The log or differential backup cannot be restored because no files are ready to rollforward.&quot;</source>
        <translation>Meldung 3117, Ebene 16: &lt;i&gt;The log or differential backup cannot be restored because no files are ready to rollforward.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The database was recovered (RESTORE WITH RECOVERY, or someone brought it online): no log backup can be restored any more. The failover goes on with step 4&apos;s state.</source>
        <translation>Die Datenbank wurde wiederhergestellt (RESTORE WITH RECOVERY, oder jemand hat sie online geschaltet): Es lässt sich keine Protokollsicherung mehr wiederherstellen. Das Failover geht mit dem Zustand von Schritt 4 weiter.</translation>
    </message>
    <message>
        <source>Msg 3101: &quot;Exclusive access could not be obtained because the database is in use.&quot;</source>
        <translation>Meldung 3101, Ebene 16: &lt;i&gt;Exclusive access could not be obtained because the database is in use.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>A session uses mgc (in STANDBY mode it is readable): end it, then run the step again.</source>
        <translation>Eine Sitzung verwendet mgc (im STANDBY-Modus ist sie lesbar): Beenden Sie sie, und führen Sie den Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>&lt;p&gt;With every log backup restored, &lt;code&gt;RESTORE DATABASE [mgc] WITH RECOVERY&lt;/code&gt; ends the restore sequence: uncommitted transactions are rolled back and the database comes ONLINE. From then on no further log backup can be restored into it, so this is a commit page: you type the database and the instance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sind alle Protokollsicherungen wiederhergestellt, beendet &lt;code&gt;RESTORE DATABASE [mgc] WITH RECOVERY&lt;/code&gt; die Wiederherstellungssequenz: Transaktionen ohne Commit werden zurückgesetzt, und die Datenbank wird ONLINE. Danach lässt sich keine weitere Protokollsicherung mehr in sie wiederherstellen; deshalb geben Sie auf dieser Seite die Datenbank und die Instanz zur Bestätigung ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;recovery point&lt;/b&gt; is the end of the last log backup restored. What the primary wrote after it (the rest of its log, never backed up) is lost: the page and the report state that point, so that users can be told which messages to post again. mgccomp is not failed over.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der &lt;b&gt;Wiederherstellungspunkt&lt;/b&gt; ist das Ende der zuletzt wiederhergestellten Protokollsicherung. Was die primäre Datenbank danach geschrieben hat (der Rest ihres Protokolls, nie gesichert), ist verloren: Die Seite und der Bericht nennen diesen Punkt, damit die Benutzer erfahren, welche Nachrichten sie erneut senden müssen. Für mgccomp wird kein Failover ausgeführt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The procedure says: run &lt;code&gt;sp_who2&lt;/code&gt;, end the sessions in mgc with &lt;code&gt;KILL&lt;/code&gt;, then recover:&lt;/p&gt;&lt;pre&gt;EXEC sp_who2;
KILL 57;
RESTORE DATABASE [mgc] WITH RECOVERY;
SELECT state_desc FROM sys.databases WHERE name = N&apos;mgc&apos;;&lt;/pre&gt;&lt;p&gt;The last query shows ONLINE.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Anleitung sagt: &lt;code&gt;sp_who2&lt;/code&gt; ausführen, die Sitzungen in mgc mit &lt;code&gt;KILL&lt;/code&gt; beenden, dann wiederherstellen:&lt;/p&gt;&lt;pre&gt;EXEC sp_who2;
KILL 57;
RESTORE DATABASE [mgc] WITH RECOVERY;
SELECT state_desc FROM sys.databases WHERE name = N&apos;mgc&apos;;&lt;/pre&gt;&lt;p&gt;Die letzte Abfrage zeigt ONLINE.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A session holds mgc, or came back after KILL: an application reconnects. Stop it on its host (the page shows host and program), end the session, and run the step again.</source>
        <translation>Eine Sitzung hält mgc oder ist nach KILL wiedergekommen: Eine Anwendung verbindet sich erneut. Beenden Sie sie auf ihrem Host (die Seite zeigt Host und Programm), beenden Sie die Sitzung, und führen Sie den Schritt erneut aus.</translation>
    </message>
    <message>
        <source>Msg 6106: &quot;Process ID n is not an active process ID.&quot;</source>
        <translation>Meldung 6106, Ebene 16: &lt;i&gt;Process ID n is not an active process ID.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The session ended by itself meanwhile; nothing to do.</source>
        <translation>Die Sitzung hat sich inzwischen selbst beendet; nichts zu tun.</translation>
    </message>
    <message>
        <source>Msg 3153 (on a database that is ONLINE already): &quot;The database is already fully recovered.&quot;</source>
        <translation>Meldung 3153, Ebene 16 (bei einer Datenbank, die schon ONLINE ist): &lt;i&gt;The database is already fully recovered.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The step was done before; the wizard reports it as already done.</source>
        <translation>Der Schritt wurde schon ausgeführt; der Assistent meldet ihn als bereits erledigt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;With mgc online on the backup instance, the pool is told to use it:&lt;/p&gt;&lt;pre&gt;Set-CsPersistentChatState `
  -Identity &apos;PersistentChatServer:pchat.contoso.com&apos; `
  -PoolState FailedOver&lt;/pre&gt;&lt;p&gt;&lt;b&gt;FailedOver&lt;/b&gt;: the pool uses the backup databases defined in the topology; the mgc backup database now serves as the primary database. The wizard then runs &lt;code&gt;Get-CsPersistentChatState&lt;/code&gt; and counts the step done only when the pool reads FailedOver. The failback&apos;s last step is the same command with &lt;code&gt;-PoolState Normal&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sobald mgc auf der Sicherungsinstanz online ist, wird der Pool angewiesen, diese Datenbank zu verwenden:&lt;/p&gt;&lt;pre&gt;Set-CsPersistentChatState `
  -Identity &apos;PersistentChatServer:pchat.contoso.com&apos; `
  -PoolState FailedOver&lt;/pre&gt;&lt;p&gt;&lt;b&gt;FailedOver&lt;/b&gt;: Der Pool verwendet die in der Topologie definierten Sicherungsdatenbanken; die mgc-Sicherungsdatenbank dient jetzt als Primärdatenbank. Anschließend führt der Assistent &lt;code&gt;Get-CsPersistentChatState&lt;/code&gt; aus und wertet den Schritt erst als erledigt, wenn der Pool FailedOver meldet. Der letzte Schritt des Failbacks ist derselbe Befehl mit &lt;code&gt;-PoolState Normal&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;code&gt;Set-CsPersistentChatState&lt;/code&gt; writes nothing on success. &lt;code&gt;Get-CsPersistentChatState -Identity &apos;PersistentChatServer:pchat.contoso.com&apos;&lt;/code&gt; then shows:&lt;/p&gt;&lt;pre&gt;Identity  : PersistentChatServer:pchat.contoso.com
PoolState : FailedOver&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;code&gt;Set-CsPersistentChatState&lt;/code&gt; gibt bei Erfolg nichts aus. &lt;code&gt;Get-CsPersistentChatState -Identity &apos;PersistentChatServer:pchat.contoso.com&apos;&lt;/code&gt; zeigt danach:&lt;/p&gt;&lt;pre&gt;Identity  : PersistentChatServer:pchat.contoso.com
PoolState : FailedOver&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Set-CsPersistentChatState : Management object not found for identity &quot;service: pchat.contoso.com&quot;.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Set-CsPersistentChatState : Management object not found for identity &quot;service: pchat.contoso.com&quot;.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The shell does not know that form of the identity. Click Read pools and double-click the pool.</source>
        <translation>Die Shell kennt diese Form der Identität nicht. Klicken Sie auf „Pools lesen“, und doppelklicken Sie dann auf den Pool.</translation>
    </message>
    <message>
        <source>The pool is already FailedOver when the page opens.</source>
        <translation>Der Pool ist bereits im Zustand FailedOver, wenn sich die Seite öffnet.</translation>
    </message>
    <message>
        <source>The wizard shows the step as already done and runs nothing.</source>
        <translation>Der Assistent zeigt den Schritt als bereits erledigt an und führt nichts aus.</translation>
    </message>
    <message>
        <source>The pool reads FailedOver, but clients cannot post: mgc on the backup instance is still RESTORING.</source>
        <translation>Der Pool meldet FailedOver, aber Clients können nichts veröffentlichen: mgc ist auf der Sicherungsinstanz noch im Zustand RESTORING.</translation>
    </message>
    <message>
        <source>Step 4 (RESTORE DATABASE ... WITH RECOVERY) has not run or failed: go back and bring mgc online.</source>
        <translation>Schritt 4 (RESTORE DATABASE ... WITH RECOVERY) wurde nicht ausgeführt oder ist fehlgeschlagen: Gehen Sie zurück, und schalten Sie mgc online.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The new primary mgc has no mirror yet. &lt;code&gt;Install-CsMirrorDatabase&lt;/code&gt; establishes it, once per database type: &lt;code&gt;PersistentChat&lt;/code&gt; (mgc) and &lt;code&gt;PersistentChatCompliance&lt;/code&gt; (mgccomp). &lt;code&gt;-SqlServerFqdn&lt;/code&gt; and &lt;code&gt;-SqlInstanceName&lt;/code&gt; name the &lt;b&gt;principal&lt;/b&gt; (the backup instance); the mirror is the one Topology Builder defines for the backup store, PCSQL02M\PCHAT in the lab, not the mirror the primary had. The databases are exported to &lt;code&gt;-FileShare&lt;/code&gt; and imported on the mirror.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die neue primäre mgc-Datenbank hat noch keinen Spiegel. &lt;code&gt;Install-CsMirrorDatabase&lt;/code&gt; richtet ihn ein, einmal je Datenbanktyp: &lt;code&gt;PersistentChat&lt;/code&gt; (mgc) und &lt;code&gt;PersistentChatCompliance&lt;/code&gt; (mgccomp). &lt;code&gt;-SqlServerFqdn&lt;/code&gt; und &lt;code&gt;-SqlInstanceName&lt;/code&gt; nennen den &lt;b&gt;Prinzipal&lt;/b&gt; (die Sicherungsinstanz); der Spiegel ist derjenige, den der Topologie-Generator für den Sicherungsspeicher definiert, im Labor PCSQL02M\PCHAT, nicht der Spiegel der bisherigen primären Instanz. Die Datenbanken werden nach &lt;code&gt;-FileShare&lt;/code&gt; exportiert und auf dem Spiegel importiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This leaves exactly the mirroring that the failback&apos;s step 2 removes. A database already mirrored to that mirror is skipped, so a second run changes nothing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Damit entsteht genau die Spiegelung, die Schritt 2 des Failbacks entfernt. Eine Datenbank, die bereits zu diesem Spiegel gespiegelt wird, wird übersprungen; eine zweite Ausführung ändert also nichts.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;code&gt;Get-CsDatabaseMirrorState -PoolFqdn pchat.contoso.com&lt;/code&gt; per database:&lt;/p&gt;&lt;pre&gt;DatabaseName               : mgc
StateOnPrimary             : Principal
StateOnMirror              : Mirror
MirroringStatusOnPrimary   : Synchronized
MirroringStatusOnSecondary : Synchronized&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;code&gt;Get-CsDatabaseMirrorState -PoolFqdn pchat.contoso.com&lt;/code&gt; je Datenbank:&lt;/p&gt;&lt;pre&gt;DatabaseName               : mgc
StateOnPrimary             : Principal
StateOnMirror              : Mirror
MirroringStatusOnPrimary   : Synchronized
MirroringStatusOnSecondary : Synchronized&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SSMS Object Explorer&lt;/b&gt; on PCSQL02\PCHAT: &lt;code&gt;mgc (Principal, Synchronized)&lt;/code&gt;; database properties, page &lt;b&gt;Mirroring&lt;/b&gt;: the mirror server TCP://pcsql02m.contoso.com:5022.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SSMS-Objekt-Explorer&lt;/b&gt; auf PCSQL02\PCHAT: &lt;code&gt;mgc (Principal, Synchronized)&lt;/code&gt;; in den Datenbankeigenschaften, Seite &lt;b&gt;Spiegelung&lt;/b&gt;: der Spiegelserver TCP://pcsql02m.contoso.com:5022.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Install-CsMirrorDatabase : Command execution failed: Cannot connect to SQL Server &quot;PCSQL02M.contoso.com\PCHAT&quot;.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Install-CsMirrorDatabase : Command execution failed: Cannot connect to SQL Server &quot;PCSQL02M.contoso.com\PCHAT&quot;.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The mirror instance does not answer: start its SQL Server service, check the firewall (1433 and the mirroring endpoint 5022), then run the step again. The step installs only what is missing.</source>
        <translation>Die Spiegelinstanz antwortet nicht: Starten Sie ihren SQL Server-Dienst, prüfen Sie die Firewall (1433 und den Spiegelungsendpunkt 5022), und führen Sie den Schritt dann erneut aus. Der Schritt richtet nur ein, was noch fehlt.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Command execution failed: Database mgc already exists. Use -DropExistingDatabasesOnMirror to replace it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Command execution failed: Database mgc already exists. Use -DropExistingDatabasesOnMirror to replace it.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>An old copy lies on the mirror. If it is not needed, tick &quot;Drop existing databases on the mirror&quot; and run again.</source>
        <translation>Auf dem Spiegel liegt noch eine alte Kopie. Wenn sie nicht mehr gebraucht wird, aktivieren Sie „Vorhandene Datenbanken auf dem Spiegel löschen“, und führen Sie den Schritt erneut aus.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Cannot access the file share ...&lt;/i&gt;</source>
        <translation>&lt;i&gt;Cannot access the file share ...&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Give the SQL Server service accounts of the principal and the mirror read and write permissions on the share.</source>
        <translation>Erteilen Sie den SQL Server-Dienstkonten des Prinzipals und des Spiegels Lese- und Schreibrechte auf der Freigabe.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The servers of the lost data center are still the active servers. The servers of the backup data center replace them:&lt;/p&gt;&lt;pre&gt;Set-CsPersistentChatActiveServer `
  -Identity &apos;PChatServerCollection&apos; `
  -ActiveServers @{Replace=&apos;PCHAT03.contoso.com&apos;,&apos;PCHAT04.contoso.com&apos;}&lt;/pre&gt;</source>
        <translation>&lt;p&gt;Die Server des ausgefallenen Rechenzentrums sind noch die aktiven Server. Die Server des Sicherungsrechenzentrums ersetzen sie:&lt;/p&gt;&lt;pre&gt;Set-CsPersistentChatActiveServer `
  -Identity &apos;PChatServerCollection&apos; `
  -ActiveServers @{Replace=&apos;PCHAT03.contoso.com&apos;,&apos;PCHAT04.contoso.com&apos;}&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Important&lt;/b&gt; (the procedure): all active servers must be located within the same data center as the new primary database, or in a data center that has a low-latency, high-bandwidth connection to it. The wizard refuses a server that the plan places in the primary data center.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wichtig&lt;/b&gt; (laut Anleitung): Alle aktiven Server müssen sich im selben Rechenzentrum wie die neue Primärdatenbank befinden oder in einem Rechenzentrum mit einer Verbindung mit geringer Latenz und hoher Bandbreite zu ihr. Der Assistent lehnt einen Server ab, den der Plan dem primären Rechenzentrum zuordnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The cmdlet writes nothing on success, and no Get- cmdlet reads the list back: the Persistent Chat clients connect again through the servers listed. At this point the failover is complete.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Cmdlet gibt bei Erfolg nichts aus, und kein Get-Cmdlet liest die Liste zurück: Die Clients des beständigen Chats verbinden sich wieder über die aufgeführten Server. Damit ist das Failover abgeschlossen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A server of the primary data center is in the list.</source>
        <translation>Ein Server des primären Rechenzentrums steht in der Liste.</translation>
    </message>
    <message>
        <source>The plan check names it: remove it. It would serve users across the WAN from the new primary database.</source>
        <translation>Die Planprüfung nennt ihn: Entfernen Sie ihn. Er würde die Benutzer über das WAN aus der neuen Primärdatenbank bedienen.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Set-CsPersistentChatActiveServer : ... is not a Persistent Chat server of this pool.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Set-CsPersistentChatActiveServer : ... is not a Persistent Chat server of this pool.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Check the FQDN against Get-CsService -PersistentChatServer and correct it.</source>
        <translation>Vergleichen Sie den FQDN mit der Ausgabe von Get-CsService -PersistentChatServer, und korrigieren Sie ihn.</translation>
    </message>
</context>
<context>
    <name>FreeTdsConfig</name>
    <message>
        <source>The CA file&apos;s path contains a line break.</source>
        <translation>Der Pfad der Zertifizierungsstellendatei enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot read the audit journal %1: %2</source>
        <translation>Das Überwachungsjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The audit journal %1 is damaged at its end; it cannot be continued. Start a new run folder and keep this one for inspection.</source>
        <translation>Das Überwachungsjournal %1 ist an seinem Ende beschädigt und kann nicht fortgesetzt werden. Beginnen Sie einen neuen Durchlauf in einem neuen Ordner, und bewahren Sie diesen Ordner zur Prüfung auf.</translation>
    </message>
    <message>
        <source>The audit journal %1 is a symbolic link; it is not opened. Keep this folder for inspection and start a new run.</source>
        <translation>Das Überwachungsjournal %1 ist eine symbolische Verknüpfung; es wird nicht geöffnet. Bewahren Sie diesen Ordner zur Prüfung auf, und beginnen Sie einen neuen Durchlauf.</translation>
    </message>
    <message>
        <source>Cannot create the audit folder %1. Choose a folder you may write to: the run does not continue without recording what it does.</source>
        <translation>Der Überwachungsordner %1 kann nicht erstellt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen: Der Durchlauf wird nicht fortgesetzt, ohne aufzuzeichnen, was er tut.</translation>
    </message>
    <message>
        <source>Cannot write the audit journal %1: %2. Choose a folder you may write to: the run does not continue without recording what it does.</source>
        <translation>Das Überwachungsjournal %1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen: Der Durchlauf wird nicht fortgesetzt, ohne aufzuzeichnen, was er tut.</translation>
    </message>
    <message>
        <source>Cannot record in the audit journal %1: %2. Free disk space or choose another audit folder: the run does not continue without recording what it does.</source>
        <translation>Im Überwachungsjournal %1 kann nicht aufgezeichnet werden: %2. Geben Sie Speicherplatz frei, oder wählen Sie einen anderen Überwachungsordner: Der Durchlauf wird nicht fortgesetzt, ohne aufzuzeichnen, was er tut.</translation>
    </message>
</context>
<context>
    <name>LocalShellSettings</name>
    <message>
        <source>The plan names %1; this is ignored. Which program runs the Lync cmdlets is a setting of this computer (Environment page, or --shell-program and --shell-arguments), never of a shared plan.</source>
        <translation>Der Plan nennt %1; dies wird ignoriert. Welches Programm die Lync-Cmdlets ausführt, ist eine Einstellung dieses Computers (Seite „Umgebung“ oder --shell-program und --shell-arguments), nie eines weitergegebenen Plans.</translation>
    </message>
</context>
<context>
    <name>MinutesField</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message numerus="yes">
        <source>= %n day(s)</source>
        <translation>
            <numerusform>= %n Tag</numerusform>
            <numerusform>= %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>= %n hour(s)</source>
        <translation>
            <numerusform>= %n Stunde</numerusform>
            <numerusform>= %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>= %1 h %2 min</source>
        <translation>= %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>OperatorLog</name>
    <message>
        <source>Page opened: %1</source>
        <translation>Seite geöffnet: %1</translation>
    </message>
    <message>
        <source>Resuming the run recorded in %1; it goes on at the page &quot;%2&quot;.</source>
        <translation>Der in %1 aufgezeichnete Durchlauf wird fortgesetzt; er geht auf der Seite „%2“ weiter.</translation>
    </message>
    <message>
        <source>The report of %1 could not be written: %2</source>
        <translation>Der Bericht zu %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Run closed on the Summary page; its final hash is %1.</source>
        <translation>Der Durchlauf wurde auf der Seite „Zusammenfassung“ abgeschlossen; sein abschließender Hash ist %1.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Der Bericht wurde in %1 geschrieben.</translation>
    </message>
    <message>
        <source>The operator confirmed that the Active Server list is empty.</source>
        <translation>Der Bediener hat bestätigt, dass die Liste „Aktiver Server“ leer ist.</translation>
    </message>
    <message>
        <source>The operator withdrew the confirmation that the Active Server list is empty.</source>
        <translation>Der Bediener hat die Bestätigung, dass die Liste „Aktiver Server“ leer ist, zurückgenommen.</translation>
    </message>
    <message>
        <source>The operator acknowledged the preflight warnings.</source>
        <translation>Der Bediener hat die Warnungen der Vorabprüfungen zur Kenntnis genommen.</translation>
    </message>
    <message>
        <source>The operator withdrew the acknowledgement of the preflight warnings.</source>
        <translation>Der Bediener hat die Kenntnisnahme der Warnungen der Vorabprüfungen zurückgenommen.</translation>
    </message>
    <message>
        <source>Preflight checks started.</source>
        <translation>Die Vorabprüfungen wurden gestartet.</translation>
    </message>
    <message>
        <source>Preflight check &quot;%1&quot;: %2</source>
        <translation>Vorabprüfung „%1“: %2</translation>
    </message>
    <message>
        <source>The operator acknowledged the data-center warning for %1.</source>
        <translation>Der Bediener hat die Rechenzentrumswarnung für %1 zur Kenntnis genommen.</translation>
    </message>
    <message>
        <source>The operator withdrew the acknowledgement of the data-center warning for %1.</source>
        <translation>Der Bediener hat die Kenntnisnahme der Rechenzentrumswarnung für %1 zurückgenommen.</translation>
    </message>
    <message>
        <source>Step %1 started by the operator.</source>
        <translation>Der Bediener hat Schritt %1 gestartet.</translation>
    </message>
    <message>
        <source>Step %1 cancelled by the operator.</source>
        <translation>Der Bediener hat Schritt %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Script export to %1 refused: the folder has problems (see the message).</source>
        <translation>Der Export der Skripts nach %1 wurde abgelehnt: Mit dem Ordner gibt es Probleme (siehe Meldung).</translation>
    </message>
    <message>
        <source>Script files exported to %1: %2.</source>
        <translation>Skriptdateien nach %1 exportiert: %2.</translation>
    </message>
    <message>
        <source>Language switched to %1.</source>
        <translation>Sprache auf %1 umgestellt.</translation>
    </message>
    <message>
        <source>Assumption %1 confirmed.</source>
        <translation>Voraussetzung %1 bestätigt.</translation>
    </message>
    <message>
        <source>Assumption %1 withdrawn.</source>
        <translation>Bestätigung der Voraussetzung %1 zurückgenommen.</translation>
    </message>
    <message>
        <source>Training lab reset requested.</source>
        <translation>Das Zurücksetzen des Schulungslabors wurde angefordert.</translation>
    </message>
    <message>
        <source>Plan %1: %2</source>
        <translation>Plan %1: %2</translation>
    </message>
    <message>
        <source>Plan opened from %1.</source>
        <translation>Plan aus %1 geöffnet.</translation>
    </message>
    <message>
        <source>Plan saved to %1.</source>
        <translation>Plan in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Training drill chosen: %1</source>
        <translation>Gewählte Übung: %1</translation>
    </message>
    <message>
        <source>No training drill chosen.</source>
        <translation>Keine Übung gewählt.</translation>
    </message>
    <message>
        <source>Training drill &quot;%1&quot; strikes now.</source>
        <translation>Die Übung „%1“ löst ihren Fehler jetzt aus.</translation>
    </message>
    <message>
        <source>Training drill: the password of %1 was replaced by a mistyped one.</source>
        <translation>Übung: Das Kennwort für %1 wurde durch ein falsch eingegebenes ersetzt.</translation>
    </message>
    <message>
        <source>Training drill &quot;%1&quot; fixed in the lab.</source>
        <translation>Der Fehler der Übung „%1“ wurde im Labor behoben.</translation>
    </message>
    <message>
        <source>Audit trail of this run: %1</source>
        <translation>Überwachungspfad dieses Durchlaufs: %1</translation>
    </message>
    <message>
        <source>Resuming the run recorded in %1.</source>
        <translation>Der in %1 aufgezeichnete Durchlauf wird fortgesetzt.</translation>
    </message>
    <message>
        <source>The audit trail cannot be written: %1</source>
        <translation>Der Überwachungspfad kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>Die Verbindung mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Connection to %1 lost.</source>
        <translation>Die Verbindung mit %1 wurde getrennt.</translation>
    </message>
    <message>
        <source>Training lab started: scenario &quot;%1&quot;, %2 SQL Server instances.</source>
        <translation>Das Schulungslabor wurde gestartet: Szenario „%1“, %2 SQL Server-Instanzen.</translation>
    </message>
    <message>
        <source>Training lab: %1</source>
        <translation>Schulungslabor: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Trainer: disaster requested.</source>
        <translation>Trainer: Notfall angefordert.</translation>
    </message>
    <message>
        <source>Trainer: rebuild of the primary requested.</source>
        <translation>Trainer: Wiederherstellung des primären Rechenzentrums angefordert.</translation>
    </message>
    <message>
        <source>Procedure chosen: %1.</source>
        <translation>Verfahren gewählt: %1.</translation>
    </message>
    <message>
        <source>Training lab switched to the scenario &quot;%1&quot;.</source>
        <translation>Das Schulungslabor wurde auf das Szenario „%1“ umgestellt.</translation>
    </message>
    <message>
        <source>Training lab reset to the start of the failover.</source>
        <translation>Das Schulungslabor wurde auf den Beginn des Failovers zurückgesetzt.</translation>
    </message>
    <message>
        <source>Training lab reset to the start of the failback.</source>
        <translation>Das Schulungslabor wurde auf den Beginn des Failbacks zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <source>expected a text value in quotes</source>
        <translation>erwartet wird ein Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>erwartet wird true oder false</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>erwartet wird eine ganze Zahl</translation>
    </message>
    <message>
        <source>expected a time of day as &quot;HH:mm:ss&quot;, e.g. &quot;23:59:00&quot;</source>
        <translation>erwartet wird eine Uhrzeit als Text im Format HH:mm:ss, z. B. „23:59:00“</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>erwartet wird einer der Werte %1</translation>
    </message>
    <message>
        <source>expected an object in braces { }</source>
        <translation>erwartet wird ein Objekt in geschweiften Klammern { }</translation>
    </message>
    <message>
        <source>expected a list in brackets [ ]</source>
        <translation>erwartet wird eine Liste in eckigen Klammern [ ]</translation>
    </message>
    <message>
        <source>format %1 is not supported; this program reads format %2</source>
        <translation>Format %1 wird nicht unterstützt; dieses Programm liest Format %2</translation>
    </message>
    <message>
        <source>Cannot write the plan file %1: %2</source>
        <translation>Die Plandatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the plan file %1: %2</source>
        <translation>Die Plandatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The plan file %1 is not valid JSON: %2 at character %3.</source>
        <translation>Die Plandatei %1 ist kein gültiges JSON: %2 bei Zeichen %3.</translation>
    </message>
    <message>
        <source>The plan file %1 must hold a JSON object { ... } at its top level.</source>
        <translation>Die Plandatei %1 muss auf oberster Ebene ein JSON-Objekt { ... } enthalten.</translation>
    </message>
    <message>
        <source>The plan file %1 has values of the wrong kind:
%2</source>
        <translation>Die Plandatei %1 enthält Werte des falschen Typs:
%2</translation>
    </message>
</context>
<context>
    <name>PlanValidator</name>
    <message>
        <source>Enter the backup instance&apos;s name as SQL Server reports it (@@SERVERNAME), e.g. PCSQL02\PCHAT.</source>
        <translation>Geben Sie den Namen der Sicherungsinstanz so ein, wie SQL Server ihn meldet (@@SERVERNAME), z. B. PCSQL02\PCHAT.</translation>
    </message>
    <message>
        <source>Enter the primary instance&apos;s name as SQL Server reports it (@@SERVERNAME), e.g. PCSQL01\PCHAT.</source>
        <translation>Geben Sie den Namen der primären Instanz so ein, wie SQL Server ihn meldet (@@SERVERNAME), z. B. PCSQL01\PCHAT.</translation>
    </message>
    <message>
        <source>Shorten this value to at most %1 characters (it has %2).</source>
        <translation>Kürzen Sie diesen Wert auf höchstens %1 Zeichen (er hat %2).</translation>
    </message>
    <message>
        <source>Remove the characters &lt; &gt; : &quot; / | ? * from the names in this path: Windows does not allow them in file and folder names.</source>
        <translation>Entfernen Sie die Zeichen &lt; &gt; : &quot; / | ? * aus den Namen in diesem Pfad: Windows lässt sie in Datei- und Ordnernamen nicht zu.</translation>
    </message>
    <message>
        <source>Enter a UNC path of the form \\server\share or \\server\share\folder, e.g. \\FS01\PChatLogShip: both SQL Server instances must reach it over the network.</source>
        <translation>Geben Sie einen UNC-Pfad der Form \\server\freigabe oder \\server\freigabe\ordner ein, z. B. \\FS01\PChatLogShip: Beide SQL Server-Instanzen müssen ihn über das Netzwerk erreichen.</translation>
    </message>
    <message>
        <source>Enter only the file name, without a folder: the file goes into the share folder.</source>
        <translation>Geben Sie nur den Dateinamen ohne Ordner ein: Die Datei wird im Freigabeordner abgelegt.</translation>
    </message>
    <message>
        <source>End the file name with .bak, e.g. mgc_failback.bak, so that SSMS&apos;s Specify Backup dialog lists the file.</source>
        <translation>Lassen Sie den Dateinamen auf .bak enden, z. B. mgc_failback.bak, damit SSMS die Datei im Dialogfeld „Sicherung angeben“ auflistet.</translation>
    </message>
    <message>
        <source>Enter at least 1 minute for &quot;%1&quot;.</source>
        <translation>Geben Sie für „%1“ mindestens 1 Minute ein.</translation>
    </message>
    <message>
        <source>Enter the name as host or host\instance: the host of letters, digits, hyphens and dots, the instance name of up to 16 letters, digits, _, $ or #, starting with a letter or _.</source>
        <translation>Geben Sie den Namen als Host oder Host\Instanz ein: den Host aus Buchstaben, Ziffern, Bindestrichen und Punkten, den Instanznamen mit bis zu 16 Buchstaben, Ziffern, _, $ oder #, beginnend mit einem Buchstaben oder _.</translation>
    </message>
    <message>
        <source>Enter the address as host,port (port 1 to 65535) or host\instance, or leave it empty to connect to the instance name.</source>
        <translation>Geben Sie die Adresse als Host,Port (Port 1 bis 65535) oder Host\Instanz ein, oder lassen Sie sie leer, um die Verbindung über den Instanznamen herzustellen.</translation>
    </message>
    <message>
        <source>Enter the SQL Server login, or choose Windows authentication.</source>
        <translation>Geben Sie die SQL Server-Anmeldung ein, oder wählen Sie Windows-Authentifizierung.</translation>
    </message>
    <message>
        <source>Enter the name of the installed ODBC driver, e.g. ODBC Driver 18 for SQL Server.</source>
        <translation>Geben Sie den Namen des installierten ODBC-Treibers ein, z. B. ODBC Driver 18 for SQL Server.</translation>
    </message>
    <message>
        <source>Enter a login timeout between 1 and 600 seconds.</source>
        <translation>Geben Sie ein Anmeldetimeout zwischen 1 und 600 Sekunden ein.</translation>
    </message>
    <message>
        <source>The primary instance has the same name as the backup instance; enter the rebuilt instance in the primary data center.</source>
        <translation>Die primäre Instanz hat denselben Namen wie die Sicherungsinstanz; geben Sie die wiederhergestellte Instanz im primären Rechenzentrum ein.</translation>
    </message>
    <message>
        <source>The primary instance would be reached at the same address as the backup instance; enter the address of the rebuilt instance in the primary data center.</source>
        <translation>Die primäre Instanz wäre unter derselben Adresse erreichbar wie die Sicherungsinstanz; geben Sie die Adresse der wiederhergestellten Instanz im primären Rechenzentrum ein.</translation>
    </message>
    <message>
        <source>Enter the Persistent Chat database name (normally mgc).</source>
        <translation>Geben Sie den Namen der Datenbank für beständigen Chat ein (normalerweise mgc).</translation>
    </message>
    <message>
        <source>Enter the Persistent Chat compliance database name (normally mgccomp).</source>
        <translation>Geben Sie den Namen der Compliancedatenbank für beständigen Chat ein (normalerweise mgccomp).</translation>
    </message>
    <message>
        <source>The compliance database must differ from the Persistent Chat database (normally mgccomp and mgc).</source>
        <translation>Die Compliancedatenbank muss sich von der Datenbank für beständigen Chat unterscheiden (normalerweise mgccomp und mgc).</translation>
    </message>
    <message>
        <source>Enter the share location established for log shipping, e.g. \\FS01\PChatLogShip.</source>
        <translation>Geben Sie den Freigabespeicherort für den Protokollversand ein, z. B. \\FS01\PChatLogShip.</translation>
    </message>
    <message>
        <source>Enter the backup file name, e.g. mgc_failback.bak.</source>
        <translation>Geben Sie den Namen der Sicherungsdatei ein, z. B. mgc_failback.bak.</translation>
    </message>
    <message>
        <source>Enter a name for the backup set, e.g. mgc-Full Database Backup.</source>
        <translation>Geben Sie einen Namen für den Sicherungssatz ein, z. B. mgc-Full Database Backup.</translation>
    </message>
    <message>
        <source>Enter a progress interval (STATS) between 1 and 100 percent.</source>
        <translation>Geben Sie ein Fortschrittsintervall (STATS) zwischen 1 und 100 Prozent ein.</translation>
    </message>
    <message>
        <source>Enter the position of the backup set in the file (1 or more), as RESTORE HEADERONLY lists it.</source>
        <translation>Geben Sie die Position des Sicherungssatzes in der Datei ein (1 oder höher), wie RESTORE HEADERONLY sie auflistet.</translation>
    </message>
    <message>
        <source>Enter the logical file name as RESTORE FILELISTONLY lists it, or remove this row.</source>
        <translation>Geben Sie den logischen Dateinamen so ein, wie RESTORE FILELISTONLY ihn auflistet, oder entfernen Sie diese Zeile.</translation>
    </message>
    <message>
        <source>This logical file is already moved in another row; remove one of the two rows.</source>
        <translation>Diese logische Datei wird bereits in einer anderen Zeile verschoben; entfernen Sie eine der beiden Zeilen.</translation>
    </message>
    <message>
        <source>Enter the new physical file path, e.g. D:\Data\mgc.mdf, or remove this row.</source>
        <translation>Geben Sie den neuen physischen Dateipfad ein, z. B. D:\Data\mgc.mdf, oder entfernen Sie diese Zeile.</translation>
    </message>
    <message>
        <source>Enter an absolute physical path with a drive letter, e.g. D:\Data\mgc.mdf, or a UNC path.</source>
        <translation>Geben Sie einen absoluten physischen Pfad mit Laufwerkbuchstaben ein, z. B. D:\Data\mgc.mdf, oder einen UNC-Pfad.</translation>
    </message>
    <message>
        <source>Enter a name for the SQL Server Agent schedule, e.g. %1.</source>
        <translation>Geben Sie einen Namen für den Zeitplan des SQL Server-Agents ein, z. B. %1.</translation>
    </message>
    <message>
        <source>Enter an interval between 1 and 1440 minutes.</source>
        <translation>Geben Sie ein Intervall zwischen 1 und 1440 Minuten ein.</translation>
    </message>
    <message>
        <source>Enter an interval between 1 and 24 hours.</source>
        <translation>Geben Sie ein Intervall zwischen 1 und 24 Stunden ein.</translation>
    </message>
    <message>
        <source>Make the schedule&apos;s start time earlier than its end time, e.g. 00:00:00 to 23:59:00.</source>
        <translation>Wählen Sie eine Startzeit des Zeitplans, die vor seiner Endzeit liegt, z. B. 00:00:00 bis 23:59:00.</translation>
    </message>
    <message>
        <source>Enter the schedule&apos;s start date as YYYYMMDD, e.g. 20261126, or 0 for the day the plan is used.</source>
        <translation>Geben Sie das Startdatum des Zeitplans als JJJJMMTT ein, z. B. 20261126, oder 0 für den Tag, an dem der Plan verwendet wird.</translation>
    </message>
    <message>
        <source>Enter the network path to the backup folder, e.g. \\FS01\PChatLogShip.</source>
        <translation>Geben Sie den Netzwerkpfad zum Sicherungsordner ein, z. B. \\FS01\PChatLogShip.</translation>
    </message>
    <message>
        <source>Enter the backup folder&apos;s local path on the primary server with a drive letter, e.g. C:\PChatLogShip, or leave it empty when the folder is not on the primary server.</source>
        <translation>Geben Sie den lokalen Pfad des Sicherungsordners auf dem primären Server mit Laufwerkbuchstaben ein, z. B. C:\PChatLogShip, oder lassen Sie ihn leer, wenn sich der Ordner nicht auf dem primären Server befindet.</translation>
    </message>
    <message>
        <source>Delete files older than</source>
        <translation>Dateien löschen, die älter sind als</translation>
    </message>
    <message>
        <source>Alert if no backup occurs within</source>
        <translation>Warnen, wenn innerhalb von ... keine Sicherung erfolgt</translation>
    </message>
    <message>
        <source>Enter the backup job name, e.g. %1.</source>
        <translation>Geben Sie den Namen des Sicherungsauftrags ein, z. B. %1.</translation>
    </message>
    <message>
        <source>Enter the file name of the full backup that initializes the secondary database, e.g. mgc_logshipping_init.bak.</source>
        <translation>Geben Sie den Dateinamen der vollständigen Sicherung ein, mit der die sekundäre Datenbank initialisiert wird, z. B. mgc_logshipping_init.bak.</translation>
    </message>
    <message>
        <source>Enter the destination folder for copied files on the secondary server, e.g. E:\PChatLSCopy.</source>
        <translation>Geben Sie den Zielordner für kopierte Dateien auf dem sekundären Server ein, z. B. E:\PChatLSCopy.</translation>
    </message>
    <message>
        <source>Enter the destination folder for copied files as an absolute path with a drive letter, e.g. E:\PChatLSCopy, or as a UNC path.</source>
        <translation>Geben Sie den Zielordner für kopierte Dateien als absoluten Pfad mit Laufwerkbuchstaben ein, z. B. E:\PChatLSCopy, oder als UNC-Pfad.</translation>
    </message>
    <message>
        <source>Delete copied files after</source>
        <translation>Kopierte Dateien löschen nach</translation>
    </message>
    <message>
        <source>Keep log-shipping history for</source>
        <translation>Protokollversandverlauf aufbewahren für</translation>
    </message>
    <message>
        <source>Enter the copy job name, e.g. %1.</source>
        <translation>Geben Sie den Namen des Kopierauftrags ein, z. B. %1.</translation>
    </message>
    <message>
        <source>Enter a restore delay of 0 minutes or more; the procedure uses 0 minutes.</source>
        <translation>Geben Sie eine Wiederherstellungsverzögerung von 0 Minuten oder mehr ein; das Verfahren verwendet 0 Minuten.</translation>
    </message>
    <message>
        <source>Alert if no restore occurs within</source>
        <translation>Warnen, wenn innerhalb von ... keine Wiederherstellung erfolgt</translation>
    </message>
    <message>
        <source>Enter the restore job name, e.g. %1.</source>
        <translation>Geben Sie den Namen des Wiederherstellungsauftrags ein, z. B. %1.</translation>
    </message>
    <message>
        <source>Each log-shipping job needs its own name; this one is already used by another job.</source>
        <translation>Jeder Protokollversandauftrag benötigt einen eigenen Namen; dieser Name wird bereits von einem anderen Auftrag verwendet.</translation>
    </message>
    <message>
        <source>Enter the identity of the Active Server collection, e.g. PChatServerCollection (Lync Server 2013 documentation also writes global).</source>
        <translation>Geben Sie die Identität der Sammlung aktiver Server ein, z. B. PChatServerCollection (die Dokumentation zu Lync Server 2013 verwendet auch global).</translation>
    </message>
    <message>
        <source>Enter the pool&apos;s identity, e.g. PersistentChatServer:pchat.contoso.com; read it with Get-CsPersistentChatState.</source>
        <translation>Geben Sie die Identität des Pools ein, z. B. PersistentChatServer:pchat.contoso.com; lesen Sie sie mit Get-CsPersistentChatState aus.</translation>
    </message>
    <message>
        <source>Enter the pool identity as PersistentChatServer:&lt;pool FQDN&gt; or service:&lt;pool FQDN&gt;, e.g. PersistentChatServer:pchat.contoso.com; read the exact identity with Get-CsPersistentChatState.</source>
        <translation>Geben Sie die Poolidentität als PersistentChatServer:&lt;Pool-FQDN&gt; oder service:&lt;Pool-FQDN&gt; ein, z. B. PersistentChatServer:pchat.contoso.com; lesen Sie die genaue Identität mit Get-CsPersistentChatState aus.</translation>
    </message>
    <message>
        <source>Enter the primary data center, named as the active servers&apos; data centers are named, e.g. DC1.</source>
        <translation>Geben Sie das primäre Rechenzentrum so ein, wie die Rechenzentren der aktiven Server benannt sind, z. B. DC1.</translation>
    </message>
    <message>
        <source>Add at least one Persistent Chat server to the Active Server list, with its FQDN and data center.</source>
        <translation>Fügen Sie der Liste „Aktiver Server“ mindestens einen Server für beständigen Chat mit seinem FQDN und seinem Rechenzentrum hinzu.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s fully qualified domain name, e.g. pchat01.contoso.com.</source>
        <translation>Geben Sie den vollqualifizierten Domänennamen des Servers ein, z. B. pchat01.contoso.com.</translation>
    </message>
    <message>
        <source>Enter a fully qualified domain name such as pchat01.contoso.com: two or more labels separated by dots, each of 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen, 253 characters in all at most.</source>
        <translation>Geben Sie einen vollqualifizierten Domänennamen wie pchat01.contoso.com ein: zwei oder mehr durch Punkte getrennte Bezeichner aus je 1 bis 63 Buchstaben, Ziffern oder Bindestrichen, die nicht mit einem Bindestrich beginnen oder enden, insgesamt höchstens 253 Zeichen.</translation>
    </message>
    <message>
        <source>This server is already in the list (row %1); remove the duplicate.</source>
        <translation>Dieser Server steht bereits in der Liste (Zeile %1); entfernen Sie das Duplikat.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s data center, e.g. DC1.</source>
        <translation>Geben Sie das Rechenzentrum des Servers ein, z. B. DC1.</translation>
    </message>
    <message>
        <source>Enter the program that starts the management shell, e.g. powershell.exe.</source>
        <translation>Geben Sie das Programm ein, das die Verwaltungsshell startet, z. B. powershell.exe.</translation>
    </message>
    <message>
        <source>Enter a shell timeout between 5 and 3600 seconds.</source>
        <translation>Geben Sie ein Shell-Timeout zwischen 5 und 3600 Sekunden ein.</translation>
    </message>
    <message>
        <source>Remove the invisible formatting character %1 from %2 (retype the value rather than pasting it): such a character makes a name look different from what reaches the server.</source>
        <translation>Entfernen Sie das unsichtbare Formatierungszeichen %1 aus %2 (geben Sie den Wert neu ein, statt ihn einzufügen): Ein solches Zeichen lässt einen Namen anders aussehen als das, was beim Server ankommt.</translation>
    </message>
    <message>
        <source>Remove the line break, tab or other control character %1 from %2: this value must be a single line of text.</source>
        <translation>Entfernen Sie den Zeilenumbruch, den Tabulator oder das andere Steuerzeichen %1 aus %2: Dieser Wert muss aus einer einzigen Textzeile bestehen.</translation>
    </message>
    <message>
        <source>Choose another file name: Windows reserves CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9, and a name must not contain &quot;..&quot; or end with a dot or a space.</source>
        <translation>Wählen Sie einen anderen Dateinamen: Windows reserviert CON, PRN, AUX, NUL, COM1 bis COM9 und LPT1 bis LPT9, und ein Name darf weder „..“ enthalten noch mit einem Punkt oder Leerzeichen enden.</translation>
    </message>
    <message>
        <source>Remove \ / : * ? &quot; &lt; &gt; | and &quot;..&quot; from the database name, and do not use a name Windows reserves (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to LPT9): log shipping makes the file name %1 of it.</source>
        <translation>Entfernen Sie \ / : * ? &quot; &lt; &gt; | und „..“ aus dem Datenbanknamen, und verwenden Sie keinen Namen, den Windows reserviert (CON, PRN, AUX, NUL, COM1 bis COM9, LPT1 bis LPT9): Der Protokollversand bildet daraus den Dateinamen %1.</translation>
    </message>
    <message>
        <source>ODBC Driver 17 cannot encrypt strictly (TDS 8.0); choose Mandatory, or install and choose ODBC Driver 18 for SQL Server.</source>
        <translation>ODBC Driver 17 kann nicht streng verschlüsseln (TDS 8.0). Wählen Sie „Obligatorisch“, oder installieren und wählen Sie ODBC Driver 18 for SQL Server.</translation>
    </message>
    <message>
        <source>Enter the FQDN of the backup instance&apos;s server, e.g. PCSQL02.contoso.com: Install-CsMirrorDatabase takes it as -SqlServerFqdn of the new primary.</source>
        <translation>Geben Sie den FQDN des Servers der Sicherungsinstanz ein, z. B. PCSQL02.contoso.com: Install-CsMirrorDatabase erhält ihn als -SqlServerFqdn der neuen primären Instanz.</translation>
    </message>
    <message>
        <source>Enter the FQDN of the server of the backup instance&apos;s mirror, e.g. PCSQL02M.contoso.com, as Topology Builder names it for the backup store.</source>
        <translation>Geben Sie den FQDN des Spiegelservers der Sicherungsinstanz ein, z. B. PCSQL02M.contoso.com, so wie der Topologie-Generator ihn für den Sicherungsspeicher nennt.</translation>
    </message>
    <message>
        <source>Enter the instance name of up to 16 letters, digits, _, $ or #, starting with a letter or _, e.g. PCHAT, or leave it empty for the default instance.</source>
        <translation>Geben Sie den Instanznamen aus bis zu 16 Buchstaben, Ziffern, _, $ oder # ein, beginnend mit einem Buchstaben oder _, z. B. PCHAT, oder lassen Sie das Feld für die Standardinstanz leer.</translation>
    </message>
    <message>
        <source>The mirror is the backup instance itself; enter the backup instance&apos;s mirror, e.g. PCSQL02M.contoso.com.</source>
        <translation>Der Spiegel ist die Sicherungsinstanz selbst; geben Sie den Spiegel der Sicherungsinstanz ein, z. B. PCSQL02M.contoso.com.</translation>
    </message>
    <message>
        <source>Enter the file share through which the new primary&apos;s databases reach the mirror, e.g. \\FS01\PChatLogShip.</source>
        <translation>Geben Sie die Dateifreigabe ein, über die die Datenbanken der neuen primären Instanz zum Spiegel gelangen, z. B. \\FS01\PChatLogShip.</translation>
    </message>
    <message>
        <source>Add at least one Persistent Chat server of the backup data center to the active server list.</source>
        <translation>Fügen Sie der Liste der aktiven Server mindestens einen Server für beständigen Chat des Sicherungsrechenzentrums hinzu.</translation>
    </message>
    <message>
        <source>%1 is in the primary data center %2 (Active Servers of the failback); all active servers must be in the data center of the new primary database, or one with a low-latency, high-bandwidth link to it.</source>
        <translation>%1 steht im primären Rechenzentrum %2 (aktive Server des Failbacks); alle aktiven Server müssen sich im Rechenzentrum der neuen Primärdatenbank befinden oder in einem mit einer Verbindung mit geringer Latenz und hoher Bandbreite zu ihr.</translation>
    </message>
</context>
<context>
    <name>PreflightCheck</name>
    <message>
        <source>The backup instance answers and the login is sysadmin</source>
        <translation>Die Sicherungsinstanz antwortet, und die Anmeldung ist sysadmin</translation>
    </message>
    <message>
        <source>The primary instance answers and the login is sysadmin</source>
        <translation>Die primäre Instanz antwortet, und die Anmeldung ist sysadmin</translation>
    </message>
    <message>
        <source>The primary runs at least the SQL Server version of the backup instance</source>
        <translation>Auf der primären Instanz wird mindestens die SQL Server-Version der Sicherungsinstanz ausgeführt</translation>
    </message>
    <message>
        <source>%1 and %2 are ONLINE on the backup instance, recovery model FULL</source>
        <translation>%1 und %2 sind auf der Sicherungsinstanz ONLINE, Wiederherstellungsmodell FULL</translation>
    </message>
    <message>
        <source>Mirroring roles of %1 and %2 on the backup instance</source>
        <translation>Spiegelungsrollen von %1 und %2 auf der Sicherungsinstanz</translation>
    </message>
    <message>
        <source>%1 exists on the primary (reinstalled by Topology Builder), recovery model FULL</source>
        <translation>%1 ist auf der primären Instanz vorhanden (vom Topologie-Generator erneut installiert), Wiederherstellungsmodell FULL</translation>
    </message>
    <message>
        <source>Open sessions in %1 on the primary</source>
        <translation>Offene Sitzungen in %1 auf der primären Instanz</translation>
    </message>
    <message>
        <source>SQL Server Agent runs on the backup instance; its service account</source>
        <translation>Der SQL Server-Agent wird auf der Sicherungsinstanz ausgeführt; sein Dienstkonto</translation>
    </message>
    <message>
        <source>SQL Server Agent runs on the primary instance; its service account</source>
        <translation>Der SQL Server-Agent wird auf der primären Instanz ausgeführt; sein Dienstkonto</translation>
    </message>
    <message>
        <source>The backup instance&apos;s service account reaches the share</source>
        <translation>Das Dienstkonto der Sicherungsinstanz erreicht die Freigabe</translation>
    </message>
    <message>
        <source>The primary instance&apos;s service account reaches the share</source>
        <translation>Das Dienstkonto der primären Instanz erreicht die Freigabe</translation>
    </message>
    <message>
        <source>The copy folder exists on the backup server</source>
        <translation>Der Kopierordner ist auf dem Sicherungsserver vorhanden</translation>
    </message>
    <message>
        <source>The backup file does not exist yet (if it does, INIT overwrites its backup sets)</source>
        <translation>Die Sicherungsdatei ist noch nicht vorhanden (falls doch, überschreibt INIT ihre Sicherungssätze)</translation>
    </message>
    <message>
        <source>Size of %1 on the backup instance</source>
        <translation>Größe von %1 auf der Sicherungsinstanz</translation>
    </message>
    <message>
        <source>Free space on the primary&apos;s data and log volumes for the restore</source>
        <translation>Freier Speicherplatz auf den Daten- und Protokollvolumes der primären Instanz für die Wiederherstellung</translation>
    </message>
    <message>
        <source>The management shell starts and the module loads</source>
        <translation>Die Verwaltungsshell startet, und das Modul wird geladen</translation>
    </message>
    <message>
        <source>The pool is in the FailedOver state</source>
        <translation>Der Pool ist im Zustand FailedOver</translation>
    </message>
    <message>
        <source>The primary instance does not answer (the primary data center is down)</source>
        <translation>Die primäre Instanz antwortet nicht (das primäre Rechenzentrum ist ausgefallen)</translation>
    </message>
    <message>
        <source>%1 on the backup instance is a log-shipping secondary (RESTORING or STANDBY)</source>
        <translation>%1 auf der Sicherungsinstanz ist die sekundäre Datenbank des Protokollversands (RESTORING oder STANDBY)</translation>
    </message>
    <message>
        <source>The log backups in the copy folder and the share continue the chain of %1</source>
        <translation>Die Protokollsicherungen im Kopierordner und in der Freigabe setzen die Protokollkette von %1 fort</translation>
    </message>
    <message>
        <source>The pool is not failed over yet</source>
        <translation>Für den Pool ist noch kein Failover erfolgt</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Persistent Chat failback</source>
        <translation>Failback für den Server für beständigen Chat</translation>
    </message>
    <message>
        <source>Persistent Chat failover</source>
        <translation>Failover für den Server für beständigen Chat</translation>
    </message>
</context>
<context>
    <name>ProcedureScript</name>
    <message>
        <source>Check the backup instance: version, permissions, databases, mirroring, services, the share and the copy folder</source>
        <translation>Sicherungsinstanz prüfen: Version, Berechtigungen, Datenbanken, Spiegelung, Dienste, Freigabe und Kopierordner</translation>
    </message>
    <message>
        <source>Check the primary instance: version, permissions, databases, sessions, services, the share and the free space</source>
        <translation>Primäre Instanz prüfen: Version, Berechtigungen, Datenbanken, Sitzungen, Dienste, Freigabe und freier Speicherplatz</translation>
    </message>
    <message>
        <source>Check the Persistent Chat pools and their state</source>
        <translation>Pools für beständigen Chat und ihren Zustand prüfen</translation>
    </message>
    <message>
        <source>Remove every server from the Active Server list, so that no Persistent Chat server connects to the databases during the failback</source>
        <translation>Alle Server aus der Liste „Aktiver Server“ entfernen, damit während des Failbacks kein Server für beständigen Chat eine Verbindung mit den Datenbanken herstellt</translation>
    </message>
    <message>
        <source>Remove mirroring from mgc, then from mgccomp (Tasks &gt; Mirror &gt; Remove Mirroring)</source>
        <translation>Spiegelung von mgc, dann von mgccomp entfernen (Aufgaben &gt; Spiegeln &gt; Spiegelung entfernen)</translation>
    </message>
    <message>
        <source>Full backup of mgc to the share location established for log shipping, then verify the backup</source>
        <translation>Vollständige Sicherung von mgc am Freigabespeicherort für den Protokollversand, dann Überprüfung der Sicherung</translation>
    </message>
    <message>
        <source>Full backup of mgc to the share location established for log shipping</source>
        <translation>Vollständige Sicherung von mgc am Freigabespeicherort für den Protokollversand</translation>
    </message>
    <message>
        <source>List the backup sets and files, then restore mgc: overwrite the existing database and leave it ready to use</source>
        <translation>Sicherungssätze und Dateien auflisten, dann mgc wiederherstellen: vorhandene Datenbank überschreiben und betriebsbereit belassen</translation>
    </message>
    <message>
        <source>Initialize the secondary database: full backup of the primary mgc to the backup folder</source>
        <translation>Sekundäre Datenbank initialisieren: vollständige Sicherung der primären mgc-Datenbank in den Sicherungsordner</translation>
    </message>
    <message>
        <source>Initialize the secondary database: restore the full backup in standby mode</source>
        <translation>Sekundäre Datenbank initialisieren: vollständige Sicherung im Standbymodus wiederherstellen</translation>
    </message>
    <message>
        <source>Initialize the secondary database: restore the full backup without recovery</source>
        <translation>Sekundäre Datenbank initialisieren: vollständige Sicherung im Modus ohne Wiederherstellung wiederherstellen</translation>
    </message>
    <message>
        <source>Enable mgc as the primary database in a log shipping configuration, with its backup job and schedule</source>
        <translation>mgc als primäre Datenbank in einer Protokollversandkonfiguration aktivieren, mit Sicherungsauftrag und Zeitplan</translation>
    </message>
    <message>
        <source>Add the secondary database with its copy and restore jobs and schedules</source>
        <translation>Sekundäre Datenbank mit ihren Kopier- und Wiederherstellungsaufträgen und Zeitplänen hinzufügen</translation>
    </message>
    <message>
        <source>Put the Persistent Chat servers of the primary data center on the Active Server list</source>
        <translation>Server für beständigen Chat des primären Rechenzentrums in die Liste „Aktiver Server“ aufnehmen</translation>
    </message>
    <message>
        <source>Return the pool to its normal state, then show the state</source>
        <translation>Pool im normalen Zustand wiederherstellen, dann den Zustand anzeigen</translation>
    </message>
    <message>
        <source>Record what log shipping knew (last copied and restored file, the folders and jobs), then remove mgc as the log shipping secondary with its copy and restore jobs</source>
        <translation>Festhalten, was der Protokollversand wusste (zuletzt kopierte und wiederhergestellte Datei, Ordner und Aufträge), dann mgc als sekundäre Datenbank des Protokollversands mit ihrem Kopier- und Wiederherstellungsauftrag entfernen</translation>
    </message>
    <message>
        <source>List the log backups on the share and in the copy folder as the backup instance&apos;s service account sees them; copy those missing with robocopy</source>
        <translation>Protokollsicherungen auf der Freigabe und im Kopierordner so auflisten, wie das Dienstkonto der Sicherungsinstanz sie sieht; die fehlenden mit robocopy kopieren</translation>
    </message>
    <message>
        <source>List the sessions in mgc and the last log backup restored (the recovery point); end each session with KILL &lt;session id&gt;, then recover mgc and check that it is ONLINE</source>
        <translation>Die Sitzungen in mgc und die zuletzt wiederhergestellte Protokollsicherung (den Wiederherstellungspunkt) auflisten; jede Sitzung mit KILL &lt;Sitzungs-ID&gt; beenden, dann mgc wiederherstellen und prüfen, dass sie ONLINE ist</translation>
    </message>
    <message>
        <source>Fail the pool over to the backup databases, then show the state</source>
        <translation>Failover des Pools auf die Sicherungsdatenbanken ausführen, dann den Zustand anzeigen</translation>
    </message>
    <message>
        <source>Mirror mgc and mgccomp of the new primary to the backup&apos;s mirror instance, then show the mirror state</source>
        <translation>mgc und mgccomp der neuen primären Instanz zur Spiegelinstanz der Sicherungsinstanz spiegeln, dann den Spiegelungsstatus anzeigen</translation>
    </message>
    <message>
        <source>Make the Persistent Chat servers of the backup data center the active servers</source>
        <translation>Die Server für beständigen Chat des Sicherungsrechenzentrums zu aktiven Servern machen</translation>
    </message>
    <message>
        <source>Check the backup instance before the failover: version, permissions, services, the share, the copy folder, mgc as a log-shipping secondary, its redo point and the log backups in the copy folder and the share (then read each one&apos;s header with RESTORE HEADERONLY)</source>
        <translation>Sicherungsinstanz vor dem Failover prüfen: Version, Berechtigungen, Dienste, Freigabe, Kopierordner, mgc als sekundäre Datenbank des Protokollversands, ihr Redo-Punkt und die Protokollsicherungen im Kopierordner und in der Freigabe (danach den Header jeder Sicherung mit RESTORE HEADERONLY lesen)</translation>
    </message>
    <message>
        <source>Check that the primary instance does not answer: the primary data center is down, so connecting is expected to fail</source>
        <translation>Prüfen, dass die primäre Instanz nicht antwortet: Das primäre Rechenzentrum ist ausgefallen, die Verbindung schlägt also erwartungsgemäß fehl</translation>
    </message>
    <message>
        <source>Check the Persistent Chat pools and that the pool is not failed over yet</source>
        <translation>Pools für beständigen Chat prüfen und dass für den Pool noch kein Failover erfolgt ist</translation>
    </message>
    <message>
        <source>List the log backups on the share and in the copy folder as the backup instance&apos;s service account sees them; nothing needs copying: step 3 restores those not copied from the share</source>
        <translation>Protokollsicherungen auf der Freigabe und im Kopierordner so auflisten, wie das Dienstkonto der Sicherungsinstanz sie sieht; nichts muss kopiert werden: Schritt 3 stellt die nicht kopierten von der Freigabe wieder her</translation>
    </message>
    <message>
        <source>List the log backups on the share and in the copy folder as the backup instance&apos;s service account sees them; then copy those missing in PowerShell, as an account that reads the share and writes the copy folder: %1</source>
        <translation>Protokollsicherungen auf der Freigabe und im Kopierordner so auflisten, wie das Dienstkonto der Sicherungsinstanz sie sieht; dann die fehlenden in PowerShell kopieren, mit einem Konto, das die Freigabe lesen und in den Kopierordner schreiben darf: %1</translation>
    </message>
    <message>
        <source>Read the state and redo point of mgc, then restore every log backup it lacks WITH NORECOVERY: the last batch lists the copy folder and the share, reads each file&apos;s header (RESTORE HEADERONLY), skips what mgc has, stops at a gap with the missing LSN range and at the first failed RESTORE LOG with SQL Server&apos;s messages</source>
        <translation>Zustand und Redo-Punkt von mgc lesen, dann jede fehlende Protokollsicherung WITH NORECOVERY wiederherstellen: Der letzte Batch listet den Kopierordner und die Freigabe auf, liest den Header jeder Datei (RESTORE HEADERONLY), überspringt, was mgc bereits hat, und hält bei einer Lücke mit dem fehlenden LSN-Bereich sowie beim ersten fehlgeschlagenen RESTORE LOG mit den Meldungen von SQL Server an</translation>
    </message>
    <message>
        <source>Read the state and redo point of mgc, then restore every log backup it lacks WITH NORECOVERY: the last batch lists the copy folder, reads each file&apos;s header (RESTORE HEADERONLY), skips what mgc has, stops at a gap with the missing LSN range and at the first failed RESTORE LOG with SQL Server&apos;s messages</source>
        <translation>Zustand und Redo-Punkt von mgc lesen, dann jede fehlende Protokollsicherung WITH NORECOVERY wiederherstellen: Der letzte Batch listet den Kopierordner auf, liest den Header jeder Datei (RESTORE HEADERONLY), überspringt, was mgc bereits hat, und hält bei einer Lücke mit dem fehlenden LSN-Bereich sowie beim ersten fehlgeschlagenen RESTORE LOG mit den Meldungen von SQL Server an</translation>
    </message>
</context>
<context>
    <name>ProcedureTexts</name>
    <message>
        <source>Fail back Persistent Chat Server</source>
        <translation>Failback für den Server für beständigen Chat ausführen</translation>
    </message>
    <message>
        <source>Restore normal operation in the primary data center after a Persistent Chat Server failover.</source>
        <translation>Nach einem Failover des Servers für beständigen Chat den normalen Betrieb im primären Rechenzentrum wieder aufnehmen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;This wizard walks you through the failback of a Lync Server 2013 / Skype for Business Server 2015 Persistent Chat pool, page by page, as Microsoft&apos;s procedure describes it: clear the Active Server list, remove mirroring on the backup instance, back up mgc to the log-shipping share, restore it over the primary mgc, configure log shipping again, set the active servers, and return the pool to Normal.&lt;/p&gt;&lt;p&gt;Every page shows the exact T-SQL or PowerShell it stands for (Script). Check each value before you go on: the restore and the log-shipping initialization overwrite databases.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieser Assistent führt Sie Seite für Seite durch das Failback eines Pools für beständigen Chat von Lync Server 2013 / Skype for Business Server 2015, wie es das Verfahren von Microsoft beschreibt: Liste „Aktiver Server“ leeren, Spiegelung auf der Sicherungsinstanz entfernen, mgc auf der Freigabe für den Protokollversand sichern, die Sicherung über die primäre mgc-Datenbank wiederherstellen, Protokollversand erneut konfigurieren, aktive Server festlegen und den Pool im normalen Zustand wiederherstellen.&lt;/p&gt;&lt;p&gt;Jede Seite zeigt das genaue T-SQL oder PowerShell, für das sie steht („Skript“). Prüfen Sie jeden Wert, bevor Sie fortfahren: Die Wiederherstellung und die Initialisierung des Protokollversands überschreiben Datenbanken.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The primary data center has recovered from the total outage and its servers have been rebuilt.</source>
        <translation>Das primäre Rechenzentrum hat den Totalausfall überwunden, und seine Server wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>The mgc and mgccomp databases in the primary data center were rebuilt and reinstalled with Topology Builder.</source>
        <translation>Die Datenbanken mgc und mgccomp im primären Rechenzentrum wurden mit dem Topologie-Generator wiederhergestellt und erneut installiert.</translation>
    </message>
    <message>
        <source>No new mirror or backup servers were deployed during the failover: the only servers deployed are the backup server and its mirror.</source>
        <translation>Während des Failovers wurden keine neuen Spiegel- und Sicherungsserver bereitgestellt: Die einzigen bereitgestellten Server sind der Sicherungsserver und sein Spiegelserver.</translation>
    </message>
    <message>
        <source>The pool currently runs in the FailedOver state on the backup database.</source>
        <translation>Der Pool befindet sich derzeit im Zustand FailedOver und verwendet die Sicherungsdatenbank.</translation>
    </message>
    <message>
        <source>The change is approved and the users know that Persistent Chat is unavailable during the failback.</source>
        <translation>Die Änderung ist genehmigt, und die Benutzer wissen, dass der beständige Chat während des Failbacks nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Before step 1 the wizard checks everything it can without changing anything: connectivity, permissions, versions, database states, mirroring, recovery models, SQL Server Agent and its account, the share and the copy folder as each service account sees them, free space, and the pool state. A failed check blocks the failback; a warning must be acknowledged.</source>
        <translation>Vor Schritt 1 prüft der Assistent alles, was er prüfen kann, ohne etwas zu ändern: Konnektivität, Berechtigungen, Versionen, Datenbankstatus, Spiegelung, Wiederherstellungsmodelle, SQL Server-Agent und sein Konto, Freigabe und Kopierordner aus Sicht jedes Dienstkontos, freien Speicherplatz und den Poolzustand. Eine fehlgeschlagene Prüfung blockiert das Failback; eine Warnung muss bestätigt werden.</translation>
    </message>
    <message>
        <source>The steps of the failback and what became of them.</source>
        <translation>Die Schritte des Failbacks und ihr Ergebnis.</translation>
    </message>
    <message>
        <source>What became of each step of the failback. Finish closes the run; when it is recorded, the wizard then writes its report into the audit folder. The whole procedure can also be exported as scripts, one file per step in run order, each naming the instance or shell it must run on.</source>
        <translation>Was aus jedem Schritt des Failbacks wurde. „Abschließen“ schließt den Durchlauf; wird er aufgezeichnet, schreibt der Assistent dann seinen Bericht in den Überwachungsordner. Das gesamte Verfahren lässt sich auch als Skripts exportieren, eine Datei je Schritt in Ausführungsreihenfolge, jede mit der Instanz oder Shell, in der sie ausgeführt werden muss.</translation>
    </message>
    <message>
        <source>Once every step of the failback is done, the cycle can start over here.</source>
        <translation>Sobald jeder Schritt des Failbacks erledigt ist, kann der Zyklus hier von vorn beginnen.</translation>
    </message>
    <message>
        <source>The pool is back in the primary data center: the cycle is complete. &quot;Start over with the failover&quot; closes this run, writes its report, and opens the failover&apos;s Welcome page; the lab returns to normal operation with log shipping, ready for the next disaster.</source>
        <translation>Der Pool wird wieder im primären Rechenzentrum ausgeführt: Der Zyklus ist abgeschlossen. „Mit dem Failover neu beginnen“ schließt diesen Durchlauf, schreibt seinen Bericht und öffnet die Seite „Willkommen“ des Failovers. Das Labor kehrt in den Normalbetrieb mit Protokollversand zurück und ist für den nächsten Notfall bereit.</translation>
    </message>
    <message>
        <source>&amp;Start over with the failover</source>
        <translation>Mit dem Failover neu be&amp;ginnen</translation>
    </message>
    <message>
        <source>The audit folder for this run cannot be created, so the failback cannot start: %1

Choose another audit folder (--audit-dir or the setting) or free space, then try again.</source>
        <translation>Der Überwachungsordner für diesen Durchlauf kann nicht angelegt werden, daher kann das Failback nicht beginnen: %1

Wählen Sie einen anderen Überwachungsordner (--audit-dir oder die Einstellung), oder geben Sie Speicherplatz frei, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Unfinished failback</source>
        <translation>Nicht abgeschlossenes Failback</translation>
    </message>
    <message>
        <source>An unfinished failback run was found:
%1

Continue it? The wizard reloads its plan (you type the passwords again), reads the real state of every step on the servers and continues at the first step that is not done. Nothing that is in place is run again.</source>
        <translation>Ein nicht abgeschlossener Failback-Durchlauf wurde gefunden:
%1

Möchten Sie ihn fortsetzen? Der Assistent lädt seinen Plan neu (Sie geben die Kennwörter erneut ein), liest den tatsächlichen Zustand jedes Schritts auf den Servern und setzt beim ersten nicht erledigten Schritt fort. Was bereits umgesetzt ist, wird nicht erneut ausgeführt.</translation>
    </message>
    <message>
        <source>Failback complete: all 7 steps are done or were in place; %1 is back in its primary data center.</source>
        <translation>Failback abgeschlossen: Alle 7 Schritte sind erledigt oder lagen bereits vor; %1 wird wieder aus seinem primären Rechenzentrum betrieben.</translation>
    </message>
    <message>
        <source>Fail over Persistent Chat Server</source>
        <translation>Failover für den Server für beständigen Chat ausführen</translation>
    </message>
    <message>
        <source>Let the backup data center serve the Persistent Chat pool after the primary data center is lost.</source>
        <translation>Den Pool für beständigen Chat nach dem Verlust des primären Rechenzentrums vom Sicherungsrechenzentrum bedienen lassen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;This wizard walks you through the failover of a Lync Server 2013 / Skype for Business Server 2015 Persistent Chat pool, as Microsoft&apos;s procedure describes it: remove log shipping from the backup mgc, copy and apply the log backups not yet applied, bring the backup mgc online, fail the pool over, mirror the new primary mgc, and set the active servers of the backup data center.&lt;/p&gt;&lt;p&gt;&lt;b&gt;mgccomp is not failed over.&lt;/b&gt; Its contents are transient; the compliance adapter&apos;s output is the administrator&apos;s responsibility. What the primary wrote after its last log backup is lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieser Assistent führt Sie durch das Failover eines Pools für beständigen Chat (Lync Server 2013 / Skype for Business Server 2015), wie das Verfahren von Microsoft es beschreibt: Protokollversand von der mgc-Sicherungsdatenbank entfernen, die noch nicht angewendeten Protokollsicherungen kopieren und anwenden, die mgc-Sicherungsdatenbank online schalten, das Failover des Pools ausführen, die neue primäre mgc-Datenbank spiegeln und die aktiven Server des Sicherungsrechenzentrums festlegen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;mgccomp wird nicht übernommen.&lt;/b&gt; Ihr Inhalt ist kurzlebig; für die Ausgabe des Complianceadapters ist der Administrator verantwortlich. Was die primäre Instanz nach ihrer letzten Protokollsicherung geschrieben hat, geht verloren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The primary data center is down: its SQL Server instances and Persistent Chat servers do not answer, and it will not come back soon enough.</source>
        <translation>Das primäre Rechenzentrum ist ausgefallen: Seine SQL Server-Instanzen und Server für beständigen Chat antworten nicht, und es kommt nicht rechtzeitig zurück.</translation>
    </message>
    <message>
        <source>mgc is log-shipped to the backup instance in the backup data center, and the share with the log backups is reachable from there.</source>
        <translation>mgc wird per Protokollversand an die Sicherungsinstanz im Sicherungsrechenzentrum übertragen, und die Freigabe mit den Protokollsicherungen ist von dort erreichbar.</translation>
    </message>
    <message>
        <source>mgccomp is not failed over: I know that its contents are transient and that the compliance adapter&apos;s output is the administrator&apos;s responsibility.</source>
        <translation>mgccomp wird nicht übernommen: Mir ist bekannt, dass ihr Inhalt kurzlebig ist und dass der Administrator für die Ausgabe des Complianceadapters verantwortlich ist.</translation>
    </message>
    <message>
        <source>What the primary wrote after its last log backup is lost; the owners of Persistent Chat accept that.</source>
        <translation>Was die primäre Instanz nach ihrer letzten Protokollsicherung geschrieben hat, geht verloren; die Verantwortlichen für den beständigen Chat akzeptieren das.</translation>
    </message>
    <message>
        <source>The failover is approved and the users know that Persistent Chat is unavailable until it is done.</source>
        <translation>Das Failover ist genehmigt, und die Benutzer wissen, dass der beständige Chat bis zu seinem Abschluss nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Before step 1 the wizard checks everything the failover needs without changing anything: that the primary data center is down, the backup instance and its login, SQL Server Agent and its account, the share and the copy folder as the backup instance sees them, mgc as a log-shipping secondary, the log chain on the share, and the pool state. A failed check blocks the failover; a warning must be acknowledged.</source>
        <translation>Vor Schritt 1 prüft der Assistent alles, was das Failover braucht, ohne etwas zu ändern: dass das primäre Rechenzentrum ausgefallen ist, die Sicherungsinstanz und ihre Anmeldung, den SQL Server-Agent und sein Konto, die Freigabe und den Kopierordner, wie die Sicherungsinstanz sie sieht, mgc als sekundäre Datenbank des Protokollversands, die Protokollkette in der Freigabe und den Poolzustand. Eine fehlgeschlagene Prüfung blockiert das Failover; eine Warnung muss bestätigt werden.</translation>
    </message>
    <message>
        <source>The steps of the failover and what became of them.</source>
        <translation>Die Schritte des Failovers und ihr Ergebnis.</translation>
    </message>
    <message>
        <source>What became of each step of the failover. Finish closes the run; when it is recorded, the wizard then writes its report into the audit folder. The whole procedure can also be exported as scripts, one file per step in run order, each naming the instance or shell it must run on.</source>
        <translation>Was aus jedem Schritt des Failovers wurde. „Abschließen“ schließt den Durchlauf; wird er aufgezeichnet, schreibt der Assistent dann seinen Bericht in den Überwachungsordner. Das gesamte Verfahren lässt sich auch als Skripts exportieren, eine Datei je Schritt in Ausführungsreihenfolge, jede mit der Instanz oder Shell, in der sie ausgeführt werden muss.</translation>
    </message>
    <message>
        <source>Once every step of the failover is done, the failback can follow here.</source>
        <translation>Sobald jeder Schritt des Failovers erledigt ist, kann hier das Failback folgen.</translation>
    </message>
    <message>
        <source>The pool now runs in the backup data center. In the cycle the failback comes next: the primary data center is rebuilt and the pool goes back to it. &quot;Go on with the failback&quot; closes this run, writes its report, and opens the failback&apos;s Welcome page, where Rebuild primary… brings the lab&apos;s primary data center back.</source>
        <translation>Der Pool wird jetzt im Sicherungsrechenzentrum ausgeführt. Im Zyklus folgt das Failback: Das primäre Rechenzentrum wird wiederhergestellt, und der Pool kehrt dorthin zurück. „Weiter zum Failback“ schließt diesen Durchlauf, schreibt seinen Bericht und öffnet die Seite „Willkommen“ des Failbacks. Dort stellt „Primäres Rechenzentrum wiederherstellen…“ das primäre Rechenzentrum des Labors wieder her.</translation>
    </message>
    <message>
        <source>&amp;Go on with the failback</source>
        <translation>Weiter zum Fail&amp;back</translation>
    </message>
    <message>
        <source>The audit folder for this run cannot be created, so the failover cannot start: %1

Choose another audit folder (--audit-dir or the setting) or free space, then try again.</source>
        <translation>Der Überwachungsordner für diesen Durchlauf kann nicht angelegt werden, daher kann das Failover nicht beginnen: %1

Wählen Sie einen anderen Überwachungsordner (--audit-dir oder die Einstellung), oder geben Sie Speicherplatz frei, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Unfinished failover</source>
        <translation>Nicht abgeschlossenes Failover</translation>
    </message>
    <message>
        <source>An unfinished failover run was found:
%1

Continue it? The wizard reloads its plan (you type the passwords again), reads the real state of every step on the servers and continues at the first step that is not done. Nothing that is in place is run again.</source>
        <translation>Ein nicht abgeschlossener Failover-Durchlauf wurde gefunden:
%1

Möchten Sie ihn fortsetzen? Der Assistent lädt seinen Plan neu (Sie geben die Kennwörter erneut ein), liest den tatsächlichen Zustand jedes Schritts auf den Servern und setzt beim ersten nicht erledigten Schritt fort. Was bereits umgesetzt ist, wird nicht erneut ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>Failover complete: all %n step(s) are done or were in place; %1 is served by the backup data center.</source>
        <translation>
            <numerusform>Failover abgeschlossen: %n Schritt ist erledigt oder war bereits ausgeführt; %1 wird vom Sicherungsrechenzentrum bedient.</numerusform>
            <numerusform>Failover abgeschlossen: Alle %n Schritte sind erledigt oder waren bereits ausgeführt; %1 wird vom Sicherungsrechenzentrum bedient.</numerusform>
        </translation>
    </message>
    <message>
        <source>I have read the warnings and accept them for this failback.</source>
        <translation>Ich habe die Warnungen gelesen und akzeptiere sie für dieses Failback.</translation>
    </message>
    <message>
        <source>I have read the warnings and accept them for this failover.</source>
        <translation>Ich habe die Warnungen gelesen und akzeptiere sie für dieses Failover.</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Anwenden</translation>
    </message>
</context>
<context>
    <name>RecordedRun</name>
    <message>
        <source>every step was recorded done</source>
        <translation>alle Schritte wurden als erledigt aufgezeichnet</translation>
    </message>
    <message>
        <source>it stopped at step %1, &quot;%2&quot; (last recorded: %3)</source>
        <translation>er endete bei Schritt %1 („%2“; zuletzt aufgezeichneter Status: %3)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>Started %1 on %2 by %3 for pool %4; %5.</source>
        <translation>Der Durchlauf wurde am %1 auf dem Computer %2 von %3 für den Pool %4 gestartet; %5.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>Das Journal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The journal %1 holds no run.</source>
        <translation>Das Journal %1 enthält keinen Durchlauf.</translation>
    </message>
    <message>
        <source>The run in %1 is not continued, because its audit trail does not verify: %2 Keep the folder for inspection (pchat-failback --verify-audit) and start a new run.</source>
        <translation>Der Durchlauf in %1 wird nicht fortgesetzt, weil sein Überwachungspfad die Überprüfung nicht besteht: %2 Bewahren Sie den Ordner zur Untersuchung auf (pchat-failback --verify-audit), und starten Sie einen neuen Durchlauf.</translation>
    </message>
</context>
<context>
    <name>RecoveryPoint</name>
    <message>
        <source>unknown (msdb records no log restore of %1)</source>
        <translation>unbekannt (msdb verzeichnet keine Protokollwiederherstellung von %1)</translation>
    </message>
    <message>
        <source>%1, taken until %2 (LSN %3)</source>
        <translation>%1, gesichert bis %2 (LSN %3)</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>en</source>
        <comment>lang attribute of the report: this translation&apos;s language code</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Failback report %1</source>
        <translation>Failback-Bericht %1</translation>
    </message>
    <message>
        <source>This run was a training run against the lab. Nothing in this report is evidence of a change to production.</source>
        <translation>Dieser Durchlauf war ein Schulungsdurchlauf im Labor. Nichts in diesem Bericht belegt eine Änderung an Produktionssystemen.</translation>
    </message>
    <message>
        <source>Pool %1, run %2</source>
        <translation>Pool %1, Durchlauf %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Verified: every event and screenshot matches its hash</source>
        <translation>Überprüft: Jedes Ereignis und jedes Bildschirmfoto stimmt mit seinem Hash überein</translation>
    </message>
    <message>
        <source>NOT verified: %1</source>
        <translation>Überprüfung NICHT bestanden: %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Ordner des Durchlaufs</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Events in the journal</source>
        <translation>Ereignisse im Journal</translation>
    </message>
    <message>
        <source>Final hash of the journal</source>
        <translation>Abschließender Hash des Journals</translation>
    </message>
    <message>
        <source>Hash chain</source>
        <translation>Hash-Kette</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>Bildschirmfotos</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Programmversion</translation>
    </message>
    <message>
        <source>Language at the start</source>
        <translation>Sprache zu Beginn</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Lines of the journal that are not events (not shown)</source>
        <translation>Zeilen des Journals, die keine Ereignisse sind (nicht angezeigt)</translation>
    </message>
    <message>
        <source>Unattended run: no screenshots were taken.</source>
        <translation>Unbeaufsichtigter Durchlauf: Es wurden keine Bildschirmfotos aufgenommen.</translation>
    </message>
    <message>
        <source>The journal or a screenshot was changed after it was recorded, or is missing: do not rely on this report as evidence.</source>
        <translation>Das Journal oder ein Bildschirmfoto wurde nach der Aufzeichnung geändert oder fehlt: Verwenden Sie diesen Bericht nicht als Nachweis.</translation>
    </message>
    <message>
        <source>Steps at a glance</source>
        <translation>Schritte im Überblick</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Erstes Ereignis</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3)</source>
        <translation>Von %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1; version %2, language %3</source>
        <translation>%1; Version %2, Sprache %3</translation>
    </message>
    <message>
        <source>Continues the run in %1</source>
        <translation>Setzt den Durchlauf in %1 fort</translation>
    </message>
    <message>
        <source>%1; language %2</source>
        <translation>%1; Sprache %2</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 auf %2</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>%1 (page %2)</source>
        <translation>%1 (Seite %2)</translation>
    </message>
    <message>
        <source>Starts, resumptions and end</source>
        <translation>Start, Fortsetzungen und Ende</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Weitere Ereignisse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Pages shown</source>
        <translation>Angezeigte Seiten</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Was geprüft wurde</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What was confirmed</source>
        <translation>Was bestätigt wurde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Typed or chosen</source>
        <translation>Eingegeben oder gewählt</translation>
    </message>
    <message>
        <source>What was run</source>
        <translation>Was ausgeführt wurde</translation>
    </message>
    <message>
        <source>No result: the run stopped while the command ran</source>
        <translation>Kein Ergebnis: Der Durchlauf endete, während der Befehl ausgeführt wurde</translation>
    </message>
    <message>
        <source>Command %1 on %2</source>
        <translation>Befehl %1 auf %2</translation>
    </message>
    <message>
        <source>Started %1, finished %2</source>
        <translation>Begonnen %1, beendet %2</translation>
    </message>
    <message>
        <source>Result: %1; duration %2; rows %3</source>
        <translation>Ergebnis: %1; Dauer %2; Zeilen %3</translation>
    </message>
    <message>
        <source>(the journal has no start event for this command)</source>
        <translation>(das Journal enthält kein Startereignis für diesen Befehl)</translation>
    </message>
    <message>
        <source>Script file %1, SHA-256 %2</source>
        <translation>Skriptdatei %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>What the server said</source>
        <translation>Was der Server meldete</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remedy: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <source>How the step went</source>
        <translation>Verlauf des Schritts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The file is missing.</source>
        <translation>Die Datei fehlt.</translation>
    </message>
    <message>
        <source>The path leaves the run folder; not shown.</source>
        <translation>Der Pfad führt aus dem Ordner des Durchlaufs heraus; nicht angezeigt.</translation>
    </message>
    <message>
        <source>The file does NOT match this hash: it was changed after it was taken.</source>
        <translation>Die Datei stimmt NICHT mit diesem Hash überein: Sie wurde nach der Aufnahme geändert.</translation>
    </message>
    <message>
        <source>%1 UTC, %2, page %3</source>
        <translation>%1 UTC, %2, Seite %3</translation>
    </message>
    <message>
        <source>File %1, SHA-256 %2</source>
        <translation>Datei %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Screenshot %1</source>
        <translation>Bildschirmfoto %1</translation>
    </message>
    <message>
        <source>The file is not a readable image.</source>
        <translation>Die Datei ist kein lesbares Bild.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Failback report %1</source>
        <translation>Failback-Bericht %1</translation>
    </message>
    <message>
        <source>Cannot create the PDF report.</source>
        <translation>Der PDF-Bericht kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot add page %1 to the PDF report.</source>
        <translation>Seite %1 kann dem PDF-Bericht nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Cannot finish the PDF report.</source>
        <translation>Der PDF-Bericht kann nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <source>Journal hash %1</source>
        <translation>Journal-Hash %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>TRAINING</source>
        <translation>SCHULUNG</translation>
    </message>
    <message>
        <source>Training (against the lab, not production)</source>
        <translation>Schulung (im Labor, nicht in der Produktion)</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Unfinished: the journal has no closing event (the program was stopped or crashed)</source>
        <translation>Nicht abgeschlossen: Das Journal hat kein abschließendes Ereignis (das Programm wurde beendet oder ist abgestürzt)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Not inspected</source>
        <translation>Nicht untersucht</translation>
    </message>
    <message>
        <source>Inspecting</source>
        <translation>Wird untersucht</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Bereits erledigt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird überprüft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>Typed confirmation</source>
        <translation>Eingegebene Bestätigung</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Warning acknowledged</source>
        <translation>Warnung bestätigt</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Dialogfeld</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Seite angezeigt</translation>
    </message>
    <message>
        <source>Before the action</source>
        <translation>Vor der Aktion</translation>
    </message>
    <message>
        <source>End state</source>
        <translation>Endzustand</translation>
    </message>
    <message>
        <source>the operator closed the wizard</source>
        <translation>der Bediener hat den Assistenten geschlossen</translation>
    </message>
    <message>
        <source>a step failed</source>
        <translation>ein Schritt ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the audit journal could not be written</source>
        <translation>das Überwachungsjournal konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>Durchlauf gestartet</translation>
    </message>
    <message>
        <source>Run resumed</source>
        <translation>Durchlauf fortgesetzt</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Sprache gewechselt</translation>
    </message>
    <message>
        <source>Run finished</source>
        <translation>Durchlauf beendet</translation>
    </message>
    <message>
        <source>Run interrupted</source>
        <translation>Durchlauf unterbrochen</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 local time (UTC%2)</source>
        <translation>%1 Ortszeit (UTC%2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>Start of the run (the confirmed assumptions)</source>
        <translation>Beginn des Durchlaufs (die bestätigten Voraussetzungen)</translation>
    </message>
    <message>
        <source>the plan does not confirm the target of a destructive step (unattended run)</source>
        <translation>der Plan bestätigt das Ziel eines destruktiven Schritts nicht (unbeaufsichtigter Durchlauf)</translation>
    </message>
    <message>
        <source>the operator cancelled the unattended run (Ctrl+C)</source>
        <translation>der Bediener hat den unbeaufsichtigten Durchlauf abgebrochen (Strg+C)</translation>
    </message>
    <message>
        <source>the trainer reset the training lab</source>
        <translation>der Trainer hat das Schulungslabor zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The report cannot be written: the program runs without its graphical part (QGuiApplication), which the PDF needs.</source>
        <translation>Der Bericht kann nicht geschrieben werden: Das Programm wird ohne seinen grafischen Teil (QGuiApplication) ausgeführt, den das PDF benötigt.</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RunRecord</name>
    <message>
        <source>The run folder %1 has no readable audit journal: %2</source>
        <translation>Der Ordner %1 des Durchlaufs enthält kein lesbares Überwachungsjournal: %2</translation>
    </message>
    <message>
        <source>The audit journal in %1 holds no event.</source>
        <translation>Das Überwachungsjournal in %1 enthält kein Ereignis.</translation>
    </message>
</context>
<context>
    <name>ScriptExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot export the scripts to %1: it is a file, not a folder.</source>
        <translation>Die Skripts können nicht nach %1 exportiert werden: Das ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1; choose a folder you may write to.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden; wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Run the files in this order, each on the target named here and in its header:</source>
        <translation>Führen Sie die Dateien in dieser Reihenfolge aus, jede auf dem Ziel, das hier und in ihrem Kopfkommentar genannt ist:</translation>
    </message>
    <message>
        <source>No password is stored in these files: sign in when you run them.</source>
        <translation>In diesen Dateien ist kein Kennwort gespeichert: Melden Sie sich an, wenn Sie sie ausführen.</translation>
    </message>
    <message>
        <source>pchat-failback: scripts of the %1</source>
        <translation>pchat-failback: Skripts für: %1</translation>
    </message>
    <message>
        <source>Step 2 only lists the log backups; its header holds the robocopy line that copies those missing (unless step 3 reads the share). Step 3 finds, orders and restores the log backups on the server itself and stops at a gap or a failed restore. Step 4 lists the sessions in mgc: end each one with KILL and its session ID before mgc can be recovered.</source>
        <translation>Schritt 2 listet die Protokollsicherungen nur auf; sein Kopfkommentar enthält die robocopy-Zeile, die die fehlenden kopiert (außer wenn Schritt 3 von der Freigabe liest). Schritt 3 findet, ordnet und stellt die Protokollsicherungen auf dem Server selbst wieder her und hält bei einer Lücke oder einer fehlgeschlagenen Wiederherstellung an. Schritt 4 listet die Sitzungen in mgc auf: Beenden Sie jede mit KILL und ihrer Sitzungs-ID, bevor mgc wiederhergestellt werden kann.</translation>
    </message>
</context>
<context>
    <name>ScriptPart</name>
    <message>
        <source>%1 (backup instance)</source>
        <translation>%1 (Sicherungsinstanz)</translation>
    </message>
    <message>
        <source>%1 (primary instance)</source>
        <translation>%1 (primäre Instanz)</translation>
    </message>
    <message>
        <source>Lync Server Management Shell (%1)</source>
        <translation>Lync Server-Verwaltungsshell (%1)</translation>
    </message>
    <message>
        <source>%1, connect to %2</source>
        <translation>%1, Verbindung über %2</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Run on: %1</source>
        <translation>Ausführen auf: %1</translation>
    </message>
    <message>
        <source>Run it in SSMS, or with sqlcmd -x (no variable substitution) and -f 65001 (UTF-8).</source>
        <translation>Führen Sie es in SSMS aus oder mit sqlcmd -x (ohne Variablenersetzung) und -f 65001 (UTF-8).</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Review this script before you run it: it was generated from the plan.</source>
        <translation>Prüfen Sie dieses Skript, bevor Sie es ausführen: Es wurde aus dem Plan erzeugt.</translation>
    </message>
</context>
<context>
    <name>ServiceState</name>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>Wird fortgesetzt</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>Wird angehalten</translation>
    </message>
</context>
<context>
    <name>StepInfo</name>
    <message>
        <source>Preflight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>Clear the Active Server list</source>
        <translation>Liste „Aktiver Server“ leeren</translation>
    </message>
    <message>
        <source>Remove mirroring from mgc and mgccomp</source>
        <translation>Spiegelung für mgc und mgccomp entfernen</translation>
    </message>
    <message>
        <source>Back up mgc to the log-shipping share</source>
        <translation>mgc auf der Freigabe für den Protokollversand sichern</translation>
    </message>
    <message>
        <source>Restore the primary mgc</source>
        <translation>Primäre mgc-Datenbank wiederherstellen</translation>
    </message>
    <message>
        <source>Configure log shipping for the primary mgc</source>
        <translation>Protokollversand für die primäre mgc-Datenbank konfigurieren</translation>
    </message>
    <message>
        <source>Set the active servers</source>
        <translation>Aktive Server festlegen</translation>
    </message>
    <message>
        <source>Return the pool to Normal</source>
        <translation>Pool im normalen Zustand wiederherstellen</translation>
    </message>
    <message>
        <source>Both SQL Server instances and the Lync Server Management Shell</source>
        <translation>Beide SQL Server-Instanzen und die Lync Server-Verwaltungsshell</translation>
    </message>
    <message>
        <source>Lync Server Management Shell</source>
        <translation>Lync Server-Verwaltungsshell</translation>
    </message>
    <message>
        <source>Backup SQL Server instance</source>
        <translation>SQL Server-Sicherungsinstanz</translation>
    </message>
    <message>
        <source>Primary SQL Server instance</source>
        <translation>Primäre SQL Server-Instanz</translation>
    </message>
    <message>
        <source>Primary and backup SQL Server instances</source>
        <translation>Primäre SQL Server-Instanz und SQL Server-Sicherungsinstanz</translation>
    </message>
    <message>
        <source>Backup SQL Server instance and the Lync Server Management Shell</source>
        <translation>SQL Server-Sicherungsinstanz und die Lync Server-Verwaltungsshell</translation>
    </message>
    <message>
        <source>Remove log shipping from the backup mgc</source>
        <translation>Protokollversand von der mgc-Sicherungsdatenbank entfernen</translation>
    </message>
    <message>
        <source>Copy the uncopied log backups</source>
        <translation>Nicht kopierte Protokollsicherungen kopieren</translation>
    </message>
    <message>
        <source>Apply the unapplied log backups</source>
        <translation>Nicht angewendete Protokollsicherungen anwenden</translation>
    </message>
    <message>
        <source>Bring the backup mgc online</source>
        <translation>mgc-Datenbank der Sicherungsinstanz online schalten</translation>
    </message>
    <message>
        <source>Fail the pool over</source>
        <translation>Failover für den Pool ausführen</translation>
    </message>
    <message>
        <source>Mirror the new primary mgc</source>
        <translation>Spiegelung für die neue primäre mgc-Datenbank einrichten</translation>
    </message>
    <message>
        <source>Set the active servers of the backup data center</source>
        <translation>Aktive Server des Sicherungsrechenzentrums festlegen</translation>
    </message>
</context>
<context>
    <name>TrainingNotes</name>
    <message>
        <source>&lt;p&gt;This page names everything the failback touches. The &lt;b&gt;backup instance&lt;/b&gt; serves mgc since the failover (lab: PCSQL02\PCHAT); the &lt;b&gt;primary instance&lt;/b&gt; is the rebuilt one whose mgc step 4 overwrites (lab: PCSQL01\PCHAT). A wrong name here means the wrong database overwritten: enter the names as &lt;code&gt;SELECT @@SERVERNAME&lt;/code&gt; returns them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Seite benennt alles, was das Failback betrifft. Die &lt;b&gt;Sicherungsinstanz&lt;/b&gt; stellt mgc seit dem Failover bereit (Labor: PCSQL02\PCHAT); die &lt;b&gt;primäre Instanz&lt;/b&gt; ist die wiederhergestellte Instanz, deren mgc-Datenbank Schritt 4 überschreibt (Labor: PCSQL01\PCHAT). Ein falscher Name an dieser Stelle bedeutet, dass die falsche Datenbank überschrieben wird: Geben Sie die Namen so ein, wie &lt;code&gt;SELECT @@SERVERNAME&lt;/code&gt; sie zurückgibt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;log-shipping share&lt;/b&gt; (lab: &lt;code&gt;\\FS01\PChatLogShip&lt;/code&gt;) is the seed&apos;s share location established for log shipping: both instances reach it, so step 3 writes the backup there and step 4 reads it. The &lt;b&gt;copy folder&lt;/b&gt; (lab: &lt;code&gt;E:\PChatLSCopy&lt;/code&gt;) on the backup server receives the log backups that log shipping copies. The &lt;b&gt;Lync Server&lt;/b&gt; tab holds the shell module (&lt;code&gt;Lync&lt;/code&gt; for 2013, &lt;code&gt;SkypeForBusiness&lt;/code&gt; for 2015), the active server collection, the pool identity and the primary data center.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die &lt;b&gt;Freigabe für den Protokollversand&lt;/b&gt; (Labor: &lt;code&gt;\\FS01\PChatLogShip&lt;/code&gt;) ist der Freigabespeicherort für den Protokollversand, von dem die Anleitung von Microsoft ausgeht: Beide Instanzen erreichen ihn, deshalb schreibt Schritt 3 die Sicherung dorthin, und Schritt 4 liest sie. Der &lt;b&gt;Kopierordner&lt;/b&gt; (Labor: &lt;code&gt;E:\PChatLSCopy&lt;/code&gt;) auf dem Sicherungsserver nimmt die Protokollsicherungen auf, die der Protokollversand kopiert. Die Registerkarte &lt;b&gt;Lync Server&lt;/b&gt; enthält das Shellmodul (&lt;code&gt;Lync&lt;/code&gt; für 2013, &lt;code&gt;SkypeForBusiness&lt;/code&gt; für 2015), die Sammlung aktiver Server, die Poolidentität und das primäre Rechenzentrum.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SSMS, Connect to Server:&lt;/b&gt; Server type Database Engine, Server name &lt;code&gt;PCSQL01\PCHAT&lt;/code&gt;, Authentication Windows or SQL Server Authentication with Login and Password. &lt;b&gt;Test connection&lt;/b&gt; here does the same and also tells whether the login is sysadmin, which every SQL step needs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SSMS, Verbindung mit Server herstellen:&lt;/b&gt; Servertyp Datenbank-Engine, Servername &lt;code&gt;PCSQL01\PCHAT&lt;/code&gt;, Authentifizierung Windows- oder SQL Server-Authentifizierung mit Anmeldename und Kennwort. &lt;b&gt;Verbindung testen&lt;/b&gt; auf dieser Seite tut dasselbe und zeigt außerdem, ob die Anmeldung sysadmin ist, was jeder SQL-Schritt erfordert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Lync shell:&lt;/b&gt; &lt;code&gt;Get-CsService -PersistentChatServer&lt;/code&gt; lists the Persistent Chat pools; take the identity from its output:&lt;/p&gt;&lt;pre&gt;Identity : PersistentChatServer:pchat.contoso.com&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lync-Shell:&lt;/b&gt; &lt;code&gt;Get-CsService -PersistentChatServer&lt;/code&gt; listet die Pools für beständigen Chat auf; übernehmen Sie die Identität aus der Ausgabe:&lt;/p&gt;&lt;pre&gt;Identity : PersistentChatServer:pchat.contoso.com&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Msg 18456, Level 14: Login failed for user &apos;CONTOSO\trainee&apos;.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Meldung 18456, Ebene 14: Login failed for user &apos;CONTOSO\trainee&apos;.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Check the login and the password. A SQL Server login needs SQL Server authentication enabled on the instance (mixed mode); with Windows authentication your account needs a login on the instance, member of sysadmin.</source>
        <translation>Prüfen Sie Anmeldename und Kennwort. Eine SQL Server-Anmeldung setzt voraus, dass die SQL Server-Authentifizierung auf der Instanz aktiviert ist (gemischter Modus); bei Windows-Authentifizierung benötigt Ihr Konto eine Anmeldung auf der Instanz, die Mitglied von sysadmin ist.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Login timeout expired&lt;/i&gt; or &lt;i&gt;Named Pipes Provider: Could not open a connection to SQL Server&lt;/i&gt;.</source>
        <translation>&lt;i&gt;Login timeout expired&lt;/i&gt; oder &lt;i&gt;Named Pipes Provider: Could not open a connection to SQL Server&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Check the name and port (host,port or host\instance), that the SQL Server service runs, the firewall, and for a named instance without a port the SQL Server Browser service (UDP 1434).</source>
        <translation>Prüfen Sie Name und Port (Host,Port oder Host\Instanz), ob der SQL Server-Dienst ausgeführt wird, die Firewall und bei einer benannten Instanz ohne Port den Dienst SQL Server-Browser (UDP 1434).</translation>
    </message>
    <message>
        <source>&lt;i&gt;SSL Provider: The certificate chain was issued by an authority that is not trusted.&lt;/i&gt;</source>
        <translation>&lt;i&gt;SSL Provider: The certificate chain was issued by an authority that is not trusted.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Install the issuing authority&apos;s certificate in this computer&apos;s trusted root store, or tick &lt;b&gt;Trust server certificate&lt;/b&gt;, but only where you trust the network.</source>
        <translation>Installieren Sie das Zertifikat der ausstellenden Zertifizierungsstelle im Speicher „Vertrauenswürdige Stammzertifizierungsstellen“ dieses Computers, oder aktivieren Sie &lt;b&gt;Serverzertifikat vertrauen&lt;/b&gt;, aber nur, wenn Sie dem Netzwerk vertrauen.</translation>
    </message>
    <message>
        <source>Later, in the shell: &lt;i&gt;Management object not found for identity &quot;…&quot;.&lt;/i&gt;</source>
        <translation>Später, in der Shell: &lt;i&gt;Management object not found for identity &quot;…&quot;.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Microsoft&apos;s pages write the pool as &lt;code&gt;service:pool&lt;/code&gt;, &lt;code&gt;PersistentChatServer:pool&lt;/code&gt; and even &lt;code&gt;&quot;service: pool&quot;&lt;/code&gt;; the collection is &lt;code&gt;global&lt;/code&gt; in the Lync 2013 examples and &lt;code&gt;PChatServerCollection&lt;/code&gt; in the current documentation. Use what the shell lists.</source>
        <translation>Die Seiten von Microsoft schreiben den Pool als &lt;code&gt;service:pool&lt;/code&gt;, &lt;code&gt;PersistentChatServer:pool&lt;/code&gt; und sogar &lt;code&gt;&quot;service: pool&quot;&lt;/code&gt;; die Sammlung heißt in den Beispielen zu Lync 2013 &lt;code&gt;global&lt;/code&gt;, in der aktuellen Dokumentation &lt;code&gt;PChatServerCollection&lt;/code&gt;. Verwenden Sie, was die Shell auflistet.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the Lync Server Management Shell the step runs:&lt;/p&gt;&lt;pre&gt;Set-CsPersistentChatActiveServer `
  -Identity &apos;PChatServerCollection&apos; `
  -ActiveServers $Null&lt;/pre&gt;&lt;p&gt;&lt;code&gt;$Null&lt;/code&gt; empties the Active Server list. Only an active server accepts new client connections; with the list empty, no Persistent Chat Server connects to the mgc and mgccomp databases during the failback, so nothing changes them while they are backed up, restored and overwritten. Users have no Persistent Chat from now until steps 6 and 7.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In der Lync Server-Verwaltungsshell führt der Schritt Folgendes aus:&lt;/p&gt;&lt;pre&gt;Set-CsPersistentChatActiveServer `
  -Identity &apos;PChatServerCollection&apos; `
  -ActiveServers $Null&lt;/pre&gt;&lt;p&gt;&lt;code&gt;$Null&lt;/code&gt; leert die Liste „Aktiver Server“. Nur ein aktiver Server nimmt neue Clientverbindungen an; ist die Liste leer, stellt während des Failbacks kein Server für beständigen Chat mehr Verbindungen zu den Datenbanken mgc und mgccomp her, sodass nichts sie ändert, während sie gesichert, wiederhergestellt und überschrieben werden. Von jetzt an bis zu den Schritten 6 und 7 steht den Benutzern kein beständiger Chat zur Verfügung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The seed adds an &lt;b&gt;IMPORTANT&lt;/b&gt; note here: SQL Server Agent on the secondary back-end server (the backup instance) must run under a privileged account with &lt;b&gt;read access to the network share&lt;/b&gt; the backups are placed in and &lt;b&gt;write access to the local folder&lt;/b&gt; they are copied to. In step 5 that Agent runs the copy job, which reads the log backups from the share and writes them to the copy folder.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Anleitung von Microsoft fügt hier einen &lt;b&gt;WICHTIG&lt;/b&gt;-Hinweis an: Der SQL Server-Agent auf dem sekundären Back-End-Server (der Sicherungsinstanz) muss unter einem privilegierten Konto ausgeführt werden, mit &lt;b&gt;Lesezugriff auf die Netzwerkfreigabe&lt;/b&gt;, in der die Sicherungen abgelegt werden, und &lt;b&gt;Schreibzugriff auf das lokale Verzeichnis&lt;/b&gt;, in das sie kopiert werden. In Schritt 5 führt dieser Agent den Kopierauftrag aus, der die Protokollsicherungen von der Freigabe liest und in den Kopierordner schreibt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;On success the cmdlet writes nothing: the shell returns to the prompt. No Get- cmdlet for the list is documented, so you read the Messages and tick &lt;b&gt;The cmdlet&apos;s output above shows that the Active Server list is now empty&lt;/b&gt;. An error comes as a PowerShell error record:&lt;/p&gt;&lt;pre&gt;Set-CsPersistentChatActiveServer : &amp;lt;message&amp;gt;
At line:1 char:1
+ Set-CsPersistentChatActiveServer …
+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : …
    + FullyQualifiedErrorId : …&lt;/pre&gt;</source>
        <translation>&lt;p&gt;Bei Erfolg gibt das Cmdlet nichts aus: Die Shell kehrt zur Eingabeaufforderung zurück. Für die Liste ist kein Get-Cmdlet dokumentiert; lesen Sie daher die Meldungen, und aktivieren Sie &lt;b&gt;Die obige Ausgabe des Cmdlets zeigt, dass die Liste „Aktiver Server“ jetzt leer ist&lt;/b&gt;. Ein Fehler wird als PowerShell-Fehlerdatensatz ausgegeben:&lt;/p&gt;&lt;pre&gt;Set-CsPersistentChatActiveServer : &amp;lt;Meldung&amp;gt;
At line:1 char:1
+ Set-CsPersistentChatActiveServer …
+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : …
    + FullyQualifiedErrorId : …&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;The term &apos;Set-CsPersistentChatActiveServer&apos; is not recognized as the name of a cmdlet, function, script file, or operable program.&lt;/i&gt; (CommandNotFoundException)</source>
        <translation>&lt;i&gt;The term &apos;Set-CsPersistentChatActiveServer&apos; is not recognized as the name of a cmdlet, function, script file, or operable program.&lt;/i&gt; (CommandNotFoundException)</translation>
    </message>
    <message>
        <source>The module is not loaded: the shell must import &lt;code&gt;Lync&lt;/code&gt; (Lync Server 2013) or &lt;code&gt;SkypeForBusiness&lt;/code&gt; (2015), chosen on the Environment page, and your account must be a member of RTCUniversalServerAdmins or CsAdministrator.</source>
        <translation>Das Modul ist nicht geladen: Die Shell muss &lt;code&gt;Lync&lt;/code&gt; (Lync Server 2013) oder &lt;code&gt;SkypeForBusiness&lt;/code&gt; (2015) importieren, ausgewählt auf der Seite „Umgebung“, und Ihr Konto muss Mitglied von RTCUniversalServerAdmins oder CsAdministrator sein.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Import-Module : The specified module &apos;Lync&apos; was not loaded because no valid module file was found in any module directory.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Import-Module : The specified module &apos;Lync&apos; was not loaded because no valid module file was found in any module directory.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The Lync Server administrative tools are not installed where the shell runs. Run the wizard on a server with them, or choose the other module.</source>
        <translation>Die Verwaltungstools von Lync Server sind auf dem Computer, auf dem die Shell ausgeführt wird, nicht installiert. Führen Sie den Assistenten auf einem Server mit diesen Tools aus, oder wählen Sie das andere Modul.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Set-CsPersistentChatActiveServer : Management object not found for identity &quot;PChatServerCollection&quot;.&lt;/i&gt; (ObjectNotFound)</source>
        <translation>&lt;i&gt;Set-CsPersistentChatActiveServer : Management object not found for identity &quot;PChatServerCollection&quot;.&lt;/i&gt; (ObjectNotFound)</translation>
    </message>
    <message>
        <source>The collection identity does not fit your version: the Lync 2013 examples use &lt;code&gt;global&lt;/code&gt;, the current documentation &lt;code&gt;PChatServerCollection&lt;/code&gt;. Correct it on the Environment page and Retry.</source>
        <translation>Die Identität der Sammlung passt nicht zu Ihrer Version: Die Beispiele zu Lync 2013 verwenden &lt;code&gt;global&lt;/code&gt;, die aktuelle Dokumentation &lt;code&gt;PChatServerCollection&lt;/code&gt;. Korrigieren Sie sie auf der Seite „Umgebung“, und klicken Sie dann auf „Wiederholen“.</translation>
    </message>
    <message>
        <source>The step fails after the shell timeout, without an error.</source>
        <translation>Der Schritt schlägt nach dem Shell-Timeout fehl, ohne Fehlermeldung.</translation>
    </message>
    <message>
        <source>The shell waits for input, e.g. a confirmation prompt or a credential dialog. Remove the cause or raise the shell timeout in the plan.</source>
        <translation>Die Shell wartet auf eine Eingabe, z. B. eine Bestätigungsaufforderung oder ein Dialogfeld für Anmeldeinformationen. Beseitigen Sie die Ursache, oder erhöhen Sie das Shell-Timeout im Plan.</translation>
    </message>
    <message>
        <source>&lt;p&gt;During the failover &lt;code&gt;Install-CsMirrorDatabase&lt;/code&gt; gave the backup mgc its own mirror (lab: PCSQL02M\PCHAT). This step removes that mirroring from &lt;b&gt;mgc&lt;/b&gt; and then &lt;b&gt;mgccomp&lt;/b&gt; on the backup instance. mgc must be unmirrored because in step 5 it becomes the log-shipping secondary and is overwritten by a restore WITH NORECOVERY, and a mirrored database cannot be restored (Msg 3104). mgccomp is neither failed over nor log-shipped, but the seed removes its mirroring too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beim Failover hat &lt;code&gt;Install-CsMirrorDatabase&lt;/code&gt; der mgc-Sicherungsdatenbank einen eigenen Spiegel gegeben (Labor: PCSQL02M\PCHAT). Dieser Schritt entfernt diese Spiegelung für &lt;b&gt;mgc&lt;/b&gt; und dann für &lt;b&gt;mgccomp&lt;/b&gt; auf der Sicherungsinstanz. mgc darf nicht mehr gespiegelt sein, weil sie in Schritt 5 zur sekundären Datenbank des Protokollversands wird und durch eine Wiederherstellung WITH NORECOVERY überschrieben wird, und eine gespiegelte Datenbank kann nicht wiederhergestellt werden (Meldung 3104). mgccomp wird weder per Failover übernommen noch per Protokollversand übertragen, doch die Anleitung entfernt auch ihre Spiegelung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The wizard runs &lt;code&gt;ALTER DATABASE [mgc] SET PARTNER OFF;&lt;/code&gt;, the same for mgccomp, and then checks &lt;code&gt;sys.database_mirroring&lt;/code&gt;: &lt;code&gt;mirroring_guid&lt;/code&gt; must be NULL. Removing mirroring ends the partnership on both partners; the former mirror copies stay RESTORING on the mirror server. A database that is already unmirrored counts as done.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Assistent führt &lt;code&gt;ALTER DATABASE [mgc] SET PARTNER OFF;&lt;/code&gt; aus, dasselbe für mgccomp, und prüft dann &lt;code&gt;sys.database_mirroring&lt;/code&gt;: &lt;code&gt;mirroring_guid&lt;/code&gt; muss NULL sein. Das Entfernen der Spiegelung beendet die Partnerschaft auf beiden Partnern; die früheren Spiegelkopien bleiben auf dem Spiegelserver im Zustand RESTORING. Eine Datenbank, die bereits nicht mehr gespiegelt ist, gilt als erledigt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SSMS:&lt;/b&gt; right-click mgc &amp;gt; &lt;b&gt;Tasks&lt;/b&gt; &amp;gt; &lt;b&gt;Mirror&lt;/b&gt; opens Database Properties on the &lt;b&gt;Mirroring&lt;/b&gt; page: the server network addresses of principal, mirror and witness (e.g. &lt;code&gt;TCP://pcsql02m.contoso.com:5022&lt;/code&gt;), the operating mode and the status, e.g. &lt;i&gt;Synchronized: the databases are fully synchronized&lt;/i&gt;. &lt;b&gt;Remove Mirroring&lt;/b&gt; asks for confirmation, and so does the wizard before Run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SSMS:&lt;/b&gt; Rechtsklick auf mgc &amp;gt; &lt;b&gt;Aufgaben&lt;/b&gt; &amp;gt; &lt;b&gt;Spiegeln&lt;/b&gt; öffnet die Datenbankeigenschaften auf der Seite &lt;b&gt;Spiegelung&lt;/b&gt;: die Servernetzwerkadressen von Prinzipal, Spiegel und Zeuge (z. B. &lt;code&gt;TCP://pcsql02m.contoso.com:5022&lt;/code&gt;), den Betriebsmodus und den Status, z. B. &lt;i&gt;Synchronisiert: Die Datenbanken sind vollständig synchronisiert&lt;/i&gt;. &lt;b&gt;Spiegelung entfernen&lt;/b&gt; fragt nach einer Bestätigung, ebenso der Assistent, bevor Sie auf „Ausführen“ klicken.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Afterwards Object Explorer shows plain &lt;code&gt;mgc&lt;/code&gt; on the backup instance instead of &lt;code&gt;mgc (Principal, Synchronized)&lt;/code&gt;, and &lt;code&gt;mgc (Restoring...)&lt;/code&gt; on the mirror server. This query then returns no rows:&lt;/p&gt;&lt;pre&gt;SELECT DB_NAME(database_id), mirroring_role_desc
FROM sys.database_mirroring
WHERE mirroring_guid IS NOT NULL;&lt;/pre&gt;</source>
        <translation>&lt;p&gt;Danach zeigt der Objekt-Explorer auf der Sicherungsinstanz nur noch &lt;code&gt;mgc&lt;/code&gt; statt &lt;code&gt;mgc (Principal, Synchronized)&lt;/code&gt; und auf dem Spiegelserver &lt;code&gt;mgc (Restoring...)&lt;/code&gt;. Diese Abfrage liefert dann keine Zeilen mehr:&lt;/p&gt;&lt;pre&gt;SELECT DB_NAME(database_id), mirroring_role_desc
FROM sys.database_mirroring
WHERE mirroring_guid IS NOT NULL;&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Msg 1416, Level 16: Database &quot;mgc&quot; is not configured for database mirroring.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Meldung 1416, Ebene 16: Database &quot;mgc&quot; is not configured for database mirroring.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Mirroring is already removed, by an earlier run or by hand. Nothing to do: the wizard reads the state first and shows the database as done.</source>
        <translation>Die Spiegelung ist bereits entfernt, durch einen früheren Durchlauf oder manuell. Es ist nichts zu tun: Der Assistent liest zuerst den Zustand und zeigt die Datenbank als erledigt an.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Msg 15247: User does not have permission to perform this action.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Meldung 15247: User does not have permission to perform this action.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Removing mirroring needs ALTER on the database; the procedure uses a sysadmin login. Connect with one and Retry.</source>
        <translation>Das Entfernen der Spiegelung erfordert ALTER für die Datenbank; das Verfahren verwendet eine sysadmin-Anmeldung. Stellen Sie die Verbindung mit einer solchen Anmeldung her, und klicken Sie dann auf „Wiederholen“.</translation>
    </message>
    <message>
        <source>The table shows the role MIRROR on the backup instance.</source>
        <translation>Die Tabelle zeigt auf der Sicherungsinstanz die Rolle MIRROR.</translation>
    </message>
    <message>
        <source>The plan names the instance that holds the mirror copy (e.g. PCSQL02M) instead of the one that serves the pool. Correct the backup instance on the Environment page.</source>
        <translation>Der Plan nennt die Instanz mit der Spiegelkopie (z. B. PCSQL02M) statt der Instanz, die den Pool bedient. Korrigieren Sie die Sicherungsinstanz auf der Seite „Umgebung“.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Msg 1418: The server network address &quot;TCP://…&quot; can not be reached or does not exist.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Meldung 1418: The server network address &quot;TCP://…&quot; can not be reached or does not exist.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>This belongs to setting mirroring up (&lt;code&gt;SET PARTNER = &apos;TCP://…&apos;&lt;/code&gt;), not to removing it: SET PARTNER OFF does not need the partner to answer. Check the endpoint address, port and firewall, and whether mirroring should be set up at all.</source>
        <translation>Dieser Fehler gehört zum Einrichten einer Spiegelung (&lt;code&gt;SET PARTNER = &apos;TCP://…&apos;&lt;/code&gt;), nicht zum Entfernen: SET PARTNER OFF braucht keine Antwort des Partners. Prüfen Sie Endpunktadresse, Port und Firewall, und ob überhaupt eine Spiegelung eingerichtet werden soll.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A full backup of &lt;b&gt;mgc&lt;/b&gt; on the backup instance: since the failover it is the only copy of everything users posted. The file goes to the log-shipping share because both instances reach it, so step 4 restores it on the primary from the same path. The Active Server list is empty (step 1), so no Persistent Chat Server writes to mgc meanwhile.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine vollständige Sicherung von &lt;b&gt;mgc&lt;/b&gt; auf der Sicherungsinstanz: Seit dem Failover ist sie die einzige Kopie von allem, was die Benutzer geschrieben haben. Die Datei wird auf der Freigabe für den Protokollversand abgelegt, weil beide Instanzen sie erreichen; so stellt Schritt 4 sie auf der primären Instanz aus demselben Pfad wieder her. Die Liste „Aktiver Server“ ist leer (Schritt 1), also schreibt währenddessen kein Server für beständigen Chat in mgc.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The wizard runs, as SSMS would script it:&lt;/p&gt;&lt;pre&gt;BACKUP DATABASE [mgc]
TO DISK =
N&apos;\\FS01\PChatLogShip\mgc_failback.bak&apos;
WITH NOFORMAT, INIT,
 NAME = N&apos;mgc-Full Database Backup&apos;,
 SKIP, NOREWIND, NOUNLOAD, STATS = 10;&lt;/pre&gt;&lt;p&gt;SQL Server writes the file with &lt;b&gt;its service account&lt;/b&gt; (lab: CONTOSO\svc-pchat-sql), not with yours. Done means a new full backup in &lt;code&gt;msdb.dbo.backupset&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Assistent führt aus, so wie SSMS es als Skript erzeugen würde:&lt;/p&gt;&lt;pre&gt;BACKUP DATABASE [mgc]
TO DISK =
N&apos;\\FS01\PChatLogShip\mgc_failback.bak&apos;
WITH NOFORMAT, INIT,
 NAME = N&apos;mgc-Full Database Backup&apos;,
 SKIP, NOREWIND, NOUNLOAD, STATS = 10;&lt;/pre&gt;&lt;p&gt;SQL Server schreibt die Datei mit &lt;b&gt;seinem Dienstkonto&lt;/b&gt; (Labor: CONTOSO\svc-pchat-sql), nicht mit Ihrem. Erledigt heißt: eine neue vollständige Sicherung in &lt;code&gt;msdb.dbo.backupset&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SSMS:&lt;/b&gt; right-click mgc &amp;gt; &lt;b&gt;Tasks&lt;/b&gt; &amp;gt; &lt;b&gt;Back Up…&lt;/b&gt; opens &lt;b&gt;Back Up Database&lt;/b&gt;: Backup type &lt;b&gt;Full&lt;/b&gt;, Backup component &lt;b&gt;Database&lt;/b&gt;, Backup set Name (default &lt;code&gt;mgc-Full Database Backup&lt;/code&gt;) and Description; under Destination you &lt;b&gt;Remove&lt;/b&gt; the default location (…\MSSQL\Backup\mgc.bak) and &lt;b&gt;Add&lt;/b&gt; the file on the share.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SSMS:&lt;/b&gt; Rechtsklick auf mgc &amp;gt; &lt;b&gt;Aufgaben&lt;/b&gt; &amp;gt; &lt;b&gt;Sichern…&lt;/b&gt; öffnet &lt;b&gt;Datenbank sichern&lt;/b&gt;: Sicherungstyp &lt;b&gt;Vollständig&lt;/b&gt;, Sicherungskomponente &lt;b&gt;Datenbank&lt;/b&gt;, Name des Sicherungssatzes (Standard &lt;code&gt;mgc-Full Database Backup&lt;/code&gt;) und Beschreibung; unter Ziel &lt;b&gt;entfernen&lt;/b&gt; Sie den standardmäßigen Sicherungsspeicherort (…\MSSQL\Backup\mgc.bak) und &lt;b&gt;fügen&lt;/b&gt; die Datei auf der Freigabe &lt;b&gt;hinzu&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Messages while it runs:&lt;/p&gt;&lt;pre&gt;10 percent processed.
20 percent processed.
…
Processed 51650 pages for database &apos;mgc&apos;, file &apos;mgc&apos; on file 1.
Processed 2 pages for database &apos;mgc&apos;, file &apos;mgc_log&apos; on file 1.
BACKUP DATABASE successfully processed 51652 pages in 6.543 seconds (61.670 MB/sec).&lt;/pre&gt;</source>
        <translation>&lt;p&gt;Meldungen während der Ausführung:&lt;/p&gt;&lt;pre&gt;10 percent processed.
20 percent processed.
…
Processed 51650 pages for database &apos;mgc&apos;, file &apos;mgc&apos; on file 1.
Processed 2 pages for database &apos;mgc&apos;, file &apos;mgc_log&apos; on file 1.
BACKUP DATABASE successfully processed 51652 pages in 6.543 seconds (61.670 MB/sec).&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Msg 3201: Cannot open backup device &apos;\\FS01\PChatLogShip\mgc_failback.bak&apos;. Operating system error 5(Access is denied.)&lt;/i&gt;, then &lt;i&gt;Msg 3013: BACKUP DATABASE is terminating abnormally.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Meldung 3201: Cannot open backup device &apos;\\FS01\PChatLogShip\mgc_failback.bak&apos;. Operating system error 5(Access is denied.)&lt;/i&gt;, danach &lt;i&gt;Meldung 3013: BACKUP DATABASE is terminating abnormally.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The SQL Server service account of the backup instance may not write to the share. Grant that account (not your own) Change on the share and Modify on the folder, then Retry. 3013 only says that the backup stopped; the message before it gives the cause.</source>
        <translation>Das SQL Server-Dienstkonto der Sicherungsinstanz darf nicht auf die Freigabe schreiben. Erteilen Sie diesem Konto (nicht Ihrem eigenen) die Freigabeberechtigung „Ändern“ und die NTFS-Berechtigung „Ändern“ für den Ordner, und klicken Sie dann auf „Wiederholen“. 3013 besagt nur, dass die Sicherung abgebrochen wurde; die Meldung davor nennt die Ursache.</translation>
    </message>
    <message>
        <source>Msg 3201 with &lt;i&gt;Operating system error 3(The system cannot find the path specified.)&lt;/i&gt; or &lt;i&gt;53(The network path was not found.)&lt;/i&gt;</source>
        <translation>Meldung 3201 mit &lt;i&gt;Operating system error 3(The system cannot find the path specified.)&lt;/i&gt; oder &lt;i&gt;53(The network path was not found.)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The share or folder name is wrong, or the server cannot reach the file server. Check the path as the server sees it (Preflight&apos;s share row).</source>
        <translation>Der Name der Freigabe oder des Ordners ist falsch, oder der Server erreicht den Dateiserver nicht. Prüfen Sie den Pfad so, wie der Server ihn sieht (Zeile zur Freigabe auf der Seite „Vorabprüfungen“).</translation>
    </message>
    <message>
        <source>&lt;i&gt;Msg 3202: Write on &apos;\\FS01\PChatLogShip\mgc_failback.bak&apos; failed: 112(There is not enough space on the disk.)&lt;/i&gt;</source>
        <translation>&lt;i&gt;Meldung 3202: Write on &apos;\\FS01\PChatLogShip\mgc_failback.bak&apos; failed: 112(There is not enough space on the disk.)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The share has no room for the backup. Free space, or choose another folder that both instances reach.</source>
        <translation>Auf der Freigabe ist nicht genügend Speicherplatz für die Sicherung vorhanden. Geben Sie Speicherplatz frei, oder wählen Sie einen anderen Ordner, den beide Instanzen erreichen.</translation>
    </message>
    <message>
        <source>The connection breaks during the backup (&lt;i&gt;Communication link failure&lt;/i&gt;, SQLSTATE 08S01).</source>
        <translation>Die Verbindung bricht während der Sicherung ab (&lt;i&gt;Communication link failure&lt;/i&gt;, SQLSTATE 08S01).</translation>
    </message>
    <message>
        <source>SQL Server aborts a backup whose client is gone; the file is not usable. The wizard reads the state on a new connection and marks the step failed: Retry once the network is back.</source>
        <translation>SQL Server bricht eine Sicherung ab, wenn die Verbindung zum Client getrennt wird; die Datei ist danach unbrauchbar. Der Assistent liest den Zustand über eine neue Verbindung ein und markiert den Schritt als fehlgeschlagen: Klicken Sie auf „Wiederholen“, sobald das Netzwerk wieder verfügbar ist.</translation>
    </message>
    <message>
        <source>&lt;p&gt;On the &lt;b&gt;primary&lt;/b&gt; instance the step 3 file is restored over the mgc that Topology Builder created. &lt;b&gt;Overwrite the existing database (WITH REPLACE)&lt;/b&gt; is required: that mgc is another database with the same name, and without REPLACE SQL Server refuses with Msg 3154. &lt;b&gt;Leave the database ready to use (RESTORE WITH RECOVERY)&lt;/b&gt; brings it ONLINE. This is a commit page: you type the database and the instance, and the wizard cannot go back past it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Auf der &lt;b&gt;primären&lt;/b&gt; Instanz wird die Datei aus Schritt 3 über die mgc-Datenbank wiederhergestellt, die der Topologie-Generator angelegt hat. &lt;b&gt;Vorhandene Datenbank überschreiben (WITH REPLACE)&lt;/b&gt; ist erforderlich: Jene mgc ist eine andere Datenbank mit demselben Namen, und ohne REPLACE lehnt SQL Server mit Meldung 3154 ab. &lt;b&gt;Datenbank betriebsbereit belassen (RESTORE WITH RECOVERY)&lt;/b&gt; schaltet sie ONLINE. Dies ist eine Bestätigungsseite: Sie geben Datenbank und Instanz ein, und danach können Sie im Assistenten nicht mehr hinter diese Seite zurückwechseln.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The page reads the backup sets in the file (&lt;code&gt;RESTORE HEADERONLY&lt;/code&gt;), then runs:&lt;/p&gt;&lt;pre&gt;RESTORE DATABASE [mgc]
FROM DISK =
N&apos;\\FS01\PChatLogShip\mgc_failback.bak&apos;
WITH FILE = 1, NOUNLOAD, REPLACE, RECOVERY, STATS = 5;&lt;/pre&gt;&lt;p&gt;Close existing connections adds &lt;code&gt;ALTER DATABASE [mgc] SET SINGLE_USER WITH ROLLBACK IMMEDIATE&lt;/code&gt; before it. Done means mgc is ONLINE and &lt;code&gt;msdb.dbo.restorehistory&lt;/code&gt; records the restore.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Seite liest die Sicherungssätze in der Datei (&lt;code&gt;RESTORE HEADERONLY&lt;/code&gt;) und führt dann Folgendes aus:&lt;/p&gt;&lt;pre&gt;RESTORE DATABASE [mgc]
FROM DISK =
N&apos;\\FS01\PChatLogShip\mgc_failback.bak&apos;
WITH FILE = 1, NOUNLOAD, REPLACE, RECOVERY, STATS = 5;&lt;/pre&gt;&lt;p&gt;„Bestehende Verbindungen mit der Zieldatenbank schließen“ stellt &lt;code&gt;ALTER DATABASE [mgc] SET SINGLE_USER WITH ROLLBACK IMMEDIATE&lt;/code&gt; voran. Erledigt heißt: mgc ist ONLINE, und &lt;code&gt;msdb.dbo.restorehistory&lt;/code&gt; verzeichnet die Wiederherstellung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SSMS:&lt;/b&gt; right-click mgc &amp;gt; &lt;b&gt;Tasks&lt;/b&gt; &amp;gt; &lt;b&gt;Restore&lt;/b&gt; &amp;gt; &lt;b&gt;Database…&lt;/b&gt; opens &lt;b&gt;Restore Database&lt;/b&gt;. &lt;b&gt;General&lt;/b&gt;: &lt;b&gt;From device&lt;/b&gt;, the &lt;b&gt;…&lt;/b&gt; button opens &lt;b&gt;Specify Backup&lt;/b&gt; (Backup media: File, &lt;b&gt;Add&lt;/b&gt; the step 3 file); tick the full backup under &lt;b&gt;Select the backup sets to restore&lt;/b&gt;. &lt;b&gt;Options&lt;/b&gt;: &lt;b&gt;Overwrite the existing database (WITH REPLACE)&lt;/b&gt; and the recovery state &lt;b&gt;RESTORE WITH RECOVERY&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SSMS:&lt;/b&gt; Rechtsklick auf mgc &amp;gt; &lt;b&gt;Aufgaben&lt;/b&gt; &amp;gt; &lt;b&gt;Wiederherstellen&lt;/b&gt; &amp;gt; &lt;b&gt;Datenbank…&lt;/b&gt; öffnet &lt;b&gt;Datenbank wiederherstellen&lt;/b&gt;. &lt;b&gt;Allgemein&lt;/b&gt;: &lt;b&gt;Von Medium&lt;/b&gt;, die Schaltfläche &lt;b&gt;…&lt;/b&gt; öffnet &lt;b&gt;Sicherung angeben&lt;/b&gt; (Sicherungsmedium: Datei, die Datei aus Schritt 3 &lt;b&gt;hinzufügen&lt;/b&gt;); unter &lt;b&gt;Wählen Sie die wiederherzustellenden Sicherungssätze aus&lt;/b&gt; die vollständige Sicherung aktivieren. &lt;b&gt;Optionen&lt;/b&gt;: &lt;b&gt;Vorhandene Datenbank überschreiben (WITH REPLACE)&lt;/b&gt; und als Wiederherstellungsstatus &lt;b&gt;Datenbank betriebsbereit belassen (RESTORE WITH RECOVERY)&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Messages while it runs:&lt;/p&gt;&lt;pre&gt;5 percent processed.
…
Processed 51650 pages for database &apos;mgc&apos;, file &apos;mgc&apos; on file 1.
RESTORE DATABASE successfully processed 51652 pages in 9.120 seconds (44.245 MB/sec).&lt;/pre&gt;</source>
        <translation>&lt;p&gt;Meldungen während der Ausführung:&lt;/p&gt;&lt;pre&gt;5 percent processed.
…
Processed 51650 pages for database &apos;mgc&apos;, file &apos;mgc&apos; on file 1.
RESTORE DATABASE successfully processed 51652 pages in 9.120 seconds (44.245 MB/sec).&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Msg 3101: Exclusive access could not be obtained because the database is in use.&lt;/i&gt;, then &lt;i&gt;Msg 3013: RESTORE DATABASE is terminating abnormally.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Meldung 3101: Exclusive access could not be obtained because the database is in use.&lt;/i&gt;, danach &lt;i&gt;Meldung 3013: RESTORE DATABASE is terminating abnormally.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Other sessions use mgc on the primary (a Persistent Chat service, a query window). Tick &lt;b&gt;Close existing connections&lt;/b&gt; or end the sessions the findings list, then Retry.</source>
        <translation>Andere Sitzungen verwenden mgc auf der primären Instanz (ein Dienst für beständigen Chat, ein Abfragefenster). Aktivieren Sie &lt;b&gt;Bestehende Verbindungen mit der Zieldatenbank schließen&lt;/b&gt;, oder beenden Sie die Sitzungen, die in den Befunden aufgelistet sind, und klicken Sie dann auf „Wiederholen“.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Msg 3104: RESTORE cannot operate on database &apos;mgc&apos; because it is configured for database mirroring…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Meldung 3104: RESTORE cannot operate on database &apos;mgc&apos; because it is configured for database mirroring…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>mgc on the primary is mirrored (e.g. to PCSQL01M). Remove its mirroring first (Tasks &amp;gt; Mirror &amp;gt; Remove Mirroring), then Retry.</source>
        <translation>mgc auf der primären Instanz ist gespiegelt (z. B. auf PCSQL01M). Entfernen Sie zuerst ihre Spiegelung (Aufgaben &amp;gt; Spiegeln &amp;gt; Spiegelung entfernen), und klicken Sie dann auf „Wiederholen“.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Msg 3156: File &apos;mgc&apos; cannot be restored to &apos;D:\Data\mgc.mdf&apos;. Use WITH MOVE to identify a valid location for the file.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Meldung 3156: File &apos;mgc&apos; cannot be restored to &apos;D:\Data\mgc.mdf&apos;. Use WITH MOVE to identify a valid location for the file.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>That folder does not exist on the primary. On the Options tab, under &lt;b&gt;Restore the database files as&lt;/b&gt;, give each file a path in the primary&apos;s data or log folder.</source>
        <translation>Dieser Ordner ist auf der primären Instanz nicht vorhanden. Geben Sie auf der Registerkarte „Optionen“ unter &lt;b&gt;Datenbankdateien wiederherstellen als&lt;/b&gt; für jede Datei einen Pfad im Daten- oder Protokollordner der primären Instanz an.</translation>
    </message>
    <message>
        <source>The connection breaks during the restore (&lt;i&gt;Communication link failure&lt;/i&gt;, SQLSTATE 08S01).</source>
        <translation>Die Verbindung bricht während der Wiederherstellung ab (&lt;i&gt;Communication link failure&lt;/i&gt;, SQLSTATE 08S01).</translation>
    </message>
    <message>
        <source>mgc is left RESTORING, unusable. The wizard reads the state on a new connection; Retry restores it completely.</source>
        <translation>mgc bleibt im Zustand RESTORING und ist unbrauchbar. Der Assistent liest den Zustand über eine neue Verbindung ein; „Wiederholen“ stellt die Datenbank vollständig wieder her.</translation>
    </message>
    <message>
        <source>Later: &lt;i&gt;Msg 15517: Cannot execute as the database principal because the principal &quot;dbo&quot; does not exist, this type of principal cannot be impersonated, or you do not have permission.&lt;/i&gt;</source>
        <translation>Später: &lt;i&gt;Meldung 15517: Cannot execute as the database principal because the principal &quot;dbo&quot; does not exist, this type of principal cannot be impersonated, or you do not have permission.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>After a restore onto another instance the owner recorded in master can differ from dbo inside mgc. Set a valid owner: &lt;code&gt;ALTER AUTHORIZATION ON DATABASE::[mgc] TO [login];&lt;/code&gt;</source>
        <translation>Nach einer Wiederherstellung auf einer anderen Instanz kann der in master eingetragene Besitzer vom dbo in mgc abweichen. Legen Sie einen gültigen Besitzer fest: &lt;code&gt;ALTER AUTHORIZATION ON DATABASE::[mgc] TO [login];&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The primary mgc ships its transaction log to the backup instance again, as before the disaster: the backup instance becomes the &lt;b&gt;secondary&lt;/b&gt;, ready for the next failover. The wizard does what the HA/DR procedure does in SSMS, in this order:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Initialize the secondary:&lt;/b&gt; a full backup of the primary mgc to the share, restored on the backup instance WITH NORECOVERY. It overwrites the mgc that served the pool since the failover (its content is on the primary since step 4).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Primary:&lt;/b&gt; &lt;code&gt;sp_add_log_shipping_primary_database&lt;/code&gt; creates the backup job &lt;code&gt;LSBackup_mgc&lt;/code&gt;, which writes log backups to the share.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Secondary:&lt;/b&gt; &lt;code&gt;sp_add_log_shipping_secondary_primary&lt;/code&gt; and &lt;code&gt;…_secondary_database&lt;/code&gt; create the copy job &lt;code&gt;LSCopy_…_mgc&lt;/code&gt; (share to copy folder) and the restore job &lt;code&gt;LSRestore_…_mgc&lt;/code&gt; (No recovery mode).&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Die primäre mgc-Datenbank versendet ihr Transaktionsprotokoll wieder an die Sicherungsinstanz, wie vor dem Notfall: Die Sicherungsinstanz wird zum &lt;b&gt;sekundären&lt;/b&gt; Server, bereit für das nächste Failover. Der Assistent geht wie das Verfahren für hohe Verfügbarkeit und Notfallwiederherstellung in SSMS vor, in dieser Reihenfolge:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Sekundäre Datenbank initialisieren:&lt;/b&gt; eine vollständige Sicherung der primären mgc-Datenbank auf der Freigabe, auf der Sicherungsinstanz WITH NORECOVERY wiederhergestellt. Sie überschreibt die mgc-Datenbank, die den Pool seit dem Failover bedient hat (ihr Inhalt liegt seit Schritt 4 auf der primären Instanz).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Primärer Server:&lt;/b&gt; &lt;code&gt;sp_add_log_shipping_primary_database&lt;/code&gt; legt den Sicherungsauftrag &lt;code&gt;LSBackup_mgc&lt;/code&gt; an, der Protokollsicherungen auf die Freigabe schreibt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sekundärer Server:&lt;/b&gt; &lt;code&gt;sp_add_log_shipping_secondary_primary&lt;/code&gt; und &lt;code&gt;…_secondary_database&lt;/code&gt; legen den Kopierauftrag &lt;code&gt;LSCopy_…_mgc&lt;/code&gt; (von der Freigabe in den Kopierordner) und den Wiederherstellungsauftrag &lt;code&gt;LSRestore_…_mgc&lt;/code&gt; (Modus ohne Wiederherstellung) an.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rights: the copy job runs as the &lt;b&gt;SQL Server Agent account of the backup instance&lt;/b&gt; and needs &lt;b&gt;read on the share&lt;/b&gt; and &lt;b&gt;write on the copy folder&lt;/b&gt;, the seed&apos;s IMPORTANT note from step 1. &lt;b&gt;Wait for the first log backup, copy and restore&lt;/b&gt; runs the three jobs once and shows that a log really arrived.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Berechtigungen: Der Kopierauftrag wird unter dem &lt;b&gt;SQL Server-Agent-Konto der Sicherungsinstanz&lt;/b&gt; ausgeführt und benötigt &lt;b&gt;Lesezugriff auf die Freigabe&lt;/b&gt; und &lt;b&gt;Schreibzugriff auf den Kopierordner&lt;/b&gt;, wie es der WICHTIG-Hinweis der Anleitung in Schritt 1 verlangt. &lt;b&gt;Auf erste Protokollsicherung, Kopie und Wiederherstellung warten&lt;/b&gt; führt die drei Aufträge einmal aus und zeigt, dass tatsächlich ein Protokoll angekommen ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SSMS&lt;/b&gt;, Database Properties of mgc, page Transaction Log Shipping: &lt;b&gt;Enable this as a primary database in a log shipping configuration&lt;/b&gt;, &lt;b&gt;Backup Settings&lt;/b&gt; (network path to the backup folder, backup job schedule), and under &lt;b&gt;Secondary server instances and databases&lt;/b&gt; the tabs &lt;b&gt;Initialize Secondary Database&lt;/b&gt;, &lt;b&gt;Copy Files&lt;/b&gt; and &lt;b&gt;Restore Transaction Log&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SSMS&lt;/b&gt;, Datenbankeigenschaften von mgc, Seite &lt;b&gt;Transaktionsprotokollversand&lt;/b&gt;: &lt;b&gt;Als primäre Datenbank in einer Protokollversandkonfiguration aktivieren&lt;/b&gt;, &lt;b&gt;Sicherungseinstellungen&lt;/b&gt; (Netzwerkpfad zum Sicherungsordner, Zeitplan des Sicherungsauftrags) und unter &lt;b&gt;Sekundäre Serverinstanzen und Datenbanken&lt;/b&gt; die Registerkarten &lt;b&gt;Sekundäre Datenbank initialisieren&lt;/b&gt;, &lt;b&gt;Dateien kopieren&lt;/b&gt; und &lt;b&gt;Transaktionsprotokoll wiederherstellen&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Afterwards SQL Server Agent &amp;gt; Jobs lists &lt;code&gt;LSBackup_mgc&lt;/code&gt; on the primary and &lt;code&gt;LSCopy_…&lt;/code&gt; and &lt;code&gt;LSRestore_…&lt;/code&gt; on the backup instance, where Object Explorer shows &lt;code&gt;mgc (Restoring...)&lt;/code&gt;. The wizard checks the rows in &lt;code&gt;msdb.dbo.log_shipping_*&lt;/code&gt; and that the jobs are enabled and scheduled.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Danach listet SQL Server-Agent &amp;gt; Aufträge &lt;code&gt;LSBackup_mgc&lt;/code&gt; auf der primären Instanz auf sowie &lt;code&gt;LSCopy_…&lt;/code&gt; und &lt;code&gt;LSRestore_…&lt;/code&gt; auf der Sicherungsinstanz, wo der Objekt-Explorer &lt;code&gt;mgc (Restoring...)&lt;/code&gt; zeigt. Der Assistent prüft die Zeilen in &lt;code&gt;msdb.dbo.log_shipping_*&lt;/code&gt; und ob die Aufträge aktiviert und geplant sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Msg 32015: The primary database mgc cannot have SIMPLE recovery for log shipping to work properly.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Meldung 32015: The primary database mgc cannot have SIMPLE recovery for log shipping to work properly.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The restore carried the backup instance&apos;s recovery model to the primary. Run &lt;code&gt;ALTER DATABASE [mgc] SET RECOVERY FULL;&lt;/code&gt; on the primary, then run the step again.</source>
        <translation>Die Wiederherstellung hat das Wiederherstellungsmodell der Sicherungsinstanz auf die primäre Instanz übertragen. Führen Sie &lt;code&gt;ALTER DATABASE [mgc] SET RECOVERY FULL;&lt;/code&gt; auf der primären Instanz aus, und führen Sie den Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>The LSCopy job fails; its history says &lt;i&gt;Executed as user: CONTOSO\svc-pchat-agent. … Access to the path &apos;\\FS01\PChatLogShip\…&apos; is denied.&lt;/i&gt;</source>
        <translation>Der LSCopy-Auftrag schlägt fehl; in seinem Verlauf steht &lt;i&gt;Executed as user: CONTOSO\svc-pchat-agent. … Access to the path &apos;\\FS01\PChatLogShip\…&apos; is denied.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The backup instance&apos;s SQL Server Agent account lacks read on the share or write on the copy folder. Grant that account (not yours), then start the job again.</source>
        <translation>Dem SQL Server-Agent-Konto der Sicherungsinstanz fehlt der Lesezugriff auf die Freigabe oder der Schreibzugriff auf den Kopierordner. Erteilen Sie diesem Konto (nicht Ihrem eigenen) die Berechtigung, und starten Sie den Auftrag dann erneut.</translation>
    </message>
    <message>
        <source>The LSBackup job fails with &lt;i&gt;Msg 3201 … Operating system error 5(Access is denied.)&lt;/i&gt;</source>
        <translation>Der LSBackup-Auftrag schlägt mit &lt;i&gt;Meldung 3201 … Operating system error 5(Access is denied.)&lt;/i&gt; fehl.</translation>
    </message>
    <message>
        <source>The primary&apos;s SQL Server service account may not write to the share. Grant it read and write.</source>
        <translation>Das SQL Server-Dienstkonto der primären Instanz darf nicht auf die Freigabe schreiben. Erteilen Sie ihm Lese- und Schreibzugriff.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Msg 22022: SQLServerAgent is not currently running so it cannot be notified of this action.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Meldung 22022: SQLServerAgent is not currently running so it cannot be notified of this action.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Start SQL Server Agent on that instance (SQL Server Configuration Manager, start mode Automatic).</source>
        <translation>Starten Sie den SQL Server-Agent auf dieser Instanz (SQL Server-Konfigurations-Manager, Starttyp „Automatisch“).</translation>
    </message>
    <message>
        <source>The restore job reports &lt;i&gt;The file &apos;…&apos; is too recent to apply to the secondary database &apos;mgc&apos;.&lt;/i&gt;</source>
        <translation>Der Wiederherstellungsauftrag meldet &lt;i&gt;The file &apos;…&apos; is too recent to apply to the secondary database &apos;mgc&apos;.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The secondary no longer continues the primary&apos;s log chain (a log backup was taken outside log shipping, or the secondary was recovered). Initialize it again: Generate a full backup and restore it.</source>
        <translation>Die sekundäre Datenbank setzt die Protokollkette der primären Datenbank nicht mehr fort (eine Protokollsicherung wurde außerhalb des Protokollversands erstellt, oder die sekundäre Datenbank wurde mit RECOVERY wiederhergestellt). Initialisieren Sie sie erneut: „Ja, eine vollständige Sicherung der primären Datenbank generieren und in der sekundären Datenbank wiederherstellen“.</translation>
    </message>
    <message>
        <source>&lt;p&gt;With mgc ready on the primary and log-shipped, the pool gets its servers back:&lt;/p&gt;&lt;pre&gt;Set-CsPersistentChatActiveServer `
  -Identity &apos;PChatServerCollection&apos; `
  -ActiveServers @{Add=
    &apos;PCHAT01.contoso.com&apos;,
    &apos;PCHAT02.contoso.com&apos;}&lt;/pre&gt;&lt;p&gt;&lt;code&gt;@{Add=…}&lt;/code&gt; adds to the list without replacing it. Active servers accept new client connections; the others keep existing connections but accept no new ones.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sobald mgc auf der primären Instanz betriebsbereit ist und per Protokollversand übertragen wird, erhält der Pool seine Server zurück:&lt;/p&gt;&lt;pre&gt;Set-CsPersistentChatActiveServer `
  -Identity &apos;PChatServerCollection&apos; `
  -ActiveServers @{Add=
    &apos;PCHAT01.contoso.com&apos;,
    &apos;PCHAT02.contoso.com&apos;}&lt;/pre&gt;&lt;p&gt;&lt;code&gt;@{Add=…}&lt;/code&gt; ergänzt die Liste, ohne sie zu ersetzen. Aktive Server nehmen neue Clientverbindungen an; die anderen behalten bestehende Verbindungen, nehmen aber keine neuen an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The seed&apos;s &lt;b&gt;IMPORTANT&lt;/b&gt; note: all active servers must be in the same data center as the new primary database, or in one with a low-latency, high-bandwidth connection to it; otherwise every request crosses the WAN. The wizard makes you acknowledge each server outside the primary data center. Run step 7 straight after: until the pool is Normal it still uses the backup databases, and the backup mgc is now a restoring log-shipping secondary.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der &lt;b&gt;WICHTIG&lt;/b&gt;-Hinweis der Anleitung: Alle aktiven Server müssen sich im selben Rechenzentrum wie die neue primäre Datenbank befinden oder in einem Rechenzentrum, das über eine Verbindung mit geringer Latenz und hoher Bandbreite zu ihr verfügt; sonst geht jede Anfrage über das WAN. Der Assistent lässt Sie jeden Server außerhalb des primären Rechenzentrums bestätigen. Führen Sie Schritt 7 direkt danach aus: Bis der Pool im Zustand Normal ist, verwendet er noch die Sicherungsdatenbanken, und die mgc-Sicherungsdatenbank ist jetzt eine sekundäre Datenbank des Protokollversands im Zustand RESTORING.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;On success the cmdlet writes nothing, and no Get- cmdlet reads the list back. The wizard reports &lt;i&gt;Added PCHAT01.contoso.com, PCHAT02.contoso.com to the active servers (output: none)&lt;/i&gt;. &lt;b&gt;Command&lt;/b&gt; shows the exact line before you run it. To see which servers belong to the pool, &lt;code&gt;Get-CsPool -Identity pchat.contoso.com&lt;/code&gt; lists them under Computers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bei Erfolg gibt das Cmdlet nichts aus, und kein Get-Cmdlet liest die Liste zurück. Der Assistent meldet &lt;i&gt;Zu den aktiven Servern hinzugefügt: PCHAT01.contoso.com, PCHAT02.contoso.com (Ausgabe: keine)&lt;/i&gt;. &lt;b&gt;Befehl&lt;/b&gt; zeigt die genaue Zeile, bevor Sie sie ausführen. Welche Server zum Pool gehören, listet &lt;code&gt;Get-CsPool -Identity pchat.contoso.com&lt;/code&gt; unter Computers auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The cmdlet refuses an FQDN with an error that names it (a typo, a short name, a server of another pool).</source>
        <translation>Das Cmdlet weist einen FQDN mit einem Fehler zurück, der ihn nennt (ein Tippfehler, ein Kurzname, ein Server eines anderen Pools).</translation>
    </message>
    <message>
        <source>Enter the FQDNs exactly as the topology lists the pool&apos;s Persistent Chat Servers, then Retry.</source>
        <translation>Geben Sie die FQDNs genau so ein, wie die Topologie die Server für beständigen Chat des Pools auflistet, und klicken Sie dann auf „Wiederholen“.</translation>
    </message>
    <message>
        <source>&lt;i&gt;PCHAT03.contoso.com is not in the primary data center DC1.&lt;/i&gt;</source>
        <translation>&lt;i&gt;PCHAT03.contoso.com befindet sich nicht im primären Rechenzentrum DC1.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Make only servers of the primary data center active. Acknowledge a server elsewhere only if its connection to the primary database is low-latency and high-bandwidth.</source>
        <translation>Legen Sie nur Server des primären Rechenzentrums als aktive Server fest. Bestätigen Sie einen Server in einem anderen Rechenzentrum nur, wenn seine Verbindung zur primären Datenbank eine geringe Latenz und eine hohe Bandbreite aufweist.</translation>
    </message>
    <message>
        <source>&lt;i&gt;CommandNotFoundException&lt;/i&gt;, or the module does not load.</source>
        <translation>&lt;i&gt;CommandNotFoundException&lt;/i&gt;, oder das Modul wird nicht geladen.</translation>
    </message>
    <message>
        <source>As in step 1: the shell must load the Lync or SkypeForBusiness module, and your account must be a member of RTCUniversalServerAdmins or CsAdministrator.</source>
        <translation>Wie in Schritt 1: Die Shell muss das Modul Lync oder SkypeForBusiness laden, und Ihr Konto muss Mitglied von RTCUniversalServerAdmins oder CsAdministrator sein.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The last command returns the pool to its normal state:&lt;/p&gt;&lt;pre&gt;Set-CsPersistentChatState `
  -Identity &apos;PersistentChatServer:pchat.contoso.com&apos; `
  -PoolState Normal&lt;/pre&gt;&lt;p&gt;&lt;b&gt;Normal&lt;/b&gt;: the pool uses its primary databases; &lt;b&gt;FailedOver&lt;/b&gt;: it uses the backup databases defined in the topology. Changing the pool state changes the state of every server in the pool. The wizard then runs &lt;code&gt;Get-CsPersistentChatState&lt;/code&gt; and counts the step done only when the pool reads Normal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der letzte Befehl stellt den Pool im normalen Zustand wieder her:&lt;/p&gt;&lt;pre&gt;Set-CsPersistentChatState `
  -Identity &apos;PersistentChatServer:pchat.contoso.com&apos; `
  -PoolState Normal&lt;/pre&gt;&lt;p&gt;&lt;b&gt;Normal&lt;/b&gt;: Der Pool verwendet seine primären Datenbanken; &lt;b&gt;FailedOver&lt;/b&gt;: Er verwendet die in der Topologie festgelegten Sicherungsdatenbanken. Eine Änderung des Poolzustands ändert den Zustand jedes Servers im Pool. Der Assistent führt danach &lt;code&gt;Get-CsPersistentChatState&lt;/code&gt; aus und wertet den Schritt erst als erledigt, wenn der Pool Normal meldet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Microsoft&apos;s pages write the identity differently: the seed &lt;code&gt;&quot;service: lyncpc.dci.discovery.com&quot;&lt;/code&gt; (with a space), the failover page &lt;code&gt;service:atl-cs-001.litwareinc.com&lt;/code&gt;, the cmdlet reference &lt;code&gt;PersistentChatServer:…&lt;/code&gt;. Use the form that &lt;b&gt;Read pools (Get-CsPersistentChatState)&lt;/b&gt; lists: double-click a pool to take it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Seiten von Microsoft schreiben die Identität unterschiedlich: die Anleitung zum Failback &lt;code&gt;&quot;service: lyncpc.dci.discovery.com&quot;&lt;/code&gt; (mit Leerzeichen), die Failover-Seite &lt;code&gt;service:atl-cs-001.litwareinc.com&lt;/code&gt;, die Cmdlet-Referenz &lt;code&gt;PersistentChatServer:…&lt;/code&gt;. Verwenden Sie die Form, die &lt;b&gt;Pools lesen (Get-CsPersistentChatState)&lt;/b&gt; auflistet: Doppelklicken Sie auf einen Pool, um ihn zu übernehmen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;code&gt;Set-CsPersistentChatState&lt;/code&gt; writes nothing on success. &lt;code&gt;Get-CsPersistentChatState -Identity &apos;PersistentChatServer:pchat.contoso.com&apos;&lt;/code&gt; then shows:&lt;/p&gt;&lt;pre&gt;Identity  : PersistentChatServer:pchat.contoso.com
PoolState : Normal&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;code&gt;Set-CsPersistentChatState&lt;/code&gt; gibt bei Erfolg nichts aus. &lt;code&gt;Get-CsPersistentChatState -Identity &apos;PersistentChatServer:pchat.contoso.com&apos;&lt;/code&gt; zeigt dann:&lt;/p&gt;&lt;pre&gt;Identity  : PersistentChatServer:pchat.contoso.com
PoolState : Normal&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Set-CsPersistentChatState : Management object not found for identity &quot;service: pchat.contoso.com&quot;.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Set-CsPersistentChatState : Management object not found for identity &quot;service: pchat.contoso.com&quot;.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The shell does not know that form of the identity. Click Read pools and double-click the pool.</source>
        <translation>Die Shell kennt diese Form der Identität nicht. Klicken Sie auf „Pools lesen“, und doppelklicken Sie dann auf den Pool.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Cannot bind parameter &apos;PoolState&apos;. Cannot convert value &quot;Norma&quot; …&lt;/i&gt;</source>
        <translation>&lt;i&gt;Cannot bind parameter &apos;PoolState&apos;. Cannot convert value &quot;Norma&quot; …&lt;/i&gt;</translation>
    </message>
    <message>
        <source>-PoolState accepts only Normal or FailedOver. The wizard always writes Normal; this happens when the command is typed by hand.</source>
        <translation>-PoolState akzeptiert nur Normal oder FailedOver. Der Assistent schreibt immer Normal; dieser Fehler tritt auf, wenn der Befehl manuell eingegeben wird.</translation>
    </message>
    <message>
        <source>The command ends without an error, but Get-CsPersistentChatState still shows FailedOver.</source>
        <translation>Der Befehl endet ohne Fehler, aber Get-CsPersistentChatState zeigt weiterhin FailedOver.</translation>
    </message>
    <message>
        <source>The wizard marks the step failed. Run Set-CsPersistentChatState in the management shell yourself, read the full error record, fix the cause and Retry.</source>
        <translation>Der Assistent markiert den Schritt als fehlgeschlagen. Führen Sie Set-CsPersistentChatState selbst in der Verwaltungsshell aus, lesen Sie den vollständigen Fehlerdatensatz, beheben Sie die Ursache, und klicken Sie dann auf „Wiederholen“.</translation>
    </message>
    <message>
        <source>The pool is already Normal when the page opens.</source>
        <translation>Der Pool ist bereits im Zustand Normal, wenn sich die Seite öffnet.</translation>
    </message>
    <message>
        <source>The wizard shows the step as already done and runs nothing.</source>
        <translation>Der Assistent zeigt den Schritt als bereits erledigt an und führt nichts aus.</translation>
    </message>
    <message>
        <source>&lt;p&gt;After step 7 the configuration is as before the disaster: the primary instance serves mgc, log shipping runs from the primary to the backup instance, the active servers are in the primary data center, and the pool is Normal. The table lists each step, where it runs and its state. &lt;b&gt;Export scripts&lt;/b&gt; writes the procedure as scripts, one file per step in run order, each naming the instance or shell it must run on: evidence for the change record, or a step to run by hand.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nach Schritt 7 ist die Konfiguration wie vor dem Notfall: Die primäre Instanz stellt mgc bereit, der Protokollversand läuft von der primären Instanz zur Sicherungsinstanz, die aktiven Server stehen im primären Rechenzentrum, und der Pool ist im Zustand Normal. Die Tabelle listet jeden Schritt auf, wo er ausgeführt wird und seinen Zustand. &lt;b&gt;Skripts exportieren&lt;/b&gt; schreibt das Verfahren als Skripts, eine Datei je Schritt in Ausführungsreihenfolge, jede mit der Instanz oder Shell, in der sie ausgeführt werden muss: als Nachweis für das Änderungsticket oder um einen Schritt manuell auszuführen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not part of the seed&apos;s procedure: the former mirror copies of mgc and mgccomp stay RESTORING on the backup&apos;s mirror server, and the primary&apos;s own mirror is not set up again. If your design mirrors the primary, that is a separate change (&lt;code&gt;Install-CsMirrorDatabase&lt;/code&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nicht Teil des Verfahrens in der Anleitung: Die früheren Spiegelkopien von mgc und mgccomp bleiben auf dem Spiegelserver der Sicherungsinstanz im Zustand RESTORING, und der eigene Spiegel der primären Instanz wird nicht wieder eingerichtet. Sieht Ihr Entwurf eine Spiegelung der primären Instanz vor, ist das eine eigene Änderung (&lt;code&gt;Install-CsMirrorDatabase&lt;/code&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A check after the failback: &lt;code&gt;Get-CsPersistentChatState&lt;/code&gt; shows &lt;code&gt;PoolState : Normal&lt;/code&gt;. In SSMS the primary shows mgc ONLINE and the job &lt;code&gt;LSBackup_mgc&lt;/code&gt;; the backup instance shows &lt;code&gt;mgc (Restoring...)&lt;/code&gt; with &lt;code&gt;LSCopy_…&lt;/code&gt; and &lt;code&gt;LSRestore_…&lt;/code&gt;. Right-click an instance &amp;gt; Reports &amp;gt; Standard Reports &amp;gt; &lt;b&gt;Transaction Log Shipping Status&lt;/b&gt; shows the last backup, copy and restore and whether a threshold was exceeded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Kontrolle nach dem Failback: &lt;code&gt;Get-CsPersistentChatState&lt;/code&gt; zeigt &lt;code&gt;PoolState : Normal&lt;/code&gt;. In SSMS zeigt die primäre Instanz mgc ONLINE und den Auftrag &lt;code&gt;LSBackup_mgc&lt;/code&gt;; die Sicherungsinstanz zeigt &lt;code&gt;mgc (Restoring...)&lt;/code&gt; mit &lt;code&gt;LSCopy_…&lt;/code&gt; und &lt;code&gt;LSRestore_…&lt;/code&gt;. Rechtsklick auf eine Instanz &amp;gt; Berichte &amp;gt; Standardberichte &amp;gt; &lt;b&gt;Transaktionsprotokollversand-Status&lt;/b&gt; (Transaction Log Shipping Status) zeigt die letzte Sicherung, Kopie und Wiederherstellung und ob ein Schwellenwert überschritten wurde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Nothing was exported:&lt;/i&gt; followed by the problems.</source>
        <translation>&lt;i&gt;Es wurde nichts exportiert:&lt;/i&gt; gefolgt von den Problemen.</translation>
    </message>
    <message>
        <source>The plan holds values the scripts cannot be made from, or the folder cannot be written. Correct what the lines name, then Export scripts again.</source>
        <translation>Der Plan enthält Werte, aus denen sich die Skripts nicht erzeugen lassen, oder der Ordner ist nicht beschreibbar. Korrigieren Sie, was die Zeilen nennen, und klicken Sie dann erneut auf „Skripts exportieren“.</translation>
    </message>
    <message>
        <source>Hours later, alert 14420: &lt;i&gt;The log shipping primary database … has backup threshold of 60 minutes and has not performed a backup log operation for … minutes.&lt;/i&gt;</source>
        <translation>Stunden später, Warnung 14420: &lt;i&gt;The log shipping primary database … has backup threshold of 60 minutes and has not performed a backup log operation for … minutes.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>LSBackup_mgc does not run or fails: check SQL Server Agent on the primary and the job&apos;s history (View History); most often the rights on the share.</source>
        <translation>LSBackup_mgc wird nicht ausgeführt oder schlägt fehl: Prüfen Sie den SQL Server-Agent auf der primären Instanz und den Verlauf des Auftrags (Verlauf anzeigen); meist fehlen Rechte für die Freigabe.</translation>
    </message>
    <message>
        <source>Alert 14421: &lt;i&gt;The log shipping secondary database … has restore threshold of 45 minutes and is out of sync.&lt;/i&gt;</source>
        <translation>Warnung 14421: &lt;i&gt;The log shipping secondary database … has restore threshold of 45 minutes and is out of sync.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>LSCopy or LSRestore fails on the backup instance: read their history; most often the Agent account&apos;s rights on the share or the copy folder.</source>
        <translation>LSCopy oder LSRestore schlägt auf der Sicherungsinstanz fehl: Lesen Sie deren Verlauf; meist fehlen dem Konto des SQL Server-Agents Rechte für die Freigabe oder den Kopierordner.</translation>
    </message>
</context>
<context>
    <name>UnattendedConfirmationCheck</name>
    <message>
        <source>Active servers outside the primary data center %1: %2</source>
        <translation>Aktive Server außerhalb des primären Rechenzentrums %1: %2</translation>
    </message>
    <message>
        <source>Step 6 would add servers outside the primary data center %1 to the active server list: %2. They need a low-latency, high-bandwidth connection to the primary database; nothing of step 6 was changed. If they have one, list them in &quot;unattended.acknowledgedServers&quot; in the plan, then run again.</source>
        <translation>Schritt 6 würde Server außerhalb des primären Rechenzentrums %1 in die Liste „Aktiver Server“ aufnehmen: %2. Sie benötigen eine Verbindung mit geringer Latenz und hoher Bandbreite zur primären Datenbank; an Schritt 6 wurde nichts geändert. Wenn sie über eine solche Verbindung verfügen, tragen Sie sie im Plan unter „unattended.acknowledgedServers“ ein, und starten Sie den Durchlauf erneut.</translation>
    </message>
    <message>
        <source>The restore overwrites %1 on %2.</source>
        <translation>Die Wiederherstellung überschreibt %1 auf %2.</translation>
    </message>
    <message>
        <source>Initializing the secondary overwrites %1 on %2.</source>
        <translation>Das Initialisieren der sekundären Datenbank überschreibt %1 auf %2.</translation>
    </message>
    <message numerus="yes">
        <source>Preflight found %n warning(s) to acknowledge.</source>
        <translation>
            <numerusform>Die Vorabprüfung hat %n Warnung gefunden, die zu bestätigen ist.</numerusform>
            <numerusform>Die Vorabprüfung hat %n Warnungen gefunden, die zu bestätigen sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight found %n warning(s), and the plan does not acknowledge them; nothing was changed. Read them above; to accept them set &quot;unattended.acknowledgePreflightWarnings&quot; to true in the plan, then run again.</source>
        <translation>
            <numerusform>Die Vorabprüfung hat %n Warnung gefunden, und der Plan bestätigt sie nicht; es wurde nichts geändert. Lesen Sie sie oben; um sie anzunehmen, setzen Sie im Plan „unattended.acknowledgePreflightWarnings“ auf true, und starten Sie den Durchlauf erneut.</numerusform>
            <numerusform>Die Vorabprüfung hat %n Warnungen gefunden, und der Plan bestätigt sie nicht; es wurde nichts geändert. Lesen Sie sie oben; um sie anzunehmen, setzen Sie im Plan „unattended.acknowledgePreflightWarnings“ auf true, und starten Sie den Durchlauf erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 changes the database %2 on %3 for good, and the plan does not confirm it; nothing of step %1 was changed. Set &quot;unattended.%4&quot; to &quot;%2&quot; and &quot;unattended.%5&quot; to &quot;%3&quot; in the plan (it has &quot;%6&quot; and &quot;%7&quot;), then run again.</source>
        <translation>Schritt %1 ändert die Datenbank %2 auf %3 endgültig, und der Plan bestätigt das nicht; an Schritt %1 wurde nichts geändert. Setzen Sie im Plan „unattended.%4“ auf „%2“ und „unattended.%5“ auf „%3“ (er enthält „%6“ und „%7“), und führen Sie den Durchlauf erneut aus.</translation>
    </message>
    <message>
        <source>Bringing %1 online on %2 ends its sessions and recovers it: no log backup can be restored after it.</source>
        <translation>Wenn %1 auf %2 online geschaltet wird, werden die Sitzungen beendet und die Datenbank wiederhergestellt: Danach kann keine Protokollsicherung mehr wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Step %1 changes the database %2 on %3 for good, and the plan does not confirm it; nothing of step %1 was changed. Set &quot;unattended.%4&quot; to &quot;%2&quot; and &quot;unattended.%5&quot; to &quot;%3&quot; in the plan, then run again.</source>
        <translation>Schritt %1 ändert die Datenbank %2 auf %3 endgültig, und der Plan bestätigt das nicht; an Schritt %1 wurde nichts geändert. Setzen Sie im Plan „unattended.%4“ auf „%2“ und „unattended.%5“ auf „%3“, und führen Sie den Durchlauf erneut aus.</translation>
    </message>
</context>
<context>
    <name>UnattendedConsole</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>blocked by session %1</source>
        <translation>blockiert durch Sitzung %1</translation>
    </message>
    <message>
        <source>%1 Msg %2: %3</source>
        <translation>%1 Meldung %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>%1 What to do: %2</source>
        <translation>%1 Abhilfe: %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>already done, skipped</source>
        <translation>bereits erledigt, übersprungen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 Error %2: %3</source>
        <translation>%1 Fehler %2: %3</translation>
    </message>
</context>
<context>
    <name>pchat::ApplyLogsPage</name>
    <message>
        <source>Read the log backups from the &amp;share %1 as well, not only from the copy folder</source>
        <translation>Protokollsicherungen auch von der &amp;Freigabe %1 lesen, nicht nur aus dem Kopierordner</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>to restore</source>
        <translation>wiederherzustellen</translation>
    </message>
    <message>
        <source>after the gap: cannot be restored</source>
        <translation>nach der Lücke: nicht wiederherstellbar</translation>
    </message>
    <message>
        <source>skipped: the same backup as another file</source>
        <translation>übersprungen: dieselbe Sicherung wie eine andere Datei</translation>
    </message>
    <message>
        <source>already restored</source>
        <translation>bereits wiederhergestellt</translation>
    </message>
    <message>
        <source>not usable (no valid log range)</source>
        <translation>nicht verwendbar (kein gültiger Protokollbereich)</translation>
    </message>
    <message>
        <source>Gap in the log chain: no log backup holds LSN %1 up to %2. The backups after it cannot be restored until the missing ones are found; %3 can be brought online only at the point before the gap.</source>
        <translation>Lücke in der Protokollkette: Keine Protokollsicherung enthält LSN %1 bis %2. Die Sicherungen danach lassen sich erst wiederherstellen, wenn die fehlenden gefunden sind; %3 lässt sich nur beim Stand vor der Lücke online schalten.</translation>
    </message>
    <message>
        <source>Log backup %1 of %2: %3</source>
        <translation>Protokollsicherung %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 percent of all log backups</source>
        <translation>%1 Prozent aller Protokollsicherungen</translation>
    </message>
    <message>
        <source>Restore Transaction Log</source>
        <translation>Transaktionsprotokoll wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n log backup(s) into %1 on %2 WITH NORECOVERY, in the order the table shows?</source>
        <translation>
            <numerusform>%n Protokollsicherung in %1 auf %2 WITH NORECOVERY wiederherstellen, in der Reihenfolge der Tabelle?</numerusform>
            <numerusform>%n Protokollsicherungen in %1 auf %2 WITH NORECOVERY wiederherstellen, in der Reihenfolge der Tabelle?</numerusform>
        </translation>
    </message>
    <message>
        <source>In SQL Server Management Studio this is: on the backup instance, right-click %1, Tasks &gt; Restore &gt; Transaction Log, once per log backup, oldest first, with &quot;Leave the database non-operational (RESTORE WITH NORECOVERY)&quot;. The wizard reads the header of every log backup (RESTORE HEADERONLY), orders them by LSN, skips what %1 already has (its redo point in sys.master_files) and stops at the first gap.</source>
        <translation>In SQL Server Management Studio ist das: auf der Sicherungsinstanz mit der rechten Maustaste auf %1 klicken, Tasks &gt; Wiederherstellen &gt; Transaktionsprotokoll, einmal je Protokollsicherung, die älteste zuerst, mit „Datenbank nicht betriebsbereit belassen (RESTORE WITH NORECOVERY)“. Der Assistent liest den Header jeder Protokollsicherung (RESTORE HEADERONLY), ordnet sie nach LSN, überspringt, was %1 schon hat (ihr Redo-Punkt in sys.master_files), und hält an der ersten Lücke an.</translation>
    </message>
    <message>
        <source>For the log backups step 2 did not copy: the backup instance&apos;s service account reads them from the share directly.</source>
        <translation>Für die Protokollsicherungen, die Schritt 2 nicht kopiert hat: Das Dienstkonto der Sicherungsinstanz liest sie direkt von der Freigabe.</translation>
    </message>
    <message>
        <source>Log backups</source>
        <translation>Protokollsicherungen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>First LSN</source>
        <translation>Erste LSN</translation>
    </message>
    <message>
        <source>Last LSN</source>
        <translation>Letzte LSN</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Overall progress of the log restores</source>
        <translation>Gesamtfortschritt der Protokollwiederherstellungen</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
</context>
<context>
    <name>pchat::ApplyLogsStep</name>
    <message>
        <source>Reading the redo point of %1 failed.</source>
        <translation>Das Lesen des Redo-Punkts von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Listing %1 on %2 failed.</source>
        <translation>Das Auflisten von %1 auf %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the header of %1 failed.</source>
        <translation>Das Lesen des Headers von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No log backup holds LSN %1 up to %2: the backups after it (from %3) cannot be restored.</source>
        <translation>Keine Protokollsicherung enthält LSN %1 bis %2: Die Sicherungen danach (ab %3) lassen sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Log restores</source>
        <translation>Protokollwiederherstellungen</translation>
    </message>
    <message>
        <source>none possible: %1 is recovered and ONLINE</source>
        <translation>keine möglich: %1 ist wiederhergestellt und ONLINE</translation>
    </message>
    <message>
        <source>Last log backup restored</source>
        <translation>Zuletzt wiederhergestellte Protokollsicherung</translation>
    </message>
    <message>
        <source>Redo point (sys.master_files.redo_start_lsn)</source>
        <translation>Redo-Punkt (sys.master_files.redo_start_lsn)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Log backups in %1</source>
        <translation>Protokollsicherungen in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n backup set(s)</source>
        <translation>
            <numerusform>%n Sicherungssatz</numerusform>
            <numerusform>%n Sicherungssätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Already restored</source>
        <translation>Bereits wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>%n log backup(s)</source>
        <translation>
            <numerusform>%n Protokollsicherung</numerusform>
            <numerusform>%n Protokollsicherungen</numerusform>
        </translation>
    </message>
    <message>
        <source>To restore, in this order</source>
        <translation>Wiederherzustellen, in dieser Reihenfolge</translation>
    </message>
    <message numerus="yes">
        <source>%n log backup(s), LSN %1 to %2: %3 ... %4</source>
        <translation>
            <numerusform>%n Protokollsicherung, LSN %1 bis %2: %3 ... %4</numerusform>
            <numerusform>%n Protokollsicherungen, LSN %1 bis %2: %3 ... %4</numerusform>
        </translation>
    </message>
    <message>
        <source>To restore</source>
        <translation>Wiederherzustellen</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Skipped as duplicates</source>
        <translation>Als Duplikate übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n log backup(s) (in both folders)</source>
        <translation>
            <numerusform>%n Protokollsicherung (in beiden Ordnern)</numerusform>
            <numerusform>%n Protokollsicherungen (in beiden Ordnern)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not usable</source>
        <translation>Nicht verwendbar</translation>
    </message>
    <message numerus="yes">
        <source>%n backup set(s) with no valid log range or not a log backup</source>
        <translation>
            <numerusform>%n Sicherungssatz ohne gültigen Protokollbereich oder keine Protokollsicherung</numerusform>
            <numerusform>%n Sicherungssätze ohne gültigen Protokollbereich oder keine Protokollsicherungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Gap in the log chain</source>
        <translation>Lücke in der Protokollkette</translation>
    </message>
    <message>
        <source>%1 has every log backup found; the last is %2.</source>
        <translation>%1 hat jede gefundene Protokollsicherung; die letzte ist %2.</translation>
    </message>
    <message>
        <source>%1 is ONLINE: it was recovered, and no log backup can be restored any more.</source>
        <translation>%1 ist ONLINE: Sie wurde wiederhergestellt, und es lässt sich keine Protokollsicherung mehr wiederherstellen.</translation>
    </message>
    <message>
        <source>The redo point of %1 cannot be read, so the wizard cannot tell which log backups it lacks.</source>
        <translation>Der Redo-Punkt von %1 lässt sich nicht lesen; deshalb kann der Assistent nicht sagen, welche Protokollsicherungen ihr fehlen.</translation>
    </message>
    <message>
        <source>Check that %1 is the log-shipping secondary (RESTORING or STANDBY) and that your login may read sys.master_files.</source>
        <translation>Prüfen Sie, dass %1 die sekundäre Datenbank des Protokollversands ist (RESTORING oder STANDBY) und dass Ihre Anmeldung sys.master_files lesen darf.</translation>
    </message>
    <message>
        <source>Find the missing log backups (on the share, in the primary&apos;s local backup folder, or in another copy) and put them in %1, then run the step again. Without them, %2 can only be brought online at the point before the gap: what was written after it is lost.</source>
        <translation>Suchen Sie die fehlenden Protokollsicherungen (auf der Freigabe, im lokalen Sicherungsordner der primären Instanz oder in einer anderen Kopie), legen Sie sie in %1 ab, und führen Sie den Schritt dann erneut aus. Ohne sie lässt sich %2 nur beim Stand vor der Lücke online schalten: Was danach geschrieben wurde, ist verloren.</translation>
    </message>
    <message>
        <source>SQL Server refused %1 (error 4305): it begins at LSN %2, but %3 needs LSN %4 next. The log backups holding LSN %4 up to %2 are missing.</source>
        <translation>SQL Server hat %1 abgelehnt (Fehler 4305): Sie beginnt bei LSN %2, aber %3 braucht als Nächstes LSN %4. Die Protokollsicherungen mit LSN %4 bis %2 fehlen.</translation>
    </message>
    <message>
        <source>SQL Server refused %1 (error 3117): %2 is no longer waiting for log restores; it was recovered or restored anew.</source>
        <translation>SQL Server hat %1 abgelehnt (Fehler 3117): %2 wartet nicht mehr auf Protokollwiederherstellungen; sie wurde wiederhergestellt oder neu wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring %1 failed.</source>
        <translation>Die Wiederherstellung von %1 ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n log backup(s) restored.</source>
        <translation>
            <numerusform>%n Protokollsicherung wiederhergestellt.</numerusform>
            <numerusform>%n Protokollsicherungen wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1 The recovery point so far: %2.</source>
        <translation>Abgebrochen. %1 Der bisherige Wiederherstellungspunkt: %2.</translation>
    </message>
    <message>
        <source>Run the step again to restore the rest.</source>
        <translation>Führen Sie den Schritt erneut aus, um den Rest wiederherzustellen.</translation>
    </message>
    <message>
        <source>The connection to %1 broke. %2</source>
        <translation>Die Verbindung zu %1 wurde getrennt. %2</translation>
    </message>
    <message>
        <source>%1 %2 has every log backup found and stays RESTORING for step 4; the recovery point is %3.</source>
        <translation>%1 %2 hat jede gefundene Protokollsicherung und bleibt für Schritt 4 im Zustand RESTORING; der Wiederherstellungspunkt ist %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n log backup(s) are still to be restored.</source>
        <translation>
            <numerusform>%1 %n Protokollsicherung ist noch wiederherzustellen.</numerusform>
            <numerusform>%1 %n Protokollsicherungen sind noch wiederherzustellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the step (again) to restore them.</source>
        <translation>Führen Sie den Schritt (erneut) aus, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>%1 cannot read %2: it lists no log backup there.</source>
        <translation>%1 kann %2 nicht lesen: Dort werden keine Protokollsicherungen aufgelistet.</translation>
    </message>
</context>
<context>
    <name>pchat::AuditWriter</name>
    <message>
        <source>The audit file %1 could not be written: %2. The run stops here: the wizard does not change a server without recording it. Free space or choose another audit folder, then start the wizard again to resume.</source>
        <translation>Die Überwachungsdatei %1 konnte nicht geschrieben werden: %2. Der Durchlauf wird hier beendet: Der Assistent ändert keinen Server, ohne es aufzuzeichnen. Geben Sie Speicherplatz frei, oder wählen Sie einen anderen Überwachungsordner, und starten Sie den Assistenten dann erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>The audit folder %1 could not be created. The run stops here: the wizard does not change a server without recording it. Choose another audit folder, then start the wizard again to resume.</source>
        <translation>Der Überwachungsordner %1 konnte nicht angelegt werden. Der Durchlauf wird hier beendet: Der Assistent ändert keinen Server, ohne es aufzuzeichnen. Wählen Sie einen anderen Überwachungsordner, und starten Sie den Assistenten dann erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>No free name for an audit file in %1. The run stops here: the wizard does not change a server without recording it.</source>
        <translation>Kein freier Name für eine Überwachungsdatei in %1. Der Durchlauf wird hier beendet: Der Assistent ändert keinen Server, ohne es aufzuzeichnen.</translation>
    </message>
</context>
<context>
    <name>pchat::BackupMgcStep</name>
    <message>
        <source>Reading the state of %1 on %2 failed.</source>
        <translation>Das Lesen des Status von %1 auf %2 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>pchat::BackupPage</name>
    <message>
        <source>Select Backup Destination</source>
        <translation>Sicherungsziel auswählen</translation>
    </message>
    <message>
        <source>File name on %1:</source>
        <translation>Dateiname auf %1:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Backup type:</source>
        <translation>Sicherungstyp:</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Copy-only backup</source>
        <translation>Nur-Kopie-Sicherung</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Files and filegroups</source>
        <translation>Dateien und Dateigruppen</translation>
    </message>
    <message>
        <source>Backup component:</source>
        <translation>Sicherungskomponente:</translation>
    </message>
    <message>
        <source>Backup set</source>
        <translation>Sicherungssatz</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Remove the default backup location from the destination list and add a file on the share established for log shipping. Both instances can reach this path.</source>
        <translation>Entfernen Sie den standardmäßigen Sicherungsspeicherort aus der Zielliste, und fügen Sie eine Datei mit dem Pfad zum Freigabespeicherort hinzu, den Sie für den Protokollversand eingerichtet haben. Beide Instanzen können diesen Pfad erreichen.</translation>
    </message>
    <message>
        <source>Back up to:</source>
        <translation>Sichern auf:</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Media and reliability options</source>
        <translation>Medien- und Zuverlässigkeitsoptionen</translation>
    </message>
    <message>
        <source>Overwrite all existing backup sets in the file (INIT)</source>
        <translation>Alle vorhandenen Sicherungssätze in der Datei überschreiben (INIT)</translation>
    </message>
    <message>
        <source>Verify backup when finished</source>
        <translation>Sicherung nach Abschluss überprüfen</translation>
    </message>
    <message>
        <source>Perform checksum before writing to media</source>
        <translation>Vor dem Schreiben auf Medien Prüfsumme bilden</translation>
    </message>
    <message>
        <source>Set backup &amp;compression:</source>
        <translation>Sicherungskomprimierung &amp;festlegen:</translation>
    </message>
    <message>
        <source>Use the default server setting</source>
        <translation>Standardservereinstellung verwenden</translation>
    </message>
    <message>
        <source>Compress backup</source>
        <translation>Sicherung komprimieren</translation>
    </message>
    <message>
        <source>Do not compress backup</source>
        <translation>Sicherung nicht komprimieren</translation>
    </message>
    <message>
        <source>Report progress every:</source>
        <translation>Fortschritt melden alle:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Backup destinations</source>
        <translation>Sicherungsziele</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Descri&amp;ption (optional):</source>
        <translation>&amp;Beschreibung (optional):</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
</context>
<context>
    <name>pchat::BackupSettingsBox</name>
    <message>
        <source>Transaction log backups — Backup Settings</source>
        <translation>Transaktionsprotokollsicherungen — Sicherungseinstellungen</translation>
    </message>
    <message>
        <source>Network &amp;path to backup folder (example: \\fileserver\backup):</source>
        <translation>&amp;Netzwerkpfad zum Sicherungsordner (Beispiel: \\fileserver\backup):</translation>
    </message>
    <message>
        <source>If the backup folder is located on the primary server, type a &amp;local path to the folder (example: c:\backup):</source>
        <translation>Wenn sich der Sicherungsordner auf dem primären Server befindet, geben Sie einen &amp;lokalen Pfad zum Ordner ein (Beispiel: c:\backup):</translation>
    </message>
    <message>
        <source>leave empty when the folder is not on the primary server</source>
        <translation>leer lassen, wenn sich der Ordner nicht auf dem primären Server befindet</translation>
    </message>
    <message>
        <source>Note: you must grant read and write permission on this folder to the service account of this primary server instance. You must also grant read permission to the proxy account for the copy job (usually the SQL Server Agent service account for the secondary server instance). If the SQL Server service account of the primary server runs under the local system account, the backup folder must be on the primary server and you must type its local path.</source>
        <translation>Hinweis: Sie müssen dem Dienstkonto dieser primären Serverinstanz Lese- und Schreibberechtigung für diesen Ordner erteilen. Außerdem müssen Sie dem Proxykonto des Kopierauftrags (normalerweise das Dienstkonto des SQL Server-Agents der sekundären Serverinstanz) Leseberechtigung erteilen. Wenn das SQL Server-Dienstkonto des primären Servers unter dem lokalen Systemkonto ausgeführt wird, muss sich der Sicherungsordner auf dem primären Server befinden, und Sie müssen seinen lokalen Pfad eingeben.</translation>
    </message>
    <message>
        <source>&amp;Delete files older than:</source>
        <translation>&amp;Dateien löschen, die älter sind als:</translation>
    </message>
    <message>
        <source>&amp;Alert if no backup occurs within:</source>
        <translation>W&amp;arnen, wenn innerhalb von ... keine Sicherung erfolgt:</translation>
    </message>
    <message>
        <source>Alert if no backup occurs within</source>
        <translation>Warnen, wenn innerhalb von ... keine Sicherung erfolgt</translation>
    </message>
    <message>
        <source>Keep log-shipping &amp;history for:</source>
        <translation>Protokollversand&amp;verlauf aufbewahren für:</translation>
    </message>
    <message>
        <source>Backup job</source>
        <translation>Sicherungsauftrag</translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation>Auftragsna&amp;me:</translation>
    </message>
    <message>
        <source>Set backup &amp;compression:</source>
        <translation>Sicherungskomprimierung &amp;festlegen:</translation>
    </message>
    <message>
        <source>Use the default server setting</source>
        <translation>Standardservereinstellung verwenden</translation>
    </message>
    <message>
        <source>Compress backup</source>
        <translation>Sicherung komprimieren</translation>
    </message>
    <message>
        <source>Do not compress backup</source>
        <translation>Sicherung nicht komprimieren</translation>
    </message>
</context>
<context>
    <name>pchat::BackupStep</name>
    <message>
        <source>Reading the state of %1 failed.</source>
        <translation>Das Lesen des Zustands von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the size of %1 failed.</source>
        <translation>Das Lesen der Größe von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Checking the backup file %1 failed.</source>
        <translation>Die Prüfung der Sicherungsdatei %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the backup history of %1 failed.</source>
        <translation>Das Lesen des Sicherungsverlaufs von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>%1, recovery model %2</source>
        <translation>%1, Wiederherstellungsmodell %2</translation>
    </message>
    <message>
        <source>Size of %1</source>
        <translation>Größe von %1</translation>
    </message>
    <message>
        <source>%1 (data and log files)</source>
        <translation>%1 (Daten- und Protokolldateien)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist or the SQL Server service account cannot reach it</source>
        <translation>der Ordner %1 ist nicht vorhanden, oder das SQL Server-Dienstkonto kann ihn nicht erreichen</translation>
    </message>
    <message>
        <source>exists: the backup overwrites its backup sets (INIT)</source>
        <translation>vorhanden: Die Sicherung überschreibt ihre Sicherungssätze (INIT)</translation>
    </message>
    <message>
        <source>exists: the backup is appended to its backup sets (NOINIT)</source>
        <translation>vorhanden: Die Sicherung wird an ihre Sicherungssätze angefügt (NOINIT)</translation>
    </message>
    <message>
        <source>does not exist yet; the backup creates it</source>
        <translation>noch nicht vorhanden; die Sicherung erstellt sie</translation>
    </message>
    <message>
        <source>Backup file %1</source>
        <translation>Sicherungsdatei %1</translation>
    </message>
    <message>
        <source>Latest backup of %1</source>
        <translation>Letzte Sicherung von %1</translation>
    </message>
    <message>
        <source>%1, finished %2, to %3</source>
        <translation>%1, abgeschlossen am %2, Ziel: %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>none recorded in msdb</source>
        <translation>keine in msdb verzeichnet</translation>
    </message>
    <message>
        <source>%1 is %2 on %3; only an ONLINE database can be backed up.</source>
        <translation>%1 ist auf %3 im Zustand %2; nur eine ONLINE-Datenbank kann gesichert werden.</translation>
    </message>
    <message>
        <source>%1 does not exist on %2.</source>
        <translation>%1 ist auf %2 nicht vorhanden.</translation>
    </message>
    <message>
        <source>Check that the backup instance in the plan is the one that serves Persistent Chat since the failover (it holds the principal), and that step 2 has run.</source>
        <translation>Prüfen Sie, ob die Sicherungsinstanz im Plan diejenige ist, die den beständigen Chat seit dem Failover bereitstellt (sie enthält den Prinzipal), und ob Schritt 2 ausgeführt wurde.</translation>
    </message>
    <message>
        <source>Cancelled before the backup started; nothing was changed.</source>
        <translation>Vor Beginn der Sicherung abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup of %1 to %2 failed.</source>
        <translation>Die Sicherung von %1 nach %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The newest backup of %1 in msdb is &quot;%2&quot; from %3 to %4.</source>
        <translation>Die neueste in msdb verzeichnete Sicherung von %1 ist „%2“ vom %3, Ziel: %4.</translation>
    </message>
    <message>
        <source>msdb records no backup of %1.</source>
        <translation>msdb verzeichnet keine Sicherung von %1.</translation>
    </message>
    <message>
        <source>The backup did not complete; the file on the share is not usable.</source>
        <translation>Die Sicherung wurde nicht abgeschlossen; die Datei auf der Freigabe ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>Run the step again to make a complete backup.</source>
        <translation>Führen Sie den Schritt erneut aus, um die Sicherung vollständig zu schreiben.</translation>
    </message>
    <message>
        <source>The connection to %1 broke during the backup (at %2 percent). %3 %4</source>
        <translation>Die Verbindung zu %1 wurde während der Sicherung unterbrochen (bei %2 Prozent). %3 %4</translation>
    </message>
    <message>
        <source>The server reported success, but msdb has no new full backup of %1 to %2. %3</source>
        <translation>Der Server hat Erfolg gemeldet, aber msdb enthält keine neue vollständige Sicherung von %1 nach %2. %3</translation>
    </message>
    <message>
        <source>Run the step again; if this repeats, check msdb.dbo.backupset on the server.</source>
        <translation>Führen Sie den Schritt erneut aus; tritt dies wieder auf, prüfen Sie msdb.dbo.backupset auf dem Server.</translation>
    </message>
    <message>
        <source>No full backup of %1 to %2 is recorded. %3</source>
        <translation>Es ist keine vollständige Sicherung von %1 nach %2 verzeichnet. %3</translation>
    </message>
    <message>
        <source>Run the step to make the backup.</source>
        <translation>Führen Sie den Schritt aus, um die Sicherung zu erstellen.</translation>
    </message>
    <message>
        <source>msdb records the backup, but the file %1 cannot be read.</source>
        <translation>msdb verzeichnet die Sicherung, aber die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>msdb records the backup as set %1 of %2, but the file does not list it.</source>
        <translation>msdb verzeichnet die Sicherung als Sicherungssatz %1 in %2, aber die Datei führt ihn nicht auf.</translation>
    </message>
    <message>
        <source>Another backup may have overwritten the file. Run the step again.</source>
        <translation>Möglicherweise hat eine andere Sicherung die Datei überschrieben. Führen Sie den Schritt erneut aus.</translation>
    </message>
    <message>
        <source>Backed up %1 (%2) to %3 in %4 s (%5 MB/s); it is backup set %6 in the file.</source>
        <translation>%1 (%2) in %4 s (%5 MB/s) nach %3 gesichert; es ist Sicherungssatz %6 in der Datei.</translation>
    </message>
    <message>
        <source>RESTORE VERIFYONLY found it valid.</source>
        <translation>RESTORE VERIFYONLY hat sie als gültig befunden.</translation>
    </message>
    <message>
        <source>(The backup had completed before the cancel reached the server.)</source>
        <translation>(Die Sicherung war abgeschlossen, bevor der Abbruch den Server erreichte.)</translation>
    </message>
    <message>
        <source>(The connection broke, but the server had completed the backup.)</source>
        <translation>(Die Verbindung wurde unterbrochen, aber der Server hatte die Sicherung abgeschlossen.)</translation>
    </message>
</context>
<context>
    <name>pchat::BringOnlinePage</name>
    <message numerus="yes">
        <source>&amp;End these %n session(s) with KILL before the recovery</source>
        <translation>
            <numerusform>Die %n Sitzung vor der Wiederherstellung mit KILL b&amp;eenden</numerusform>
            <numerusform>Diese %n Sitzungen vor der Wiederherstellung mit KILL b&amp;eenden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;End the sessions in %1 with KILL (none found)</source>
        <translation>Die Sitzungen in %1 mit KILL b&amp;eenden (keine gefunden)</translation>
    </message>
    <message>
        <source>Confirm the recovery</source>
        <translation>Wiederherstellung bestätigen</translation>
    </message>
    <message>
        <source>This brings %1 online on %2 for good: no further log backup can be restored into it. Type both names to confirm.</source>
        <translation>Damit wird %1 auf %2 endgültig online geschaltet: Es lässt sich keine weitere Protokollsicherung mehr in sie wiederherstellen. Geben Sie zur Bestätigung beide Namen ein.</translation>
    </message>
    <message>
        <source>&amp;Database to bring online:</source>
        <translation>Online zu schaltende &amp;Datenbank:</translation>
    </message>
    <message>
        <source>On &amp;instance:</source>
        <translation>Auf &amp;Instanz:</translation>
    </message>
    <message>
        <source>Confirm ending the sessions in %1: the recovery needs the database to itself.</source>
        <translation>Bestätigen Sie, dass die Sitzungen in %1 beendet werden: Die Wiederherstellung braucht die Datenbank für sich allein.</translation>
    </message>
    <message>
        <source>Type the database and the instance above to confirm the recovery.</source>
        <translation>Geben Sie oben die Datenbank und die Instanz ein, um die Wiederherstellung zu bestätigen.</translation>
    </message>
    <message>
        <source>In SQL Server Management Studio this is: on the backup instance, Activity Monitor or sp_who2 to find the sessions in %1, KILL for each, then in a query window on master: RESTORE DATABASE [%1] WITH RECOVERY. Afterwards %1 is ONLINE and serves Persistent Chat from the backup data center.</source>
        <translation>In SQL Server Management Studio ist das: auf der Sicherungsinstanz den Aktivitätsmonitor oder sp_who2, um die Sitzungen in %1 zu finden, KILL für jede, dann in einem Abfragefenster auf master: RESTORE DATABASE [%1] WITH RECOVERY. Danach ist %1 ONLINE und bedient den beständigen Chat aus dem Sicherungsrechenzentrum.</translation>
    </message>
    <message>
        <source>Sessions in %1</source>
        <translation>Sitzungen in %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>The recovery point (the last log backup restored) is read when the page opens.</source>
        <translation>Der Wiederherstellungspunkt (die zuletzt wiederhergestellte Protokollsicherung) wird gelesen, wenn sich die Seite öffnet.</translation>
    </message>
</context>
<context>
    <name>pchat::BringOnlineStep</name>
    <message>
        <source>Recovery point: %1.</source>
        <translation>Wiederherstellungspunkt: %1.</translation>
    </message>
    <message>
        <source>Recovery point: the last log backup restored is %1. What the primary wrote after it is lost.</source>
        <translation>Wiederherstellungspunkt: Die zuletzt wiederhergestellte Protokollsicherung ist %1. Was die primäre Datenbank danach geschrieben hat, ist verloren.</translation>
    </message>
    <message>
        <source>Reading the sessions in %1 on %2 failed.</source>
        <translation>Das Lesen der Sitzungen in %1 auf %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Other sessions in %1</source>
        <translation>Andere Sitzungen in %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Recovery point</source>
        <translation>Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>%1 is ONLINE on %2. %3</source>
        <translation>%1 ist auf %2 ONLINE. %3</translation>
    </message>
    <message>
        <source>%1 is %2 on %3: only a RESTORING or STANDBY database can be recovered.</source>
        <translation>%1 ist auf %3 im Zustand %2: Nur eine Datenbank im Zustand RESTORING oder STANDBY lässt sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Check the state of %1 in SQL Server Management Studio; a database in RECOVERY_PENDING or SUSPECT needs the DBA before the failover can go on.</source>
        <translation>Prüfen Sie den Status von %1 in SQL Server Management Studio; eine Datenbank im Zustand RECOVERY_PENDING oder SUSPECT braucht den DBA, bevor das Failover weitergehen kann.</translation>
    </message>
    <message>
        <source>Sessions use %1 that you did not confirm ending: %2. Nothing was changed.</source>
        <translation>Sitzungen verwenden %1, deren Beenden Sie nicht bestätigt haben: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Click Re-check to read the sessions again, confirm ending them, and run the step again. A session that keeps coming back belongs to an application: stop it first (on %1, for example the Persistent Chat service).</source>
        <translation>Klicken Sie auf „Erneut prüfen“, um die Sitzungen erneut zu lesen, bestätigen Sie, dass sie beendet werden, und führen Sie den Schritt erneut aus. Eine Sitzung, die immer wiederkommt, gehört zu einer Anwendung: Beenden Sie diese zuerst (auf %1, zum Beispiel den Dienst des Servers für beständigen Chat).</translation>
    </message>
    <message>
        <source>Ending session %1 failed; %2 was not recovered.</source>
        <translation>Das Beenden der Sitzung %1 ist fehlgeschlagen; %2 wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>A session came back into %1 after it was ended, so SQL Server could not recover it (error 3101).</source>
        <translation>Eine Sitzung ist nach dem Beenden in %1 zurückgekehrt; deshalb konnte SQL Server die Datenbank nicht wiederherstellen (Fehler 3101).</translation>
    </message>
    <message>
        <source>RESTORE DATABASE %1 WITH RECOVERY failed.</source>
        <translation>RESTORE DATABASE %1 WITH RECOVERY ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 is %2 on %3.</source>
        <translation>%1 ist auf %3 im Zustand %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended.</source>
        <translation>
            <numerusform>%n Sitzung beendet.</numerusform>
            <numerusform>%n Sitzungen beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <source>Run the step again to bring %1 online.</source>
        <translation>Führen Sie den Schritt erneut aus, um %1 online zu schalten.</translation>
    </message>
    <message>
        <source>Run the step (again) to bring %1 online.</source>
        <translation>Führen Sie den Schritt (erneut) aus, um %1 online zu schalten.</translation>
    </message>
    <message>
        <source>Click Re-check: the page lists the session that came back. Stop the application it belongs to (its host and program are listed), confirm ending it, and run the step again.</source>
        <translation>Klicken Sie auf „Erneut prüfen“: Die Seite listet die zurückgekehrte Sitzung auf. Beenden Sie die Anwendung, zu der sie gehört (Host und Programm sind aufgeführt), bestätigen Sie, dass die Sitzung beendet wird, und führen Sie den Schritt erneut aus.</translation>
    </message>
</context>
<context>
    <name>pchat::ClearActiveServersPage</name>
    <message>
        <source>Active server collection: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Sammlung aktiver Server: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Important:&lt;/b&gt; SQL Server Agent on the secondary Persistent Chat back-end server (%1) should run under a privileged account. In particular the account needs:&lt;ul&gt;&lt;li&gt;read access to the network share the backups are placed in (%2),&lt;/li&gt;&lt;li&gt;write access to the local folder the backups are copied to (%3).&lt;/li&gt;&lt;/ul&gt;Preflight reads the account and checks both paths as the instance sees them.</source>
        <translation>&lt;b&gt;Wichtig:&lt;/b&gt; Der SQL Server-Agent auf dem sekundären Back-End-Server für beständigen Chat (%1) sollte unter einem privilegierten Konto ausgeführt werden. Dieses Konto muss insbesondere über die folgenden Berechtigungen verfügen:&lt;ul&gt;&lt;li&gt;Lesezugriff auf die Netzwerkfreigabe, in der Sicherungen abgelegt werden sollen (%2),&lt;/li&gt;&lt;li&gt;Schreibzugriff auf das lokale Verzeichnis, in das die Sicherungen kopiert werden sollen (%3).&lt;/li&gt;&lt;/ul&gt;Die Vorabprüfung liest das Konto aus und prüft beide Pfade so, wie die Instanz sie sieht.</translation>
    </message>
    <message>
        <source>Clear all servers from the Persistent Chat Server Active Server list with the Set-CsPersistentChatActiveServer cmdlet in the Lync Server Management Shell. This stops every Persistent Chat Server from connecting to the mgc and mgccomp databases during the failback. No Get- cmdlet for the list is documented: after Run you confirm from the cmdlet&apos;s output that the list is empty.</source>
        <translation>Löschen Sie alle für den Server für beständigen Chat in der Liste „Aktiver Server“ aufgeführten Server mithilfe des Set-CsPersistentChatActiveServer-Cmdlets in der Lync Server-Verwaltungsshell. Dadurch wird dafür gesorgt, dass während des Failbacks keiner der Server für beständigen Chat mehr Verbindungen zu den Datenbanken mgc und mgccomp herstellt. Für die Liste ist kein Get-Cmdlet dokumentiert: Bestätigen Sie, nachdem Sie auf „Ausführen“ geklickt haben, anhand der Ausgabe des Cmdlets, dass die Liste leer ist.</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>The cmdlet&apos;s output above shows that the Active Server list is now empty.</source>
        <translation>Die obige Ausgabe des Cmdlets zeigt, dass die Liste „Aktiver Server“ jetzt leer ist.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Preflight found:</source>
        <translation>Die Vorabprüfungen haben ergeben:</translation>
    </message>
</context>
<context>
    <name>pchat::ClearActiveServersStep</name>
    <message>
        <source>Active server collection</source>
        <translation>Sammlung aktiver Server</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Clearing the active server list failed.</source>
        <translation>Das Leeren der Liste „Aktiver Server“ ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Set-CsPersistentChatActiveServer ran without an error (output: %1). No Get- cmdlet can read the list back: confirm that it is empty.</source>
        <translation>Set-CsPersistentChatActiveServer wurde ohne Fehler ausgeführt (Ausgabe: %1). Kein Get-Cmdlet kann die Liste zurücklesen: Bestätigen Sie, dass sie leer ist.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The active server list cannot be read back (no Get- cmdlet exists).</source>
        <translation>Die Liste „Aktiver Server“ kann nicht zurückgelesen werden (es gibt kein Get-Cmdlet).</translation>
    </message>
    <message>
        <source>Run the step, or confirm on the page that the list is empty.</source>
        <translation>Führen Sie den Schritt aus, oder bestätigen Sie auf der Seite, dass die Liste leer ist.</translation>
    </message>
</context>
<context>
    <name>pchat::CopyFilesTab</name>
    <message>
        <source>Destination &amp;folder for copied files: (This folder is usually located on the secondary server.)</source>
        <translation>Zi&amp;elordner für kopierte Dateien: (Dieser Ordner befindet sich normalerweise auf dem sekundären Server.)</translation>
    </message>
    <message>
        <source>Delete copied files af&amp;ter:</source>
        <translation>Kopierte Dateien l&amp;öschen nach:</translation>
    </message>
    <message>
        <source>Copy job</source>
        <translation>Kopierauftrag</translation>
    </message>
    <message>
        <source>Job name:</source>
        <translation>Auftragsname:</translation>
    </message>
</context>
<context>
    <name>pchat::DrillController</name>
    <message>
        <source>the training lab is not running</source>
        <translation>das Schulungslabor wird nicht ausgeführt</translation>
    </message>
    <message>
        <source>the lab refused the request</source>
        <translation>das Labor hat die Anfrage abgelehnt</translation>
    </message>
</context>
<context>
    <name>pchat::DrillPanel</name>
    <message>
        <source>Drill: %1</source>
        <translation>Übung: %1</translation>
    </message>
    <message>
        <source>No drill</source>
        <translation>Keine Übung</translation>
    </message>
    <message>
        <source>The procedure runs without faults. Drills are chosen on the Welcome page.</source>
        <translation>Das Verfahren wird ohne eingeschleuste Fehler ausgeführt. Übungen werden auf der Seite „Willkommen“ ausgewählt.</translation>
    </message>
    <message>
        <source>Waiting: it strikes when the page &quot;%1&quot; opens.</source>
        <translation>Wartet: Der Fehler wird ausgelöst, sobald sich die Seite „%1“ öffnet.</translation>
    </message>
    <message>
        <source>Switching the fault on in the lab…</source>
        <translation>Der Fehler wird im Labor eingeschaltet…</translation>
    </message>
    <message>
        <source>It has struck. %1</source>
        <translation>Der Fehler wurde ausgelöst. %1</translation>
    </message>
    <message>
        <source>Fixing it in the lab…</source>
        <translation>Wird im Labor behoben…</translation>
    </message>
    <message>
        <source>Fixed in the lab. Retry in the wizard: it succeeds now.</source>
        <translation>Im Labor behoben. Klicken Sie im Assistenten auf „Wiederholen“: Jetzt gelingt der Schritt.</translation>
    </message>
    <message>
        <source>The lab did not do it: %1</source>
        <translation>Das Labor konnte die Aktion nicht ausführen: %1</translation>
    </message>
    <message>
        <source>Fix it in the lab</source>
        <translation>Im Labor beheben</translation>
    </message>
    <message>
        <source>Reset lab…</source>
        <translation>Labor zurücksetzen…</translation>
    </message>
    <message>
        <source>Returns the lab to the scenario&apos;s start and the wizard to its first page.</source>
        <translation>Setzt das Labor auf den Beginn des Szenarios und den Assistenten auf seine erste Seite zurück.</translation>
    </message>
</context>
<context>
    <name>pchat::EnvironmentPage</name>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>The SQL Server instances, databases, folders and the Lync pool that the failback works on.</source>
        <translation>Die SQL Server-Instanzen, Datenbanken, Ordner und der Lync-Pool, mit denen das Failback arbeitet.</translation>
    </message>
    <message>
        <source>P&amp;rimary instance</source>
        <translation>P&amp;rimäre Instanz</translation>
    </message>
    <message>
        <source>Databases and &amp;folders</source>
        <translation>Datenbanken und &amp;Ordner</translation>
    </message>
    <message>
        <source>This tab has values to correct.</source>
        <translation>Auf dieser Registerkarte sind Werte zu korrigieren.</translation>
    </message>
    <message>
        <source>The backup instance serves mgc since the failover. Steps 2 and 3 run here: mirroring is removed and mgc is backed up to the share. Afterwards it becomes the log-shipping secondary again.</source>
        <translation>Die Sicherungsinstanz stellt mgc seit dem Failover bereit. Die Schritte 2 und 3 werden hier ausgeführt: Die Spiegelung wird entfernt, und mgc wird auf der Freigabe gesichert. Danach wird sie wieder zum sekundären Server des Protokollversands.</translation>
    </message>
    <message>
        <source>The rebuilt instance in the primary data center, where Topology Builder reinstalled mgc and mgccomp. Step 4 overwrites its mgc with the backup; step 5 makes it the log-shipping primary.</source>
        <translation>Die wiederhergestellte Instanz im primären Rechenzentrum, in der der Topologie-Generator mgc und mgccomp erneut installiert hat. Schritt 4 überschreibt ihre mgc-Datenbank mit der Sicherung; Schritt 5 macht sie zur primären Instanz des Protokollversands.</translation>
    </message>
    <message>
        <source>The Persistent Chat databases and the folders of log shipping. The share must be reachable by the SQL Server service accounts of both instances; the copy folder lies on the backup instance&apos;s server.</source>
        <translation>Die Datenbanken für beständigen Chat und die Ordner des Protokollversands. Die Freigabe muss für die SQL Server-Dienstkonten beider Instanzen erreichbar sein; der Kopierordner liegt auf dem Server der Sicherungsinstanz.</translation>
    </message>
    <message>
        <source>Persistent Chat &amp;database:</source>
        <translation>Datenbank für &amp;beständigen Chat:</translation>
    </message>
    <message>
        <source>C&amp;ompliance database:</source>
        <translation>Com&amp;pliancedatenbank:</translation>
    </message>
    <message>
        <source>PChatServerCollection (Lync 2013 examples use global)</source>
        <translation>PChatServerCollection (die Beispiele für Lync 2013 verwenden global)</translation>
    </message>
    <message>
        <source>Log-shipping &amp;share:</source>
        <translation>&amp;Freigabe für den Protokollversand:</translation>
    </message>
    <message>
        <source>The Lync Server Management Shell runs steps 1, 6 and 7. The pool identity is the one Get-CsPersistentChatState shows, e.g. PersistentChatServer:pchat.contoso.com.</source>
        <translation>Die Lync Server-Verwaltungsshell führt die Schritte 1, 6 und 7 aus. Die Poolidentität ist die, die Get-CsPersistentChatState anzeigt, z. B. PersistentChatServer:pchat.contoso.com.</translation>
    </message>
    <message>
        <source>Shell &amp;module:</source>
        <translation>Shell&amp;modul:</translation>
    </message>
    <message>
        <source>Active server &amp;collection:</source>
        <translation>Sammlung &amp;aktiver Server:</translation>
    </message>
    <message>
        <source>Primary &amp;data center:</source>
        <translation>Primäres Re&amp;chenzentrum:</translation>
    </message>
    <message>
        <source>Shell &amp;arguments:</source>
        <translation>Shellarg&amp;umente:</translation>
    </message>
    <message>
        <source>Shell &amp;timeout:</source>
        <translation>Shell&amp;timeout:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>powershell.exe on a Lync server (the module is imported on stdin), a remote session script, or pchat-lab for training.</source>
        <translation>powershell.exe auf einem Lync-Server (das Modul wird über stdin importiert), ein Skript für eine Remotesitzung oder pchat-lab für Schulungen.</translation>
    </message>
    <message>
        <source>Backup &amp;instance</source>
        <translation>&amp;Sicherungsinstanz</translation>
    </message>
    <message>
        <source>L&amp;ync Server</source>
        <translation>L&amp;ync Server</translation>
    </message>
    <message>
        <source>Shell pro&amp;gram:</source>
        <translation>Shellpro&amp;gramm:</translation>
    </message>
    <message>
        <source>Copy folder on the bac&amp;kup server:</source>
        <translation>&amp;Kopierordner auf dem Sicherungsserver:</translation>
    </message>
    <message>
        <source>Poo&amp;l identity:</source>
        <translation>Pool&amp;identität:</translation>
    </message>
    <message>
        <source>Failo&amp;ver</source>
        <translation>Fai&amp;lover</translation>
    </message>
</context>
<context>
    <name>pchat::ExplanationPanel</name>
    <message>
        <source>Explanation for trainees</source>
        <translation>Erläuterung für Schulungsteilnehmer</translation>
    </message>
    <message>
        <source>&lt;p&gt;No explanation for this page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Für diese Seite gibt es keine Erläuterung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What this step does and why</source>
        <translation>Was dieser Schritt tut und warum</translation>
    </message>
    <message>
        <source>What SSMS / the Lync shell would show</source>
        <translation>Was SSMS / die Lync-Shell anzeigen würde</translation>
    </message>
    <message>
        <source>What can go wrong</source>
        <translation>Was schiefgehen kann</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Abhilfe:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>pchat::FailbackWizard</name>
    <message>
        <source>&amp;Script…</source>
        <translation>S&amp;kript…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>A step is running</source>
        <translation>Ein Schritt wird ausgeführt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still running. Wait for it to end, or cancel it on the page; the wizard can be closed then.</source>
        <translation>„%1“ wird noch ausgeführt. Warten Sie, bis der Schritt beendet ist, oder brechen Sie ihn auf der Seite ab; danach kann der Assistent geschlossen werden.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Überwachungspfad</translation>
    </message>
    <message>
        <source>The run in %1 is finished; a new run starts beside it.</source>
        <translation>Der Durchlauf in %1 ist abgeschlossen; ein neuer Durchlauf wird in einem eigenen Ordner daneben begonnen.</translation>
    </message>
    <message>
        <source>Continue that run</source>
        <translation>Diesen Durchlauf fortsetzen</translation>
    </message>
    <message>
        <source>Start a new run</source>
        <translation>Neuen Durchlauf beginnen</translation>
    </message>
    <message>
        <source>Recorded %1 in this run at %2 (journal event %3).</source>
        <translation>In diesem Durchlauf am %2 als „%1“ aufgezeichnet (Journalereignis %3).</translation>
    </message>
    <message>
        <source>The audit trail cannot be written, so the wizard stops before the next action: %1</source>
        <translation>Der Überwachungspfad kann nicht geschrieben werden, daher hält der Assistent vor der nächsten Aktion an: %1</translation>
    </message>
    <message>
        <source>Writing the run&apos;s report into %1 …</source>
        <translation>Der Bericht des Durchlaufs wird nach %1 geschrieben …</translation>
    </message>
    <message>
        <source>The report could not be written: %1

The journal and the screenshots in %2 are complete; &quot;pchat-failback --verify-audit&quot; checks them.</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1

Journal und Bildschirmfotos in %2 sind vollständig; „pchat-failback --verify-audit“ prüft sie.</translation>
    </message>
    <message>
        <source>The run is not recorded, or it was closed already.</source>
        <translation>Der Durchlauf wird nicht aufgezeichnet, oder er wurde bereits geschlossen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The CA file is saved but not in effect: %1</source>
        <translation>Die Zertifizierungsstellendatei ist gespeichert, wird aber nicht verwendet: %1</translation>
    </message>
    <message>
        <source>The run in %1 belongs to another procedure (its journal says &quot;%2&quot;) and is not continued here. Continue it with the wizard for that procedure, or start a new run.</source>
        <translation>Der Durchlauf in %1 gehört zu einem anderen Verfahren (sein Journal nennt „%2“) und wird hier nicht fortgesetzt. Setzen Sie ihn mit dem Assistenten für dieses Verfahren fort, oder beginnen Sie einen neuen Durchlauf.</translation>
    </message>
    <message>
        <source>TRAINING – %1</source>
        <translation>SCHULUNG – %1</translation>
    </message>
</context>
<context>
    <name>pchat::FailoverCopyBackupsPage</name>
    <message>
        <source>Choose above how the log backups reach step 3.</source>
        <translation>Wählen Sie oben, wie die Protokollsicherungen zu Schritt 3 gelangen.</translation>
    </message>
    <message>
        <source>Share (network path to backup folder): %1
Copy folder (destination folder for copied files): %2</source>
        <translation>Freigabe (Netzwerkpfad zum Sicherungsordner): %1
Kopierordner (Zielordner für kopierte Dateien): %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to copy:&lt;/b&gt; every log backup on the share is in the copy folder.</source>
        <translation>&lt;b&gt;Nichts zu kopieren:&lt;/b&gt; Jede Protokollsicherung auf der Freigabe ist im Kopierordner.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Done: not copied.&lt;/b&gt; Step 3 restores %n log backup(s) directly from the share.</source>
        <translation>
            <numerusform>&lt;b&gt;Erledigt: nicht kopiert.&lt;/b&gt; Schritt 3 stellt %n Protokollsicherung direkt von der Freigabe wieder her.</numerusform>
            <numerusform>&lt;b&gt;Erledigt: nicht kopiert.&lt;/b&gt; Schritt 3 stellt %n Protokollsicherungen direkt von der Freigabe wieder her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Done: copied.&lt;/b&gt; The copy folder holds the %n log backup(s); step 3 reads them there.</source>
        <translation>
            <numerusform>&lt;b&gt;Erledigt: kopiert.&lt;/b&gt; Der Kopierordner enthält die %n Protokollsicherung; Schritt 3 liest sie dort.</numerusform>
            <numerusform>&lt;b&gt;Erledigt: kopiert.&lt;/b&gt; Der Kopierordner enthält die %n Protokollsicherungen; Schritt 3 liest sie dort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decided yet: choose, then Run records the choice (after it checks the copy folder or the share).</source>
        <translation>Noch nicht entschieden: Wählen Sie, dann hält „Ausführen“ die Wahl fest (nachdem es den Kopierordner oder die Freigabe geprüft hat).</translation>
    </message>
    <message>
        <source>Log shipping&apos;s copy job copied each log backup from the share to the copy folder on the backup instance; the restore job applied them from there. At the disaster, some were on the share but not copied yet. The list shows them as the backup instance&apos;s SQL Server service account sees both folders (xp_dirtree), with the size and end time from each file&apos;s header.</source>
        <translation>Der Kopierauftrag des Protokollversands kopierte jede Protokollsicherung von der Freigabe in den Kopierordner der Sicherungsinstanz; der Wiederherstellungsauftrag spielte sie von dort ein. Beim Ausfall lagen einige auf der Freigabe, waren aber noch nicht kopiert. Die Liste zeigt sie so, wie das SQL Server-Dienstkonto der Sicherungsinstanz beide Ordner sieht (xp_dirtree), mit Größe und Endzeit aus dem Header jeder Datei.</translation>
    </message>
    <message>
        <source>Log backups not copied</source>
        <translation>Nicht kopierte Protokollsicherungen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Backup time (UTC, from the name)</source>
        <translation>Sicherungszeit (UTC, aus dem Namen)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Sicherung beendet</translation>
    </message>
    <message>
        <source>&lt;b&gt;How do the log backups reach step 3?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wie gelangen die Protokollsicherungen zu Schritt 3?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;I copy them to the copy folder with this command, then choose Verify:</source>
        <translation>&amp;Ich kopiere sie mit diesem Befehl in den Kopierordner und klicke dann auf „Überprüfen“:</translation>
    </message>
    <message>
        <source>&amp;Restore them directly from the share: the backup instance&apos;s SQL Server and Agent accounts can read it (nothing is copied).</source>
        <translation>&amp;Direkt von der Freigabe wiederherstellen: Die Konten von SQL Server und SQL Server-Agent der Sicherungsinstanz können sie lesen (es wird nichts kopiert).</translation>
    </message>
    <message>
        <source>Copy to Clip&amp;board</source>
        <translation>In die Zwischenab&amp;lage kopieren</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Über&amp;prüfen</translation>
    </message>
    <message>
        <source>robocopy command</source>
        <translation>robocopy-Befehl</translation>
    </message>
</context>
<context>
    <name>pchat::FailoverCopyBackupsStep</name>
    <message>
        <source>Listing the log backups failed.</source>
        <translation>Das Auflisten der Protokollsicherungen ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 cannot read the log backups on %2.</source>
        <translation>%1 kann die Protokollsicherungen auf %2 nicht lesen.</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>Freigabe %1</translation>
    </message>
    <message>
        <source>Log backups of %1 on the share %2</source>
        <translation>Protokollsicherungen von %1 auf der Freigabe %2</translation>
    </message>
    <message>
        <source>Log backups in the copy folder %1</source>
        <translation>Protokollsicherungen im Kopierordner %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1, the newest %2</source>
        <translation>%1, die neueste %2</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Nicht kopiert</translation>
    </message>
    <message>
        <source>Step 3 reads the log backups from</source>
        <translation>Schritt 3 liest die Protokollsicherungen aus</translation>
    </message>
    <message>
        <source>the copy folder %1 (copied by the operator)</source>
        <translation>dem Kopierordner %1 (vom Bediener kopiert)</translation>
    </message>
    <message>
        <source>the share %1 (not copied)</source>
        <translation>der Freigabe %1 (nicht kopiert)</translation>
    </message>
    <message>
        <source>Every log backup of %1 on the share is in the copy folder: nothing to copy.</source>
        <translation>Jede Protokollsicherung von %1 auf der Freigabe ist im Kopierordner: Es ist nichts zu kopieren.</translation>
    </message>
    <message>
        <source>Choose whether you copy the log backups or step 3 restores them from the share.</source>
        <translation>Wählen Sie, ob Sie die Protokollsicherungen kopieren oder ob Schritt 3 sie von der Freigabe wiederherstellt.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was decided.</source>
        <translation>Abgebrochen; es wurde nichts entschieden.</translation>
    </message>
    <message numerus="yes">
        <source>Not copied: step 3 restores %n log backup(s) directly from the share %1, which %2 reads.</source>
        <translation>
            <numerusform>Nicht kopiert: Schritt 3 stellt %n Protokollsicherung direkt von der Freigabe %1 wieder her, die %2 lesen kann.</numerusform>
            <numerusform>Nicht kopiert: Schritt 3 stellt %n Protokollsicherungen direkt von der Freigabe %1 wieder her, die %2 lesen kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every log backup on the share is in the copy folder.</source>
        <translation>Jede Protokollsicherung auf der Freigabe ist im Kopierordner.</translation>
    </message>
    <message numerus="yes">
        <source>Copied: the copy folder %1 now holds the %n log backup(s) that were missing; step 3 reads them there.</source>
        <translation>
            <numerusform>Kopiert: Der Kopierordner %1 enthält jetzt die %n fehlende Protokollsicherung; Schritt 3 liest sie dort.</numerusform>
            <numerusform>Kopiert: Der Kopierordner %1 enthält jetzt die %n fehlenden Protokollsicherungen; Schritt 3 liest sie dort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log backup(s) on the share are still not in the copy folder %1.</source>
        <translation>
            <numerusform>%n Protokollsicherung auf der Freigabe ist noch nicht im Kopierordner %1.</numerusform>
            <numerusform>%n Protokollsicherungen auf der Freigabe sind noch nicht im Kopierordner %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the robocopy command shown on the page as an account that can read the share and write the copy folder, then choose Verify; or choose to restore directly from the share.</source>
        <translation>Führen Sie den auf der Seite angezeigten robocopy-Befehl unter einem Konto aus, das die Freigabe lesen und den Kopierordner beschreiben kann, und klicken Sie dann auf „Überprüfen“; oder wählen Sie die Wiederherstellung direkt von der Freigabe.</translation>
    </message>
    <message>
        <source>Give %1 Read on the share %2 (share and folder permissions), then choose Re-check. Without it neither robocopy run as those accounts nor a restore from the share can read the files.</source>
        <translation>Erteilen Sie %1 Lesezugriff auf die Freigabe %2 (Freigabe- und Ordnerberechtigungen), und klicken Sie dann auf „Erneut prüfen“. Ohne ihn können weder robocopy unter diesen Konten noch eine Wiederherstellung von der Freigabe die Dateien lesen.</translation>
    </message>
    <message>
        <source>the SQL Server service account and the SQL Server Agent account of %1</source>
        <translation>dem SQL Server-Dienstkonto und dem SQL Server-Agent-Konto von %1</translation>
    </message>
    <message>
        <source>the accounts of SQL Server and SQL Server Agent on %1 (%2)</source>
        <translation>den Konten von SQL Server und SQL Server-Agent auf %1 (%2)</translation>
    </message>
    <message>
        <source>On the page, choose one of the two. In an unattended run, copy the log backups listed above into the copy folder first, or set failover.restoreFromShare in the plan to true.</source>
        <translation>Wählen Sie auf der Seite eine der beiden Möglichkeiten. Kopieren Sie bei einem unbeaufsichtigten Durchlauf zuerst die oben aufgeführten Protokollsicherungen in den Kopierordner, oder setzen Sie im Plan „failover.restoreFromShare“ auf „true“.</translation>
    </message>
</context>
<context>
    <name>pchat::FailoverInstallMirrorPage</name>
    <message>
        <source>not mirrored</source>
        <translation>nicht gespiegelt</translation>
    </message>
    <message>
        <source>Establish a high availability mirror for the backup database that now serves as the primary database: the backup instance is the principal, the backup&apos;s mirror instance the mirror (not the mirror the primary had). The wizard reads sys.database_mirroring on the backup instance and Get-CsDatabaseMirrorState afterwards.</source>
        <translation>Richten Sie für die Sicherungsdatenbank, die jetzt als Primärdatenbank dient, einen Spiegel für hohe Verfügbarkeit ein: Die Sicherungsinstanz ist der Prinzipal, die Spiegelinstanz der Sicherungsinstanz der Spiegel (nicht der Spiegel der bisherigen primären Instanz). Danach liest der Assistent sys.database_mirroring auf der Sicherungsinstanz und Get-CsDatabaseMirrorState.</translation>
    </message>
    <message>
        <source>Mirroring on the backup instance</source>
        <translation>Spiegelung auf der Sicherungsinstanz</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>&amp;Commands:</source>
        <translation>&amp;Befehle:</translation>
    </message>
</context>
<context>
    <name>pchat::FailoverInstallMirrorStep</name>
    <message>
        <source>%1 on %2: mirroring</source>
        <translation>%1 auf %2: Spiegelung</translation>
    </message>
    <message>
        <source>no such database</source>
        <translation>Datenbank nicht vorhanden</translation>
    </message>
    <message>
        <source>not mirrored</source>
        <translation>nicht gespiegelt</translation>
    </message>
    <message>
        <source>%1, %2, partner %3</source>
        <translation>%1, %2, Partner %3</translation>
    </message>
    <message>
        <source>Mirror instance %1</source>
        <translation>Spiegelinstanz %1</translation>
    </message>
    <message>
        <source>read from the principal only (the plan gives no connection to the mirror)</source>
        <translation>nur beim Prinzipal gelesen (der Plan enthält keine Verbindung zum Spiegel)</translation>
    </message>
    <message>
        <source>Reading the mirroring on %1 failed.</source>
        <translation>Das Lesen der Spiegelung auf %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Es konnte keine Verbindung mit %1 hergestellt werden.</translation>
    </message>
    <message>
        <source>%1 does not exist on %2.</source>
        <translation>%1 ist auf %2 nicht vorhanden.</translation>
    </message>
    <message>
        <source>Check the database names and the backup instance in the plan; mgc must be online there (step 4) before it can be mirrored.</source>
        <translation>Prüfen Sie die Datenbanknamen und die Sicherungsinstanz im Plan; mgc muss dort online sein (Schritt 4), bevor die Datenbank gespiegelt werden kann.</translation>
    </message>
    <message>
        <source>%1 on %2 is already mirrored (%3, partner %4), not as principal to %5.</source>
        <translation>%1 auf %2 wird bereits gespiegelt (%3, Partner %4), aber nicht als Prinzipal zu %5.</translation>
    </message>
    <message>
        <source>Correct the mirror instance in the plan if %1 is the backup&apos;s mirror; otherwise remove that mirroring first (Uninstall-CsMirrorDatabase).</source>
        <translation>Korrigieren Sie die Spiegelinstanz im Plan, wenn %1 der Spiegel der Sicherungsinstanz ist; entfernen Sie andernfalls zuerst diese Spiegelung (Uninstall-CsMirrorDatabase).</translation>
    </message>
    <message>
        <source>%1 and %2 are already mirrored to %3.</source>
        <translation>%1 und %2 werden bereits zu %3 gespiegelt.</translation>
    </message>
    <message>
        <source>Install-CsMirrorDatabase for %1 failed.</source>
        <translation>Install-CsMirrorDatabase für %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check that the mirror instance %1 runs and is reachable, that the SQL Server service accounts of %2 and %1 can write and read %3, and that Topology Builder names %1 as the mirror of the backup store. A database of that name left on the mirror needs &quot;Drop existing databases on the mirror&quot;. Then run the step again.</source>
        <translation>Prüfen Sie, ob die Spiegelinstanz %1 läuft und erreichbar ist, ob die SQL Server-Dienstkonten von %2 und %1 in %3 schreiben und daraus lesen können und ob der Topologie-Generator %1 als Spiegel des Sicherungsspeichers nennt. Liegt auf dem Spiegel noch eine Datenbank dieses Namens, aktivieren Sie „Vorhandene Datenbanken auf dem Spiegel löschen“. Führen Sie den Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>Reading the mirror state (Get-CsDatabaseMirrorState) failed.</source>
        <translation>Das Lesen des Spiegelungsstatus (Get-CsDatabaseMirrorState) ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Get-CsDatabaseMirrorState: %1</source>
        <translation>Get-CsDatabaseMirrorState: %1</translation>
    </message>
    <message>
        <source>on the primary %1 (%2), on the mirror %3 (%4)</source>
        <translation>auf dem Prinzipal %1 (%2), auf dem Spiegel %3 (%4)</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht aufgeführt</translation>
    </message>
    <message>
        <source>%1 and %2 on %3 are mirrored to %4.</source>
        <translation>%1 und %2 auf %3 werden zu %4 gespiegelt.</translation>
    </message>
    <message>
        <source>%1 and %2 are not both mirrored to %3 (see the findings).</source>
        <translation>%1 und %2 werden nicht beide zu %3 gespiegelt (siehe Befunde).</translation>
    </message>
    <message>
        <source>Run the step (again); if the mirror stays missing, run Install-CsMirrorDatabase in the management shell and read its error.</source>
        <translation>Führen Sie den Schritt (erneut) aus; fehlt der Spiegel weiterhin, führen Sie Install-CsMirrorDatabase in der Verwaltungsshell aus, und lesen Sie den Fehler.</translation>
    </message>
</context>
<context>
    <name>pchat::FailoverPoolStatePage</name>
    <message>
        <source>To fail the pool over to the backup mgc, run Set-CsPersistentChatState with -PoolState FailedOver: the backup database now serves as the primary database. Get-CsPersistentChatState then shows whether the pool is FailedOver. Use the pool identity as Get-CsPersistentChatState lists it (double-click a pool).</source>
        <translation>Für das Failover des Pools auf die mgc-Sicherungsdatenbank führen Sie Set-CsPersistentChatState mit -PoolState FailedOver aus: Die Sicherungsdatenbank dient dann als Primärdatenbank. Get-CsPersistentChatState zeigt danach, ob der Pool im Zustand FailedOver ist. Verwenden Sie die Poolidentität so, wie Get-CsPersistentChatState sie auflistet (Doppelklick auf einen Pool).</translation>
    </message>
</context>
<context>
    <name>pchat::FailoverRemoveLogShippingPage</name>
    <message>
        <source>not known (msdb lists no log shipping for %1)</source>
        <translation>nicht bekannt (msdb enthält keinen Protokollversand für %1)</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1
at %2</source>
        <translation>%1
um %2</translation>
    </message>
    <message>
        <source>%1, database %2</source>
        <translation>%1, Datenbank %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;What log shipping knew before the removal&lt;/b&gt; (read at %1 and kept: msdb no longer holds it)</source>
        <translation>&lt;b&gt;Was der Protokollversand vor dem Entfernen wusste&lt;/b&gt; (gelesen um %1 und aufbewahrt: msdb enthält es nicht mehr)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What log shipping knows&lt;/b&gt; (recorded before the removal: afterwards msdb no longer holds it)</source>
        <translation>&lt;b&gt;Was der Protokollversand weiß&lt;/b&gt; (vor dem Entfernen festgehalten: danach enthält msdb es nicht mehr)</translation>
    </message>
    <message>
        <source>Remove Secondary</source>
        <translation>Sekundären Server entfernen</translation>
    </message>
    <message>
        <source>Are you sure you want to remove the secondary database %1 on %2 from log shipping? Its copy and restore jobs are deleted.</source>
        <translation>Möchten Sie die sekundäre Datenbank %1 auf %2 wirklich aus dem Protokollversand entfernen? Ihr Kopier- und ihr Wiederherstellungsauftrag werden gelöscht.</translation>
    </message>
    <message>
        <source>In SQL Server Management Studio this is: on the primary, database Properties, Transaction Log Shipping, select the secondary server instance and database, Remove; with the primary data center gone, it is the stored procedure the procedure names, run on the backup instance: sp_delete_log_shipping_secondary_database. It deletes the secondary&apos;s log shipping settings in msdb and its copy and restore jobs; the database stays RESTORING (or STANDBY).</source>
        <translation>In SQL Server Management Studio ist das: auf dem primären Server Datenbankeigenschaften, Transaktionsprotokollversand, die Sekundärserverinstanz und Datenbank auswählen, Entfernen; da das primäre Rechenzentrum ausgefallen ist, ist es die gespeicherte Prozedur, die die Anleitung nennt, ausgeführt auf der Sicherungsinstanz: sp_delete_log_shipping_secondary_database. Sie löscht die Einstellungen des sekundären Servers für den Protokollversand in msdb sowie seinen Kopier- und Wiederherstellungsauftrag; die Datenbank bleibt im Zustand RESTORING (oder STANDBY).</translation>
    </message>
    <message>
        <source>Primary server instance:</source>
        <translation>Primäre Serverinstanz:</translation>
    </message>
    <message>
        <source>Last copied file:</source>
        <translation>Zuletzt kopierte Datei:</translation>
    </message>
    <message>
        <source>Last restored file:</source>
        <translation>Zuletzt wiederhergestellte Datei:</translation>
    </message>
    <message>
        <source>Network path to backup folder:</source>
        <translation>Netzwerkpfad zum Sicherungsordner:</translation>
    </message>
    <message>
        <source>Destination folder for copied files:</source>
        <translation>Zielordner für kopierte Dateien:</translation>
    </message>
    <message>
        <source>Copy job and restore job:</source>
        <translation>Kopierauftrag und Wiederherstellungsauftrag:</translation>
    </message>
    <message>
        <source>The files after the last restored one are what steps 2 and 3 copy and apply. These values are read from log_shipping_monitor_secondary and log_shipping_secondary before the removal and kept on this page, in the audit trail and in the report.</source>
        <translation>Die Dateien nach der zuletzt wiederhergestellten kopieren und spielen die Schritte 2 und 3 ein. Diese Werte werden vor dem Entfernen aus log_shipping_monitor_secondary und log_shipping_secondary gelesen und auf dieser Seite, im Überwachungspfad und im Bericht aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>pchat::FailoverRemoveLogShippingStep</name>
    <message>
        <source>Reading the log shipping configuration on %1 failed.</source>
        <translation>Das Lesen der Protokollversandkonfiguration auf %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1: log shipping secondary</source>
        <translation>%1: sekundäre Datenbank des Protokollversands</translation>
    </message>
    <message>
        <source>configured on %1</source>
        <translation>konfiguriert auf %1</translation>
    </message>
    <message>
        <source>not configured (removed)</source>
        <translation>nicht konfiguriert (entfernt)</translation>
    </message>
    <message>
        <source>Log shipping monitor</source>
        <translation>Protokollversandmonitor</translation>
    </message>
    <message>
        <source>no row for %1</source>
        <translation>keine Zeile für %1</translation>
    </message>
    <message>
        <source> (before the removal)</source>
        <translation> (vor dem Entfernen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Primary server and database</source>
        <translation>Primärer Server und Datenbank</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Last copied file</source>
        <translation>Zuletzt kopierte Datei</translation>
    </message>
    <message>
        <source>Last restored file</source>
        <translation>Zuletzt wiederhergestellte Datei</translation>
    </message>
    <message>
        <source>Source folder (share)</source>
        <translation>Quellordner (Freigabe)</translation>
    </message>
    <message>
        <source>Destination folder for copied files</source>
        <translation>Zielordner für kopierte Dateien</translation>
    </message>
    <message>
        <source>Copy and restore jobs</source>
        <translation>Kopier- und Wiederherstellungsauftrag</translation>
    </message>
    <message>
        <source>Jobs still in msdb</source>
        <translation>Aufträge, die noch in msdb sind</translation>
    </message>
    <message>
        <source>Log shipping is already removed from %1 on %2.</source>
        <translation>Der Protokollversand ist von %1 auf %2 bereits entfernt.</translation>
    </message>
    <message>
        <source>Removing log shipping from %1 failed.</source>
        <translation>Das Entfernen des Protokollversands von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Log shipping was already removed from %1; nothing was sent.</source>
        <translation>Der Protokollversand war von %1 bereits entfernt; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Log shipping is removed from %1 on %2: msdb no longer lists it as a secondary, and its copy and restore jobs are gone. The database stays as it is (RESTORING or STANDBY).</source>
        <translation>Der Protokollversand ist von %1 auf %2 entfernt: msdb führt die Datenbank nicht mehr als sekundäre Datenbank, und ihr Kopier- und Wiederherstellungsauftrag sind gelöscht. Die Datenbank bleibt, wie sie ist (RESTORING oder STANDBY).</translation>
    </message>
    <message>
        <source>msdb on %1 still lists log shipping for %2.</source>
        <translation>msdb auf %1 enthält weiterhin Protokollversand für %2.</translation>
    </message>
    <message>
        <source>Run the step (again) to remove it; if it stays, remove the secondary in SSMS: database Properties, Transaction Log Shipping.</source>
        <translation>Führen Sie den Schritt (erneut) aus, um ihn zu entfernen; bleibt er bestehen, entfernen Sie den sekundären Server in SSMS: Datenbankeigenschaften, Transaktionsprotokollversand.</translation>
    </message>
</context>
<context>
    <name>pchat::FailoverSetActiveServersPage</name>
    <message>
        <source>Server FQDN (backup data center)</source>
        <translation>Server-FQDN (Sicherungsrechenzentrum)</translation>
    </message>
    <message>
        <source>Set the Persistent Chat Server active servers with Set-CsPersistentChatActiveServer: the servers listed here replace the active servers of the lost primary data center. &lt;b&gt;Important:&lt;/b&gt; all active servers must be in the same data center as the new primary database, or in a data center with a low-latency, high-bandwidth connection to it.</source>
        <translation>Legen Sie die aktiven Server für den Server für beständigen Chat mit Set-CsPersistentChatActiveServer fest: Die hier aufgeführten Server ersetzen die aktiven Server des ausgefallenen primären Rechenzentrums. &lt;b&gt;Wichtig:&lt;/b&gt; Alle aktiven Server müssen sich im selben Rechenzentrum wie die neue Primärdatenbank befinden oder in einem Rechenzentrum mit einer Verbindung mit geringer Latenz und hoher Bandbreite zu ihr.</translation>
    </message>
    <message>
        <source>New primary database: &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Neue Primärdatenbank: &lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>pchat::FailoverSetActiveServersStep</name>
    <message>
        <source>backup data center</source>
        <translation>Sicherungsrechenzentrum</translation>
    </message>
    <message>
        <source>in the primary data center %1: the procedure wants every active server in the data center of the new primary database</source>
        <translation>im primären Rechenzentrum %1: Laut Anleitung muss jeder aktive Server im Rechenzentrum der neuen Primärdatenbank stehen</translation>
    </message>
</context>
<context>
    <name>pchat::FailoverSettingsBox</name>
    <message>
        <source>(default instance)</source>
        <translation>(Standardinstanz)</translation>
    </message>
    <message>
        <source>Only the failover reads these. Install-CsMirrorDatabase mirrors mgc and mgccomp of the new primary (the backup instance) to the mirror instance that Topology Builder names for the backup store; the databases travel through the file share.</source>
        <translation>Nur das Failover verwendet diese Angaben. Install-CsMirrorDatabase spiegelt mgc und mgccomp der neuen primären Instanz (der Sicherungsinstanz) zu der Spiegelinstanz, die der Topologie-Generator für den Sicherungsspeicher nennt; die Datenbanken gelangen über die Dateifreigabe dorthin.</translation>
    </message>
    <message>
        <source>New primary&apos;s server FQDN (-SqlServerF&amp;qdn):</source>
        <translation>FQDN des Servers der neuen primären Instanz (-SqlServerF&amp;qdn):</translation>
    </message>
    <message>
        <source>Instance name (-SqlInstanceName):</source>
        <translation>Instanzname (-SqlInstanceName):</translation>
    </message>
    <message>
        <source>&amp;Mirror server FQDN:</source>
        <translation>FQDN des Spie&amp;gelservers:</translation>
    </message>
    <message>
        <source>Mirror instance name:</source>
        <translation>Instanzname des Spiegelservers:</translation>
    </message>
    <message>
        <source>File s&amp;hare (-FileShare):</source>
        <translation>Dateifreigabe (-FileS&amp;hare):</translation>
    </message>
    <message>
        <source>Drop existing databases on the mirror (-DropExistingDatabasesOnMirror)</source>
        <translation>Vorhandene Datenbanken auf dem Spiegel löschen (-DropExistingDatabasesOnMirror)</translation>
    </message>
    <message>
        <source>The instance part of the backup instance&apos;s name.</source>
        <translation>Der Instanzteil des Namens der Sicherungsinstanz.</translation>
    </message>
    <message>
        <source>Active servers of the backup data cen&amp;ter:</source>
        <translation>Aktive Server des Sicherungsrechenzen&amp;trums:</translation>
    </message>
    <message>
        <source>All active servers must be in the data center of the new primary database, or one with a low-latency, high-bandwidth link to it.</source>
        <translation>Alle aktiven Server müssen sich im Rechenzentrum der neuen Primärdatenbank befinden oder in einem mit einer Verbindung mit geringer Latenz und hoher Bandbreite zu ihr.</translation>
    </message>
</context>
<context>
    <name>pchat::InitializeSecondaryTab</name>
    <message>
        <source>(not set yet: see the Environment page)</source>
        <translation>(noch nicht festgelegt: siehe Seite „Umgebung“)</translation>
    </message>
    <message>
        <source>The full backup of the primary database is written to %1 and restored on %2 (WITH NORECOVERY).</source>
        <translation>Die vollständige Sicherung der primären Datenbank wird nach %1 geschrieben und auf %2 wiederhergestellt (WITH NORECOVERY).</translation>
    </message>
    <message>
        <source>The existing backup %1 is restored on %2 (WITH NORECOVERY). It must be a full backup of the restored primary database, taken after step 4.</source>
        <translation>Die vorhandene Sicherung %1 wird auf %2 wiederhergestellt (WITH NORECOVERY). Sie muss eine vollständige Sicherung der wiederhergestellten primären Datenbank sein, erstellt nach Schritt 4.</translation>
    </message>
    <message>
        <source>Choose this only when %1 on %2 was already restored from a full backup of the restored primary database and left restoring (WITH NORECOVERY). Right after the failover it is not: it is the database that served Persistent Chat.</source>
        <translation>Wählen Sie diese Option nur, wenn %1 auf %2 bereits aus einer vollständigen Sicherung der wiederhergestellten primären Datenbank wiederhergestellt und im Zustand RESTORING belassen wurde (WITH NORECOVERY). Direkt nach dem Failover ist das nicht der Fall: Dann ist es die Datenbank, die den beständigen Chat bedient hat.</translation>
    </message>
    <message>
        <source>You need to initialize the secondary database by restoring a full backup of the primary database into the secondary database.</source>
        <translation>Sie müssen die sekundäre Datenbank initialisieren, indem Sie eine vollständige Sicherung der primären Datenbank in der sekundären Datenbank wiederherstellen.</translation>
    </message>
    <message>
        <source>Yes, generate a full backup of the primary database and restore it into the secondary database (and create the secondary database if it doesn&apos;t exist)</source>
        <translation>Ja, eine vollständige Sicherung der primären Datenbank generieren und in der sekundären Datenbank wiederherstellen (und die sekundäre Datenbank erstellen, falls sie nicht vorhanden ist)</translation>
    </message>
    <message>
        <source>Yes, restore an existing backup of the primary database into the secondary database (create the secondary database if it doesn&apos;t exist)</source>
        <translation>Ja, eine vorhandene Sicherung der primären Datenbank in der sekundären Datenbank wiederherstellen (die sekundäre Datenbank erstellen, falls sie nicht vorhanden ist)</translation>
    </message>
    <message>
        <source>No, the secondary database is initialized</source>
        <translation>Nein, die sekundäre Datenbank ist initialisiert</translation>
    </message>
    <message>
        <source>Backup &amp;file name:</source>
        <translation>Name der Sic&amp;herungsdatei:</translation>
    </message>
</context>
<context>
    <name>pchat::InstanceEditor</name>
    <message>
        <source>Connect &amp;to:</source>
        <translation>&amp;Verbinden mit:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>An&amp;meldename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>ODBC &amp;driver:</source>
        <translation>ODBC-Trei&amp;ber:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Vers&amp;chlüsselung:</translation>
    </message>
    <message>
        <source>Connection time&amp;out:</source>
        <translation>Verbindungs&amp;timeout:</translation>
    </message>
    <message>
        <source>SERVER\INSTANCE, as @@SERVERNAME returns it</source>
        <translation>SERVER\INSTANZ, wie @@SERVERNAME ihn zurückgibt</translation>
    </message>
    <message>
        <source>optional: host,port when the name cannot be reached directly</source>
        <translation>optional: Host,Port, wenn der Name nicht direkt erreichbar ist</translation>
    </message>
    <message>
        <source>Windows Authentication</source>
        <translation>Windows-Authentifizierung</translation>
    </message>
    <message>
        <source>SQL Server Authentication</source>
        <translation>SQL Server-Authentifizierung</translation>
    </message>
    <message>
        <source>kept in memory only, never saved</source>
        <translation>nur im Arbeitsspeicher gehalten, nie gespeichert</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatorisch</translation>
    </message>
    <message>
        <source>Strict (TDS 8.0)</source>
        <translation>Strikt (TDS 8.0)</translation>
    </message>
    <message>
        <source>Trust server certificate</source>
        <translation>Serverzertifikat vertrauen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>V&amp;erbindung testen</translation>
    </message>
    <message numerus="yes">
        <source>Connecting to %1 (at most %n second(s))…</source>
        <translation>
            <numerusform>Verbindung mit %1 wird hergestellt (höchstens %n Sekunde)…</numerusform>
            <numerusform>Verbindung mit %1 wird hergestellt (höchstens %n Sekunden)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1, SQL Server %2, %3.</source>
        <translation>Verbunden mit %1, SQL Server %2, %3.</translation>
    </message>
    <message>
        <source>The login %1 is sysadmin.</source>
        <translation>Die Anmeldung %1 ist sysadmin.</translation>
    </message>
    <message>
        <source>The login %1 is not sysadmin: the failback needs sysadmin on both instances.</source>
        <translation>Die Anmeldung %1 ist nicht sysadmin: Das Failback erfordert sysadmin auf beiden Instanzen.</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>FreeTDS encrypts this connection but does not check the server&apos;s certificate: no CA file is named in freetds.conf. Name one there (&quot;ca file&quot; in [global]) or use Microsoft&apos;s ODBC Driver 18.</source>
        <translation>FreeTDS verschlüsselt diese Verbindung, prüft aber das Zertifikat des Servers nicht: In freetds.conf ist keine Zertifizierungsstellendatei angegeben. Geben Sie dort eine an („ca file“ im Abschnitt [global]), oder verwenden Sie Microsoft ODBC Driver 18.</translation>
    </message>
    <message>
        <source>Instance na&amp;me:</source>
        <translation>Instanz&amp;name:</translation>
    </message>
</context>
<context>
    <name>pchat::LabPreparer</name>
    <message>
        <source>the lab gave no answer</source>
        <translation>das Labor hat nicht geantwortet</translation>
    </message>
    <message>
        <source>The lab runs the scenario file it was started with, and it does not fit the failover (the pool is %1, and the failover starts in normal operation with log shipping). Start training mode without --scenario, or with a scenario that does.</source>
        <translation>Das Labor führt die Szenariodatei aus, mit der es gestartet wurde, und diese passt nicht zum Failover (der Pool ist %1, und das Failover beginnt im Normalbetrieb mit Protokollversand). Starten Sie den Schulungsmodus ohne --scenario oder mit einem passenden Szenario.</translation>
    </message>
    <message>
        <source>The disaster has struck: the primary data center is down and the pool waits for the failover. Go on with the failover.</source>
        <translation>Der Notfall ist eingetreten: Das primäre Rechenzentrum ist ausgefallen, und der Pool wartet auf das Failover. Fahren Sie mit dem Failover fort.</translation>
    </message>
    <message>
        <source>The lab is in normal operation with log shipping, where the failover starts. Press Disaster… to stop the primary data center, then go on.</source>
        <translation>Das Labor ist im Normalbetrieb mit Protokollversand, wo das Failover beginnt. Klicken Sie auf „Notfall…“, um das primäre Rechenzentrum anzuhalten, und fahren Sie dann fort.</translation>
    </message>
    <message>
        <source>The lab was reset to the start of the failover: normal operation with log shipping. Press Disaster… to stop the primary data center, then go on.</source>
        <translation>Das Labor wurde auf den Beginn des Failovers zurückgesetzt: Normalbetrieb mit Protokollversand. Klicken Sie auf „Notfall…“, um das primäre Rechenzentrum anzuhalten, und fahren Sie dann fort.</translation>
    </message>
    <message>
        <source>The lab runs the scenario file it was started with, and it does not fit the failback (the pool is %1, and the failback starts with the pool FailedOver). Start training mode without --scenario, or with a scenario that does.</source>
        <translation>Das Labor führt die Szenariodatei aus, mit der es gestartet wurde, und diese passt nicht zum Failback (der Pool ist %1, und das Failback beginnt mit dem Pool im Zustand FailedOver). Starten Sie den Schulungsmodus ohne --scenario oder mit einem passenden Szenario.</translation>
    </message>
    <message>
        <source>The pool runs FailedOver, but the primary data center is still down. Press Rebuild primary… to bring it back with fresh databases, then go on with the failback.</source>
        <translation>Der Pool läuft im Zustand FailedOver, aber das primäre Rechenzentrum ist noch ausgefallen. Klicken Sie auf „Primäres Rechenzentrum wiederherstellen…“, um es mit neuen Datenbanken zurückzuholen, und fahren Sie dann mit dem Failback fort.</translation>
    </message>
    <message>
        <source>The pool runs FailedOver on the backup instance and the primary data center is rebuilt: the failback starts here.</source>
        <translation>Der Pool läuft im Zustand FailedOver auf der Sicherungsinstanz, und das primäre Rechenzentrum ist wiederhergestellt: Hier beginnt das Failback.</translation>
    </message>
    <message>
        <source>The lab was reset to the start of the failback: the pool runs FailedOver on the backup instance and the primary data center is rebuilt.</source>
        <translation>Das Labor wurde auf den Beginn des Failbacks zurückgesetzt: Der Pool läuft im Zustand FailedOver auf der Sicherungsinstanz, und das primäre Rechenzentrum ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>Preparing the lab for the failover…</source>
        <translation>Das Labor wird für das Failover vorbereitet…</translation>
    </message>
    <message>
        <source>Preparing the lab for the failback…</source>
        <translation>Das Labor wird für das Failback vorbereitet…</translation>
    </message>
    <message>
        <source>The lab could not be prepared for this procedure: %1. Reset the lab, or start training mode again.</source>
        <translation>Das Labor konnte nicht für dieses Verfahren vorbereitet werden: %1. Setzen Sie das Labor zurück, oder starten Sie den Schulungsmodus erneut.</translation>
    </message>
</context>
<context>
    <name>pchat::LogPane</name>
    <message>
        <source>What the wizard did, in your language. Support reads the log file, which is written in English: %1</source>
        <translation>Was der Assistent getan hat, in Ihrer Sprache. Der Support liest die Protokolldatei, die auf Englisch geschrieben wird: %1</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>The full log for support (in English): %1</source>
        <translation>Das vollständige Protokoll für den Support (auf Englisch): %1</translation>
    </message>
</context>
<context>
    <name>pchat::LogShippingPage</name>
    <message>
        <source>This tab has values to correct.</source>
        <translation>Auf dieser Registerkarte sind Werte zu korrigieren.</translation>
    </message>
    <message>
        <source>Initializing the secondary database overwrites %1 on the backup instance %2: the database that served Persistent Chat during the failover. Its data lives on in %1 on the primary instance, restored in step 4; run this step only after that restore succeeded.</source>
        <translation>Das Initialisieren der sekundären Datenbank überschreibt %1 auf der Sicherungsinstanz %2: die Datenbank, die während des Failovers den beständigen Chat bedient hat. Ihre Daten bestehen in %1 auf der primären Instanz fort, die in Schritt 4 wiederhergestellt wurde; führen Sie diesen Schritt erst aus, wenn diese Wiederherstellung erfolgreich war.</translation>
    </message>
    <message>
        <source>Enable this as a primary database in a log shipping configuration</source>
        <translation>Als primäre Datenbank in einer Protokollversandkonfiguration aktivieren</translation>
    </message>
    <message>
        <source>The procedure makes the restored database the log-shipping primary again.</source>
        <translation>Das Verfahren macht die wiederhergestellte Datenbank wieder zur primären Datenbank des Protokollversands.</translation>
    </message>
    <message>
        <source>Secondary server instances and databases</source>
        <translation>Sekundäre Serverinstanzen und Datenbanken</translation>
    </message>
    <message>
        <source>Secondary server instance:</source>
        <translation>Sekundäre Serverinstanz:</translation>
    </message>
    <message>
        <source>Secondary database:</source>
        <translation>Sekundäre Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Initialize Secondary Database</source>
        <translation>Sekundäre Datenbank &amp;initialisieren</translation>
    </message>
    <message>
        <source>C&amp;opy Files</source>
        <translation>Dateien k&amp;opieren</translation>
    </message>
    <message>
        <source>&amp;Restore Transaction Log</source>
        <translation>T&amp;ransaktionsprotokoll wiederherstellen</translation>
    </message>
    <message>
        <source>The Lync Server procedure uses no monitor server instance.</source>
        <translation>Das Verfahren für Lync Server verwendet keine Überwachungsserverinstanz.</translation>
    </message>
    <message>
        <source>The first log backup was copied and restored on the secondary: %1.</source>
        <translation>Die erste Protokollsicherung wurde auf den sekundären Server kopiert und dort wiederhergestellt: %1.</translation>
    </message>
    <message>
        <source>The first log was not shipped: %1</source>
        <translation>Das erste Protokoll wurde nicht übertragen: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>wird ausgeführt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Initializing the secondary overwrites %1 on %2. Type both names to confirm.</source>
        <translation>Das Initialisieren der sekundären Datenbank überschreibt %1 auf %2. Geben Sie zur Bestätigung beide Namen ein.</translation>
    </message>
    <message>
        <source>Type the database and the instance above to confirm the initialization.</source>
        <translation>Geben Sie oben die Datenbank und die Instanz ein, um die Initialisierung zu bestätigen.</translation>
    </message>
    <message>
        <source>Confirm the initialization</source>
        <translation>Initialisierung bestätigen</translation>
    </message>
    <message>
        <source>Database to o&amp;verwrite:</source>
        <translation>Zu überschreibende Daten&amp;bank:</translation>
    </message>
    <message>
        <source>On i&amp;nstance:</source>
        <translation>A&amp;uf Instanz:</translation>
    </message>
    <message>
        <source>Configuration run</source>
        <translation>Ausführung der Konfiguration</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Wait for the first log backup, cop&amp;y and restore</source>
        <translation>Auf erste &amp;Protokollsicherung, Kopie und Wiederherstellung warten</translation>
    </message>
    <message>
        <source>Parts of the configuration</source>
        <translation>Teile der Konfiguration</translation>
    </message>
    <message>
        <source>First log backup</source>
        <translation>Erste Protokollsicherung</translation>
    </message>
    <message>
        <source>&amp;Use a monitor server instance</source>
        <translation>&amp;Überwachungsserverinstanz verwenden</translation>
    </message>
</context>
<context>
    <name>pchat::LogShippingStep</name>
    <message>
        <source>%1 on %2 did not finish within %3 s.</source>
        <translation>%1 auf %2 wurde nicht innerhalb von %3 s beendet.</translation>
    </message>
    <message>
        <source>Check that SQL Server Agent runs on %1 and look at the job&apos;s history (SQL Server Agent &gt; Jobs &gt; %2 &gt; View History). The jobs also run on their schedules: verify again later.</source>
        <translation>Prüfen Sie, ob der SQL Server-Agent auf %1 ausgeführt wird, und sehen Sie sich den Verlauf des Auftrags an (SQL Server-Agent &gt; Aufträge &gt; %2 &gt; Verlauf anzeigen). Die Aufträge werden auch nach ihren Zeitplänen ausgeführt: Überprüfen Sie den Zustand später erneut.</translation>
    </message>
    <message>
        <source>Reading the state of %1 on %2 failed.</source>
        <translation>Das Lesen des Zustands von %1 auf %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the log shipping primary configuration on %1 failed.</source>
        <translation>Das Lesen der primären Protokollversandkonfiguration auf %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the log shipping secondaries of %1 on %2 failed.</source>
        <translation>Das Lesen der sekundären Protokollversandeinträge von %1 auf %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the SQL Server Agent jobs of %1 failed.</source>
        <translation>Das Lesen der SQL Server-Agent-Aufträge von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the log shipping secondary configuration on %1 failed.</source>
        <translation>Das Lesen der sekundären Protokollversandkonfiguration auf %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the sessions in %1 on %2 failed.</source>
        <translation>Das Lesen der Sitzungen in %1 auf %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the state failed.</source>
        <translation>Das Lesen des Zustands ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 on %2 is not a log shipping primary (msdb.dbo.log_shipping_primary_databases)</source>
        <translation>%1 auf %2 ist keine primäre Protokollversanddatenbank (msdb.dbo.log_shipping_primary_databases)</translation>
    </message>
    <message>
        <source>the backup job on %1 is missing, disabled or has no enabled schedule</source>
        <translation>der Sicherungsauftrag auf %1 fehlt, ist deaktiviert oder hat keinen aktivierten Zeitplan</translation>
    </message>
    <message>
        <source>%1 has no secondary entry for %2.%3 (msdb.dbo.log_shipping_primary_secondaries)</source>
        <translation>%1 hat keinen sekundären Eintrag für %2.%3 (msdb.dbo.log_shipping_primary_secondaries)</translation>
    </message>
    <message>
        <source>%1 on %2 is not a log shipping secondary (msdb.dbo.log_shipping_secondary_databases)</source>
        <translation>%1 auf %2 ist keine sekundäre Protokollversanddatenbank (msdb.dbo.log_shipping_secondary_databases)</translation>
    </message>
    <message>
        <source>the secondary on %1 follows %2, not %3</source>
        <translation>die sekundäre Datenbank auf %1 folgt %2, nicht %3</translation>
    </message>
    <message>
        <source>the copy job on %1 is missing, disabled or has no enabled schedule</source>
        <translation>der Kopierauftrag auf %1 fehlt, ist deaktiviert oder hat keinen aktivierten Zeitplan</translation>
    </message>
    <message>
        <source>the restore job on %1 is missing, disabled or has no enabled schedule</source>
        <translation>der Wiederherstellungsauftrag auf %1 fehlt, ist deaktiviert oder hat keinen aktivierten Zeitplan</translation>
    </message>
    <message>
        <source>%1 (%2, no schedule)</source>
        <translation>%1 (%2, kein Zeitplan)</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>%1 (%2, schedule %3 %4)</source>
        <translation>%1 (%2, Zeitplan %3 %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>SQL Server Agent on %1</source>
        <translation>SQL Server-Agent auf %1</translation>
    </message>
    <message>
        <source>unknown (sys.dm_server_services could not be read)</source>
        <translation>unbekannt (sys.dm_server_services konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <source>%1 on %2: log shipping primary</source>
        <translation>%1 auf %2: primäre Protokollversanddatenbank</translation>
    </message>
    <message>
        <source>yes, with an enabled, scheduled backup job and the secondary %1</source>
        <translation>ja, mit aktiviertem, geplantem Sicherungsauftrag und dem sekundären Server %1</translation>
    </message>
    <message>
        <source>yes, but incomplete</source>
        <translation>ja, aber unvollständig</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 on %2: log shipping secondary</source>
        <translation>%1 auf %2: sekundäre Protokollversanddatenbank</translation>
    </message>
    <message>
        <source>yes, of %1, with enabled, scheduled copy and restore jobs</source>
        <translation>ja, von %1, mit aktivierten, geplanten Kopier- und Wiederherstellungsaufträgen</translation>
    </message>
    <message>
        <source>yes (of %1), but incomplete</source>
        <translation>ja (von %1), aber unvollständig</translation>
    </message>
    <message>
        <source>%1 on %2: recovery model</source>
        <translation>%1 auf %2: Wiederherstellungsmodell</translation>
    </message>
    <message>
        <source>the database does not exist (run step 4 first)</source>
        <translation>die Datenbank ist nicht vorhanden (führen Sie zuerst Schritt 4 aus)</translation>
    </message>
    <message>
        <source>SIMPLE: log shipping needs FULL or BULK_LOGGED (error 32015)</source>
        <translation>SIMPLE: Der Protokollversand erfordert FULL oder BULK_LOGGED (Fehler 32015)</translation>
    </message>
    <message>
        <source>Log shipping jobs on %1</source>
        <translation>Protokollversandaufträge auf %1</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Full backup of %1 on %2 for the initialization</source>
        <translation>Vollständige Sicherung von %1 auf %2 für die Initialisierung</translation>
    </message>
    <message>
        <source>Restore of %1 on %2 WITH STANDBY</source>
        <translation>Wiederherstellung von %1 auf %2 WITH STANDBY</translation>
    </message>
    <message>
        <source>Restore of %1 on %2 WITH NORECOVERY</source>
        <translation>Wiederherstellung von %1 auf %2 WITH NORECOVERY</translation>
    </message>
    <message>
        <source>Primary configuration on %1: primary database, backup schedule, alert job, secondary entry</source>
        <translation>Primäre Konfiguration auf %1: primäre Datenbank, Sicherungszeitplan, Warnungsauftrag, sekundärer Eintrag</translation>
    </message>
    <message>
        <source>Secondary configuration on %1: primary, copy and restore schedules, secondary database, jobs enabled</source>
        <translation>Sekundäre Konfiguration auf %1: primäre Instanz, Kopier- und Wiederherstellungszeitpläne, sekundäre Datenbank, Aufträge aktiviert</translation>
    </message>
    <message>
        <source>%1 is %2 on %3, not ONLINE; nothing was changed.</source>
        <translation>%1 ist auf %3 im Zustand %2, nicht ONLINE; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 does not exist on %2; nothing was changed.</source>
        <translation>%1 ist auf %2 nicht vorhanden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restore %1 on %2 first (step 4), then run this step.</source>
        <translation>Stellen Sie zuerst %1 auf %2 wieder her (Schritt 4), und führen Sie dann diesen Schritt aus.</translation>
    </message>
    <message>
        <source>%1 on %2 uses the SIMPLE recovery model, and log shipping needs FULL or BULK_LOGGED (SQL Server refuses with error 32015); nothing was changed.</source>
        <translation>%1 auf %2 verwendet das Wiederherstellungsmodell SIMPLE, der Protokollversand erfordert aber FULL oder BULK_LOGGED (SQL Server lehnt mit Fehler 32015 ab); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>SQL Server Agent is not running on %1; nothing was changed.</source>
        <translation>Der SQL Server-Agent wird auf %1 nicht ausgeführt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Skipped: the plan says the secondary is already initialized.</source>
        <translation>Übersprungen: Laut Plan ist die sekundäre Datenbank bereits initialisiert.</translation>
    </message>
    <message>
        <source>the initialization (the plan says the secondary is already initialized)</source>
        <translation>die Initialisierung (laut Plan ist die sekundäre Datenbank bereits initialisiert)</translation>
    </message>
    <message>
        <source>Skipped: %1 on %2 is already %3 and %4 is a log shipping primary, so an earlier run initialized it.</source>
        <translation>Übersprungen: %1 auf %2 ist bereits im Zustand %3, und %4 ist eine primäre Protokollversanddatenbank, also hat ein früherer Durchlauf die Datenbank initialisiert.</translation>
    </message>
    <message>
        <source>the initialization (%1 on %2 was initialized by an earlier run)</source>
        <translation>die Initialisierung (%1 auf %2 wurde von einem früheren Durchlauf initialisiert)</translation>
    </message>
    <message>
        <source>Skipped: the existing backup %1 is restored.</source>
        <translation>Übersprungen: Die vorhandene Sicherung %1 wird wiederhergestellt.</translation>
    </message>
    <message>
        <source>the full backup (the existing backup %1 is restored)</source>
        <translation>die vollständige Sicherung (die vorhandene Sicherung %1 wird wiederhergestellt)</translation>
    </message>
    <message>
        <source>Run the step again to configure log shipping completely; it replaces what is already there.</source>
        <translation>Führen Sie den Schritt erneut aus, um den Protokollversand vollständig zu konfigurieren; er ersetzt, was bereits vorhanden ist.</translation>
    </message>
    <message>
        <source>Cancelled before the initialization backup; nothing was changed.</source>
        <translation>Vor der Initialisierungssicherung abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 written in %2 s.</source>
        <translation>%1 in %2 s geschrieben.</translation>
    </message>
    <message>
        <source>the full backup %1</source>
        <translation>die vollständige Sicherung %1</translation>
    </message>
    <message>
        <source>Cancelled at %1 percent.</source>
        <translation>Bei %1 Prozent abgebrochen.</translation>
    </message>
    <message>
        <source>The initialization backup was cancelled at %1 percent; %2 on %3 was not changed.</source>
        <translation>Die Initialisierungssicherung wurde bei %1 Prozent abgebrochen; %2 auf %3 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The initialization backup of %1 on %2 failed; %1 on %3 was not changed.</source>
        <translation>Die Initialisierungssicherung von %1 auf %2 ist fehlgeschlagen; %1 auf %3 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Could not connect.</source>
        <translation>Es konnte keine Verbindung hergestellt werden.</translation>
    </message>
    <message>
        <source>Cancelled before the restore on %1; %2 there was not changed.</source>
        <translation>Vor der Wiederherstellung auf %1 abgebrochen; %2 wurde dort nicht geändert.</translation>
    </message>
    <message>
        <source>%1 restored in %2 s; %3 is %4 on %5.</source>
        <translation>%1 in %2 s wiederhergestellt; %3 ist auf %5 im Zustand %4.</translation>
    </message>
    <message>
        <source>the restore on %1</source>
        <translation>die Wiederherstellung auf %1</translation>
    </message>
    <message>
        <source>The restore on %1 was cancelled at %2 percent. %3</source>
        <translation>Die Wiederherstellung auf %1 wurde bei %2 Prozent abgebrochen. %3</translation>
    </message>
    <message>
        <source>The restore of %1 on %2 failed. %3</source>
        <translation>Die Wiederherstellung von %1 auf %2 ist fehlgeschlagen. %3</translation>
    </message>
    <message>
        <source>The state of %1 on %2 could not be read again.</source>
        <translation>Der Zustand von %1 auf %2 konnte nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <source>%1 does not exist on %2.</source>
        <translation>%1 ist auf %2 nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 is %2 on %3.</source>
        <translation>%1 ist auf %3 im Zustand %2.</translation>
    </message>
    <message>
        <source>Cancelled before the primary configuration.</source>
        <translation>Vor der primären Konfiguration abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled before the secondary configuration; the primary is configured.</source>
        <translation>Vor der sekundären Konfiguration abgebrochen; die primäre Konfiguration ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Configured on %1 in %2 s.</source>
        <translation>Auf %1 in %2 s konfiguriert.</translation>
    </message>
    <message>
        <source>the primary configuration on %1</source>
        <translation>die primäre Konfiguration auf %1</translation>
    </message>
    <message>
        <source>the secondary configuration on %1</source>
        <translation>die sekundäre Konfiguration auf %1</translation>
    </message>
    <message>
        <source>The primary configuration on %1 was cancelled.</source>
        <translation>Die primäre Konfiguration auf %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The secondary configuration on %1 was cancelled.</source>
        <translation>Die sekundäre Konfiguration auf %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source> Done before: %1.</source>
        <translation> Zuvor erledigt: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The primary configuration on %1 failed.</source>
        <translation>Die primäre Konfiguration auf %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The secondary configuration on %1 failed.</source>
        <translation>Die sekundäre Konfiguration auf %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Log shipping of %1 from %2 to %3 is configured: msdb holds the rows on both sides, and the backup, copy and restore jobs are enabled with schedules.</source>
        <translation>Der Protokollversand für %1 von %2 nach %3 ist konfiguriert: msdb enthält die Zeilen auf beiden Seiten, und die Sicherungs-, Kopier- und Wiederherstellungsaufträge sind mit Zeitplänen aktiviert.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Erledigt: %1.</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Übersprungen: %1.</translation>
    </message>
    <message>
        <source>The scripts ran, but log shipping of %1 is not complete: %2.</source>
        <translation>Die Skripts wurden ausgeführt, aber der Protokollversand von %1 ist nicht vollständig: %2.</translation>
    </message>
    <message>
        <source>Log shipping of %1 is not configured: %2.</source>
        <translation>Der Protokollversand von %1 ist nicht konfiguriert: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Run the step (again): its scripts replace existing entries (@overwrite = 1).</source>
        <translation>Führen Sie den Schritt (erneut) aus: Seine Skripts ersetzen vorhandene Einträge (@overwrite = 1).</translation>
    </message>
    <message>
        <source>Waiting for the first log backup was cancelled.</source>
        <translation>Das Warten auf die erste Protokollsicherung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The jobs already started run on in SQL Server Agent; verify again later.</source>
        <translation>Die bereits gestarteten Aufträge werden im SQL Server-Agent weiter ausgeführt; überprüfen Sie den Zustand später erneut.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Es konnte keine Verbindung mit %1 hergestellt werden: %2</translation>
    </message>
    <message>
        <source>Reading the history of %1 on %2 failed: %3</source>
        <translation>Das Lesen des Verlaufs von %1 auf %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Started on %1.</source>
        <translation>Auf %1 gestartet.</translation>
    </message>
    <message>
        <source>%1 could not be started on %2: %3</source>
        <translation>%1 konnte auf %2 nicht gestartet werden: %3</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 ist auf %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Backed up %1.</source>
        <translation>%1 gesichert.</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 succeeded on %2, but no log backup has been restored yet (last_restored_file is empty).</source>
        <translation>%1 war auf %2 erfolgreich, aber es wurde noch keine Protokollsicherung wiederhergestellt (last_restored_file ist leer).</translation>
    </message>
    <message>
        <source>%1 (standby)</source>
        <translation>%1 (Standby)</translation>
    </message>
    <message>
        <source>Other sessions in %1 on %2</source>
        <translation>Andere Sitzungen in %1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) use the database</source>
        <translation>
            <numerusform>%n Sitzung verwendet die Datenbank</numerusform>
            <numerusform>%n Sitzungen verwenden die Datenbank</numerusform>
        </translation>
    </message>
    <message>
        <source>Initialization of %1 on %2</source>
        <translation>Initialisierung von %1 auf %2</translation>
    </message>
    <message>
        <source>skipped: an earlier run initialized it</source>
        <translation>übersprungen: Ein früherer Durchlauf hat sie initialisiert</translation>
    </message>
    <message>
        <source>overwrites the database</source>
        <translation>überschreibt die Datenbank</translation>
    </message>
    <message>
        <source>SQL Server Agent is not running on %1 and %2; nothing was changed.</source>
        <translation>Der SQL Server-Agent wird auf %1 und %2 nicht ausgeführt; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>A restore delay in the plan (%n minute(s)) postpones the restore of new log backups. Otherwise check the copy destination folder and the history of the copy job, then verify again later.</source>
        <translation>
            <numerusform>Eine Wiederherstellungsverzögerung im Plan (%n Minute) verschiebt die Wiederherstellung neuer Protokollsicherungen. Prüfen Sie andernfalls den Zielordner für kopierte Dateien und den Verlauf des Kopierauftrags, und überprüfen Sie den Zustand später erneut.</numerusform>
            <numerusform>Eine Wiederherstellungsverzögerung im Plan (%n Minuten) verschiebt die Wiederherstellung neuer Protokollsicherungen. Prüfen Sie andernfalls den Zielordner für kopierte Dateien und den Verlauf des Kopierauftrags, und überprüfen Sie den Zustand später erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::PoolNormalPage</name>
    <message>
        <source>To restore the pool to its normal state, run Set-CsPersistentChatState with -PoolState Normal, then Get-CsPersistentChatState shows whether the pool is Normal. Microsoft&apos;s pages use different forms of the pool identity (PersistentChatServer:pool, service:pool, even &quot;service: pool&quot;): use the one Get-CsPersistentChatState lists.</source>
        <translation>Um den Pool im normalen Zustand wiederherzustellen, führen Sie Set-CsPersistentChatState mit -PoolState Normal aus; danach zeigt Get-CsPersistentChatState, ob der Pool im Zustand Normal ist. Die Seiten von Microsoft verwenden verschiedene Formen der Poolidentität (PersistentChatServer:pool, service:pool, sogar &quot;service: pool&quot;): Verwenden Sie die, die Get-CsPersistentChatState auflistet.</translation>
    </message>
</context>
<context>
    <name>pchat::PoolStatePage</name>
    <message>
        <source>Persistent Chat pools and their state</source>
        <translation>Pools für beständigen Chat und ihr Zustand</translation>
    </message>
    <message>
        <source>&amp;Pool identity:</source>
        <translation>&amp;Poolidentität:</translation>
    </message>
    <message>
        <source>&amp;Read pools (Get-CsPersistentChatState)</source>
        <translation>Pools &amp;lesen (Get-CsPersistentChatState)</translation>
    </message>
    <message>
        <source>Double-click a pool to use its identity.</source>
        <translation>Doppelklicken Sie auf einen Pool, um seine Identität zu verwenden.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Pool state</source>
        <translation>Poolzustand</translation>
    </message>
    <message>
        <source>&amp;Commands:</source>
        <translation>&amp;Befehle:</translation>
    </message>
</context>
<context>
    <name>pchat::PoolStateStep</name>
    <message>
        <source>%1 (the plan&apos;s pool)</source>
        <translation>%1 (der Pool des Plans)</translation>
    </message>
    <message>
        <source>Reading the pool states (Get-CsPersistentChatState) failed.</source>
        <translation>Das Lesen der Poolzustände (Get-CsPersistentChatState) ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Get-CsPersistentChatState lists no Persistent Chat pool.</source>
        <translation>Get-CsPersistentChatState listet keinen Pool für beständigen Chat auf.</translation>
    </message>
    <message>
        <source>The plan&apos;s pool %1 is not among the pools the shell lists.</source>
        <translation>Der Pool %1 des Plans ist nicht unter den Pools, die die Shell auflistet.</translation>
    </message>
    <message>
        <source>Check that the shell runs against the right topology.</source>
        <translation>Prüfen Sie, ob die Shell mit der richtigen Topologie arbeitet.</translation>
    </message>
    <message>
        <source>Pick the pool&apos;s identity as Get-CsPersistentChatState writes it: %1.</source>
        <translation>Wählen Sie die Identität des Pools so, wie Get-CsPersistentChatState sie ausgibt: %1.</translation>
    </message>
    <message>
        <source>The plan&apos;s pool</source>
        <translation>Der Pool des Plans</translation>
    </message>
    <message>
        <source>%1: not found</source>
        <translation>%1: nicht gefunden</translation>
    </message>
    <message>
        <source>The pool %1 is already %2.</source>
        <translation>Der Pool %1 ist bereits im Zustand %2.</translation>
    </message>
    <message>
        <source>Setting the pool %1 to %2 failed.</source>
        <translation>Das Setzen des Pools %1 auf %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the state of the pool %1 failed.</source>
        <translation>Das Lesen des Zustands von Pool %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelled, but the pool %1 is already %2.</source>
        <translation>Abgebrochen, aber der Pool %1 ist bereits im Zustand %2.</translation>
    </message>
    <message>
        <source>The pool %1 is %2.</source>
        <translation>Der Pool %1 ist im Zustand %2.</translation>
    </message>
    <message>
        <source>The pool %1 is not %2: %3</source>
        <translation>Der Pool %1 ist nicht im Zustand %2: %3</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>keine Ausgabe</translation>
    </message>
    <message>
        <source>Run the step (again); if the state stays, run Set-CsPersistentChatState in the management shell and read its error.</source>
        <translation>Führen Sie den Schritt (erneut) aus; bleibt der Zustand bestehen, führen Sie Set-CsPersistentChatState in der Verwaltungsshell aus, und lesen Sie den Fehler.</translation>
    </message>
</context>
<context>
    <name>pchat::PreflightPage</name>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>&amp;Query or command of the selected check:</source>
        <translation>&amp;Abfrage oder Befehl der ausgewählten Prüfung:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: correct the cause, then Re-check.</source>
        <translation>
            <numerusform>%n Prüfung ist fehlgeschlagen: Beheben Sie die Ursache, und klicken Sie dann auf „Erneut prüfen“.</numerusform>
            <numerusform>%n Prüfungen sind fehlgeschlagen: Beheben Sie die Ursache, und klicken Sie dann auf „Erneut prüfen“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No check failed; %n warning(s) to acknowledge below.</source>
        <translation>
            <numerusform>Keine Prüfung ist fehlgeschlagen; %n Warnung ist unten zu bestätigen.</numerusform>
            <numerusform>Keine Prüfung ist fehlgeschlagen; %n Warnungen sind unten zu bestätigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen wurden bestanden.</translation>
    </message>
    <message>
        <source>Re-chec&amp;k</source>
        <translation>Erneu&amp;t prüfen</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>&amp;Prüfungen ausführen</translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
</context>
<context>
    <name>pchat::PreflightRunner</name>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Not checked: no connection to %1.</source>
        <translation>Nicht geprüft: keine Verbindung mit %1.</translation>
    </message>
    <message>
        <source>Fix the connection to %1 first (see its row), then Re-check.</source>
        <translation>Beheben Sie zuerst die Verbindung mit %1 (siehe die zugehörige Zeile), und klicken Sie dann auf „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>The query failed on %1: %2</source>
        <translation>Die Abfrage ist auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Internal error: no evaluation for this check.</source>
        <translation>Interner Fehler: keine Auswertung für diese Prüfung.</translation>
    </message>
    <message>
        <source>%1 returned no server information.</source>
        <translation>%1 hat keine Serverinformationen zurückgegeben.</translation>
    </message>
    <message>
        <source>%1, SQL Server %2 %3, login %4</source>
        <translation>%1, SQL Server %2 %3, Anmeldung %4</translation>
    </message>
    <message>
        <source>%1; the login is not sysadmin</source>
        <translation>%1; die Anmeldung ist nicht sysadmin</translation>
    </message>
    <message>
        <source>Connect with a login in the sysadmin role on %1: removing mirroring, BACKUP, RESTORE and log shipping need it.</source>
        <translation>Stellen Sie die Verbindung mit einer Anmeldung in der Rolle sysadmin auf %1 her: Das Entfernen der Spiegelung, BACKUP, RESTORE und der Protokollversand erfordern sie.</translation>
    </message>
    <message>
        <source>%1 (sysadmin)</source>
        <translation>%1 (sysadmin)</translation>
    </message>
    <message>
        <source>The backup instance&apos;s version is unknown (no connection).</source>
        <translation>Die Version der Sicherungsinstanz ist unbekannt (keine Verbindung).</translation>
    </message>
    <message>
        <source>Fix the connection to the backup instance, then Re-check.</source>
        <translation>Beheben Sie die Verbindung mit der Sicherungsinstanz, und klicken Sie dann auf „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>primary %1, backup %2</source>
        <translation>primäre Instanz %1, Sicherungsinstanz %2</translation>
    </message>
    <message>
        <source>SQL Server cannot restore a backup of a newer version: update %1 to at least %2 (the same service pack and cumulative update as %3).</source>
        <translation>SQL Server kann keine Sicherung einer neueren Version wiederherstellen: Aktualisieren Sie %1 mindestens auf %2 (dasselbe Service Pack und kumulative Update wie %3).</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>Check the database names in the plan and that %1 is the instance that serves Persistent Chat since the failover.</source>
        <translation>Prüfen Sie die Datenbanknamen im Plan und ob %1 die Instanz ist, die den beständigen Chat seit dem Failover bereitstellt.</translation>
    </message>
    <message>
        <source>%1: %2, recovery model %3</source>
        <translation>%1: %2, Wiederherstellungsmodell %3</translation>
    </message>
    <message>
        <source>%1 must be ONLINE on %2: it is the copy the pool uses since the failover.</source>
        <translation>%1 muss auf %2 ONLINE sein: Es ist die Kopie, die der Pool seit dem Failover verwendet.</translation>
    </message>
    <message>
        <source>Set %1 to the FULL recovery model on %2 (ALTER DATABASE %1 SET RECOVERY FULL) before the backup: log shipping needs FULL or BULK_LOGGED, and the restore brings this instance&apos;s recovery model to the primary.</source>
        <translation>Stellen Sie %1 auf %2 vor der Sicherung auf das Wiederherstellungsmodell FULL um (ALTER DATABASE %1 SET RECOVERY FULL): Der Protokollversand erfordert FULL oder BULK_LOGGED, und die Wiederherstellung überträgt das Wiederherstellungsmodell dieser Instanz auf die primäre Instanz.</translation>
    </message>
    <message>
        <source>BULK_LOGGED works for log shipping, but a log backup that holds bulk operations cannot be restored to a point in time; FULL is the documented setting.</source>
        <translation>BULK_LOGGED funktioniert für den Protokollversand, aber eine Protokollsicherung mit massenprotokollierten Vorgängen kann nicht bis zu einem Zeitpunkt wiederhergestellt werden; FULL ist die dokumentierte Einstellung.</translation>
    </message>
    <message>
        <source>%1: not mirrored (already removed)</source>
        <translation>%1: nicht gespiegelt (bereits entfernt)</translation>
    </message>
    <message>
        <source>Mirroring of %1 is already removed: step 2 will skip it.</source>
        <translation>Die Spiegelung von %1 ist bereits entfernt: Schritt 2 überspringt sie.</translation>
    </message>
    <message>
        <source>%1: %2, %3, partner %4</source>
        <translation>%1: %2, %3, Partner %4</translation>
    </message>
    <message>
        <source>%1 holds the mirror copy of %2: enter the instance that serves the pool since the failover (the principal) as the backup instance.</source>
        <translation>%1 enthält die Spiegelkopie von %2: Geben Sie als Sicherungsinstanz die Instanz ein, die den Pool seit dem Failover bereitstellt (den Prinzipal).</translation>
    </message>
    <message>
        <source>%1 does not exist on %2</source>
        <translation>%1 ist auf %2 nicht vorhanden</translation>
    </message>
    <message>
        <source>Reinstall the Persistent Chat databases on the primary with Topology Builder (or Install-CsDatabase) before the failback.</source>
        <translation>Installieren Sie die Datenbanken für beständigen Chat vor dem Failback mit dem Topologie-Generator (oder Install-CsDatabase) erneut auf der primären Instanz.</translation>
    </message>
    <message>
        <source>The restore brings the recovery model of %1 on the backup instance (%2): that one is checked as the source of truth. Log shipping will need FULL on the primary after the restore.</source>
        <translation>Die Wiederherstellung übernimmt das Wiederherstellungsmodell von %1 auf der Sicherungsinstanz (%2): Dieses wird als maßgebliche Quelle geprüft. Der Protokollversand erfordert nach der Wiederherstellung FULL auf der primären Instanz.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no open sessions</source>
        <translation>keine offenen Sitzungen</translation>
    </message>
    <message>
        <source>%1 (%2 from %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n open session(s): %1</source>
        <translation>
            <numerusform>%n offene Sitzung: %1</numerusform>
            <numerusform>%n offene Sitzungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore will close them (SINGLE_USER WITH ROLLBACK IMMEDIATE); stop the Persistent Chat services in the primary data center if they keep reconnecting.</source>
        <translation>Die Wiederherstellung schließt sie (SINGLE_USER WITH ROLLBACK IMMEDIATE); beenden Sie die Dienste für beständigen Chat im primären Rechenzentrum, wenn sie sich immer wieder verbinden.</translation>
    </message>
    <message>
        <source>The restore fails with error 3101 while they are open: close them, or let the restore close existing connections.</source>
        <translation>Die Wiederherstellung schlägt mit Fehler 3101 fehl, solange sie geöffnet sind: Schließen Sie sie, oder lassen Sie die Wiederherstellung bestehende Verbindungen schließen.</translation>
    </message>
    <message>
        <source>no SQL Server Agent service on %1</source>
        <translation>kein SQL Server-Agent-Dienst auf %1</translation>
    </message>
    <message>
        <source>Log shipping runs as SQL Server Agent jobs: install and start the Agent (the Express edition has none).</source>
        <translation>Der Protokollversand wird in Form von SQL Server-Agent-Aufträgen ausgeführt: Installieren und starten Sie den SQL Server-Agent (die Express Edition enthält keinen).</translation>
    </message>
    <message>
        <source>SQL Server Agent: %1, account %2; SQL Server: account %3</source>
        <translation>SQL Server-Agent: %1, Konto %2; SQL Server: Konto %3</translation>
    </message>
    <message>
        <source>Start SQL Server Agent on %1 (SQL Server Configuration Manager) and set it to start automatically: the log shipping jobs run in it.</source>
        <translation>Starten Sie den SQL Server-Agent auf %1 (SQL Server-Konfigurations-Manager), und legen Sie den Starttyp „Automatisch“ fest: Die Protokollversandaufträge werden darin ausgeführt.</translation>
    </message>
    <message>
        <source>%1 is a folder the service account %2 of %3 reaches</source>
        <translation>%1 ist ein Ordner, den das Dienstkonto %2 von %3 erreicht</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>%1 is not visible to %2 (xp_fileexist: not a folder)</source>
        <translation>%1 ist für %2 nicht sichtbar (xp_fileexist: kein Ordner)</translation>
    </message>
    <message>
        <source>(see the Agent row)</source>
        <translation>(siehe Zeile zum SQL Server-Agent)</translation>
    </message>
    <message>
        <source>%1 exists on %2</source>
        <translation>%1 ist auf %2 vorhanden</translation>
    </message>
    <message>
        <source>no copy folder in the plan</source>
        <translation>kein Kopierordner im Plan</translation>
    </message>
    <message>
        <source>%1 does not exist or is not visible on %2</source>
        <translation>%1 ist auf %2 nicht vorhanden oder nicht sichtbar</translation>
    </message>
    <message>
        <source>Create the copy folder on the backup server and give the SQL Server Agent account %1 read and write access: the log shipping copy job writes there.</source>
        <translation>Erstellen Sie den Kopierordner auf dem Sicherungsserver, und erteilen Sie dem SQL Server-Agent-Konto %1 Lese- und Schreibzugriff: Der Kopierauftrag des Protokollversands schreibt dorthin.</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <source>Choose another backup file name.</source>
        <translation>Wählen Sie einen anderen Namen für die Sicherungsdatei.</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ist bereits vorhanden</translation>
    </message>
    <message>
        <source>The backup (WITH INIT) overwrites the backup sets in this file; choose another name to keep them.</source>
        <translation>Die Sicherung (WITH INIT) überschreibt die Sicherungssätze in dieser Datei; wählen Sie einen anderen Namen, um sie zu behalten.</translation>
    </message>
    <message>
        <source>The backup appends a backup set to this file: check the backup set position of the restore, or choose another name.</source>
        <translation>Die Sicherung hängt einen Sicherungssatz an diese Datei an: Prüfen Sie die Sicherungssatzposition der Wiederherstellung, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 does not exist yet</source>
        <translation>%1 ist noch nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 has no files on %2</source>
        <translation>%1 hat keine Dateien auf %2</translation>
    </message>
    <message>
        <source>Check the database name in the plan.</source>
        <translation>Prüfen Sie den Datenbanknamen im Plan.</translation>
    </message>
    <message>
        <source>%1 MB (data %2 MB, log %3 MB)</source>
        <translation>%1 MB (Daten %2 MB, Protokoll %3 MB)</translation>
    </message>
    <message>
        <source>The size of %1 on the backup instance is unknown.</source>
        <translation>Die Größe von %1 auf der Sicherungsinstanz ist unbekannt.</translation>
    </message>
    <message>
        <source>Fix the backup instance&apos;s checks above, then Re-check.</source>
        <translation>Beheben Sie die obigen Prüfungen der Sicherungsinstanz, und klicken Sie dann auf „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>%1 %2 MB free</source>
        <translation>%1 %2 MB frei</translation>
    </message>
    <message>
        <source>needed %1 MB; %2</source>
        <translation>benötigt %1 MB; %2</translation>
    </message>
    <message>
        <source>no volumes reported</source>
        <translation>keine Volumes gemeldet</translation>
    </message>
    <message>
        <source>The restore fits only if the data and log files go to different volumes: check the file locations of the restore.</source>
        <translation>Der Speicherplatz reicht für die Wiederherstellung nur, wenn die Daten- und Protokolldateien auf verschiedenen Volumes liegen: Prüfen Sie die Dateispeicherorte der Wiederherstellung.</translation>
    </message>
    <message>
        <source>Free at least %1 MB on the primary&apos;s data and log volumes, or restore the files to another volume (file relocations of step 4).</source>
        <translation>Geben Sie auf den Daten- und Protokollvolumes der primären Instanz mindestens %1 MB frei, oder stellen Sie die Dateien auf einem anderen Volume wieder her (Dateiverschiebungen von Schritt 4).</translation>
    </message>
    <message>
        <source>Management shell</source>
        <translation>Verwaltungsshell</translation>
    </message>
    <message>
        <source>Check the pool identity in the plan: read it with Get-CsPersistentChatState.</source>
        <translation>Prüfen Sie die Poolidentität im Plan: Lesen Sie sie mit Get-CsPersistentChatState aus.</translation>
    </message>
    <message>
        <source>the module loads, but Get-CsService lists no Persistent Chat pool</source>
        <translation>das Modul wird geladen, aber Get-CsService listet keinen Pool für beständigen Chat auf</translation>
    </message>
    <message>
        <source>Check that the shell runs against the right topology.</source>
        <translation>Prüfen Sie, ob die Shell mit der richtigen Topologie arbeitet.</translation>
    </message>
    <message>
        <source>the module loads; pools: %1</source>
        <translation>das Modul wird geladen; Pools: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht aufgeführt</translation>
    </message>
    <message>
        <source>The pool is Normal: it already uses the primary&apos;s databases, so a failback may not be needed. Make sure before you continue.</source>
        <translation>Der Pool ist im Zustand Normal: Er verwendet bereits die Datenbanken der primären Instanz, daher ist ein Failback möglicherweise nicht nötig. Vergewissern Sie sich, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>Not sent to the management shell: %1</source>
        <translation>Nicht an die Verwaltungsshell gesendet: %1</translation>
    </message>
    <message>
        <source>%1 (sysadmin); encrypted, certificate not verified</source>
        <translation>%1 (sysadmin); verschlüsselt, Zertifikat nicht überprüft</translation>
    </message>
    <message>
        <source>FreeTDS encrypts the connection to %1 but does not check the server&apos;s certificate, so it cannot tell the real server from an impostor. Name the CA&apos;s certificate file as &quot;ca file&quot; in the [global] section of freetds.conf (or the file FREETDSCONF names), or connect with Microsoft&apos;s ODBC Driver 18, which verifies it.</source>
        <translation>FreeTDS verschlüsselt die Verbindung zu %1, prüft aber das Zertifikat des Servers nicht und kann deshalb den echten Server nicht von einem vorgetäuschten unterscheiden. Tragen Sie die Zertifikatsdatei der Zertifizierungsstelle als „ca file“ im Abschnitt [global] der Datei freetds.conf ein (oder der Datei, die FREETDSCONF nennt), oder stellen Sie die Verbindung mit Microsoft ODBC Driver 18 her, der das Zertifikat überprüft.</translation>
    </message>
    <message>
        <source>Grant the SQL Server service account %1 of %2 read and write access to %3 (share and NTFS permissions), and check that the path is right.</source>
        <translation>Erteilen Sie dem SQL Server-Dienstkonto %1 von %2 Lese- und Schreibzugriff auf %3 (Freigabe- und NTFS-Berechtigungen), und prüfen Sie, ob der Pfad stimmt.</translation>
    </message>
    <message>
        <source>Grant the SQL Server service account %1 of %2 and the Agent account %3 read and write access to %4 (share and NTFS permissions; the Agent account runs the log shipping jobs), and check that the path is right.</source>
        <translation>Erteilen Sie dem SQL Server-Dienstkonto %1 von %2 und dem Agent-Konto %3 Lese- und Schreibzugriff auf %4 (Freigabe- und NTFS-Berechtigungen; das Agent-Konto führt die Protokollversandaufträge aus), und prüfen Sie, ob der Pfad stimmt.</translation>
    </message>
    <message>
        <source>%1 does not answer (%2): the primary data center is down, as the failover expects.</source>
        <translation>%1 antwortet nicht (%2): Das primäre Rechenzentrum ist ausgefallen, wie das Failover es erwartet.</translation>
    </message>
    <message>
        <source>%1 answers (SQL Server %2): the primary data center is not down.</source>
        <translation>%1 antwortet (SQL Server %2): Das primäre Rechenzentrum ist nicht ausgefallen.</translation>
    </message>
    <message>
        <source>A failover is for a primary data center that is lost: it makes the backup instance serve the pool, and what the primary wrote after its last log backup is lost. Make sure the failover is decided (the change and the owners of Lync Server agree) before you continue; if the primary is only unreachable from some places, fix the network instead.</source>
        <translation>Ein Failover ist für ein verlorenes primäres Rechenzentrum gedacht: Es lässt die Sicherungsinstanz den Pool bedienen, und was die primäre Instanz nach ihrer letzten Protokollsicherung geschrieben hat, geht verloren. Stellen Sie sicher, dass das Failover beschlossen ist (die Änderung und die Verantwortlichen für Lync Server stimmen zu), bevor Sie fortfahren; ist die primäre Instanz nur von manchen Orten aus nicht erreichbar, beheben Sie stattdessen das Netzwerkproblem.</translation>
    </message>
    <message>
        <source>Enter the instance that receives the log shipping of %1 (the log-shipping secondary in the backup data center) as the backup instance, and check the database name in the plan.</source>
        <translation>Geben Sie als Sicherungsinstanz die Instanz ein, die den Protokollversand von %1 empfängt (den sekundären Server im Sicherungsrechenzentrum), und prüfen Sie den Datenbanknamen im Plan.</translation>
    </message>
    <message>
        <source>%1 is not on this instance (it is not failed over)</source>
        <translation>%1 ist nicht auf dieser Instanz (sie wird nicht übernommen)</translation>
    </message>
    <message>
        <source>%1: %2 (it is not failed over)</source>
        <translation>%1: %2 (sie wird nicht übernommen)</translation>
    </message>
    <message>
        <source>STANDBY (read-only)</source>
        <translation>STANDBY (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1: %2; %3</translation>
    </message>
    <message>
        <source>%1; it was restored here and is online: it was failed over already</source>
        <translation>%1; sie wurde hier wiederhergestellt und ist online: Das Failover ist bereits erfolgt</translation>
    </message>
    <message>
        <source>%1 was a log-shipping secondary on %2 and has been brought online (RESTORE ... WITH RECOVERY): steps 1 to 4 of the failover have run, or someone recovered it by hand. No further log backup can be applied to it; the failover&apos;s later steps continue from here.</source>
        <translation>%1 war die sekundäre Datenbank des Protokollversands auf %2 und wurde online geschaltet (RESTORE ... WITH RECOVERY): Die Schritte 1 bis 4 des Failovers wurden ausgeführt, oder jemand hat sie von Hand wiederhergestellt. Es kann keine weitere Protokollsicherung darauf angewendet werden; die späteren Schritte des Failovers setzen hier fort.</translation>
    </message>
    <message>
        <source>%1; it was never restored here: it was never log-shipped</source>
        <translation>%1; sie wurde hier nie wiederhergestellt: Sie wurde nie per Protokollversand übertragen</translation>
    </message>
    <message>
        <source>%1 on %2 is an ordinary online database with no log shipping and no restore history: it is not the copy of the primary&apos;s %1. Enter the log-shipping secondary of the backup data center as the backup instance.</source>
        <translation>%1 auf %2 ist eine gewöhnliche Onlinedatenbank ohne Protokollversand und ohne Wiederherstellungsverlauf: Sie ist nicht die Kopie von %1 der primären Instanz. Geben Sie den sekundären Server des Protokollversands im Sicherungsrechenzentrum als Sicherungsinstanz ein.</translation>
    </message>
    <message>
        <source>%1 must be RESTORING or STANDBY (the log-shipping secondary): bring it to a state SQL Server reports as usable (see the SQL Server error log of %2) before the failover.</source>
        <translation>%1 muss im Zustand RESTORING oder STANDBY sein (die sekundäre Datenbank des Protokollversands): Bringen Sie sie vor dem Failover in einen Status, den SQL Server als verwendbar meldet (siehe SQL Server-Fehlerprotokoll von %2).</translation>
    </message>
    <message>
        <source>The redo point of %1 is not readable (it is online, or its files are unknown): the chain was not checked.</source>
        <translation>Der Redo-Punkt von %1 ist nicht lesbar (sie ist online, oder ihre Dateien sind unbekannt): Die Protokollkette wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>See the row of %1 above: only a RESTORING or STANDBY database takes log backups.</source>
        <translation>Siehe die Zeile von %1 oben: Nur eine Datenbank im Zustand RESTORING oder STANDBY nimmt Protokollsicherungen an.</translation>
    </message>
    <message numerus="yes">
        <source>Gap in the log chain of %1: no log backup holds the LSNs from %2 to %3; %n backup(s) after it cannot be restored.</source>
        <translation>
            <numerusform>Lücke in der Protokollkette von %1: Keine Protokollsicherung enthält die LSNs von %2 bis %3; %n Sicherung danach kann nicht wiederhergestellt werden.</numerusform>
            <numerusform>Lücke in der Protokollkette von %1: Keine Protokollsicherung enthält die LSNs von %2 bis %3; %n Sicherungen danach können nicht wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the log backup that starts at LSN %1 (the primary&apos;s backup folder, an earlier copy, a file backup of the share) and put it into the share or the copy folder, then Re-check. Without it, step 4 can bring %2 online only at LSN %1: everything the primary wrote after it is lost.</source>
        <translation>Suchen Sie die Protokollsicherung, die bei LSN %1 beginnt (im Sicherungsordner der primären Instanz, in einer früheren Kopie, in einer Dateisicherung der Freigabe), legen Sie sie in die Freigabe oder den Kopierordner, und klicken Sie dann auf „Erneut prüfen“. Ohne sie kann Schritt 4 %2 nur bei LSN %1 online schalten: Alles, was die primäre Instanz danach geschrieben hat, geht verloren.</translation>
    </message>
    <message>
        <source>No log backup of %1 in the copy folder or the share (as the backup instance sees them).</source>
        <translation>Keine Protokollsicherung von %1 im Kopierordner oder in der Freigabe (wie die Sicherungsinstanz sie sieht).</translation>
    </message>
    <message>
        <source>Check the rows of the share and the copy folder: xp_dirtree lists nothing for a folder the service account cannot read. If both are readable and empty, %1 has every log backup there is.</source>
        <translation>Prüfen Sie die Zeilen der Freigabe und des Kopierordners: xp_dirtree listet nichts für einen Ordner auf, den das Dienstkonto nicht lesen kann. Sind beide lesbar und leer, hat %1 jede vorhandene Protokollsicherung.</translation>
    </message>
    <message numerus="yes">
        <source>%n log backup(s) found, every one already applied to %1.</source>
        <translation>
            <numerusform>%n Protokollsicherung gefunden, bereits auf %1 angewendet.</numerusform>
            <numerusform>%n Protokollsicherungen gefunden, jede bereits auf %1 angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log backup(s) to apply in order, %1 to %2, up to LSN %3</source>
        <translation>
            <numerusform>%n Protokollsicherung anzuwenden, %1 bis %2, bis LSN %3</numerusform>
            <numerusform>%n Protokollsicherungen der Reihe nach anzuwenden, %1 bis %2, bis LSN %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already applied)</source>
        <translation>
            <numerusform>(%n bereits angewendet)</numerusform>
            <numerusform>(%n bereits angewendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with an unreadable header.</source>
        <translation>
            <numerusform>%n Datei mit nicht lesbarem Header.</numerusform>
            <numerusform>%n Dateien mit nicht lesbarem Header.</numerusform>
        </translation>
    </message>
    <message>
        <source>A log backup whose LSNs cannot be read is skipped; check %1 with RESTORE HEADERONLY.</source>
        <translation>Eine Protokollsicherung, deren LSNs nicht lesbar sind, wird übersprungen; prüfen Sie %1 mit RESTORE HEADERONLY.</translation>
    </message>
    <message>
        <source>The pool is failed over already: step 5 will find it done. Make sure the backup mgc serves it before you continue.</source>
        <translation>Für den Pool ist das Failover bereits erfolgt: Schritt 5 findet ihn erledigt vor. Stellen Sie sicher, dass die mgc-Sicherungsdatenbank ihn bedient, bevor Sie fortfahren.</translation>
    </message>
</context>
<context>
    <name>pchat::RemoveMirroringPage</name>
    <message>
        <source>not mirrored</source>
        <translation>nicht gespiegelt</translation>
    </message>
    <message>
        <source>In SQL Server Management Studio this is: connect to the backup mgc instance, right-click the database, Tasks &gt; Mirror, Remove Mirroring, OK; then the same for mgccomp. Before it runs you confirm, as SSMS asks: &quot;Are you sure you want to remove mirroring?&quot;</source>
        <translation>In SQL Server Management Studio entspricht das: Verbindung mit der mgc-Sicherungsinstanz herstellen, mit der rechten Maustaste auf die Datenbank klicken, Aufgaben &gt; Spiegeln, Spiegelung entfernen, OK; dann dasselbe für mgccomp. Vor der Ausführung bestätigen Sie, wie SSMS fragt: „Möchten Sie die Spiegelung wirklich entfernen?“</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Mirror partner</source>
        <translation>Spiegelpartner</translation>
    </message>
    <message>
        <source>Mirroring state</source>
        <translation>Spiegelungsstatus</translation>
    </message>
    <message>
        <source>After this step</source>
        <translation>Nach diesem Schritt</translation>
    </message>
    <message>
        <source>Removing mirroring ends the partnership on both partners; the copies on the mirror server stay in the RESTORING state. mgccomp is not failed over, but its mirroring is removed as well. A database that is already not mirrored counts as done.</source>
        <translation>Das Entfernen der Spiegelung beendet die Partnerschaft auf beiden Partnern; die Kopien auf dem Spiegelserver bleiben im Zustand RESTORING. Für mgccomp wurde kein Failover ausgeführt, ihre Spiegelung wird aber ebenfalls entfernt. Eine Datenbank, die bereits nicht gespiegelt ist, gilt als erledigt.</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>no such database</source>
        <translation>Datenbank nicht vorhanden</translation>
    </message>
    <message>
        <source>Remove Mirroring</source>
        <translation>Spiegelung entfernen</translation>
    </message>
    <message>
        <source>Are you sure you want to remove mirroring for %1 and %2 on %3?</source>
        <translation>Möchten Sie die Spiegelung für %1 und %2 auf %3 wirklich entfernen?</translation>
    </message>
    <message>
        <source>Mirrored databases</source>
        <translation>Gespiegelte Datenbanken</translation>
    </message>
</context>
<context>
    <name>pchat::RemoveMirroringStep</name>
    <message>
        <source>%1: mirroring</source>
        <translation>%1: Spiegelung</translation>
    </message>
    <message>
        <source>the database does not exist on %1</source>
        <translation>die Datenbank ist auf %1 nicht vorhanden</translation>
    </message>
    <message>
        <source>not mirrored (already removed)</source>
        <translation>nicht gespiegelt (bereits entfernt)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no witness</source>
        <translation>kein Zeuge</translation>
    </message>
    <message>
        <source>%1, %2, partner %3, witness: %4</source>
        <translation>%1, %2, Partner %3, Zeuge: %4</translation>
    </message>
    <message>
        <source>(this instance holds the mirror copy: is it the instance that serves the pool since the failover?)</source>
        <translation>(diese Instanz enthält die Spiegelkopie: Ist sie die Instanz, die den Pool seit dem Failover bereitstellt?)</translation>
    </message>
    <message>
        <source>Reading the mirroring state on %1 failed.</source>
        <translation>Das Lesen des Spiegelungsstatus auf %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 has no database %2.</source>
        <translation>%1 enthält keine Datenbank %2.</translation>
    </message>
    <message>
        <source>Check the database names in the plan and that the backup instance is the one that serves Persistent Chat since the failover.</source>
        <translation>Prüfen Sie die Datenbanknamen im Plan und ob die Sicherungsinstanz diejenige ist, die den beständigen Chat seit dem Failover bereitstellt.</translation>
    </message>
    <message>
        <source>Mirroring is already removed from %1 and %2.</source>
        <translation>Die Spiegelung ist für %1 und %2 bereits entfernt.</translation>
    </message>
    <message>
        <source>%1 has no database %2; nothing was changed.</source>
        <translation>%1 enthält keine Datenbank %2; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Removing mirroring from %1 failed.</source>
        <translation>Das Entfernen der Spiegelung für %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Removing mirroring from %1 failed; it was removed from %2.</source>
        <translation>Das Entfernen der Spiegelung für %1 ist fehlgeschlagen; für %2 wurde sie entfernt.</translation>
    </message>
    <message>
        <source>Mirroring removed from %1.</source>
        <translation>Spiegelung für %1 entfernt.</translation>
    </message>
    <message>
        <source>Not mirrored any more, skipped: %1.</source>
        <translation>Nicht mehr gespiegelt, übersprungen: %1.</translation>
    </message>
    <message>
        <source>No mirroring is configured for %1 and %2.</source>
        <translation>Für %1 und %2 ist keine Spiegelung konfiguriert.</translation>
    </message>
    <message>
        <source>The former mirror copies stay RESTORING on their instance.</source>
        <translation>Die früheren Spiegelkopien bleiben auf ihrer Instanz im Zustand RESTORING.</translation>
    </message>
    <message>
        <source>Cancelled, but mirroring was already removed:</source>
        <translation>Abgebrochen, aber die Spiegelung war bereits entfernt:</translation>
    </message>
    <message>
        <source>(The connection broke, but the state read back on a new connection is right.)</source>
        <translation>(Die Verbindung wurde unterbrochen, aber der über eine neue Verbindung zurückgelesene Zustand ist korrekt.)</translation>
    </message>
    <message>
        <source>Mirroring is still configured for %1 on %2.</source>
        <translation>Für %1 ist auf %2 weiterhin eine Spiegelung konfiguriert.</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <source>Cancelled after removing mirroring from %1. %2</source>
        <translation>Abgebrochen, nachdem die Spiegelung für %1 entfernt wurde. %2</translation>
    </message>
    <message>
        <source>The connection to %1 broke. %2</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen. %2</translation>
    </message>
    <message>
        <source>Run the step (again) to remove it.</source>
        <translation>Führen Sie den Schritt (erneut) aus, um sie zu entfernen.</translation>
    </message>
</context>
<context>
    <name>pchat::RestoreLogTab</name>
    <message>
        <source>(the procedure uses 0 minutes)</source>
        <translation>(das Verfahren verwendet 0 Minuten)</translation>
    </message>
    <message>
        <source>Database state when restoring backups:</source>
        <translation>Datenbankstatus beim Wiederherstellen von Sicherungen:</translation>
    </message>
    <message>
        <source>No recovery mode</source>
        <translation>Modus ohne Wiederherstellung</translation>
    </message>
    <message>
        <source>S&amp;tandby mode</source>
        <translation>&amp;Standbymodus</translation>
    </message>
    <message>
        <source>Disconnect users in the database when restoring backups</source>
        <translation>Benutzer in der Datenbank beim Wiederherstellen von Sicherungen trennen</translation>
    </message>
    <message>
        <source>Delay restorin&amp;g backups at least:</source>
        <translation>Wiederherstellen von Sicherungen mindestens verz&amp;ögern um:</translation>
    </message>
    <message>
        <source>Alert if no restore occurs &amp;within:</source>
        <translation>Warnen, wenn innerhalb von ... keine Wiederherstellung &amp;erfolgt:</translation>
    </message>
    <message>
        <source>Alert if no restore occurs within</source>
        <translation>Warnen, wenn innerhalb von ... keine Wiederherstellung erfolgt</translation>
    </message>
    <message>
        <source>Restore job</source>
        <translation>Wiederherstellungsauftrag</translation>
    </message>
    <message>
        <source>Job name:</source>
        <translation>Auftragsname:</translation>
    </message>
</context>
<context>
    <name>pchat::RestorePage</name>
    <message>
        <source>Specify Backup</source>
        <translation>Sicherung angeben</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The backup file is set on the Back Up Database page (step 3).</source>
        <translation>Die Sicherungsdatei wird auf der Seite von Schritt 3 („mgc auf der Freigabe für den Protokollversand sichern“) festgelegt.</translation>
    </message>
    <message>
        <source>The file to restore is the one step 3 writes to the share established for log shipping. To use another file, change it on the Back Up Database page (step 3); this list follows it.</source>
        <translation>Die wiederherzustellende Datei ist die, die Schritt 3 in den Freigabespeicherort für den Protokollversand schreibt. Um eine andere Datei zu verwenden, ändern Sie sie auf der Seite von Schritt 3 („mgc auf der Freigabe für den Protokollversand sichern“); diese Liste übernimmt die Änderung.</translation>
    </message>
    <message>
        <source>Backup media:</source>
        <translation>Sicherungsmedium:</translation>
    </message>
    <message>
        <source>Backup location:</source>
        <translation>Sicherungsspeicherort:</translation>
    </message>
    <message>
        <source>This tab has values to correct.</source>
        <translation>Auf dieser Registerkarte sind Werte zu korrigieren.</translation>
    </message>
    <message>
        <source>(not set yet: see the Environment page)</source>
        <translation>(noch nicht festgelegt: siehe Seite „Umgebung“)</translation>
    </message>
    <message>
        <source>This step overwrites the database %1 on the primary instance %2 (WITH REPLACE) with the backup made in step 3. What %1 holds there now, the database Topology Builder created, is lost.</source>
        <translation>Dieser Schritt überschreibt die Datenbank %1 auf der primären Instanz %2 (WITH REPLACE) mit der in Schritt 3 erstellten Sicherung. Was %1 dort jetzt enthält, die vom Topologie-Generator erstellte Datenbank, geht verloren.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <source>Destination for restore</source>
        <translation>Ziel der Wiederherstellung</translation>
    </message>
    <message>
        <source>To database:</source>
        <translation>In Datenbank:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Source for restore</source>
        <translation>Quelle der Wiederherstellung</translation>
    </message>
    <message>
        <source>From database:</source>
        <translation>Von Datenbank:</translation>
    </message>
    <message>
        <source>The procedure restores from the file that step 3 wrote.</source>
        <translation>Das Verfahren stellt aus der Datei wieder her, die Schritt 3 geschrieben hat.</translation>
    </message>
    <message>
        <source>From device:</source>
        <translation>Von Medium:</translation>
    </message>
    <message>
        <source>Set the backup file on the Back Up Database page (step 3).</source>
        <translation>Legen Sie die Sicherungsdatei auf der Seite von Schritt 3 („mgc auf der Freigabe für den Protokollversand sichern“) fest.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Select the backup sets to restore:</source>
        <translation>Wählen Sie die wiederherzustellenden Sicherungssätze aus:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>First LSN</source>
        <translation>Erste LSN</translation>
    </message>
    <message>
        <source>Last LSN</source>
        <translation>Letzte LSN</translation>
    </message>
    <message>
        <source>Start Date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Finish Date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Backup set &amp;position (FILE =):</source>
        <translation>Sicherungssatz&amp;position (FILE =):</translation>
    </message>
    <message>
        <source>Restore options</source>
        <translation>Wiederherstellungsoptionen</translation>
    </message>
    <message>
        <source>Overwrite the existing database (WITH REPLACE)</source>
        <translation>Vorhandene Datenbank überschreiben (WITH REPLACE)</translation>
    </message>
    <message>
        <source>The procedure requires it: the restored database replaces the one on the primary instance.</source>
        <translation>Das Verfahren erfordert es: Die wiederhergestellte Datenbank ersetzt die Datenbank auf der primären Instanz.</translation>
    </message>
    <message>
        <source>&amp;Close existing connections to destination database</source>
        <translation>Bestehende &amp;Verbindungen mit der Zieldatenbank schließen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Restore the database files as:</source>
        <translation>Datenbankdateien wiederherstellen als:</translation>
    </message>
    <message>
        <source>Leave the list empty to restore each file to the path stored in the backup. Add a row for each file that must go elsewhere on the primary server: its logical name as the backup lists it, and the full path to restore it as.</source>
        <translation>Lassen Sie die Liste leer, um jede Datei unter dem in der Sicherung gespeicherten Pfad wiederherzustellen. Fügen Sie für jede Datei, die auf dem primären Server an einem anderen Ort liegen muss, eine Zeile hinzu: ihren logischen Namen, wie die Sicherung ihn auflistet, und den vollständigen Pfad, unter dem sie wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>Logical File Name</source>
        <translation>Logischer Dateiname</translation>
    </message>
    <message>
        <source>Restore As</source>
        <translation>Wiederherstellen als</translation>
    </message>
    <message>
        <source>Recovery state</source>
        <translation>Wiederherstellungsstatus</translation>
    </message>
    <message>
        <source>Leave the database ready to use (RESTORE WITH RECOVERY)</source>
        <translation>Datenbank betriebsbereit belassen (RESTORE WITH RECOVERY)</translation>
    </message>
    <message>
        <source>Leave the database non-operational (RESTORE WITH NORECOVERY)</source>
        <translation>Datenbank nicht betriebsbereit belassen (RESTORE WITH NORECOVERY)</translation>
    </message>
    <message>
        <source>Leave the database in read-only mode (RESTORE WITH STANDBY)</source>
        <translation>Datenbank im schreibgeschützten Modus belassen (RESTORE WITH STANDBY)</translation>
    </message>
    <message>
        <source>Leave the database ready to use by rolling back uncommitted transactions. Additional transaction logs cannot be restored.</source>
        <translation>Datenbank betriebsbereit belassen, indem für Transaktionen ohne Commit ein Rollback ausgeführt wird. Zusätzliche Transaktionsprotokolle können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The procedure leaves the restored database ready to use.</source>
        <translation>Das Verfahren belässt die wiederhergestellte Datenbank betriebsbereit.</translation>
    </message>
    <message>
        <source>Type the database and the instance above to confirm the restore.</source>
        <translation>Geben Sie oben die Datenbank und die Instanz ein, um die Wiederherstellung zu bestätigen.</translation>
    </message>
    <message>
        <source>This overwrites %1 on %2. Type both names to confirm.</source>
        <translation>Dies überschreibt %1 auf %2. Geben Sie zur Bestätigung beide Namen ein.</translation>
    </message>
    <message>
        <source>The backup sets are read from the file (RESTORE HEADERONLY) when the page opens and on Re-check; the newest full database backup is chosen. Change the position to restore another one.</source>
        <translation>Die Sicherungssätze werden beim Öffnen der Seite und beim Klicken auf „Erneut prüfen“ aus der Datei gelesen (RESTORE HEADERONLY); die neueste vollständige Datenbanksicherung wird ausgewählt. Ändern Sie die Position, um einen anderen Sicherungssatz wiederherzustellen.</translation>
    </message>
    <message>
        <source>Confirm the restore</source>
        <translation>Wiederherstellung bestätigen</translation>
    </message>
    <message>
        <source>&amp;Database to overwrite:</source>
        <translation>Zu überschreibende &amp;Datenbank:</translation>
    </message>
    <message>
        <source>On &amp;instance:</source>
        <translation>Auf &amp;Instanz:</translation>
    </message>
    <message>
        <source>Backup sets to restore</source>
        <translation>Wiederherzustellende Sicherungssätze</translation>
    </message>
    <message>
        <source>Restore the database files as</source>
        <translation>Datenbankdateien wiederherstellen als</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Zeile hinz&amp;ufügen</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>Zeile ent&amp;fernen</translation>
    </message>
    <message>
        <source>Report progress e&amp;very:</source>
        <translation>Fortschritt &amp;melden alle:</translation>
    </message>
</context>
<context>
    <name>pchat::RestoreStep</name>
    <message>
        <source>Cancelled before the restore started; nothing was changed.</source>
        <translation>Vor Beginn der Wiederherstellung abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Reading the backup file %1 failed.</source>
        <translation>Das Lesen der Sicherungsdatei %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the file list of backup set %1 in %2 failed.</source>
        <translation>Das Lesen der Dateiliste von Sicherungssatz %1 in %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the default data and log folders of %1 failed.</source>
        <translation>Das Lesen der Standardordner für Daten und Protokolle von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the state of %1 on %2 failed.</source>
        <translation>Das Lesen des Zustands von %1 auf %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the mirroring state of %1 on %2 failed.</source>
        <translation>Das Lesen des Spiegelungsstatus von %1 auf %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the sessions in %1 on %2 failed.</source>
        <translation>Das Lesen der Sitzungen in %1 auf %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the restore history of %1 failed.</source>
        <translation>Das Lesen des Wiederherstellungsverlaufs von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Backup file %1</source>
        <translation>Sicherungsdatei %1</translation>
    </message>
    <message numerus="yes">
        <source>%n backup set(s)</source>
        <translation>
            <numerusform>%n Sicherungssatz</numerusform>
            <numerusform>%n Sicherungssätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup set %1</source>
        <translation>Sicherungssatz %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 on %4, finished %5, %6</source>
        <translation>%1: %2 von %3 auf %4, abgeschlossen am %5, %6</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Backup set</source>
        <translation>Sicherungssatz</translation>
    </message>
    <message>
        <source>the file holds no full database backup</source>
        <translation>die Datei enthält keine vollständige Datenbanksicherung</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>Files in the backup set</source>
        <translation>Dateien im Sicherungssatz</translation>
    </message>
    <message>
        <source>Default data and log folders of %1</source>
        <translation>Standardordner für Daten und Protokolle von %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>does not exist; the restore creates it</source>
        <translation>nicht vorhanden; die Wiederherstellung erstellt sie</translation>
    </message>
    <message>
        <source>%1, configured for database mirroring: it cannot be restored</source>
        <translation>%1, für Datenbankspiegelung konfiguriert: kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>%1: the restore overwrites it (REPLACE)</source>
        <translation>%1: Die Wiederherstellung überschreibt sie (REPLACE)</translation>
    </message>
    <message>
        <source>session %1: %2 on %3</source>
        <translation>Sitzung %1: %2 auf %3</translation>
    </message>
    <message>
        <source>Other sessions in %1</source>
        <translation>Andere Sitzungen in %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1; &quot;Close existing connections&quot; ends them</source>
        <translation>%1; „Bestehende Verbindungen mit der Zieldatenbank schließen“ beendet sie</translation>
    </message>
    <message>
        <source>%1; the restore fails unless they end or &quot;Close existing connections&quot; is ticked</source>
        <translation>%1; die Wiederherstellung schlägt fehl, wenn sie nicht beendet werden oder „Bestehende Verbindungen mit der Zieldatenbank schließen“ nicht aktiviert ist</translation>
    </message>
    <message>
        <source>%1 holds no full database backup.</source>
        <translation>%1 enthält keine vollständige Datenbanksicherung.</translation>
    </message>
    <message>
        <source>Run step 3 to write the backup of %1 to this file.</source>
        <translation>Führen Sie Schritt 3 aus, um die Sicherung von %1 in diese Datei zu schreiben.</translation>
    </message>
    <message>
        <source>%1 on %2 is configured for database mirroring.</source>
        <translation>%1 auf %2 ist für Datenbankspiegelung konfiguriert.</translation>
    </message>
    <message>
        <source>Cancelled before the restore started; %1 is back in MULTI_USER and unchanged.</source>
        <translation>Vor Beginn der Wiederherstellung abgebrochen; %1 ist wieder im Modus MULTI_USER und unverändert.</translation>
    </message>
    <message>
        <source>The restore of %1 on %2 failed.</source>
        <translation>Die Wiederherstellung von %1 auf %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Preparing %1 on %2 for the restore failed.</source>
        <translation>Das Vorbereiten von %1 auf %2 für die Wiederherstellung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The restore was cancelled at %1 percent.</source>
        <translation>Die Wiederherstellung wurde bei %1 Prozent abgebrochen.</translation>
    </message>
    <message>
        <source>The connection to %1 broke during the restore (at %2 percent).</source>
        <translation>Die Verbindung zu %1 wurde während der Wiederherstellung unterbrochen (bei %2 Prozent).</translation>
    </message>
    <message>
        <source>Run the step again to restore %1 completely.</source>
        <translation>Führen Sie den Schritt erneut aus, um %1 vollständig wiederherzustellen.</translation>
    </message>
    <message>
        <source>%1 does not exist on %2.</source>
        <translation>%1 ist auf %2 nicht vorhanden.</translation>
    </message>
    <message>
        <source>The restore did not complete: %1 is RESTORING on %2 and cannot be used until a restore completes.</source>
        <translation>Die Wiederherstellung wurde nicht abgeschlossen: %1 ist auf %2 im Zustand RESTORING und kann erst verwendet werden, wenn eine Wiederherstellung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>%1 is ONLINE on %2 and restorehistory records the restore: it had completed before the interruption, and the end state read back confirms it.</source>
        <translation>%1 ist auf %2 ONLINE, und restorehistory verzeichnet die Wiederherstellung: Sie war vor der Unterbrechung abgeschlossen, und der zurückgelesene Endzustand bestätigt dies.</translation>
    </message>
    <message>
        <source>The restore did not complete: %1 is %2 on %3.</source>
        <translation>Die Wiederherstellung wurde nicht abgeschlossen: %1 ist auf %3 im Zustand %2.</translation>
    </message>
    <message>
        <source>The state of %1 could not be read again: %2 %3</source>
        <translation>Der Zustand von %1 konnte nicht erneut gelesen werden: %2 %3</translation>
    </message>
    <message>
        <source>%1 is ONLINE on %2: restored from %3 in %4 s; restorehistory records the restore.</source>
        <translation>%1 ist auf %2 ONLINE: in %4 s aus %3 wiederhergestellt; restorehistory verzeichnet die Wiederherstellung.</translation>
    </message>
    <message>
        <source>%1 is ONLINE on %2; restorehistory records the restore of %3.</source>
        <translation>%1 ist auf %2 ONLINE; restorehistory verzeichnet die Wiederherstellung vom %3.</translation>
    </message>
    <message>
        <source>%1 is %2 on %3, not ONLINE.</source>
        <translation>%1 ist auf %3 im Zustand %2, nicht ONLINE.</translation>
    </message>
    <message>
        <source>%1 is ONLINE on %2, but restorehistory records no restore from this run.</source>
        <translation>%1 ist auf %2 ONLINE, aber restorehistory verzeichnet keine Wiederherstellung aus diesem Durchlauf.</translation>
    </message>
    <message>
        <source>%1 is ONLINE on %2, but restorehistory records no restore.</source>
        <translation>%1 ist auf %2 ONLINE, aber restorehistory verzeichnet keine Wiederherstellung.</translation>
    </message>
    <message>
        <source>Run the step (again) to restore %1.</source>
        <translation>Führen Sie den Schritt (erneut) aus, um %1 wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>pchat::ScheduleEditor</name>
    <message numerus="yes">
        <source>Occurs every day every %n hour(s) between %1 and %2.</source>
        <translation>
            <numerusform>Tritt jeden Tag alle %n Stunde zwischen %1 und %2 auf.</numerusform>
            <numerusform>Tritt jeden Tag alle %n Stunden zwischen %1 und %2 auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Occurs every day every %n minute(s) between %1 and %2.</source>
        <translation>
            <numerusform>Tritt jeden Tag alle %n Minute zwischen %1 und %2 auf.</numerusform>
            <numerusform>Tritt jeden Tag alle %n Minuten zwischen %1 und %2 auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule will be used starting on the day the script is made.</source>
        <translation>Der Zeitplan wird ab dem Tag verwendet, an dem das Skript erstellt wird.</translation>
    </message>
    <message>
        <source>Schedule will be used starting on %1.</source>
        <translation>Der Zeitplan wird ab %1 verwendet.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Occurs every:</source>
        <translation>Alle:</translation>
    </message>
    <message>
        <source>Minute(s)</source>
        <translation>Minute(n)</translation>
    </message>
    <message>
        <source>Hour(s)</source>
        <translation>Stunde(n)</translation>
    </message>
    <message>
        <source>Starting at:</source>
        <translation>Startet um:</translation>
    </message>
    <message>
        <source>Ending at:</source>
        <translation>Endet um:</translation>
    </message>
</context>
<context>
    <name>pchat::ScriptPreviewDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Script: %1</source>
        <translation>Skript: %1</translation>
    </message>
    <message>
        <source>Save script</source>
        <translation>Skript speichern</translation>
    </message>
    <message>
        <source>T-SQL script (*.sql)</source>
        <translation>T-SQL-Skript (*.sql)</translation>
    </message>
    <message>
        <source>PowerShell script (*.ps1)</source>
        <translation>PowerShell-Skript (*.ps1)</translation>
    </message>
</context>
<context>
    <name>pchat::SetActiveServersPage</name>
    <message>
        <source>Primary data center: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Primäres Rechenzentrum: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 is not in the primary data center %2. I confirm that it has a low-latency, high-bandwidth connection to the primary database.</source>
        <translation>%1 befindet sich nicht im primären Rechenzentrum %2. Ich bestätige, dass dieser Server über eine Verbindung mit geringer Latenz und hoher Bandbreite zur primären Datenbank verfügt.</translation>
    </message>
    <message>
        <source>Set the Persistent Chat Server active servers with Set-CsPersistentChatActiveServer. &lt;b&gt;Important:&lt;/b&gt; all active servers must be in the same data center as the new primary database, or in a data center with a low-latency, high-bandwidth connection to it.</source>
        <translation>Legen Sie die aktiven Server für beständigen Chat mit Set-CsPersistentChatActiveServer fest. &lt;b&gt;Wichtig:&lt;/b&gt; Alle aktiven Server müssen sich im gleichen Rechenzentrum wie die neue primäre Datenbank oder in einem Rechenzentrum befinden, das über eine Verbindung mit geringer Latenz und hoher Bandbreite zu der Datenbank verfügt.</translation>
    </message>
    <message>
        <source>Server FQDN</source>
        <translation>Server-FQDN</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Servers outside the primary data center</source>
        <translation>Server außerhalb des primären Rechenzentrums</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>Acknowledge the warning for every server outside the primary data center first.</source>
        <translation>Bestätigen Sie zuerst die Warnung für jeden Server außerhalb des primären Rechenzentrums.</translation>
    </message>
    <message>
        <source>Persistent Chat servers of the pool</source>
        <translation>Server für beständigen Chat des Pools</translation>
    </message>
</context>
<context>
    <name>pchat::SetActiveServersStep</name>
    <message>
        <source>data center %1</source>
        <translation>Rechenzentrum %1</translation>
    </message>
    <message>
        <source>data center %1, outside the primary data center %2: acknowledge before it is made active</source>
        <translation>Rechenzentrum %1, außerhalb des primären Rechenzentrums %2: vor dem Aktivieren bestätigen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The active server list cannot be read back (no Get- cmdlet exists).</source>
        <translation>Die Liste „Aktiver Server“ kann nicht zurückgelesen werden (es gibt kein Get-Cmdlet).</translation>
    </message>
    <message>
        <source>Run the step, or confirm on the page that the servers are active.</source>
        <translation>Führen Sie den Schritt aus, oder bestätigen Sie auf der Seite, dass die Server aktiv sind.</translation>
    </message>
    <message>
        <source>Setting the active servers failed.</source>
        <translation>Das Festlegen der aktiven Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Made %1 the active servers (output: %2). No Get- cmdlet can read the list back: check that these servers accept connections.</source>
        <translation>%1 sind jetzt die aktiven Server (Ausgabe: %2). Kein Get-Cmdlet kann die Liste zurücklesen: Prüfen Sie, ob diese Server Verbindungen annehmen.</translation>
    </message>
</context>
<context>
    <name>pchat::SettingsDialog</name>
    <message>
        <source>Enter the folder for audit trails: every run writes its journal, screenshots and report there.</source>
        <translation>Geben Sie den Ordner für Überwachungspfade ein: Jeder Durchlauf schreibt dort sein Überwachungsjournal, seine Bildschirmfotos und seinen Bericht.</translation>
    </message>
    <message>
        <source>Enter the folder for audit trails as a full path, such as %1.</source>
        <translation>Geben Sie den Ordner für Überwachungspfade als vollständigen Pfad ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>Enter the program that runs the Lync cmdlets, such as powershell.exe.</source>
        <translation>Geben Sie das Programm ein, das die Lync-Cmdlets ausführt, zum Beispiel powershell.exe.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read. Choose the PEM file of the certificate authority that issued the SQL Server certificates, or leave the field empty.</source>
        <translation>Die Zertifizierungsstellendatei %1 kann nicht gelesen werden. Wählen Sie die PEM-Datei der Zertifizierungsstelle, die die SQL Server-Zertifikate ausgestellt hat, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Folder for audit trails</source>
        <translation>Ordner für Überwachungspfade</translation>
    </message>
    <message>
        <source>CA file for FreeTDS</source>
        <translation>Zertifizierungsstellendatei für FreeTDS</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Audit trail folder:</source>
        <translation>Ordner für Überwachungs&amp;pfade:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Each run gets a folder of its own in here. A run that is already recorded stays where it is; the new folder applies to the next run.</source>
        <translation>Jeder Durchlauf erhält hier einen eigenen Ordner. Ein bereits aufgezeichneter Durchlauf bleibt, wo er ist; der neue Ordner gilt ab dem nächsten Durchlauf.</translation>
    </message>
    <message>
        <source>Shell &amp;program:</source>
        <translation>Shellpro&amp;gramm:</translation>
    </message>
    <message>
        <source>Shell a&amp;rguments:</source>
        <translation>Shellarg&amp;umente:</translation>
    </message>
    <message>
        <source>In training the lab brings its own shell; these are this computer&apos;s settings for production runs.</source>
        <translation>In der Schulung bringt das Labor seine eigene Shell mit; dies sind die Einstellungen dieses Computers für Produktionsdurchläufe.</translation>
    </message>
    <message>
        <source>The program that runs the Lync cmdlets on this computer. A plan never chooses it.</source>
        <translation>Das Programm, das auf diesem Computer die Lync-Cmdlets ausführt. Ein Plan legt es nie fest.</translation>
    </message>
    <message>
        <source>FreeTDS &amp;CA file:</source>
        <translation>FreeTDS-&amp;Zertifizierungsstellendatei:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <source>With a CA file, FreeTDS checks the server certificate of an encrypted connection (Mandatory or Strict). Without one it encrypts but does not check whom it talks to. Microsoft&apos;s ODBC driver checks certificates on its own.</source>
        <translation>Mit einer Zertifizierungsstellendatei prüft FreeTDS das Serverzertifikat einer verschlüsselten Verbindung (Obligatorisch oder Strikt). Ohne sie verschlüsselt FreeTDS, prüft aber nicht, mit wem es verbunden ist. Der ODBC-Treiber von Microsoft prüft Zertifikate selbst.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>Protokolldateien:</translation>
    </message>
    <message>
        <source>Open lo&amp;g folder</source>
        <translation>Protokollordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>pchat::ShellRunner</name>
    <message>
        <source>The management shell was stopped (cancelled).</source>
        <translation>Die Verwaltungsshell wurde gestoppt (abgebrochen).</translation>
    </message>
    <message>
        <source>The management shell (%1) crashed.</source>
        <translation>Die Verwaltungsshell (%1) ist abgestürzt.</translation>
    </message>
    <message>
        <source>The management shell ended with exit code %1.</source>
        <translation>Die Verwaltungsshell wurde mit Exitcode %1 beendet.</translation>
    </message>
    <message>
        <source>The management shell %1 did not start: %2</source>
        <translation>Die Verwaltungsshell %1 wurde nicht gestartet: %2</translation>
    </message>
    <message>
        <source>The commands are too long for one command line (%1 characters, Windows takes at most %2). Run fewer commands at a time.</source>
        <translation>Die Befehle sind zu lang für eine Befehlszeile (%1 Zeichen, Windows erlaubt höchstens %2). Führen Sie weniger Befehle auf einmal aus.</translation>
    </message>
    <message numerus="yes">
        <source>The management shell did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>Die Verwaltungsshell wurde nicht innerhalb von %n Sekunde beendet und daher abgebrochen.</numerusform>
            <numerusform>Die Verwaltungsshell wurde nicht innerhalb von %n Sekunden beendet und daher abgebrochen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::ShellStep</name>
    <message>
        <source>Management shell</source>
        <translation>Verwaltungsshell</translation>
    </message>
    <message>
        <source>The management shell did not start or the %1 module did not load.</source>
        <translation>Die Verwaltungsshell wurde nicht gestartet, oder das Modul %1 wurde nicht geladen.</translation>
    </message>
    <message>
        <source>Persistent Chat pools (Get-CsService)</source>
        <translation>Pools für beständigen Chat (Get-CsService)</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>Run the step again when ready; the command may or may not have taken effect.</source>
        <translation>Führen Sie den Schritt erneut aus, wenn Sie bereit sind; ob der Befehl bereits wirksam wurde, ist ungewiss.</translation>
    </message>
    <message>
        <source>Check the shell program (%1) and its arguments in the plan: it must start on this computer and read commands on stdin.</source>
        <translation>Prüfen Sie das Shellprogramm (%1) und seine Argumente im Plan: Es muss auf diesem Computer starten und Befehle über stdin lesen.</translation>
    </message>
    <message>
        <source>Run the wizard on a server with the Lync Server (or Skype for Business Server) administrative tools, or choose the other shell module in the plan.</source>
        <translation>Führen Sie den Assistenten auf einem Server mit den Verwaltungstools von Lync Server (oder Skype for Business Server) aus, oder wählen Sie im Plan das andere Shellmodul.</translation>
    </message>
    <message>
        <source>The cmdlet is missing: check that the module in the plan is the one installed and that the account is a member of RTCUniversalServerAdmins (or CsAdministrator).</source>
        <translation>Das Cmdlet fehlt: Prüfen Sie, ob das Modul im Plan das installierte ist und ob das Konto Mitglied von RTCUniversalServerAdmins (oder CsAdministrator) ist.</translation>
    </message>
    <message>
        <source>Read the error above; run the same command in the Lync Server Management Shell to see the full error record, fix the cause and run the step again.</source>
        <translation>Lesen Sie den Fehler oben; führen Sie denselben Befehl in der Lync Server-Verwaltungsshell aus, um den vollständigen Fehlerdatensatz zu sehen, beheben Sie die Ursache, und führen Sie den Schritt erneut aus.</translation>
    </message>
    <message>
        <source>Cancelled: the management shell was stopped.</source>
        <translation>Abgebrochen: Die Verwaltungsshell wurde gestoppt.</translation>
    </message>
    <message>
        <source>Not sent to the management shell: %1</source>
        <translation>Nicht an die Verwaltungsshell gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>The shell ran longer than %n second(s). Check that it does not wait for input (a confirmation prompt, a credential dialog), or raise the shell timeout in the plan.</source>
        <translation>
            <numerusform>Die Shell wurde länger als %n Sekunde ausgeführt. Prüfen Sie, ob sie auf eine Eingabe wartet (eine Bestätigungsaufforderung, ein Dialogfeld für Anmeldeinformationen), oder erhöhen Sie das Shell-Timeout im Plan.</numerusform>
            <numerusform>Die Shell wurde länger als %n Sekunden ausgeführt. Prüfen Sie, ob sie auf eine Eingabe wartet (eine Bestätigungsaufforderung, ein Dialogfeld für Anmeldeinformationen), oder erhöhen Sie das Shell-Timeout im Plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::SidePanel</name>
    <message>
        <source>TRAINING
Against the simulated lab: nothing here is production evidence.</source>
        <translation>SCHULUNG
Im simulierten Labor: Nichts hier ist ein Nachweis für die Produktion.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erläuterung</translation>
    </message>
</context>
<context>
    <name>pchat::SqlSession</name>
    <message>
        <source>The connection to %1 is not open.</source>
        <translation>Die Verbindung zu %1 ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>pchat::SqlStep</name>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Es konnte keine Verbindung mit %1 hergestellt werden.</translation>
    </message>
    <message>
        <source>Connection to %1</source>
        <translation>Verbindung zu %1</translation>
    </message>
</context>
<context>
    <name>pchat::StepPage</name>
    <message>
        <source>Step %1 of 7: %2</source>
        <translation>Schritt %1 von 7: %2</translation>
    </message>
    <message>
        <source>Runs on: %1</source>
        <translation>Ausführung auf: %1</translation>
    </message>
    <message>
        <source>Cancel the step</source>
        <translation>Schritt abbrechen</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot; now? The server stops the running statement; the step will not be done and its state is read back and shown.</source>
        <translation>„%1“ jetzt abbrechen? Der Server beendet die laufende Anweisung; der Schritt wird nicht abgeschlossen, und sein Zustand wird zurückgelesen und angezeigt.</translation>
    </message>
    <message>
        <source>Run is not available in this version: the wizard does not run this step yet. Use Script to review, copy or save the exact text, or export the whole procedure from the Summary page.</source>
        <translation>„Ausführen“ ist in dieser Version nicht verfügbar: Der Assistent führt diesen Schritt noch nicht aus. Verwenden Sie „Skript“, um den genauen Text zu prüfen, zu kopieren oder zu speichern, oder exportieren Sie das gesamte Verfahren auf der Seite „Zusammenfassung“.</translation>
    </message>
    <message>
        <source>Correct the values marked on this page before running the step.</source>
        <translation>Korrigieren Sie die auf dieser Seite markierten Werte, bevor Sie den Schritt ausführen.</translation>
    </message>
    <message>
        <source>Recorded done earlier in this run: it is not run again. A later step may have changed what it set (step 6 fills the list step 1 emptied); the findings show the state now.</source>
        <translation>Früher in diesem Durchlauf als erledigt aufgezeichnet: Der Schritt wird nicht erneut ausgeführt. Ein späterer Schritt kann geändert haben, was er festlegte (Schritt 6 füllt die Liste, die Schritt 1 geleert hat); die Befunde zeigen den jetzigen Zustand.</translation>
    </message>
</context>
<context>
    <name>pchat::StepRunPanel</name>
    <message>
        <source>Not inspected yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Reading the current state from the server…</source>
        <translation>Aktueller Zustand wird vom Server gelesen…</translation>
    </message>
    <message>
        <source>Ready to run.</source>
        <translation>Bereit zur Ausführung.</translation>
    </message>
    <message>
        <source>Already done: the result of this step is in place, nothing will run.</source>
        <translation>Bereits erledigt: Das Ergebnis dieses Schritts liegt bereits vor; es wird nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Reading the end state back from the server…</source>
        <translation>Endzustand wird vom Server zurückgelesen…</translation>
    </message>
    <message>
        <source>Done and verified.</source>
        <translation>Ausgeführt und überprüft.</translation>
    </message>
    <message>
        <source>Failed. The step did not complete; see the message and the remedy below.</source>
        <translation>Fehlgeschlagen. Der Schritt wurde nicht abgeschlossen; siehe Meldung und Abhilfe unten.</translation>
    </message>
    <message>
        <source>Cancelled. The step did not complete; the state the server left is shown below.</source>
        <translation>Abgebrochen. Der Schritt wurde nicht abgeschlossen; unten wird der Zustand angezeigt, den der Server hinterlassen hat.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>verstrichen %1</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>verbleibend %1</translation>
    </message>
    <message>
        <source>blocked by session %1</source>
        <translation>blockiert durch Sitzung %1</translation>
    </message>
    <message>
        <source>-- on %1:</source>
        <translation>-- auf %1:</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>Meldun&amp;gen:</translation>
    </message>
    <message>
        <source>Re-chec&amp;k</source>
        <translation>Erneu&amp;t prüfen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Msg %1, Level %2, State %3: %4</source>
        <translation>Meldung %1, Ebene %2, Status %3: %4</translation>
    </message>
    <message>
        <source>Msg %1, Level %2: %3</source>
        <translation>Meldung %1, Ebene %2: %3</translation>
    </message>
    <message>
        <source>Msg %1, State %2: %3</source>
        <translation>Meldung %1, Status %2: %3</translation>
    </message>
    <message>
        <source>Msg %1: %2</source>
        <translation>Meldung %1: %2</translation>
    </message>
</context>
<context>
    <name>pchat::StepSession</name>
    <message>
        <source>Not sent to %1: %2</source>
        <translation>Nicht an %1 gesendet: %2</translation>
    </message>
</context>
<context>
    <name>pchat::SummaryPage</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Export scripts to</source>
        <translation>Skripts exportieren nach</translation>
    </message>
    <message>
        <source>Choose a folder for the scripts first.</source>
        <translation>Wählen Sie zuerst einen Ordner für die Skripts aus.</translation>
    </message>
    <message>
        <source>Nothing was exported:</source>
        <translation>Es wurde nichts exportiert:</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1: %2</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben: %2</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Export the procedure as scripts</source>
        <translation>Verfahren als Skripts exportieren</translation>
    </message>
    <message>
        <source>&amp;Export scripts</source>
        <translation>Skripts &amp;exportieren</translation>
    </message>
    <message>
        <source>Done (recorded earlier in this run)</source>
        <translation>Erledigt (früher in diesem Durchlauf aufgezeichnet)</translation>
    </message>
    <message>
        <source>Done and verified</source>
        <translation>Erledigt und überprüft</translation>
    </message>
    <message>
        <source>Already in place</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Überwachungspfad</translation>
    </message>
    <message>
        <source>This run is recorded in %1. Closing the run writes report.html and report.pdf there; &quot;pchat-failback --verify-audit &lt;folder&gt;&quot; checks the folder later.</source>
        <translation>Dieser Durchlauf wird in %1 aufgezeichnet. Beim Schließen des Durchlaufs werden dort report.html und report.pdf geschrieben; „pchat-failback --verify-audit &lt;Ordner&gt;“ prüft den Ordner später.</translation>
    </message>
    <message>
        <source>&amp;Close the run and show its final hash</source>
        <translation>Durchlauf s&amp;chließen und abschließenden Hash anzeigen</translation>
    </message>
    <message>
        <source>Final &amp;hash:</source>
        <translation>Abschließender &amp;Hash:</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>The run is closed, but its audit folder does not verify: %1</source>
        <translation>Der Durchlauf ist geschlossen, aber sein Überwachungsordner besteht die Überprüfung nicht: %1</translation>
    </message>
    <message>
        <source>The run is closed and its report written. Record this hash in the change ticket: anyone who can write the folder can rebuild its chain, but not this hash. &quot;pchat-failback --verify-audit &lt;folder&gt; --expect-hash &lt;hash&gt;&quot; then proves that nobody rewrote it. Finish closes the window.</source>
        <translation>Der Durchlauf ist geschlossen und sein Bericht geschrieben. Tragen Sie diesen Hash in das Änderungsticket ein: Wer in den Ordner schreiben kann, kann dessen Kette neu berechnen, nicht aber diesen Hash. „pchat-failback --verify-audit &lt;Ordner&gt; --expect-hash &lt;Hash&gt;“ weist dann nach, dass niemand den Ordner umgeschrieben hat. „Abschließen“ schließt das Fenster.</translation>
    </message>
    <message>
        <source>Close the run here to see the final hash of its audit trail, which belongs in the change ticket; after that no step can be run in it. Finish closes the run as well; its report&apos;s cover then shows the hash.</source>
        <translation>Schließen Sie den Durchlauf hier, um den abschließenden Hash seines Überwachungspfads zu sehen, der in das Änderungsticket gehört; danach kann in diesem Durchlauf kein Schritt mehr ausgeführt werden. Auch „Abschließen“ schließt den Durchlauf; das Deckblatt seines Berichts zeigt dann den Hash.</translation>
    </message>
    <message>
        <source>Steps of this run</source>
        <translation>Schritte dieses Durchlaufs</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Training: the whole cycle</source>
        <translation>Schulung: der ganze Zyklus</translation>
    </message>
    <message>
        <source>Open fol&amp;der</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>pchat::TrainingLab</name>
    <message>
        <source>The training lab did not report its ports within %1 s. Look at the lab&apos;s messages below, then start training mode again.</source>
        <translation>Das Schulungslabor hat seine Ports nicht innerhalb von %1 s gemeldet. Sehen Sie sich die Meldungen des Labors unten an, und starten Sie den Schulungsmodus dann erneut.</translation>
    </message>
    <message>
        <source>The training lab program %1 was not found next to pchat-failback (%2), in the build tree (../lab) or on the PATH. Build it (cmake --build build --target pchat-lab) or install it next to pchat-failback, then start training mode again.</source>
        <translation>Das Programm des Schulungslabors %1 wurde weder neben pchat-failback (%2) noch im Buildbaum (../lab) noch im PATH gefunden. Erstellen Sie es (cmake --build build --target pchat-lab) oder installieren Sie es neben pchat-failback, und starten Sie den Schulungsmodus dann erneut.</translation>
    </message>
    <message>
        <source>The training lab program %1 does not exist or cannot be run. Check the path, then start training mode again.</source>
        <translation>Das Programm des Schulungslabors %1 ist nicht vorhanden oder kann nicht ausgeführt werden. Prüfen Sie den Pfad, und starten Sie den Schulungsmodus dann erneut.</translation>
    </message>
    <message>
        <source>The scenario file %1 does not exist or cannot be read. Check the path given with --scenario, or leave it out for the built-in scenario.</source>
        <translation>Die Szenariodatei %1 ist nicht vorhanden oder kann nicht gelesen werden. Prüfen Sie den mit --scenario angegebenen Pfad, oder lassen Sie ihn für das eingebaute Szenario weg.</translation>
    </message>
    <message>
        <source>The training lab did not hand out its scenario (%1). The pchat-lab program may be older than pchat-failback: build both from the same sources.</source>
        <translation>Das Schulungslabor hat sein Szenario nicht herausgegeben (%1). Das Programm pchat-lab ist vielleicht älter als pchat-failback: Erstellen Sie beide aus denselben Quellen.</translation>
    </message>
    <message>
        <source>The training lab %1 could not be started: %2. Check that the file is a program this computer can run, then start training mode again.</source>
        <translation>Das Schulungslabor %1 konnte nicht gestartet werden: %2. Prüfen Sie, ob die Datei ein Programm ist, das dieser Computer ausführen kann, und starten Sie den Schulungsmodus dann erneut.</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>es ist abgestürzt</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exitcode %1</translation>
    </message>
    <message>
        <source>The training lab ended before it was ready (%1). Check the scenario file, then start training mode again.</source>
        <translation>Das Schulungslabor wurde beendet, bevor es bereit war (%1). Prüfen Sie die Szenariodatei, und starten Sie den Schulungsmodus dann erneut.</translation>
    </message>
    <message>
        <source>The training lab ended while the wizard uses it (%1). Start training mode again; the lab starts from the scenario&apos;s beginning.</source>
        <translation>Das Schulungslabor wurde beendet, während der Assistent es verwendet (%1). Starten Sie den Schulungsmodus erneut; das Labor beginnt am Anfang des Szenarios.</translation>
    </message>
    <message>
        <source>the lab&apos;s answer is not a JSON object</source>
        <translation>die Antwort des Labors ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the training lab is not running</source>
        <translation>das Schulungslabor wird nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>pchat::UnattendedRunner</name>
    <message>
        <source>The step did not stop within %1 s; the run ends without waiting for it.</source>
        <translation>Der Schritt wurde nicht innerhalb von %1 s beendet; der Durchlauf wird beendet, ohne auf ihn zu warten.</translation>
    </message>
    <message>
        <source>Training: the plan comes from the lab&apos;s scenario; %1 is not used.</source>
        <translation>Schulung: Der Plan stammt aus dem Szenario des Labors; %1 wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The training lab is not available: %1</source>
        <translation>Das Schulungslabor ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Starting the training lab…</source>
        <translation>Das Schulungslabor wird gestartet…</translation>
    </message>
    <message>
        <source>The plan %1 is not valid; nothing was run:</source>
        <translation>Der Plan %1 ist ungültig; es wurde nichts ausgeführt:</translation>
    </message>
    <message>
        <source>Note: %1 is set, but the plan connects to %2 with Windows authentication; the variable is not used.</source>
        <translation>Hinweis: %1 ist gesetzt, aber laut Plan wird die Verbindung mit %2 über die Windows-Authentifizierung hergestellt; die Variable wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The plan connects to %1 with the SQL login %2, and its password is not set. Set the environment variable %3 (a plan file never holds passwords), then run again.</source>
        <translation>Laut Plan wird die Verbindung mit %1 über die SQL Server-Anmeldung %2 hergestellt, und deren Kennwort ist nicht festgelegt. Setzen Sie die Umgebungsvariable %3 (eine Plandatei enthält nie Kennwörter), und starten Sie den Durchlauf erneut.</translation>
    </message>
    <message>
        <source>The audit trail cannot be written, so the run stops before the next action: %1</source>
        <translation>Der Überwachungspfad kann nicht geschrieben werden, daher wird der Durchlauf vor der nächsten Aktion beendet: %1</translation>
    </message>
    <message>
        <source>Backup instance %1, primary instance %2</source>
        <translation>Sicherungsinstanz %1, primäre Instanz %2</translation>
    </message>
    <message>
        <source>Audit folder: %1</source>
        <translation>Überwachungsordner: %1</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>%1 running the read-only checks…</source>
        <translation>%1 Die Prüfungen werden ausgeführt (nur lesend)…</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n warning(s) acknowledged by the plan (unattended.acknowledgePreflightWarnings).</source>
        <translation>
            <numerusform>%1 %n Warnung vom Plan bestätigt (unattended.acknowledgePreflightWarnings).</numerusform>
            <numerusform>%1 %n Warnungen vom Plan bestätigt (unattended.acknowledgePreflightWarnings).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 passed.</source>
        <translation>%1 bestanden.</translation>
    </message>
    <message>
        <source>%1 reading the current state…</source>
        <translation>%1 Der aktuelle Zustand wird gelesen…</translation>
    </message>
    <message>
        <source>Its result is already in place; nothing is run.</source>
        <translation>Sein Ergebnis liegt bereits vor; es wird nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Step %1 (%2) could not read the state it starts from; nothing of it was changed. Correct the cause (see &quot;What to do&quot; above), then run again.</source>
        <translation>Schritt %1 (%2) konnte seinen Ausgangszustand nicht lesen; an diesem Schritt wurde nichts geändert. Beheben Sie die Ursache (siehe „Abhilfe“ oben), und starten Sie den Durchlauf erneut.</translation>
    </message>
    <message>
        <source>%1 backup set %2 of %3</source>
        <translation>%1 Sicherungssatz %2 aus %3</translation>
    </message>
    <message>
        <source>%1 MOVE %2 TO %3</source>
        <translation>%1 MOVE %2 TO %3</translation>
    </message>
    <message>
        <source>%1 confirmed by the plan: %2</source>
        <translation>%1 durch den Plan bestätigt: %2</translation>
    </message>
    <message>
        <source>%1 running…</source>
        <translation>%1 wird ausgeführt…</translation>
    </message>
    <message>
        <source>Step %1 (%2) did not complete, and the steps after it were not run. Correct the cause (see &quot;What to do&quot; above), then run again: what is already in place is found and skipped.</source>
        <translation>Schritt %1 (%2) wurde nicht abgeschlossen, und die folgenden Schritte wurden nicht ausgeführt. Beheben Sie die Ursache (siehe „Abhilfe“ oben), und starten Sie den Durchlauf erneut: Was bereits umgesetzt ist, wird erkannt und übersprungen.</translation>
    </message>
    <message>
        <source>%1 starting the log-shipping jobs and waiting until the first log backup is restored on %2…</source>
        <translation>%1 Die Protokollversandaufträge werden gestartet; es wird gewartet, bis die erste Protokollsicherung auf %2 wiederhergestellt ist…</translation>
    </message>
    <message>
        <source>First log backup copied and restored on the secondary</source>
        <translation>Erste Protokollsicherung auf den sekundären Server kopiert und wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 the first log backup was copied and restored on the secondary: %2</source>
        <translation>%1 Die erste Protokollsicherung wurde auf den sekundären Server kopiert und wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>%1 the first log was not shipped: %2</source>
        <translation>%1 Das erste Protokoll wurde nicht übertragen: %2</translation>
    </message>
    <message>
        <source>%1 What to do: %2</source>
        <translation>%1 Abhilfe: %2</translation>
    </message>
    <message>
        <source>Log shipping is configured, but the first log backup did not reach the secondary, so the steps after step 5 were not run. Correct the cause, then run again.</source>
        <translation>Der Protokollversand ist konfiguriert, aber die erste Protokollsicherung hat den sekundären Server nicht erreicht; daher wurden die Schritte nach Schritt 5 nicht ausgeführt. Beheben Sie die Ursache, und starten Sie den Durchlauf erneut.</translation>
    </message>
    <message>
        <source>Interrupted again: the run ends now, without waiting for the step.</source>
        <translation>Erneut unterbrochen: Der Durchlauf wird jetzt beendet, ohne auf den Schritt zu warten.</translation>
    </message>
    <message>
        <source>Interrupted: the running step is cancelled and its state read back; the steps after it are not run. Press Ctrl+C again to end at once.</source>
        <translation>Unterbrochen: Der laufende Schritt wird abgebrochen und sein Zustand zurückgelesen; die folgenden Schritte werden nicht ausgeführt. Drücken Sie erneut Strg+C, um sofort zu beenden.</translation>
    </message>
    <message>
        <source>Interrupted: the steps not run yet are not run.</source>
        <translation>Unterbrochen: Die noch nicht ausgeführten Schritte werden nicht mehr ausgeführt.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>The report could not be written: %1. The journal is complete; --verify-audit checks it.</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1. Das Journal ist vollständig; --verify-audit prüft es.</translation>
    </message>
    <message>
        <source>Exit code %1.</source>
        <translation>Exitcode %1.</translation>
    </message>
    <message>
        <source>Final hash of the audit trail: %1</source>
        <translation>Abschließender Hash des Überwachungspfads: %1</translation>
    </message>
    <message>
        <source>Record this hash in the change ticket: &quot;pchat-failback --verify-audit &lt;folder&gt; --expect-hash &lt;hash&gt;&quot; then proves that nobody rewrote the folder.</source>
        <translation>Halten Sie diesen Hash im Änderungsticket fest: „pchat-failback --verify-audit &lt;Ordner&gt; --expect-hash &lt;Hash&gt;“ beweist dann, dass niemand den Ordner neu geschrieben hat.</translation>
    </message>
    <message>
        <source>The audit folder does not verify: %1</source>
        <translation>Der Überwachungsordner besteht die Überprüfung nicht: %1</translation>
    </message>
    <message>
        <source>The console was closed or the session ended; the run ends now, without waiting for the step.</source>
        <translation>Die Konsole wurde geschlossen oder die Sitzung beendet. Der Durchlauf wird jetzt beendet, ohne auf den Schritt zu warten.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The audit folder for this run cannot be created under %1, so the run does not start: %2</source>
        <translation>Der Überwachungsordner für diesen Durchlauf kann unter %1 nicht erstellt werden, daher beginnt der Durchlauf nicht: %2</translation>
    </message>
    <message>
        <source>Unattended: %1 of %2 – TRAINING against the simulated lab</source>
        <translation>Unbeaufsichtigt: %1 von %2 – SCHULUNG mit dem simulierten Labor</translation>
    </message>
    <message>
        <source>Unattended: %1 of %2</source>
        <translation>Unbeaufsichtigt: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Preflight found %n problem(s) that stop the run; nothing was changed. Correct them (see &quot;What to do&quot; above), then run again.</source>
        <translation>
            <numerusform>Die Vorabprüfung hat %n Problem gefunden, das den Durchlauf anhält; es wurde nichts geändert. Beheben Sie es (siehe „Was zu tun ist“ oben), und starten Sie dann erneut.</numerusform>
            <numerusform>Die Vorabprüfung hat %n Probleme gefunden, die den Durchlauf anhalten; es wurde nichts geändert. Beheben Sie sie (siehe „Was zu tun ist“ oben), und starten Sie dann erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pchat::WelcomePage</name>
    <message>
        <source>Open failback plan</source>
        <translation>Failbackplan öffnen</translation>
    </message>
    <message>
        <source>Save failback plan</source>
        <translation>Failbackplan speichern</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The procedure assumes (tick each one you have checked)</source>
        <translation>Das Verfahren setzt Folgendes voraus (aktivieren Sie jeden Punkt, den Sie geprüft haben)</translation>
    </message>
    <message>
        <source>Not saved yet. Passwords are never written to a plan file.</source>
        <translation>Noch nicht gespeichert. Kennwörter werden nie in eine Plandatei geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Plan öffnen…</translation>
    </message>
    <message>
        <source>Sa&amp;ve plan…</source>
        <translation>Plan spei&amp;chern…</translation>
    </message>
    <message>
        <source>No drill</source>
        <translation>Keine Übung</translation>
    </message>
    <message>
        <source>The training lab is not running: %1</source>
        <translation>Das Schulungslabor wird nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Starting the training lab…</source>
        <translation>Das Schulungslabor wird gestartet…</translation>
    </message>
    <message>
        <source>It strikes when the page &quot;%1&quot; opens.</source>
        <translation>Der Fehler wird ausgelöst, sobald sich die Seite „%1“ öffnet.</translation>
    </message>
    <message>
        <source>Without a drill the procedure runs without faults. A drill switches a fault on in the lab when its page opens; you recover with the wizard&apos;s remedies, and the panel beside the pages offers the fix in the lab.</source>
        <translation>Ohne Übung wird das Verfahren ohne eingeschleuste Fehler ausgeführt. Eine Übung schaltet im Labor einen Fehler ein, sobald sich die zugehörige Seite öffnet; Sie beheben ihn mit den Abhilfen des Assistenten, und der Bereich neben den Seiten bietet die Behebung im Labor an.</translation>
    </message>
    <message>
        <source>Reset lab</source>
        <translation>Labor zurücksetzen</translation>
    </message>
    <message>
        <source>A step is running. Wait for it to end or cancel it, then reset the lab.</source>
        <translation>Ein Schritt wird ausgeführt. Warten Sie, bis er beendet ist, oder brechen Sie ihn ab, und setzen Sie dann das Labor zurück.</translation>
    </message>
    <message>
        <source>Return the lab to the scenario&apos;s start? Databases, backup files, jobs, the pool state and the faults go back to where the scenario starts, open SQL sessions are dropped, and the wizard returns to its first page.</source>
        <translation>Das Labor auf den Beginn des Szenarios zurücksetzen? Datenbanken, Sicherungsdateien, Aufträge, der Poolzustand und die Fehler kehren zum Beginn des Szenarios zurück, offene SQL-Sitzungen werden getrennt, und der Assistent kehrt zu seiner ersten Seite zurück.</translation>
    </message>
    <message>
        <source>Resetting the lab…</source>
        <translation>Das Labor wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>The lab could not be reset: %1</source>
        <translation>Das Labor konnte nicht zurückgesetzt werden: %1</translation>
    </message>
    <message>
        <source>The lab is back at the scenario&apos;s start (%1).</source>
        <translation>Das Labor ist wieder am Beginn des Szenarios (%1).</translation>
    </message>
    <message>
        <source>Training: drills</source>
        <translation>Schulung: Übungen</translation>
    </message>
    <message>
        <source>&amp;Drill:</source>
        <translation>Ü&amp;bung:</translation>
    </message>
    <message>
        <source>&amp;Reset lab…</source>
        <translation>Labor zu&amp;rücksetzen…</translation>
    </message>
    <message>
        <source>Returns the lab to the scenario&apos;s start and the wizard to its first page.</source>
        <translation>Setzt das Labor auf den Beginn des Szenarios und den Assistenten auf seine erste Seite zurück.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Einstellunge&amp;n…</translation>
    </message>
    <message>
        <source>This computer&apos;s settings: audit trail folder, shell program, FreeTDS CA file, language and log files (Ctrl+,).</source>
        <translation>Die Einstellungen dieses Computers: Ordner für Überwachungspfade, Shellprogramm, FreeTDS-Zertifizierungsstellendatei, Sprache und Protokolldateien (Strg+,).</translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Rebuild primary</source>
        <translation>Primäres Rechenzentrum wiederherstellen</translation>
    </message>
    <message>
        <source>Strike the disaster now? The primary data center stops at once: its SQL Server instances refuse connections and its log backups stop, with some backups left on the share and some copied but not restored. The failover starts from there.</source>
        <translation>Jetzt den Notfall auslösen? Das primäre Rechenzentrum fällt sofort aus: Seine SQL Server-Instanzen lehnen Verbindungen ab, und seine Protokollsicherungen enden; einige Sicherungen liegen noch ungekopiert in der Freigabe, andere sind kopiert, aber nicht wiederhergestellt. Von dort beginnt das Failover.</translation>
    </message>
    <message>
        <source>Rebuild the primary data center now? Its SQL Server instances come back with fresh mgc and mgccomp databases, as Topology Builder creates them: the failback starts from there.</source>
        <translation>Das primäre Rechenzentrum jetzt wiederherstellen? Seine SQL Server-Instanzen kommen mit neuen mgc- und mgccomp-Datenbanken zurück, wie der Topologie-Generator sie erstellt: Von dort beginnt das Failback.</translation>
    </message>
    <message>
        <source>Striking the disaster…</source>
        <translation>Der Notfall wird ausgelöst…</translation>
    </message>
    <message>
        <source>Rebuilding the primary…</source>
        <translation>Das primäre Rechenzentrum wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The lab refused (%1): %2</source>
        <translation>Das Labor hat abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>Disaster struck at %1; down: %2.</source>
        <translation>Notfall ausgelöst um %1; ausgefallen: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The primary data center is rebuilt (%1).</source>
        <translation>Das primäre Rechenzentrum ist wiederhergestellt (%1).</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>&amp;Failback</source>
        <translation>&amp;Failback</translation>
    </message>
    <message>
        <source>The primary data center is rebuilt and the pool runs FailedOver on the backup database: return it to the primary.</source>
        <translation>Das primäre Rechenzentrum ist wiederhergestellt, und der Pool läuft im Zustand FailedOver auf der Sicherungsdatenbank: Geben Sie ihn an das primäre Rechenzentrum zurück.</translation>
    </message>
    <message>
        <source>F&amp;ailover</source>
        <translation>Fail&amp;over</translation>
    </message>
    <message>
        <source>The primary data center is lost and the pool is down: let the backup data center serve it from the log-shipped mgc.</source>
        <translation>Das primäre Rechenzentrum ist verloren, und der Pool ist ausgefallen: Lassen Sie das Sicherungsrechenzentrum ihn mit der per Protokollversand übertragenen mgc-Datenbank bedienen.</translation>
    </message>
    <message>
        <source>D&amp;isaster…</source>
        <translation>No&amp;tfall…</translation>
    </message>
    <message>
        <source>The primary data center stops at once: the start of the failover.</source>
        <translation>Das primäre Rechenzentrum fällt sofort aus: der Beginn des Failovers.</translation>
    </message>
    <message>
        <source>Re&amp;build primary…</source>
        <translation>Primäres Rechenzentrum wie&amp;derherstellen…</translation>
    </message>
    <message>
        <source>The primary data center comes back with fresh databases: the start of the failback.</source>
        <translation>Das primäre Rechenzentrum kommt mit neuen Datenbanken zurück: der Beginn des Failbacks.</translation>
    </message>
    <message>
        <source>Plan (*.json)</source>
        <translation>Plan (*.json)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>The training lab runs the scenario &quot;%1&quot; on this computer; the plan points at it. Nothing outside this computer is touched.
At the scenario&apos;s start: %2</source>
        <translation>Das Schulungslabor führt das Szenario „%1“ auf diesem Computer aus; der Plan verweist darauf. Systeme außerhalb dieses Computers bleiben unberührt.
Zu Beginn des Szenarios: %2</translation>
    </message>
</context>
</TS>
