// Where a Windows installation keeps its things: logs under %LOCALAPPDATA%, settings in the registry, audit
// folders under the user's Documents. Runs under Wine with the Windows build; Linux skips it.
#include "backend/audit/auditsettings.h"
#include "backend/log/logging.h"

#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>

#ifdef Q_OS_WIN
#include <windows.h>
#include <knownfolders.h>
#include <shlobj.h>
#endif

using namespace pchat;

namespace {

#ifdef Q_OS_WIN
QString knownFolder(REFKNOWNFOLDERID id)
{
    PWSTR path = nullptr;
    QString result;
    if (SUCCEEDED(SHGetKnownFolderPath(id, 0, nullptr, &path)))
        result = QDir::fromNativeSeparators(QString::fromWCharArray(path));
    CoTaskMemFree(path);
    return result;
}
#endif

// The test's settings under a name of their own, so that a developer's own settings stay untouched.
class WindowsPaths : public ::testing::Test
{
protected:
    void SetUp() override
    {
#ifndef Q_OS_WIN
        GTEST_SKIP() << "Windows only (run under Wine by scripts/test-windows.sh)";
#endif
        m_organization = QCoreApplication::organizationName();
        m_application = QCoreApplication::applicationName();
        QCoreApplication::setOrganizationName(QStringLiteral("pchat-failback-test"));
        QCoreApplication::setApplicationName(QStringLiteral("windows-paths"));
    }
    void TearDown() override
    {
        QSettings().clear();
        QCoreApplication::setOrganizationName(m_organization);
        QCoreApplication::setApplicationName(m_application);
    }

private:
    QString m_organization;
    QString m_application;
};

} // namespace

TEST_F(WindowsPaths, LogsGoUnderLocalAppData)
{
    const QString localAppData = QDir::fromNativeSeparators(qEnvironmentVariable("LOCALAPPDATA"));
    ASSERT_FALSE(localAppData.isEmpty());
    EXPECT_TRUE(Logging::defaultDirectory().startsWith(localAppData + QLatin1Char('/'), Qt::CaseInsensitive))
        << Logging::defaultDirectory().toStdString() << " is not under " << localAppData.toStdString();
}

TEST_F(WindowsPaths, SettingsLiveInTheRegistry)
{
    EXPECT_EQ(QSettings().format(), QSettings::NativeFormat);
    const QString root = QStringLiteral("D:/Änderungen/Failback audit; Pool 1");
    AuditSettings::saveRoot(root);
    QSettings registry(QStringLiteral("HKEY_CURRENT_USER\\Software\\pchat-failback-test\\windows-paths"),
                       QSettings::NativeFormat);
    EXPECT_FALSE(registry.allKeys().isEmpty());
    bool found = false;
    for (const QString& key : registry.allKeys())
        found = found || registry.value(key).toString() == root;
    EXPECT_TRUE(found) << "the audit root was not written under HKCU\\Software\\pchat-failback-test";
    EXPECT_EQ(AuditSettings::savedRoot(), root);
}

TEST_F(WindowsPaths, AuditFoldersGoUnderDocuments)
{
#ifdef Q_OS_WIN
    const QString documents = knownFolder(FOLDERID_Documents);
    ASSERT_FALSE(documents.isEmpty());
    EXPECT_EQ(QDir::cleanPath(AuditSettings::defaultRoot()).toLower(),
              QDir::cleanPath(documents + QStringLiteral("/Failback audit")).toLower());
#endif
}
