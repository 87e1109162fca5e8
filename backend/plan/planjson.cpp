#include "planjson.h"

#include "localshellsettings.h"

#include <cmath>
#include <limits>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <utility>

namespace pchat {

namespace {

constexpr int formatVersion = 1;
const QString timeFormat = QStringLiteral("HH:mm:ss");

template <typename Enum> using EnumNames = std::initializer_list<std::pair<Enum, const char*>>;

const EnumNames<Authentication> authenticationNames{{Authentication::Windows, "windows"},
                                                    {Authentication::SqlLogin, "sqlLogin"}};
const EnumNames<Encryption> encryptionNames{
    {Encryption::Optional, "optional"}, {Encryption::Mandatory, "mandatory"}, {Encryption::Strict, "strict"}};
const EnumNames<BackupCompression> compressionNames{{BackupCompression::ServerDefault, "serverDefault"},
                                                    {BackupCompression::Compress, "compress"},
                                                    {BackupCompression::DoNotCompress, "doNotCompress"}};
const EnumNames<ScheduleUnit> unitNames{{ScheduleUnit::Minutes, "minutes"}, {ScheduleUnit::Hours, "hours"}};
const EnumNames<SecondaryInitialization> initializationNames{
    {SecondaryInitialization::GenerateFullBackup, "generateFullBackup"},
    {SecondaryInitialization::RestoreExistingBackup, "restoreExistingBackup"},
    {SecondaryInitialization::AlreadyInitialized, "alreadyInitialized"}};
const EnumNames<LogRestoreMode> restoreModeNames{{LogRestoreMode::NoRecovery, "noRecovery"},
                                                 {LogRestoreMode::Standby, "standby"}};
const EnumNames<ShellModule> moduleNames{{ShellModule::Lync, "lync"},
                                         {ShellModule::SkypeForBusiness, "skypeForBusiness"}};

template <typename Enum> QString enumName(const EnumNames<Enum>& names, Enum value)
{
    for (const auto& [candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

// ---- writing ----

QJsonObject instanceToJson(const InstanceSettings& instance)
{
    // The password is deliberately absent: a plan file is shared for change approval.
    return QJsonObject{
        {QStringLiteral("name"), instance.name},
        {QStringLiteral("address"), instance.address},
        {QStringLiteral("authentication"), enumName(authenticationNames, instance.authentication)},
        {QStringLiteral("login"), instance.login},
        {QStringLiteral("odbcDriver"), instance.odbcDriver},
        {QStringLiteral("encryption"), enumName(encryptionNames, instance.encryption)},
        {QStringLiteral("trustServerCertificate"), instance.trustServerCertificate},
        {QStringLiteral("loginTimeoutSeconds"), instance.loginTimeoutSeconds},
    };
}

QJsonObject scheduleToJson(const AgentSchedule& schedule)
{
    return QJsonObject{
        {QStringLiteral("name"), schedule.name},
        {QStringLiteral("unit"), enumName(unitNames, schedule.unit)},
        {QStringLiteral("interval"), schedule.interval},
        {QStringLiteral("startTime"), schedule.startTime.toString(timeFormat)},
        {QStringLiteral("endTime"), schedule.endTime.toString(timeFormat)},
        {QStringLiteral("activeStartDate"), schedule.activeStartDate},
    };
}

QJsonObject backupToJson(const BackupSettings& backup)
{
    return QJsonObject{
        {QStringLiteral("shareFolder"), backup.shareFolder},
        {QStringLiteral("fileName"), backup.fileName},
        {QStringLiteral("backupSetName"), backup.backupSetName},
        {QStringLiteral("description"), backup.description},
        {QStringLiteral("overwriteMedia"), backup.overwriteMedia},
        {QStringLiteral("copyOnly"), backup.copyOnly},
        {QStringLiteral("checksum"), backup.checksum},
        {QStringLiteral("verify"), backup.verify},
        {QStringLiteral("compression"), enumName(compressionNames, backup.compression)},
        {QStringLiteral("statsPercent"), backup.statsPercent},
    };
}

QJsonObject restoreToJson(const RestoreSettings& restore)
{
    QJsonArray relocations;
    for (const FileRelocation& relocation : restore.relocations) {
        relocations.append(QJsonObject{{QStringLiteral("logicalName"), relocation.logicalName},
                                       {QStringLiteral("physicalName"), relocation.physicalName}});
    }
    return QJsonObject{
        {QStringLiteral("backupSetPosition"), restore.backupSetPosition},
        {QStringLiteral("relocations"), relocations},
        {QStringLiteral("closeExistingConnections"), restore.closeExistingConnections},
        {QStringLiteral("statsPercent"), restore.statsPercent},
    };
}

QJsonObject logShippingToJson(const LogShippingSettings& ls)
{
    return QJsonObject{
        {QStringLiteral("backupNetworkPath"), ls.backupNetworkPath},
        {QStringLiteral("backupLocalPath"), ls.backupLocalPath},
        {QStringLiteral("backupRetentionMinutes"), ls.backupRetentionMinutes},
        {QStringLiteral("backupAlertMinutes"), ls.backupAlertMinutes},
        {QStringLiteral("backupAlertEnabled"), ls.backupAlertEnabled},
        {QStringLiteral("backupJobName"), ls.backupJobName},
        {QStringLiteral("backupSchedule"), scheduleToJson(ls.backupSchedule)},
        {QStringLiteral("compression"), enumName(compressionNames, ls.compression)},
        {QStringLiteral("initialization"), enumName(initializationNames, ls.initialization)},
        {QStringLiteral("initializationBackupFile"), ls.initializationBackupFile},
        {QStringLiteral("copyDestinationFolder"), ls.copyDestinationFolder},
        {QStringLiteral("copyRetentionMinutes"), ls.copyRetentionMinutes},
        {QStringLiteral("copyJobName"), ls.copyJobName},
        {QStringLiteral("copySchedule"), scheduleToJson(ls.copySchedule)},
        {QStringLiteral("restoreMode"), enumName(restoreModeNames, ls.restoreMode)},
        {QStringLiteral("disconnectUsers"), ls.disconnectUsers},
        {QStringLiteral("restoreDelayMinutes"), ls.restoreDelayMinutes},
        {QStringLiteral("restoreAlertMinutes"), ls.restoreAlertMinutes},
        {QStringLiteral("restoreAlertEnabled"), ls.restoreAlertEnabled},
        {QStringLiteral("restoreJobName"), ls.restoreJobName},
        {QStringLiteral("restoreSchedule"), scheduleToJson(ls.restoreSchedule)},
        {QStringLiteral("historyRetentionMinutes"), ls.historyRetentionMinutes},
    };
}

QJsonObject lyncToJson(const LyncSettings& lync)
{
    QJsonArray servers;
    for (const ActiveServer& server : lync.activeServers) {
        servers.append(QJsonObject{{QStringLiteral("fqdn"), server.fqdn},
                                   {QStringLiteral("dataCenter"), server.dataCenter}});
    }
    return QJsonObject{
        {QStringLiteral("module"), enumName(moduleNames, lync.module)},
        {QStringLiteral("activeServerCollection"), lync.activeServerCollection},
        {QStringLiteral("poolIdentity"), lync.poolIdentity},
        {QStringLiteral("primaryDataCenter"), lync.primaryDataCenter},
        {QStringLiteral("activeServers"), servers},
        {QStringLiteral("shellTimeoutSeconds"), lync.shellTimeoutSeconds},
    };
}

QJsonObject failoverToJson(const FailoverSettings& failover)
{
    return QJsonObject{
        {QStringLiteral("backupServerFqdn"), failover.backupServerFqdn},
        {QStringLiteral("mirrorServerFqdn"), failover.mirrorServerFqdn},
        {QStringLiteral("mirrorInstanceName"), failover.mirrorInstanceName},
        {QStringLiteral("fileShare"), failover.fileShare},
        {QStringLiteral("dropExistingDatabasesOnMirror"), failover.dropExistingDatabasesOnMirror},
        {QStringLiteral("restoreFromShare"), failover.restoreFromShare},
        {QStringLiteral("activeServers"), QJsonArray::fromStringList(failover.activeServers)},
    };
}

QJsonObject unattendedToJson(const UnattendedConfirmations& confirmations)
{
    return QJsonObject{
        {QStringLiteral("restoreDatabase"), confirmations.restoreDatabase},
        {QStringLiteral("restoreInstance"), confirmations.restoreInstance},
        {QStringLiteral("logShippingDatabase"), confirmations.logShippingDatabase},
        {QStringLiteral("logShippingInstance"), confirmations.logShippingInstance},
        {QStringLiteral("onlineDatabase"), confirmations.onlineDatabase},
        {QStringLiteral("onlineInstance"), confirmations.onlineInstance},
        {QStringLiteral("acknowledgedServers"),
         QJsonArray::fromStringList(confirmations.acknowledgedServers)},
        {QStringLiteral("acknowledgePreflightWarnings"), confirmations.acknowledgePreflightWarnings},
    };
}

// ---- reading ----

// Reads typed values from nested objects; every problem is reported with its JSON path, and the target keeps
// its default so that the caller gets everything that could be read.
class Reader
{
public:
    explicit Reader(QStringList* errors)
        : m_errors(errors)
    {
    }

    void error(const QString& path, const QString& reason)
    {
        if (m_errors)
            *m_errors << QStringLiteral("%1: %2").arg(path, reason);
    }

    void readString(const QJsonObject& object, const QString& prefix, const char* key, QString& target)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return;
        if (!value.isString()) {
            error(path(prefix, key), PlanJson::tr("expected a text value in quotes"));
            return;
        }
        target = value.toString();
    }

    void readBool(const QJsonObject& object, const QString& prefix, const char* key, bool& target)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return;
        if (!value.isBool()) {
            error(path(prefix, key), PlanJson::tr("expected true or false"));
            return;
        }
        target = value.toBool();
    }

    void readInt(const QJsonObject& object, const QString& prefix, const char* key, int& target)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return;
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || number < std::numeric_limits<int>::min() ||
            number > std::numeric_limits<int>::max()) {
            error(path(prefix, key), PlanJson::tr("expected a whole number"));
            return;
        }
        target = static_cast<int>(number);
    }

    void readTime(const QJsonObject& object, const QString& prefix, const char* key, QTime& target)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return;
        const QTime time = QTime::fromString(value.toString(), timeFormat);
        if (!value.isString() || !time.isValid()) {
            error(path(prefix, key),
                  PlanJson::tr("expected a time of day as \"HH:mm:ss\", e.g. \"23:59:00\""));
            return;
        }
        target = time;
    }

    template <typename Enum>
    void readEnum(const QJsonObject& object, const QString& prefix, const char* key,
                  const EnumNames<Enum>& names, Enum& target)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return;
        QStringList allowed;
        for (const auto& [candidate, name] : names) {
            if (value.isString() && value.toString() == QLatin1String(name)) {
                target = candidate;
                return;
            }
            allowed << QStringLiteral("\"%1\"").arg(QLatin1String(name));
        }
        error(path(prefix, key), PlanJson::tr("expected one of %1").arg(allowed.join(QStringLiteral(", "))));
    }

    // A list of texts; the target keeps its value unless every item is a text.
    void readStringList(const QJsonObject& object, const QString& prefix, const char* key,
                        QStringList& target)
    {
        const auto items = array(object, prefix, key);
        if (!items)
            return;
        QStringList list;
        bool allText = true;
        for (qsizetype i = 0; i < items->size(); ++i) {
            if (!items->at(i).isString()) {
                error(QStringLiteral("%1[%2]").arg(path(prefix, key), QString::number(i)),
                      PlanJson::tr("expected a text value in quotes"));
                allText = false;
                continue;
            }
            list << items->at(i).toString();
        }
        if (allText)
            target = list;
    }

    // Returns the nested object, or an empty one (after reporting) when the key holds something else.
    QJsonObject object(const QJsonObject& parent, const QString& prefix, const char* key)
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        if (!value.isObject()) {
            error(path(prefix, key), PlanJson::tr("expected an object in braces { }"));
            return {};
        }
        return value.toObject();
    }

    // Returns the array, or nullopt (after reporting) when missing or wrongly typed.
    std::optional<QJsonArray> array(const QJsonObject& parent, const QString& prefix, const char* key)
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isArray()) {
            error(path(prefix, key), PlanJson::tr("expected a list in brackets [ ]"));
            return std::nullopt;
        }
        return value.toArray();
    }

    static QString path(const QString& prefix, const char* key)
    {
        return prefix.isEmpty() ? QString::fromLatin1(key) : prefix + u'.' + QLatin1String(key);
    }

private:
    QStringList* m_errors;
};

void readInstance(Reader& reader, const QJsonObject& json, const QString& prefix, InstanceSettings& instance)
{
    reader.readString(json, prefix, "name", instance.name);
    reader.readString(json, prefix, "address", instance.address);
    reader.readEnum(json, prefix, "authentication", authenticationNames, instance.authentication);
    reader.readString(json, prefix, "login", instance.login);
    // A "password" key is ignored on purpose: passwords are typed at run time and live in memory only.
    reader.readString(json, prefix, "odbcDriver", instance.odbcDriver);
    reader.readEnum(json, prefix, "encryption", encryptionNames, instance.encryption);
    reader.readBool(json, prefix, "trustServerCertificate", instance.trustServerCertificate);
    reader.readInt(json, prefix, "loginTimeoutSeconds", instance.loginTimeoutSeconds);
}

void readSchedule(Reader& reader, const QJsonObject& json, const QString& prefix, AgentSchedule& schedule)
{
    reader.readString(json, prefix, "name", schedule.name);
    reader.readEnum(json, prefix, "unit", unitNames, schedule.unit);
    reader.readInt(json, prefix, "interval", schedule.interval);
    reader.readTime(json, prefix, "startTime", schedule.startTime);
    reader.readTime(json, prefix, "endTime", schedule.endTime);
    reader.readInt(json, prefix, "activeStartDate", schedule.activeStartDate);
}

void readBackup(Reader& reader, const QJsonObject& json, const QString& prefix, BackupSettings& backup)
{
    reader.readString(json, prefix, "shareFolder", backup.shareFolder);
    reader.readString(json, prefix, "fileName", backup.fileName);
    reader.readString(json, prefix, "backupSetName", backup.backupSetName);
    reader.readString(json, prefix, "description", backup.description);
    reader.readBool(json, prefix, "overwriteMedia", backup.overwriteMedia);
    reader.readBool(json, prefix, "copyOnly", backup.copyOnly);
    reader.readBool(json, prefix, "checksum", backup.checksum);
    reader.readBool(json, prefix, "verify", backup.verify);
    reader.readEnum(json, prefix, "compression", compressionNames, backup.compression);
    reader.readInt(json, prefix, "statsPercent", backup.statsPercent);
}

void readRestore(Reader& reader, const QJsonObject& json, const QString& prefix, RestoreSettings& restore)
{
    reader.readInt(json, prefix, "backupSetPosition", restore.backupSetPosition);
    if (const auto relocations = reader.array(json, prefix, "relocations")) {
        restore.relocations.clear();
        for (qsizetype i = 0; i < relocations->size(); ++i) {
            const QString itemPath = QStringLiteral("%1.relocations[%2]").arg(prefix, QString::number(i));
            const QJsonValue item = relocations->at(i);
            if (!item.isObject()) {
                reader.error(itemPath, PlanJson::tr("expected an object in braces { }"));
                continue;
            }
            FileRelocation relocation;
            reader.readString(item.toObject(), itemPath, "logicalName", relocation.logicalName);
            reader.readString(item.toObject(), itemPath, "physicalName", relocation.physicalName);
            restore.relocations << relocation;
        }
    }
    reader.readBool(json, prefix, "closeExistingConnections", restore.closeExistingConnections);
    reader.readInt(json, prefix, "statsPercent", restore.statsPercent);
}

void readLogShipping(Reader& reader, const QJsonObject& json, const QString& prefix, LogShippingSettings& ls)
{
    reader.readString(json, prefix, "backupNetworkPath", ls.backupNetworkPath);
    reader.readString(json, prefix, "backupLocalPath", ls.backupLocalPath);
    reader.readInt(json, prefix, "backupRetentionMinutes", ls.backupRetentionMinutes);
    reader.readInt(json, prefix, "backupAlertMinutes", ls.backupAlertMinutes);
    reader.readBool(json, prefix, "backupAlertEnabled", ls.backupAlertEnabled);
    reader.readString(json, prefix, "backupJobName", ls.backupJobName);
    readSchedule(reader, reader.object(json, prefix, "backupSchedule"),
                 Reader::path(prefix, "backupSchedule"), ls.backupSchedule);
    reader.readEnum(json, prefix, "compression", compressionNames, ls.compression);
    reader.readEnum(json, prefix, "initialization", initializationNames, ls.initialization);
    reader.readString(json, prefix, "initializationBackupFile", ls.initializationBackupFile);
    reader.readString(json, prefix, "copyDestinationFolder", ls.copyDestinationFolder);
    reader.readInt(json, prefix, "copyRetentionMinutes", ls.copyRetentionMinutes);
    reader.readString(json, prefix, "copyJobName", ls.copyJobName);
    readSchedule(reader, reader.object(json, prefix, "copySchedule"), Reader::path(prefix, "copySchedule"),
                 ls.copySchedule);
    reader.readEnum(json, prefix, "restoreMode", restoreModeNames, ls.restoreMode);
    reader.readBool(json, prefix, "disconnectUsers", ls.disconnectUsers);
    reader.readInt(json, prefix, "restoreDelayMinutes", ls.restoreDelayMinutes);
    reader.readInt(json, prefix, "restoreAlertMinutes", ls.restoreAlertMinutes);
    reader.readBool(json, prefix, "restoreAlertEnabled", ls.restoreAlertEnabled);
    reader.readString(json, prefix, "restoreJobName", ls.restoreJobName);
    readSchedule(reader, reader.object(json, prefix, "restoreSchedule"),
                 Reader::path(prefix, "restoreSchedule"), ls.restoreSchedule);
    reader.readInt(json, prefix, "historyRetentionMinutes", ls.historyRetentionMinutes);
}

void readLync(Reader& reader, const QJsonObject& json, const QString& prefix, LyncSettings& lync)
{
    reader.readEnum(json, prefix, "module", moduleNames, lync.module);
    reader.readString(json, prefix, "activeServerCollection", lync.activeServerCollection);
    reader.readString(json, prefix, "poolIdentity", lync.poolIdentity);
    reader.readString(json, prefix, "primaryDataCenter", lync.primaryDataCenter);
    if (const auto servers = reader.array(json, prefix, "activeServers")) {
        lync.activeServers.clear();
        for (qsizetype i = 0; i < servers->size(); ++i) {
            const QString itemPath = QStringLiteral("%1.activeServers[%2]").arg(prefix, QString::number(i));
            const QJsonValue item = servers->at(i);
            if (!item.isObject()) {
                reader.error(itemPath, PlanJson::tr("expected an object in braces { }"));
                continue;
            }
            ActiveServer server;
            reader.readString(item.toObject(), itemPath, "fqdn", server.fqdn);
            reader.readString(item.toObject(), itemPath, "dataCenter", server.dataCenter);
            lync.activeServers << server;
        }
    }
    // shellProgram and shellArguments are not read: see LocalShellSettings (PlanJson::ignoredKeys names
    // them).
    reader.readInt(json, prefix, "shellTimeoutSeconds", lync.shellTimeoutSeconds);
}

void readFailover(Reader& reader, const QJsonObject& json, const QString& prefix, FailoverSettings& failover)
{
    reader.readString(json, prefix, "backupServerFqdn", failover.backupServerFqdn);
    reader.readString(json, prefix, "mirrorServerFqdn", failover.mirrorServerFqdn);
    reader.readString(json, prefix, "mirrorInstanceName", failover.mirrorInstanceName);
    reader.readString(json, prefix, "fileShare", failover.fileShare);
    reader.readBool(json, prefix, "dropExistingDatabasesOnMirror", failover.dropExistingDatabasesOnMirror);
    reader.readBool(json, prefix, "restoreFromShare", failover.restoreFromShare);
    reader.readStringList(json, prefix, "activeServers", failover.activeServers);
}

void readUnattended(Reader& reader, const QJsonObject& json, const QString& prefix,
                    UnattendedConfirmations& confirmations)
{
    reader.readString(json, prefix, "restoreDatabase", confirmations.restoreDatabase);
    reader.readString(json, prefix, "restoreInstance", confirmations.restoreInstance);
    reader.readString(json, prefix, "logShippingDatabase", confirmations.logShippingDatabase);
    reader.readString(json, prefix, "logShippingInstance", confirmations.logShippingInstance);
    reader.readString(json, prefix, "onlineDatabase", confirmations.onlineDatabase);
    reader.readString(json, prefix, "onlineInstance", confirmations.onlineInstance);
    reader.readStringList(json, prefix, "acknowledgedServers", confirmations.acknowledgedServers);
    reader.readBool(json, prefix, "acknowledgePreflightWarnings", confirmations.acknowledgePreflightWarnings);
}

} // namespace

QJsonObject PlanJson::toJson(const Plan& plan)
{
    QJsonObject json{
        {QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("backupInstance"), instanceToJson(plan.backupInstance)},
        {QStringLiteral("primaryInstance"), instanceToJson(plan.primaryInstance)},
        {QStringLiteral("mgcDatabase"), plan.mgcDatabase},
        {QStringLiteral("mgccompDatabase"), plan.mgccompDatabase},
        {QStringLiteral("backup"), backupToJson(plan.backup)},
        {QStringLiteral("restore"), restoreToJson(plan.restore)},
        {QStringLiteral("logShipping"), logShippingToJson(plan.logShipping)},
        {QStringLiteral("lync"), lyncToJson(plan.lync)},
        {QStringLiteral("failover"), failoverToJson(plan.failover)},
    };
    // Only a plan written for --unattended carries the block: the wizard's plans stay as they were.
    if (!plan.unattended.isEmpty())
        json.insert(QStringLiteral("unattended"), unattendedToJson(plan.unattended));
    return json;
}

Plan PlanJson::fromJson(const QJsonObject& json, QStringList* errors)
{
    Plan plan;
    Reader reader(errors);
    int version = formatVersion;
    reader.readInt(json, {}, "formatVersion", version);
    if (version != formatVersion) {
        reader.error(QStringLiteral("formatVersion"),
                     tr("format %1 is not supported; this program reads format %2")
                         .arg(QString::number(version), QString::number(formatVersion)));
    }
    readInstance(reader, reader.object(json, {}, "backupInstance"), QStringLiteral("backupInstance"),
                 plan.backupInstance);
    readInstance(reader, reader.object(json, {}, "primaryInstance"), QStringLiteral("primaryInstance"),
                 plan.primaryInstance);
    reader.readString(json, {}, "mgcDatabase", plan.mgcDatabase);
    reader.readString(json, {}, "mgccompDatabase", plan.mgccompDatabase);
    readBackup(reader, reader.object(json, {}, "backup"), QStringLiteral("backup"), plan.backup);
    readRestore(reader, reader.object(json, {}, "restore"), QStringLiteral("restore"), plan.restore);
    readLogShipping(reader, reader.object(json, {}, "logShipping"), QStringLiteral("logShipping"),
                    plan.logShipping);
    readLync(reader, reader.object(json, {}, "lync"), QStringLiteral("lync"), plan.lync);
    readFailover(reader, reader.object(json, {}, "failover"), QStringLiteral("failover"), plan.failover);
    readUnattended(reader, reader.object(json, {}, "unattended"), QStringLiteral("unattended"),
                   plan.unattended);
    return plan;
}

QStringList PlanJson::ignoredKeys(const QJsonObject& json)
{
    QStringList keys;
    const QJsonObject lync = json.value(QLatin1String("lync")).toObject();
    for (const QString& key : LocalShellSettings::planKeys()) {
        if (lync.contains(key.section(u'.', 1)))
            keys << key;
    }
    return keys;
}

bool PlanJson::save(const Plan& plan, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write the plan file %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson(plan)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write the plan file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<Plan> PlanJson::load(const QString& path, QString* error, QStringList* warnings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the plan file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = tr("The plan file %1 is not valid JSON: %2 at character %3.")
                         .arg(path, parseError.errorString(), QString::number(parseError.offset));
        }
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = tr("The plan file %1 must hold a JSON object { ... } at its top level.").arg(path);
        return std::nullopt;
    }
    QStringList errors;
    Plan plan = fromJson(document.object(), &errors);
    if (!errors.isEmpty()) {
        if (error) {
            *error = tr("The plan file %1 has values of the wrong kind:\n%2")
                         .arg(path, errors.join(QLatin1Char('\n')));
        }
        return std::nullopt;
    }
    if (const QStringList ignored = ignoredKeys(document.object()); !ignored.isEmpty() && warnings)
        *warnings << LocalShellSettings::ignoredWarning(ignored);
    return plan;
}

} // namespace pchat
