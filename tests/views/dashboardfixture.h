// The whole dashboard for view tests: an in-process sandbox, a Dashboard with
// an in-memory secret store and a profile pointing at the sandbox, and the
// small things a user does (answer a modal dialog, type into a field).
#pragma once

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cmath>
#include "accountdialog.h"
#include "awaitcall.h"
#include "bulkclaimpanel.h"
#include "chartdata.h"
#include "chartpage.h"
#include "claimpanel.h"
#include "commandcomposer.h"
#include "dashboard.h"
#include "devicespage.h"
#include "eventlogfilter.h"
#include "eventspage.h"
#include "homespanel.h"
#include "jsoneditor.h"
#include "keyvaluespage.h"
#include "livechartview.h"
#include "mainwindow.h"
#include "memberspage.h"
#include "memorysecretstore.h"
#include "newhomedialog.h"
#include "profilestore.h"
#include "provisioningpage.h"
#include "sandboxfixture.h"
#include "signindialog.h"
#include "simulatorpage.h"
#include "socketprobe.h"
#include "statusline.h"
#include "tokenpanel.h"

namespace ModeDesk::Testing {

// Answers the next modal dialog (QInputDialog, QMessageBox) as a user would.
inline void answerNextModal(std::function<void(QWidget *)> answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
        answer(QApplication::activeModalWidget());
    });
}

inline void clickYes()
{
    answerNextModal([](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
}

inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

class DashboardTestBase : public QObject
{
protected:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Dashboard> m_dashboard;
    ConnectionProfile m_profile;

    void startSandbox(AccountMode mode)
    {
        m_sandbox = std::make_unique<SandboxFixture>(mode);
        QVERIFY(m_sandbox->start());
    }

    void startDashboard(AccountMode mode, const QString &storedKey = {})
    {
        if (!m_sandbox)
            startSandbox(mode);
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")),
                                                 QSettings::IniFormat);
        m_secrets = std::make_unique<MemorySecretStore>();
        m_profile = ProfileStore::newProfile();
        m_profile.name = QStringLiteral("Test sandbox");
        m_profile.apiUrl = m_sandbox->server().baseUrl();
        m_profile.projectId = m_sandbox->projectId();
        m_profile.appId = m_sandbox->appId();
        m_profile.accountMode = mode;
        ProfileStore(m_settings.get()).save(m_profile);
        if (!storedKey.isEmpty())
            m_secrets->write(ProfileStore::secretName(m_profile.id), storedKey, nullptr,
                             [](const QString &) {});
        m_dashboard = std::make_unique<Dashboard>(m_settings.get(), m_secrets.get(),
                                                  Dashboard::Options{m_dir->path(), false});
        m_dashboard->window()->resize(1280, 800);
        m_dashboard->window()->show();
        m_dashboard->start(m_profile.id);
    }

    // The sign-in dialog once it shows (nullptr, failing the test, if it never does).
    SignInDialog *signInDialog()
    {
        if (!QTest::qWaitFor([this] { return m_dashboard->signInDialog() != nullptr; }, 5000))
            QTest::qFail("the sign-in dialog did not show", __FILE__, __LINE__);
        return m_dashboard->signInDialog();
    }

    void waitSignedIn()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_dashboard->session()->state(), Session::State::SignedIn, 10000);
    }

    // On the sandbox already started (a demo one, say), or on a new one.
    TestUser signedInUser()
    {
        if (!m_sandbox)
            startSandbox(AccountMode::Email);
        TestUser user = m_sandbox->signUp(QStringLiteral("Ana"));
        startDashboard(AccountMode::Email, user.key);
        [&] {
            waitSignedIn();
        }();
        return user;
    }

    void resetDashboard()
    {
        m_dashboard.reset();
        m_secrets.reset();
        m_settings.reset();
        m_sandbox.reset();
    }
};

}  // namespace ModeDesk::Testing
