<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Event %1 refers to the screenshot &quot;%2&quot;, which is not a file in the audit folder.</source>
        <translation>Ereignis %1 verweist auf den Screenshot &quot;%2&quot;, der keine Datei im Überwachungsordner ist.</translation>
    </message>
    <message>
        <source>The screenshot %1 of event %2 is missing.</source>
        <translation>Der Screenshot %1 von Ereignis %2 fehlt.</translation>
    </message>
    <message>
        <source>The screenshot %1 of event %2 cannot be read: %3</source>
        <translation>Der Screenshot %1 von Ereignis %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The screenshot %1 of event %2 was changed: its content does not match the hash recorded in the journal.</source>
        <translation>Der Screenshot %1 von Ereignis %2 wurde geändert: Sein Inhalt stimmt nicht mit dem im Journal verzeichneten Hash überein.</translation>
    </message>
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
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Fails back a Lync Server 2013 / Skype for Business Server 2015 Persistent Chat pool to its primary data center, step by step.</source>
        <translation>Führt das Failback eines Pools für beständigen Chat von Lync Server 2013 / Skype for Business Server 2015 in sein primäres Rechenzentrum Schritt für Schritt aus.</translation>
    </message>
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
        <translation>sprache</translation>
    </message>
    <message>
        <source>Loads the failback plan from a JSON file.</source>
        <translation>Lädt den Failbackplan aus einer JSON-Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Writes the whole procedure as scripts, one file per step in run order, into the folder and exits. Needs --plan.</source>
        <translation>Schreibt das gesamte Verfahren als Skripts in den Ordner, eine Datei pro Schritt in Ausführungsreihenfolge, und wird dann beendet. Erfordert --plan.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use de or en.</source>
        <translation>Unbekannte Sprache &quot;%1&quot;: Verwenden Sie de oder en.</translation>
    </message>
    <message>
        <source>--export-script needs a plan: add --plan FILE.</source>
        <translation>--export-script erfordert einen Plan: Fügen Sie --plan DATEI hinzu.</translation>
    </message>
    <message>
        <source>Checks the audit folder of a run: recomputes the journal&apos;s hash chain and every screenshot&apos;s hash, prints OK or the first event or file that does not match, and exits.</source>
        <translation>Prüft den Überwachungsordner eines Laufs: berechnet die Hash-Kette des Journals und den Hash jedes Screenshots neu, gibt OK oder das erste nicht übereinstimmende Ereignis bzw. die erste Datei aus und wird beendet.</translation>
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
        <translation>Betriebssystemfehler 5 (Zugriff verweigert): Dem Konto, unter dem der SQL Server-Dienst dieser Instanz läuft, fehlen Rechte für %1. Erteilen Sie diesem Konto (nicht Ihrem eigenen) für eine Sicherung die Freigabeberechtigung Ändern und für den Ordner die Berechtigung Ändern, für eine Wiederherstellung Lesen; die Seite Vorabprüfungen zeigt das Dienstkonto. Wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>the share</source>
        <translation>die Freigabe</translation>
    </message>
    <message>
        <source>Operating system error %1 (path not found): %2 does not exist as the SQL Server service sees it. Check the share and folder names in the plan, that the share exists, and that the server resolves the file server&apos;s name. Then retry.</source>
        <translation>Betriebssystemfehler %1 (Pfad nicht gefunden): Der SQL Server-Dienst findet %2 nicht. Prüfen Sie die Freigabe- und Ordnernamen im Plan, ob die Freigabe existiert und ob der Server den Namen des Dateiservers auflösen kann. Wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>Operating system error %1 (network path not found): the server cannot reach %2. Check the file server&apos;s name, that it runs and that the server can reach it. Then retry.</source>
        <translation>Betriebssystemfehler %1 (Netzwerkpfad nicht gefunden): Der Server kann %2 nicht erreichen. Prüfen Sie den Namen des Dateiservers, ob dieser läuft und ob der Server ihn erreichen kann. Wiederholen Sie dann den Vorgang.</translation>
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
        <translation>Andere Sitzungen verwenden die Datenbank, daher erhält SQL Server keinen exklusiven Zugriff. Aktivieren Sie &quot;Bestehende Verbindungen mit der Zieldatenbank schließen&quot; (SINGLE_USER WITH ROLLBACK IMMEDIATE), oder beenden Sie die Sitzungen, die die Seite auflistet (sys.dm_exec_sessions: Dienste für beständigen Chat beenden, Abfragefenster schließen, die die Datenbank verwenden), und wiederholen Sie dann den Vorgang.</translation>
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
        <translation>Der Sicherungssatz enthält die Sicherung einer anderen Datenbank als der, die Sie überschreiben. Prüfen Sie, ob die Datei die Sicherung der richtigen Datenbank aus Schritt 3 ist (Sicherung angeben listet ihre Sicherungssätze auf); um die vorhandene Datenbank trotzdem zu überschreiben, stellen Sie mit WITH REPLACE wieder her.</translation>
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
        <translation>Eine Datenbankdatei kann nicht dort abgelegt werden, wo die Sicherung sie vorsieht (der Pfad existiert nicht, oder eine andere Datenbank verwendet die Datei). Legen Sie in der Liste &quot;Datenbankdateien wiederherstellen als&quot; auf der Registerkarte &quot;Optionen&quot; Pfade in den Daten- und Protokollordnern der Instanz fest, und wiederholen Sie dann den Vorgang.</translation>
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
        <translation>Die Datei enthält an dieser Position keinen Sicherungssatz. Wählen Sie einen Sicherungssatz aus der Liste in Sicherung angeben aus, und wiederholen Sie dann den Vorgang.</translation>
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
        <translation>Der Zugriffsmodus der Datenbank konnte nicht geändert werden, während andere Benutzer sie verwenden. Aktivieren Sie &quot;Bestehende Verbindungen mit der Zieldatenbank schließen&quot;, oder beenden Sie die Sitzungen, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>The operator cancelled the statement. The step shows the state the server left.</source>
        <translation>Die Anweisung wurde vom Bediener abgebrochen. Der Schritt zeigt den Zustand, den der Server hinterlassen hat.</translation>
    </message>
    <message>
        <source>The connection to the server broke (the network, or the server stopped or ended the session). What the server did could not be reported: the wizard reads the state again on a new connection and shows it. Once the network and the server are back, retry.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen (Netzwerk, oder der Server wurde beendet oder hat die Sitzung beendet). Was der Server ausgeführt hat, konnte nicht gemeldet werden: Der Assistent liest den Zustand über eine neue Verbindung erneut und zeigt ihn an. Sobald Netzwerk und Server wieder verfügbar sind, wiederholen Sie den Vorgang.</translation>
    </message>
    <message>
        <source>The ODBC driver is not installed on this computer. Install Microsoft ODBC Driver 18 for SQL Server, or pick an installed driver on the Environment page.</source>
        <translation>Der ODBC-Treiber ist auf diesem Computer nicht installiert. Installieren Sie Microsoft ODBC Driver 18 for SQL Server, oder wählen Sie auf der Seite Umgebung einen installierten Treiber aus.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is not trusted. Install the certificate of the authority that issued it in this computer&apos;s trusted root store, or tick &quot;Trust server certificate&quot; on the Environment page (only where you trust the network).</source>
        <translation>Das TLS-Zertifikat des Servers ist nicht vertrauenswürdig. Installieren Sie das Zertifikat der ausstellenden Zertifizierungsstelle im Speicher &quot;Vertrauenswürdige Stammzertifizierungsstellen&quot; dieses Computers, oder aktivieren Sie auf der Seite Umgebung &quot;Serverzertifikat vertrauen&quot; (nur, wenn Sie dem Netzwerk vertrauen).</translation>
    </message>
    <message>
        <source>The server was not found or did not answer in time. Check the instance name and port (host,port or host\instance), that the SQL Server service runs, that the firewall lets its TCP port through, and for a named instance without a port that the SQL Server Browser service runs (UDP 1434). On a slow network raise the connection timeout on the Environment page.</source>
        <translation>Der Server wurde nicht gefunden oder hat nicht rechtzeitig geantwortet. Prüfen Sie Instanzname und Port (Host,Port oder Host\Instanz), ob der SQL Server-Dienst läuft, ob die Firewall seinen TCP-Port durchlässt und, bei einer benannten Instanz ohne Port, ob der Dienst SQL Server-Browser läuft (UDP 1434). Erhöhen Sie in einem langsamen Netzwerk das Verbindungstimeout auf der Seite Umgebung.</translation>
    </message>
    <message>
        <source>SQL Server error %1. Look the number up in the SQL Server documentation (Database Engine events and errors), fix the cause, then retry.</source>
        <translation>SQL Server-Fehler %1. Schlagen Sie die Nummer in der SQL Server-Dokumentation nach (Ereignisse und Fehler der Datenbank-Engine), beheben Sie die Ursache, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>The ODBC driver reported SQLSTATE %1. Check the connection settings on the Environment page and the driver&apos;s documentation, then retry.</source>
        <translation>Der ODBC-Treiber hat SQLSTATE %1 gemeldet. Prüfen Sie die Verbindungseinstellungen auf der Seite Umgebung und die Dokumentation des Treibers, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>The server or the driver reported an error. Read its text above, fix the cause, then retry.</source>
        <translation>Der Server oder der Treiber hat einen Fehler gemeldet. Lesen Sie den Text oben, beheben Sie die Ursache, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>Login failed for %1 on %2. Check the login name and the password; SQL Server authentication must be enabled on the instance (mixed mode) and the login enabled. Or use Windows authentication.</source>
        <translation>Fehler bei der Anmeldung für %1 auf %2. Prüfen Sie Anmeldenamen und Kennwort; die SQL Server-Authentifizierung muss auf der Instanz aktiviert sein (gemischter Modus) und die Anmeldung aktiviert. Oder verwenden Sie Windows-Authentifizierung.</translation>
    </message>
    <message>
        <source>Login failed on %1 with Windows authentication. The account you run the wizard as needs a login on the instance (member of sysadmin); or use a SQL Server login.</source>
        <translation>Fehler bei der Anmeldung auf %1 mit Windows-Authentifizierung. Das Konto, unter dem Sie den Assistenten ausführen, benötigt eine Anmeldung auf der Instanz (Mitglied von sysadmin); oder verwenden Sie eine SQL Server-Anmeldung.</translation>
    </message>
    <message>
        <source>The ODBC driver &quot;%1&quot; is not installed on this computer. Install Microsoft ODBC Driver 18 for SQL Server, or pick an installed driver on the Environment page.</source>
        <translation>Der ODBC-Treiber &quot;%1&quot; ist auf diesem Computer nicht installiert. Installieren Sie Microsoft ODBC Driver 18 for SQL Server, oder wählen Sie auf der Seite Umgebung einen installierten Treiber aus.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted. Install the certificate of the authority that issued it in this computer&apos;s trusted root store, or tick &quot;Trust server certificate&quot; on the Environment page (only where you trust the network).</source>
        <translation>Das TLS-Zertifikat von %1 ist nicht vertrauenswürdig. Installieren Sie das Zertifikat der ausstellenden Zertifizierungsstelle im Speicher &quot;Vertrauenswürdige Stammzertifizierungsstellen&quot; dieses Computers, oder aktivieren Sie auf der Seite Umgebung &quot;Serverzertifikat vertrauen&quot; (nur, wenn Sie dem Netzwerk vertrauen).</translation>
    </message>
    <message>
        <source>%1 was not found or did not answer within %2 seconds at %3. Check the name and port (host,port or host\instance), that the SQL Server service runs, that the firewall lets its TCP port through, and for a named instance without a port that the SQL Server Browser service runs (UDP 1434). On a slow network raise the connection timeout on the Environment page.</source>
        <translation>%1 wurde unter %3 nicht gefunden oder hat nicht innerhalb von %2 Sekunden geantwortet. Prüfen Sie Name und Port (Host,Port oder Host\Instanz), ob der SQL Server-Dienst läuft, ob die Firewall seinen TCP-Port durchlässt und, bei einer benannten Instanz ohne Port, ob der Dienst SQL Server-Browser läuft (UDP 1434). Erhöhen Sie in einem langsamen Netzwerk das Verbindungstimeout auf der Seite Umgebung.</translation>
    </message>
    <message>
        <source>Log shipping needs the FULL or BULK_LOGGED recovery model on the primary database, and it uses SIMPLE. Switch it (ALTER DATABASE ... SET RECOVERY FULL, or Properties &gt; Options &gt; Recovery model), take a full backup so that the log chain starts, then retry.</source>
        <translation>Für den Protokollversand muss die primäre Datenbank das Wiederherstellungsmodell FULL oder BULK_LOGGED verwenden, sie verwendet aber SIMPLE. Stellen Sie es um (ALTER DATABASE ... SET RECOVERY FULL oder Eigenschaften &gt; Optionen &gt; Wiederherstellungsmodell), erstellen Sie eine vollständige Sicherung, damit die Protokollkette beginnt, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>A log shipping entry for this database already exists. The wizard&apos;s scripts replace it (@overwrite = 1): run the step again. To remove the entry by hand, use sp_delete_log_shipping_primary_secondary / _primary_database on the primary or sp_delete_log_shipping_secondary_database / _secondary_primary on the secondary.</source>
        <translation>Für diese Datenbank ist bereits ein Protokollversandeintrag vorhanden. Die Skripts des Assistenten ersetzen ihn (@overwrite = 1): Führen Sie den Schritt erneut aus. Um den Eintrag manuell zu entfernen, verwenden Sie sp_delete_log_shipping_primary_secondary / _primary_database auf der primären Instanz oder sp_delete_log_shipping_secondary_database / _secondary_primary auf der sekundären Instanz.</translation>
    </message>
    <message>
        <source>The log shipping entry this action depends on does not exist (the primary database is not registered on this instance). Run the step again: it writes the primary configuration before the secondary one.</source>
        <translation>Der Protokollversandeintrag, von dem diese Aktion abhängt, ist nicht vorhanden (die primäre Datenbank ist auf dieser Instanz nicht registriert). Führen Sie den Schritt erneut aus: Er schreibt die primäre Konfiguration vor der sekundären.</translation>
    </message>
    <message>
        <source>A job with the log shipping job&apos;s name exists outside the Log Shipping category. Rename or delete that job (SQL Server Agent &gt; Jobs), or choose another job name on the page, then retry.</source>
        <translation>Außerhalb der Kategorie Log Shipping ist ein Auftrag mit dem Namen des Protokollversandauftrags vorhanden. Benennen Sie diesen Auftrag um, oder löschen Sie ihn (SQL Server-Agent &gt; Aufträge), oder wählen Sie auf der Seite einen anderen Auftragsnamen, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>The SQL Server Agent job does not exist on this instance. Run the log shipping step (again) to create its jobs, or check the job names on the page.</source>
        <translation>Der SQL Server-Agent-Auftrag ist auf dieser Instanz nicht vorhanden. Führen Sie den Protokollversandschritt (erneut) aus, um seine Aufträge zu erstellen, oder prüfen Sie die Auftragsnamen auf der Seite.</translation>
    </message>
    <message>
        <source>SQL Server Agent is not running on this instance, so log shipping&apos;s jobs cannot run. Start the SQL Server Agent service (SQL Server Configuration Manager, startup type Automatic), then retry.</source>
        <translation>Der SQL Server-Agent läuft auf dieser Instanz nicht, daher können die Aufträge des Protokollversands nicht ausgeführt werden. Starten Sie den Dienst SQL Server-Agent (SQL Server-Konfigurations-Manager, Starttyp Automatisch), und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>the SQL Server Agent service account</source>
        <translation>das Dienstkonto des SQL Server-Agents</translation>
    </message>
    <message>
        <source>Job %1 on %2 ran as %3, and that account may not use %4. Grant %3 (the SQL Server Agent service account, not your own) Read on the share %5 and on its folder, and Modify on the copy destination folder; then start the job again.</source>
        <translation>Auftrag %1 auf %2 wurde als %3 ausgeführt, und dieses Konto darf %4 möglicherweise nicht verwenden. Erteilen Sie %3 (dem Dienstkonto des SQL Server-Agents, nicht Ihrem eigenen) die Berechtigung Lesen für die Freigabe %5 und ihren Ordner sowie Ändern für den Zielordner für kopierte Dateien; starten Sie den Auftrag dann erneut.</translation>
    </message>
    <message>
        <source>Job %1 on %2 did not find a folder of its configuration. Check that the share and the copy destination folder exist as %3 sees them, then start the job again.</source>
        <translation>Auftrag %1 auf %2 hat einen Ordner seiner Konfiguration nicht gefunden. Prüfen Sie, ob die Freigabe und der Zielordner für kopierte Dateien so vorhanden sind, wie %3 sie sieht, und starten Sie den Auftrag dann erneut.</translation>
    </message>
    <message>
        <source>The secondary database no longer continues the primary&apos;s log chain (it was recovered, or a log backup is missing). Initialize it again: run the step with &quot;Generate a full backup and restore it&quot;, then start the jobs again.</source>
        <translation>Die sekundäre Datenbank setzt die Protokollkette der primären Datenbank nicht mehr fort (sie wurde mit RECOVERY online geschaltet, oder eine Protokollsicherung fehlt). Initialisieren Sie sie erneut: Führen Sie den Schritt mit &quot;Vollständige Sicherung generieren und wiederherstellen&quot; aus, und starten Sie die Aufträge dann erneut.</translation>
    </message>
    <message>
        <source>The primary database has no full backup that starts a log chain. Run the step with &quot;Generate a full backup and restore it&quot;, then start the jobs again.</source>
        <translation>Die primäre Datenbank hat keine vollständige Sicherung, mit der eine Protokollkette beginnt. Führen Sie den Schritt mit &quot;Vollständige Sicherung generieren und wiederherstellen&quot; aus, und starten Sie die Aufträge dann erneut.</translation>
    </message>
    <message>
        <source>Job %1 on %2 failed. Its history (SQL Server Agent &gt; Jobs &gt; %1 &gt; View History) holds the message above; fix its cause, then start the job again.</source>
        <translation>Auftrag %1 auf %2 ist fehlgeschlagen. Sein Verlauf (SQL Server-Agent &gt; Aufträge &gt; %1 &gt; Verlauf anzeigen) enthält die obige Meldung; beheben Sie die Ursache, und starten Sie den Auftrag dann erneut.</translation>
    </message>
</context>
<context>
    <name>FailbackApplication</name>
    <message>
        <source>The plan %1 is not valid; nothing was written:</source>
        <translation>Der Plan %1 ist ungültig; es wurde nichts geschrieben:</translation>
    </message>
    <message>
        <source>Failback plan</source>
        <translation>Failbackplan</translation>
    </message>
    <message>
        <source>OK: %1 events, %2 screenshots verified, final hash %3</source>
        <translation>OK: %1 Ereignisse, %2 Screenshots überprüft, letzter Hash %3</translation>
    </message>
    <message>
        <source>NOT OK: %1</source>
        <translation>NICHT OK: %1</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the audit folder %1. Choose a folder you may write to: the failback does not continue without recording what it does.</source>
        <translation>Der Überwachungsordner %1 kann nicht erstellt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen: Das Failback wird nicht fortgesetzt, ohne aufzuzeichnen, was es tut.</translation>
    </message>
    <message>
        <source>Cannot read the audit journal %1: %2</source>
        <translation>Das Überwachungsjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The audit journal %1 is damaged at its end; it cannot be continued. Start a new run folder and keep this one for inspection.</source>
        <translation>Das Überwachungsjournal %1 ist an seinem Ende beschädigt und kann nicht fortgesetzt werden. Beginnen Sie einen neuen Laufordner, und bewahren Sie diesen zur Prüfung auf.</translation>
    </message>
    <message>
        <source>Cannot write the audit journal %1: %2. Choose a folder you may write to: the failback does not continue without recording what it does.</source>
        <translation>Das Überwachungsjournal %1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen: Das Failback wird nicht fortgesetzt, ohne aufzuzeichnen, was es tut.</translation>
    </message>
    <message>
        <source>Cannot record in the audit journal %1: %2. Free disk space or choose another audit folder: the failback does not continue without recording what it does.</source>
        <translation>Im Überwachungsjournal %1 kann nicht aufgezeichnet werden: %2. Geben Sie Speicherplatz frei, oder wählen Sie einen anderen Überwachungsordner: Das Failback wird nicht fortgesetzt, ohne aufzuzeichnen, was es tut.</translation>
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
        <translation>erwartet wird eine Uhrzeit als &quot;HH:mm:ss&quot;, z. B. &quot;23:59:00&quot;</translation>
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
        <source>Remove the line break, tab or other control character: this value must be a single line of text.</source>
        <translation>Entfernen Sie den Zeilenumbruch, den Tabulator oder das andere Steuerzeichen: Dieser Wert muss aus einer einzigen Textzeile bestehen.</translation>
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
        <translation>Lassen Sie den Dateinamen auf .bak enden, z. B. mgc_failback.bak, damit SSMS die Datei im Dialogfeld Sicherung angeben auflistet.</translation>
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
        <translation>Die primäre Instanz hat denselben Namen wie die Sicherungsinstanz; geben Sie die neu aufgebaute Instanz im primären Rechenzentrum ein.</translation>
    </message>
    <message>
        <source>The primary instance would be reached at the same address as the backup instance; enter the address of the rebuilt instance in the primary data center.</source>
        <translation>Die primäre Instanz würde unter derselben Adresse erreicht wie die Sicherungsinstanz; geben Sie die Adresse der neu aufgebauten Instanz im primären Rechenzentrum ein.</translation>
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
        <translation>Legen Sie die Startzeit des Zeitplans vor seine Endzeit, z. B. 00:00:00 bis 23:59:00.</translation>
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
        <translation>Geben Sie die Identität der Sammlung aktiver Server ein, z. B. PChatServerCollection (die Dokumentation zu Lync Server 2013 schreibt auch global).</translation>
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
        <translation>Geben Sie das primäre Rechenzentrum so benannt ein, wie die Rechenzentren der aktiven Server benannt sind, z. B. DC1.</translation>
    </message>
    <message>
        <source>Add at least one Persistent Chat server to the Active Server list, with its FQDN and data center.</source>
        <translation>Fügen Sie der Liste &quot;Aktiver Server&quot; mindestens einen Server für beständigen Chat mit seinem FQDN und seinem Rechenzentrum hinzu.</translation>
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
        <translation>Geben Sie ein Shelltimeout zwischen 5 und 3600 Sekunden ein.</translation>
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
        <translation>Auf der primären Instanz läuft mindestens die SQL Server-Version der Sicherungsinstanz</translation>
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
        <translation>%1 ist auf der primären Instanz vorhanden (vom Topologie-Generator neu installiert), Wiederherstellungsmodell FULL</translation>
    </message>
    <message>
        <source>Open sessions in %1 on the primary</source>
        <translation>Offene Sitzungen in %1 auf der primären Instanz</translation>
    </message>
    <message>
        <source>SQL Server Agent runs on the backup instance; its service account</source>
        <translation>Der SQL Server-Agent läuft auf der Sicherungsinstanz; sein Dienstkonto</translation>
    </message>
    <message>
        <source>SQL Server Agent runs on the primary instance; its service account</source>
        <translation>Der SQL Server-Agent läuft auf der primären Instanz; sein Dienstkonto</translation>
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
        <translation>Die Sicherungsdatei existiert noch nicht (falls doch, überschreibt INIT ihre Sicherungssätze)</translation>
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
        <translation>Alle Server aus der Liste &quot;Aktiver Server&quot; entfernen, damit während des Failbacks kein Server für beständigen Chat eine Verbindung mit den Datenbanken herstellt</translation>
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
        <translation>Server für beständigen Chat des primären Rechenzentrums in die Liste &quot;Aktiver Server&quot; aufnehmen</translation>
    </message>
    <message>
        <source>Return the pool to its normal state, then show the state</source>
        <translation>Pool im normalen Zustand wiederherstellen, dann den Zustand anzeigen</translation>
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
        <source>pchat-failback: Persistent Chat failback scripts</source>
        <translation>pchat-failback: Failbackskripts für beständigen Chat</translation>
    </message>
    <message>
        <source>Run the files in this order, each on the target named here and in its header:</source>
        <translation>Führen Sie die Dateien in dieser Reihenfolge aus, jede auf dem Ziel, das hier und in ihrem Kopf genannt ist:</translation>
    </message>
    <message>
        <source>No password is stored in these files: sign in when you run them.</source>
        <translation>In diesen Dateien ist kein Kennwort gespeichert: Melden Sie sich an, wenn Sie sie ausführen.</translation>
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
        <source>%1 %2: Persistent Chat failback</source>
        <translation>%1 %2: Failback für beständigen Chat</translation>
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
        <source>Review this script before you run it: it was generated from the failback plan.</source>
        <translation>Prüfen Sie dieses Skript, bevor Sie es ausführen: Es wurde aus dem Failbackplan erzeugt.</translation>
    </message>
    <message>
        <source>Run it in SSMS, or with sqlcmd -x (no variable substitution) and -f 65001 (UTF-8).</source>
        <translation>Führen Sie es in SSMS aus oder mit sqlcmd -x (ohne Variablenersetzung) und -f 65001 (UTF-8).</translation>
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
        <translation>Liste &quot;Aktiver Server&quot; leeren</translation>
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
        <translation>Pool in den Zustand Normal zurücksetzen</translation>
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
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>D&amp;escription (optional):</source>
        <translation>&amp;Beschreibung (optional):</translation>
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
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
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
        <translation>%1, abgeschlossen am %2, auf %3</translation>
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
        <translation>Die neueste Sicherung von %1 in msdb ist &quot;%2&quot; vom %3 nach %4.</translation>
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
        <translation>Löschen Sie alle für den Server für beständigen Chat in der Liste &quot;Aktiver Server&quot; aufgeführten Server mithilfe des Set-CsPersistentChatActiveServer-Cmdlets in der Lync Server-Verwaltungsshell. Dadurch wird dafür gesorgt, dass während des Failbacks keiner der Server für beständigen Chat mehr Verbindungen zu den Datenbanken mgc und mgccomp herstellt. Für die Liste ist kein Get-Cmdlet dokumentiert: Bestätigen Sie nach dem Ausführen anhand der Ausgabe des Cmdlets, dass die Liste leer ist.</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>The cmdlet&apos;s output above shows that the Active Server list is now empty.</source>
        <translation>Die obige Ausgabe des Cmdlets zeigt, dass die Liste &quot;Aktiver Server&quot; jetzt leer ist.</translation>
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
        <translation>Das Leeren der Liste &quot;Aktiver Server&quot; ist fehlgeschlagen.</translation>
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
        <translation>Die Liste &quot;Aktiver Server&quot; kann nicht zurückgelesen werden (es gibt kein Get-Cmdlet).</translation>
    </message>
    <message>
        <source>Run the step, or confirm on the page that the list is empty.</source>
        <translation>Führen Sie den Schritt aus, oder bestätigen Sie auf der Seite, dass die Liste leer ist.</translation>
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
        <source>&amp;Backup instance</source>
        <translation>&amp;Sicherungsinstanz</translation>
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
        <source>&amp;Lync Server</source>
        <translation>&amp;Lync Server</translation>
    </message>
    <message>
        <source>This tab has values to correct.</source>
        <translation>Auf dieser Registerkarte sind Werte zu korrigieren.</translation>
    </message>
    <message>
        <source>The backup instance serves mgc since the failover. Steps 2 and 3 run here: mirroring is removed and mgc is backed up to the share. Afterwards it becomes the log-shipping secondary again.</source>
        <translation>Die Sicherungsinstanz stellt mgc seit dem Failover bereit. Die Schritte 2 und 3 laufen hier: Die Spiegelung wird entfernt und mgc in der Freigabe gesichert. Danach wird sie wieder zur sekundären Instanz des Protokollversands.</translation>
    </message>
    <message>
        <source>The rebuilt instance in the primary data center, where Topology Builder reinstalled mgc and mgccomp. Step 4 overwrites its mgc with the backup; step 5 makes it the log-shipping primary.</source>
        <translation>Die wiederhergestellte Instanz im primären Rechenzentrum, in der der Topologie-Generator mgc und mgccomp neu installiert hat. Schritt 4 überschreibt ihre mgc mit der Sicherung; Schritt 5 macht sie zur primären Instanz des Protokollversands.</translation>
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
        <translation>C&amp;ompliancedatenbank:</translation>
    </message>
    <message>
        <source>Cop&amp;y folder on the backup server:</source>
        <translation>&amp;Kopierordner auf dem Sicherungsserver:</translation>
    </message>
    <message>
        <source>Pool &amp;identity:</source>
        <translation>Pool&amp;identität:</translation>
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
        <translation>Primäres &amp;Rechenzentrum:</translation>
    </message>
    <message>
        <source>Shell p&amp;rogram:</source>
        <translation>Shell&amp;programm:</translation>
    </message>
    <message>
        <source>Shell &amp;arguments:</source>
        <translation>Shellar&amp;gumente:</translation>
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
        <translation>powershell.exe auf einem Lync-Server (das Modul wird über stdin importiert), ein Skript für eine Remotesitzung oder pchat-lab für Übungen.</translation>
    </message>
</context>
<context>
    <name>pchat::FailbackWizard</name>
    <message>
        <source>Persistent Chat Failback</source>
        <translation>Failback für beständigen Chat</translation>
    </message>
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
        <translation>&quot;%1&quot; wird noch ausgeführt. Warten Sie, bis der Schritt beendet ist, oder brechen Sie ihn auf der Seite ab; danach kann der Assistent geschlossen werden.</translation>
    </message>
</context>
<context>
    <name>pchat::InstanceEditor</name>
    <message>
        <source>Instance &amp;name:</source>
        <translation>Instanz&amp;name:</translation>
    </message>
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
        <translation>An&amp;meldung:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Kennwo&amp;rt:</translation>
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
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message numerus="yes">
        <source>Connecting to %1 (at most %n second(s))…</source>
        <translation>
            <numerusform>Verbindung zu %1 wird hergestellt (höchstens %n Sekunde)…</numerusform>
            <numerusform>Verbindung zu %1 wird hergestellt (höchstens %n Sekunden)…</numerusform>
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
</context>
<context>
    <name>pchat::LogShippingPage</name>
    <message>
        <source>This tab has values to correct.</source>
        <translation>Auf dieser Registerkarte sind Werte zu korrigieren.</translation>
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
    <message>
        <source>(not set yet: see the Environment page)</source>
        <translation>(noch nicht festgelegt: siehe Seite Umgebung)</translation>
    </message>
    <message>
        <source>Initializing the secondary database overwrites %1 on the backup instance %2: the database that served Persistent Chat during the failover. Its data lives on in %1 on the primary instance, restored in step 4; run this step only after that restore succeeded.</source>
        <translation>Das Initialisieren der sekundären Datenbank überschreibt %1 auf der Sicherungsinstanz %2: die Datenbank, die während des Failovers den beständigen Chat bedient hat. Ihre Daten bestehen in %1 auf der primären Instanz fort, die in Schritt 4 wiederhergestellt wurde; führen Sie diesen Schritt erst aus, wenn diese Wiederherstellung erfolgreich war.</translation>
    </message>
    <message>
        <source>(the procedure uses 0 minutes)</source>
        <translation>(das Verfahren verwendet 0 Minuten)</translation>
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
        <translation>Wählen Sie dies nur, wenn %1 auf %2 bereits aus einer vollständigen Sicherung der wiederhergestellten primären Datenbank wiederhergestellt und im Zustand RESTORING belassen wurde (WITH NORECOVERY). Direkt nach dem Failover ist das nicht der Fall: Dann ist es die Datenbank, die den beständigen Chat bedient hat.</translation>
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
        <source>Keep log-shipping &amp;history for:</source>
        <translation>Protokollversand&amp;verlauf aufbewahren für:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
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
    <message>
        <source>Destination &amp;folder for copied files: (This folder is usually located on the secondary server.)</source>
        <translation>Zielordner für kopierte Da&amp;teien: (Dieser Ordner befindet sich normalerweise auf dem sekundären Server.)</translation>
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
    <message>
        <source>Database state when restoring backups:</source>
        <translation>Datenbankstatus beim Wiederherstellen von Sicherungen:</translation>
    </message>
    <message>
        <source>No reco&amp;very mode</source>
        <translation>Modus ohne Wieder&amp;herstellung</translation>
    </message>
    <message>
        <source>&amp;Standby mode</source>
        <translation>Stand&amp;bymodus</translation>
    </message>
    <message>
        <source>Disconnect &amp;users in the database when restoring backups</source>
        <translation>Ben&amp;utzer in der Datenbank beim Wiederherstellen von Sicherungen trennen</translation>
    </message>
    <message>
        <source>Dela&amp;y restoring backups at least:</source>
        <translation>Wiederherstellen von Sicherungen mindestens &amp;verzögern um:</translation>
    </message>
    <message>
        <source>Alert if no restore occurs &amp;within:</source>
        <translation>Warnen, wenn innerhalb von ... keine Wiederherstellung &amp;erfolgt:</translation>
    </message>
    <message>
        <source>Restore job</source>
        <translation>Wiederherstellungsauftrag</translation>
    </message>
    <message>
        <source>Use a &amp;monitor server instance</source>
        <translation>&amp;Überwachungsserverinstanz verwenden</translation>
    </message>
    <message>
        <source>The Lync Server procedure uses no monitor server instance.</source>
        <translation>Das Verfahren für Lync Server verwendet keine Überwachungsserverinstanz.</translation>
    </message>
    <message>
        <source>The first log backup was copied and restored on the secondary: %1.</source>
        <translation>Die erste Protokollsicherung wurde auf die sekundäre Instanz kopiert und dort wiederhergestellt: %1.</translation>
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
        <translation>Zustand</translation>
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
</context>
<context>
    <name>pchat::LogShippingStep</name>
    <message>
        <source>%1 on %2 did not finish within %3 s.</source>
        <translation>%1 auf %2 wurde nicht innerhalb von %3 s beendet.</translation>
    </message>
    <message>
        <source>Check that SQL Server Agent runs on %1 and look at the job&apos;s history (SQL Server Agent &gt; Jobs &gt; %2 &gt; View History). The jobs also run on their schedules: verify again later.</source>
        <translation>Prüfen Sie, ob der SQL Server-Agent auf %1 läuft, und sehen Sie sich den Verlauf des Auftrags an (SQL Server-Agent &gt; Aufträge &gt; %2 &gt; Verlauf anzeigen). Die Aufträge laufen auch nach ihren Zeitplänen: Überprüfen Sie es später erneut.</translation>
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
        <translation>ja, mit aktiviertem, geplantem Sicherungsauftrag und der sekundären Instanz %1</translation>
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
        <source> (standby)</source>
        <translation> (Standby)</translation>
    </message>
    <message numerus="yes">
        <source>, %n other session(s) use it</source>
        <translation>
            <numerusform>, %n andere Sitzung verwendet sie</numerusform>
            <numerusform>, %n andere Sitzungen verwenden sie</numerusform>
        </translation>
    </message>
    <message>
        <source>; initialized by an earlier run, the run skips the initialization</source>
        <translation>; von einem früheren Lauf initialisiert, die Ausführung überspringt die Initialisierung</translation>
    </message>
    <message>
        <source>; the initialization overwrites it</source>
        <translation>; die Initialisierung überschreibt sie</translation>
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
        <translation>%1 ist auf %3 %2, nicht ONLINE; es wurde nichts geändert.</translation>
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
        <translation>Der SQL Server-Agent läuft nicht auf %1; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
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
        <translation>Übersprungen: %1 auf %2 ist bereits %3, und %4 ist eine primäre Protokollversandinstanz, also hat ein früherer Lauf die Datenbank initialisiert.</translation>
    </message>
    <message>
        <source>the initialization (%1 on %2 was initialized by an earlier run)</source>
        <translation>die Initialisierung (%1 auf %2 wurde von einem früheren Lauf initialisiert)</translation>
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
        <translation>%1 in %2 s wiederhergestellt; %3 ist auf %5 %4.</translation>
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
        <translation>%1 ist auf %3 %2.</translation>
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
        <translation>Der Protokollversand von %1 von %2 nach %3 ist konfiguriert: msdb enthält die Zeilen auf beiden Seiten, und die Sicherungs-, Kopier- und Wiederherstellungsaufträge sind mit Zeitplänen aktiviert.</translation>
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
        <translation>Die bereits gestarteten Aufträge laufen im SQL Server-Agent weiter; überprüfen Sie es später erneut.</translation>
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
        <source>A restore delay in the plan (%1 minutes) postpones the restore of new log backups. Otherwise check the copy destination folder and the history of the copy job, then verify again later.</source>
        <translation>Eine Wiederherstellungsverzögerung im Plan (%1 Minuten) verschiebt die Wiederherstellung neuer Protokollsicherungen. Prüfen Sie andernfalls den Zielordner für kopierte Dateien und den Verlauf des Kopierauftrags, und überprüfen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>pchat::PoolNormalPage</name>
    <message>
        <source>&amp;Pool identity:</source>
        <translation>&amp;Poolidentität:</translation>
    </message>
    <message>
        <source>To restore the pool to its normal state, run Set-CsPersistentChatState with -PoolState Normal, then Get-CsPersistentChatState shows whether the pool is Normal. Microsoft&apos;s pages use different forms of the pool identity (PersistentChatServer:pool, service:pool, even &quot;service: pool&quot;): use the one Get-CsPersistentChatState lists.</source>
        <translation>Um den Pool im normalen Zustand wiederherzustellen, führen Sie Set-CsPersistentChatState mit -PoolState Normal aus; danach zeigt Get-CsPersistentChatState, ob der Pool im Zustand Normal ist. Die Seiten von Microsoft verwenden verschiedene Formen der Poolidentität (PersistentChatServer:pool, service:pool, sogar &quot;service: pool&quot;): Verwenden Sie die, die Get-CsPersistentChatState auflistet.</translation>
    </message>
    <message>
        <source>&amp;Read pools (Get-CsPersistentChatState)</source>
        <translation>Pools &amp;lesen (Get-CsPersistentChatState)</translation>
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
    <message>
        <source>Double-click a pool to use its identity.</source>
        <translation>Doppelklicken Sie auf einen Pool, um seine Identität zu verwenden.</translation>
    </message>
</context>
<context>
    <name>pchat::PoolNormalStep</name>
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
        <source>The pool %1 is already Normal.</source>
        <translation>Der Pool %1 ist bereits im Zustand Normal.</translation>
    </message>
    <message>
        <source>Setting the pool %1 to Normal failed.</source>
        <translation>Das Setzen des Pools %1 auf Normal ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the state of the pool %1 failed.</source>
        <translation>Das Lesen des Zustands von Pool %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelled, but the pool %1 is already Normal.</source>
        <translation>Abgebrochen, aber der Pool %1 ist bereits im Zustand Normal.</translation>
    </message>
    <message>
        <source>The pool %1 is Normal.</source>
        <translation>Der Pool %1 ist im Zustand Normal.</translation>
    </message>
    <message>
        <source>The pool %1 is not Normal: %2</source>
        <translation>Der Pool %1 ist nicht im Zustand Normal: %2</translation>
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
        <source>Before step 1 the wizard checks everything it can without changing anything: connectivity, permissions, versions, database states, mirroring, recovery models, SQL Server Agent and its account, the share and the copy folder as each service account sees them, free space, and the pool state. A failed check blocks the failback; a warning must be acknowledged.</source>
        <translation>Vor Schritt 1 prüft der Assistent alles, was er prüfen kann, ohne etwas zu ändern: Konnektivität, Berechtigungen, Versionen, Datenbankstatus, Spiegelung, Wiederherstellungsmodelle, SQL Server-Agent und sein Konto, Freigabe und Kopierordner aus Sicht jedes Dienstkontos, freien Speicherplatz und den Poolzustand. Eine fehlgeschlagene Prüfung blockiert das Failback; eine Warnung muss bestätigt werden.</translation>
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
            <numerusform>%n Prüfung ist fehlgeschlagen: Beheben Sie die Ursache, und wählen Sie dann Erneut prüfen.</numerusform>
            <numerusform>%n Prüfungen sind fehlgeschlagen: Beheben Sie die Ursache, und wählen Sie dann Erneut prüfen.</numerusform>
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
        <source>I have read the warnings and accept them for this failback.</source>
        <translation>Ich habe die Warnungen gelesen und akzeptiere sie für dieses Failback.</translation>
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
        <translation>Beheben Sie zuerst die Verbindung mit %1 (siehe die zugehörige Zeile), und wählen Sie dann Erneut prüfen.</translation>
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
        <translation>Beheben Sie die Verbindung mit der Sicherungsinstanz, und wählen Sie dann Erneut prüfen.</translation>
    </message>
    <message>
        <source>primary %1, backup %2</source>
        <translation>primär %1, Sicherung %2</translation>
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
        <translation>Der Protokollversand läuft als SQL Server-Agent-Aufträge: Installieren und starten Sie den Agent (die Express Edition enthält keinen).</translation>
    </message>
    <message>
        <source>SQL Server Agent: %1, account %2; SQL Server: account %3</source>
        <translation>SQL Server-Agent: %1, Konto %2; SQL Server: Konto %3</translation>
    </message>
    <message>
        <source>Start SQL Server Agent on %1 (SQL Server Configuration Manager) and set it to start automatically: the log shipping jobs run in it.</source>
        <translation>Starten Sie den SQL Server-Agent auf %1 (SQL Server-Konfigurations-Manager), und legen Sie den automatischen Start fest: Die Protokollversandaufträge laufen darin.</translation>
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
        <source>Grant the SQL Server service account %1 of %2 read and write access to %3 (share and NTFS permissions)%4, and check that the path is right.</source>
        <translation>Erteilen Sie dem SQL Server-Dienstkonto %1 von %2 Lese- und Schreibzugriff auf %3 (Freigabe- und NTFS-Berechtigungen)%4, und prüfen Sie, ob der Pfad stimmt.</translation>
    </message>
    <message>
        <source>(see the Agent row)</source>
        <translation>(siehe Zeile des Agents)</translation>
    </message>
    <message>
        <source>; the Agent account %1 needs it too for log shipping</source>
        <translation>; das Agent-Konto %1 benötigt ihn für den Protokollversand ebenfalls</translation>
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
        <translation>Beheben Sie die obigen Prüfungen der Sicherungsinstanz, und wählen Sie dann Erneut prüfen.</translation>
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
        <translation>Die Wiederherstellung passt nur, wenn die Daten- und Protokolldateien auf verschiedene Volumes kommen: Prüfen Sie die Dateispeicherorte der Wiederherstellung.</translation>
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
        <translation>Das Entfernen der Spiegelung beendet die Partnerschaft auf beiden Partnern; die Kopien auf dem Spiegelserver bleiben im Zustand RESTORING. Für mgccomp wurde kein Failover ausgeführt, seine Spiegelung wird aber ebenfalls entfernt. Eine Datenbank, die bereits nicht gespiegelt ist, gilt als erledigt.</translation>
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
        <translation>Die Sicherungsdatei wird auf der Seite Datenbank sichern festgelegt (Schritt 3).</translation>
    </message>
    <message>
        <source>The file to restore is the one step 3 writes to the share established for log shipping. To use another file, change it on the Back Up Database page (step 3); this list follows it.</source>
        <translation>Die wiederherzustellende Datei ist die, die Schritt 3 in den Freigabespeicherort für den Protokollversand schreibt. Um eine andere Datei zu verwenden, ändern Sie sie auf der Seite Datenbank sichern (Schritt 3); diese Liste übernimmt die Änderung.</translation>
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
        <translation>(noch nicht festgelegt: siehe Seite Umgebung)</translation>
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
        <translation>Legen Sie die Sicherungsdatei auf der Seite Datenbank sichern fest (Schritt 3).</translation>
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
        <translation>Beendigungsdatum</translation>
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
        <source>Report progress &amp;every:</source>
        <translation>Fortschritt &amp;melden alle:</translation>
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
        <source>A&amp;dd row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move row</source>
        <translation>Zeile ent&amp;fernen</translation>
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
        <translation>Die Sicherungssätze werden beim Öffnen der Seite und bei Erneut prüfen aus der Datei gelesen (RESTORE HEADERONLY); die neueste vollständige Datenbanksicherung wird ausgewählt. Ändern Sie die Position, um einen anderen Sicherungssatz wiederherzustellen.</translation>
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
        <translation>%1; &quot;Bestehende Verbindungen mit der Zieldatenbank schließen&quot; beendet sie</translation>
    </message>
    <message>
        <source>%1; the restore fails unless they end or &quot;Close existing connections&quot; is ticked</source>
        <translation>%1; die Wiederherstellung schlägt fehl, wenn sie nicht beendet werden oder &quot;Bestehende Verbindungen mit der Zieldatenbank schließen&quot; nicht aktiviert ist</translation>
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
        <translation>%1 ist auf %2 ONLINE, aber restorehistory verzeichnet keine Wiederherstellung aus diesem Lauf.</translation>
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
            <numerusform>Tritt täglich alle %n Stunde zwischen %1 und %2 auf.</numerusform>
            <numerusform>Tritt täglich alle %n Stunden zwischen %1 und %2 auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Occurs every day every %n minute(s) between %1 and %2.</source>
        <translation>
            <numerusform>Tritt täglich alle %n Minute zwischen %1 und %2 auf.</numerusform>
            <numerusform>Tritt täglich alle %n Minuten zwischen %1 und %2 auf.</numerusform>
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
        <translation>Wiederholen alle:</translation>
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
        <source>Adding the active servers failed.</source>
        <translation>Das Hinzufügen der aktiven Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Added %1 to the active servers (output: %2). No Get- cmdlet can read the list back: check that these servers accept connections.</source>
        <translation>Zu den aktiven Servern hinzugefügt: %1 (Ausgabe: %2). Kein Get-Cmdlet kann die Liste zurücklesen: Prüfen Sie, ob diese Server Verbindungen annehmen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The active server list cannot be read back (no Get- cmdlet exists).</source>
        <translation>Die Liste &quot;Aktiver Server&quot; kann nicht zurückgelesen werden (es gibt kein Get-Cmdlet).</translation>
    </message>
    <message>
        <source>Run the step, or confirm on the page that the servers are active.</source>
        <translation>Führen Sie den Schritt aus, oder bestätigen Sie auf der Seite, dass die Server aktiv sind.</translation>
    </message>
</context>
<context>
    <name>pchat::ShellRunner</name>
    <message>
        <source>The management shell did not finish within %1 seconds and was stopped.</source>
        <translation>Die Verwaltungsshell wurde nicht innerhalb von %1 Sekunden beendet und wurde gestoppt.</translation>
    </message>
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
        <source>The shell ran longer than %1 seconds. Check that it does not wait for input (a confirmation prompt, a credential dialog), or raise the shell timeout in the plan.</source>
        <translation>Die Shell lief länger als %1 Sekunden. Prüfen Sie, ob sie auf eine Eingabe wartet (eine Bestätigungsaufforderung, ein Dialogfeld für Anmeldeinformationen), oder erhöhen Sie das Shelltimeout im Plan.</translation>
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
        <translation>&quot;%1&quot; jetzt abbrechen? Der Server beendet die laufende Anweisung; der Schritt wird nicht ausgeführt, und sein Zustand wird zurückgelesen und angezeigt.</translation>
    </message>
    <message>
        <source>Run is not available in this version: the wizard does not run this step yet. Use Script to review, copy or save the exact text, or export the whole procedure from the Summary page.</source>
        <translation>Ausführen ist in dieser Version nicht verfügbar: Der Assistent führt diesen Schritt noch nicht aus. Verwenden Sie Skript, um den genauen Text zu prüfen, zu kopieren oder zu speichern, oder exportieren Sie das gesamte Verfahren auf der Seite Zusammenfassung.</translation>
    </message>
    <message>
        <source>Correct the values marked on this page before running the step.</source>
        <translation>Korrigieren Sie die auf dieser Seite markierten Werte, bevor Sie den Schritt ausführen.</translation>
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
        <translation>vergangen %1</translation>
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
        <source>Msg %1</source>
        <translation>Meldung %1</translation>
    </message>
    <message>
        <source>, Level %1</source>
        <translation>, Ebene %1</translation>
    </message>
    <message>
        <source>, State %1</source>
        <translation>, Status %1</translation>
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
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
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
        <source>The steps of the failback and what became of them.</source>
        <translation>Die Schritte des Failbacks und ihr Ergebnis.</translation>
    </message>
    <message>
        <source>This version prepares and documents the failback: every step&apos;s exact T-SQL and PowerShell is ready for change approval. Export the whole procedure as scripts, one file per step in run order, each naming the instance or shell it must run on.</source>
        <translation>Diese Version bereitet das Failback vor und dokumentiert es: Das genaue T-SQL und PowerShell jedes Schritts liegt für die Änderungsgenehmigung bereit. Exportieren Sie das gesamte Verfahren als Skripts, eine Datei pro Schritt in Ausführungsreihenfolge, jede mit der Instanz oder Shell, auf der sie ausgeführt werden muss.</translation>
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
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Export scripts</source>
        <translation>Skripts &amp;exportieren</translation>
    </message>
</context>
<context>
    <name>pchat::WelcomePage</name>
    <message>
        <source>Open failback plan</source>
        <translation>Failbackplan öffnen</translation>
    </message>
    <message>
        <source>Failback plan (*.json)</source>
        <translation>Failbackplan (*.json)</translation>
    </message>
    <message>
        <source>Save failback plan</source>
        <translation>Failbackplan speichern</translation>
    </message>
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
        <translation>&lt;p&gt;Dieser Assistent führt Sie Seite für Seite durch das Failback eines Pools für beständigen Chat von Lync Server 2013 / Skype for Business Server 2015, wie es das Verfahren von Microsoft beschreibt: Liste &quot;Aktiver Server&quot; leeren, Spiegelung auf der Sicherungsinstanz entfernen, mgc auf der Freigabe für den Protokollversand sichern, die Sicherung über die primäre mgc-Datenbank wiederherstellen, Protokollversand erneut konfigurieren, aktive Server festlegen und den Pool in den Zustand Normal zurücksetzen.&lt;/p&gt;&lt;p&gt;Jede Seite zeigt das genaue T-SQL oder PowerShell, für das sie steht (Skript). Prüfen Sie jeden Wert, bevor Sie fortfahren: Die Wiederherstellung und die Initialisierung des Protokollversands überschreiben Datenbanken.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The procedure assumes (tick each one you have checked)</source>
        <translation>Das Verfahren setzt Folgendes voraus (haken Sie jeden Punkt ab, den Sie geprüft haben)</translation>
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
        <translation>Der Pool läuft derzeit im Zustand FailedOver auf der Sicherungsdatenbank.</translation>
    </message>
    <message>
        <source>The change is approved and the users know that Persistent Chat is unavailable during the failback.</source>
        <translation>Die Änderung ist genehmigt, und die Benutzer wissen, dass der beständige Chat während des Failbacks nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Failback plan</source>
        <translation>Failbackplan</translation>
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
</context>
</TS>
