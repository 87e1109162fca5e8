#include "samplerun.h"

#include "backend/audit/auditevent.h"
#include "backend/steps/stepid.h"
#include "backend/run/stepinfo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>

namespace pchat::test {

namespace {

QString sha256Of(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A wizard-like window: header with the title, the list of steps, some text and a table, the buttons.
// Antialiased text on flat colours, like the real screenshots, so that the PDF's size is realistic.
QImage drawScreenshot(const QString& title, int number, bool training)
{
    QImage image(1180, 760, QImage::Format_RGB32);
    image.fill(QColor(0xef, 0xef, 0xef));
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(0, 0, 1180, 56, Qt::white);
    QFont font = p.font();
    font.setPixelSize(14);
    font.setBold(true);
    p.setFont(font);
    p.drawText(22, 24, title);
    font.setBold(false);
    font.setPixelSize(13);
    p.setFont(font);
    p.drawText(45, 42, QStringLiteral("Screenshot %1 of the failback wizard").arg(number));
    if (training) {
        p.fillRect(900, 10, 260, 36, QColor(0xc0, 0, 0));
        p.setPen(Qt::white);
        p.drawText(QRect(900, 10, 260, 36), Qt::AlignCenter, QStringLiteral("TRAINING - LAB"));
        p.setPen(Qt::black);
    }
    p.fillRect(10, 68, 280, 430, Qt::white);
    for (int step = 0; step <= 7; ++step)
        p.drawText(30, 95 + 24 * step, StepInfo::title(static_cast<StepId>(step)));
    for (int line = 0; line < 6; ++line)
        p.drawText(
            330, 95 + 18 * line,
            QStringLiteral("Line %1: the wizard explains what this page does and checks before it runs "
                           "anything on the servers.")
                .arg(line + 1));
    p.setPen(QColor(0xa0, 0xa0, 0xa0));
    for (int row = 0; row <= 8; ++row)
        p.drawLine(330, 210 + 32 * row, 1150, 210 + 32 * row);
    p.setPen(Qt::black);
    for (int row = 0; row < 8; ++row)
        p.drawText(340, 232 + 32 * row,
                   QStringLiteral("PCSQL0%1\\PCHAT   mgc   ONLINE   FULL   %2 MB   ok")
                       .arg(QString::number(row % 2 + 1), QString::number(1024 + 37 * row * number)));
    p.fillRect(1005, 725, 80, 26, Qt::white);
    p.drawText(QRect(1005, 725, 80, 26), Qt::AlignCenter, QStringLiteral("Next >"));
    return image;
}

} // namespace

SampleRun::SampleRun(const QString& folder, Journal::Mode mode, const QString& operatorName,
                     const QString& host)
    : m_folder(folder)
    , m_journal(std::make_unique<Journal>(folder, operatorName, host, mode))
    , m_training(mode == Journal::Mode::Training)
{
    QDir().mkpath(QDir(folder).filePath(QStringLiteral("screens")));
    QDir().mkpath(QDir(folder).filePath(QStringLiteral("scripts")));
    if (!m_journal->isOpen())
        m_error = m_journal->lastError();
}

QJsonObject SampleRun::examplePlan()
{
    QFile file(QStringLiteral(PCHAT_SOURCE_DIR "/resources/plans/example-plan.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void SampleRun::event(const QString& kind, const QJsonObject& details, int step)
{
    if (!m_journal->append(kind, details, step) && m_error.isEmpty())
        m_error = QStringLiteral("%1: %2").arg(kind, m_journal->lastError());
}

void SampleRun::runStarted(const QString& language)
{
    event(AuditKind::RunStarted, {{QStringLiteral("version"), QStringLiteral(PCHAT_VERSION)},
                                  {QStringLiteral("language"), language},
                                  {QStringLiteral("plan"), examplePlan()},
                                  {QStringLiteral("resumes"), QString()}});
}

void SampleRun::pageEntered(int step, const QString& page, const QString& title)
{
    event(AuditKind::PageEntered, {{QStringLiteral("page"), page}, {QStringLiteral("title"), title}}, step);
}

QString SampleRun::screenshot(int step, const QString& reason, const QString& page, const QString& title)
{
    const QString file = QStringLiteral("screens/%1.png").arg(++m_screenshots, 3, 10, QLatin1Char('0'));
    const QString path = QDir(m_folder).filePath(file);
    if (!m_sources.isEmpty()) {
        QFile::copy(m_sources.at((m_screenshots - 1) % m_sources.size()), path);
    } else {
        drawScreenshot(title, m_screenshots, m_training).save(path, "PNG");
    }
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot write %1").arg(path);
        return file;
    }
    event(AuditKind::Screenshot,
          {{QStringLiteral("file"), file},
           {QStringLiteral("sha256"), sha256Of(written.readAll())},
           {QStringLiteral("reason"), reason},
           {QStringLiteral("page"), page}},
          step);
    return file;
}

void SampleRun::stepState(int step, const QString& status, const QString& summary)
{
    event(AuditKind::StepState,
          {{QStringLiteral("status"), status},
           {QStringLiteral("summary"), summary},
           {QStringLiteral("remedy"), QString()}},
          step);
}

void SampleRun::check(const QString& id, const QString& title, const QString& result, const QString& detail)
{
    event(AuditKind::CheckResult,
          {{QStringLiteral("check"), id},
           {QStringLiteral("title"), title},
           {QStringLiteral("result"), result},
           {QStringLiteral("detail"), detail}},
          0);
}

void SampleRun::confirmation(int step, const QString& what, const QString& text, const QString& value)
{
    event(AuditKind::Confirmation,
          {{QStringLiteral("what"), what}, {QStringLiteral("text"), text}, {QStringLiteral("value"), value}},
          step);
}

void SampleRun::command(int step, const QString& target, const QString& text, const QString& result,
                        int durationMs, int rows, const QStringList& messages)
{
    const QString script = QStringLiteral("scripts/%1.txt").arg(++m_scripts, 3, 10, QLatin1Char('0'));
    QFile file(QDir(m_folder).filePath(script));
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    file.close();
    event(AuditKind::CommandStarted,
          {{QStringLiteral("target"), target},
           {QStringLiteral("text"), text},
           {QStringLiteral("script"), script},
           {QStringLiteral("sha256"), sha256Of(text.toUtf8())}},
          step);
    for (const QString& message : messages)
        event(AuditKind::ServerMessage,
              {{QStringLiteral("number"), 3211},
               {QStringLiteral("severity"), 10},
               {QStringLiteral("state"), 1},
               {QStringLiteral("text"), message},
               {QStringLiteral("isError"), false}},
              step);
    QJsonArray errors;
    if (result == QLatin1String("failed"))
        errors.append(QJsonObject{{QStringLiteral("number"), 3201},
                                  {QStringLiteral("text"), QStringLiteral("Cannot open backup device.")}});
    event(AuditKind::CommandFinished,
          {{QStringLiteral("target"), target},
           {QStringLiteral("result"), result},
           {QStringLiteral("durationMs"), durationMs},
           {QStringLiteral("rows"), rows},
           {QStringLiteral("errors"), errors}},
          step);
}

void SampleRun::finished(bool success)
{
    QJsonObject steps;
    for (int step = 1; step <= 7; ++step)
        steps.insert(QString::number(step), success ? QStringLiteral("done") : QStringLiteral("failed"));
    event(AuditKind::RunFinished,
          {{QStringLiteral("result"), success ? QStringLiteral("success") : QStringLiteral("failed")},
           {QStringLiteral("steps"), steps}});
}

void SampleRun::writeFullRun(bool withScreenshots, int extraScreenshots)
{
    const auto shot = [&](int step, const QString& reason, const QString& page, const QString& title) {
        if (withScreenshots)
            screenshot(step, reason, page, title);
    };
    const QString shell = QStringLiteral("Management shell");
    const QString backup = QStringLiteral("PCSQL02\\PCHAT");
    const QString primary = QStringLiteral("PCSQL01\\PCHAT");

    runStarted();
    pageEntered(-1, QStringLiteral("welcome"), QStringLiteral("Welcome"));
    shot(-1, QStringLiteral("page-entered"), QStringLiteral("welcome"), QStringLiteral("Welcome"));

    const QString preflight = StepInfo::title(StepId::Preflight);
    pageEntered(0, QStringLiteral("preflight"), preflight);
    shot(0, QStringLiteral("page-entered"), QStringLiteral("preflight"), preflight);
    check(QStringLiteral("backup.login"),
          QStringLiteral("The backup instance answers and the login is sysadmin"), QStringLiteral("ok"),
          QStringLiteral("PCSQL02\\PCHAT, SQL Server 11.0.5058.0, login sa (sysadmin)"));
    check(QStringLiteral("primary.version"), QStringLiteral("The primary runs at least the backup's version"),
          QStringLiteral("ok"), QStringLiteral("primary 11.0.5058.0, backup 11.0.5058.0"));
    check(QStringLiteral("backup.space"), QStringLiteral("The share has room for the backup"),
          QStringLiteral("warning"), QStringLiteral("12 GB free, backup about 9 GB"));
    stepState(0, QStringLiteral("done"), QStringLiteral("Every check passed; one warning was acknowledged."));
    confirmation(0, QStringLiteral("warning-acknowledged"),
                 QStringLiteral("The share has little free space."), QStringLiteral("Continue"));

    const QStringList commands{
        QStringLiteral(
            "Set-CsPersistentChatActiveServer -Identity \"PersistentChatServer:pchat.contoso.com\" "
            "-ActiveServers @()"),
        QStringLiteral("ALTER DATABASE [mgc] SET PARTNER OFF;\nALTER DATABASE [mgccomp] SET PARTNER OFF;"),
        QStringLiteral(
            "BACKUP DATABASE [mgc]\n    TO DISK = N'\\\\FS01\\PChatLogShip\\mgc_failback.bak'\n    WITH "
            "INIT, CHECKSUM, STATS = 10, NAME = N'mgc-Full Database Backup';"),
        QStringLiteral(
            "RESTORE DATABASE [mgc]\n    FROM DISK = N'\\\\FS01\\PChatLogShip\\mgc_failback.bak'\n    "
            "WITH FILE = 1, NORECOVERY, REPLACE, STATS = 5;"),
        QStringLiteral(
            "EXEC master.dbo.sp_add_log_shipping_primary_database @database = N'mgc', "
            "@backup_directory = N'D:\\LogShip', @backup_share = N'\\\\FS01\\PChatLogShip', "
            "@backup_job_name = N'LSBackup_mgc', @backup_retention_period = 4320, "
            "@backup_threshold = 60, @threshold_alert_enabled = 1, @history_retention_period = 5760;"),
        QStringLiteral(
            "Set-CsPersistentChatActiveServer -Identity \"PersistentChatServer:pchat.contoso.com\" "
            "-ActiveServers @(\"PCHAT01.contoso.com\", \"PCHAT02.contoso.com\")"),
        QStringLiteral(
            "Set-CsPersistentChatState -Identity \"service:PersistentChatServer:pchat.contoso.com\" "
            "-PoolState Normal"),
    };
    const QStringList targets{shell, backup, backup, primary, primary, shell, shell};
    for (int step = 1; step <= 7; ++step) {
        const QString title = StepInfo::title(static_cast<StepId>(step));
        const QString page = QStringLiteral("step%1").arg(step);
        pageEntered(step, page, title);
        shot(step, QStringLiteral("page-entered"), page, title);
        stepState(step, QStringLiteral("inspecting"));
        stepState(step, QStringLiteral("ready"), QStringLiteral("The step has not run yet."));
        if (step == 4 || step == 5)
            confirmation(step, QStringLiteral("typed"), QStringLiteral("Type the database name to confirm"),
                         QStringLiteral("mgc"));
        else
            confirmation(step, QStringLiteral("checklist"),
                         QStringLiteral("I have read what this step changes"), QStringLiteral("checked"));
        shot(step, QStringLiteral("before-run"), page, title);
        stepState(step, QStringLiteral("running"));
        const bool sql = targets.at(step - 1) != shell;
        if (step == 3) { // a first attempt fails on the share's permissions, the retry succeeds
            command(step, targets.at(step - 1), commands.at(step - 1), QStringLiteral("failed"), 420, 0,
                    {QStringLiteral("BACKUP DATABASE is terminating abnormally.")});
            event(
                AuditKind::StepState,
                {{QStringLiteral("status"), QStringLiteral("failed")},
                 {QStringLiteral("summary"), QStringLiteral("The backup could not be written to the share.")},
                 {QStringLiteral("remedy"),
                  QStringLiteral("Give the SQL Server service account write access "
                                 "to \\\\FS01\\PChatLogShip, then run the step again.")},
                 {QStringLiteral("error"),
                  QJsonObject{{QStringLiteral("number"), 3201},
                              {QStringLiteral("text"), QStringLiteral("Cannot open backup device.")}}}},
                step);
            confirmation(step, QStringLiteral("dialog"), QStringLiteral("Run the step again?"),
                         QStringLiteral("Yes"));
            stepState(step, QStringLiteral("running"));
        }
        command(step, targets.at(step - 1), commands.at(step - 1), QStringLiteral("succeeded"),
                800 + 900 * step, sql ? 0 : 1,
                sql ? QStringList{QStringLiteral("10 percent processed."),
                                  QStringLiteral("100 percent processed."),
                                  QStringLiteral("Processed 1234 pages for database 'mgc', file 'mgc_data'.")}
                    : QStringList{});
        stepState(step, QStringLiteral("verifying"));
        stepState(step, QStringLiteral("done"), QStringLiteral("Verified on the server."));
        shot(step, QStringLiteral("end-state"), page, title);
        // The extra ones spread evenly over the seven steps.
        for (int extra = 0; extra < extraScreenshots / 7 + (step <= extraScreenshots % 7 ? 1 : 0); ++extra)
            shot(step, QStringLiteral("end-state"), page, title);
    }
    pageEntered(-1, QStringLiteral("summary"), QStringLiteral("Summary"));
    shot(-1, QStringLiteral("page-entered"), QStringLiteral("summary"), QStringLiteral("Summary"));
    finished(true);
}

} // namespace pchat::test
