// The composition root: profiles and their secrets, the local sandbox, the
// session, and the main window, wired together. main.cpp makes one; tests
// make one with an in-memory secret store and a profile of their own.
#pragma once

#include "connectionprofile.h"
#include "localsandbox.h"
#include "session.h"
#include "signindialog.h"
#include "workspacestore.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QSettings;

namespace ModeDesk {

class MainWindow;
class ProfileStore;
class SecretStore;

class Dashboard : public QObject
{
    Q_OBJECT

public:
    struct Options {
        QString dataFolder;             // the local sandbox's database lives here
        bool allowLocalSandbox = true;  // tests connect to an in-process sandbox instead
    };

    Dashboard(QSettings *settings, SecretStore *secrets, const Options &options,
              QObject *parent = nullptr);
    ~Dashboard() override;

    // Picks the saved profile (or creates the local sandbox's on first start) and connects.
    void start(const QString &profileId = {});
    void activateProfile(const QString &profileId);
    void addProfile(const ConnectionProfile &profile);

    Session *session() { return &m_session; }
    MainWindow *window() const { return m_window.get(); }
    LocalSandbox *localSandbox() { return &m_sandbox; }
    SignInDialog *signInDialog() const { return m_signIn; }
    // Fills File > Language with these codes ("en", "de", ...); a choice is
    // saved and takes effect at the next start (offered right away).
    void offerLanguages(const QStringList &codes);
    // A recording opened from the file manager (modedesk file.jsonl, or a
    // macOS file-open event): replayed on the Events page, at once if the
    // window is ready, else once signed in and loaded.
    void openRecording(const QString &path);

signals:
    // Signed in and the first home (if any) loaded: the window shows real data.
    void ready();

public slots:
    void showSignIn(const QString &why = {});
    void signOut();
    void showOutbox();
    void showAccount();

private:
    void connectProfile(const ConnectionProfile &profile);
    void onLocalSandboxReady(const LocalSandboxInfo &info);
    void signInAsDemoUser(const LocalSandboxInfo &info);
    // userId: when known (a sign-in's answer), the key is not checked again.
    void useKey(const QString &key, bool storeIt, qint64 userId = 0);
    void onKeyRejected(const QString &reason);
    void editProfile(bool createNew);
    void editSandboxKey();
    void refreshProfileList();
    void chooseLanguage(const QString &code);
    void chooseAppearance(const QString &choice);
    void replayNow(const QString &path);
    // Keeps the window's arrangement for the profile it belongs to (and the geometry).
    void saveWorkspace();
    // The callback for a keychain write or removal: a failure shows in the status bar.
    std::function<void(const QString &)> reportSecretFailure();

    QSettings *m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    WorkspaceStore m_workspaces;
    QString m_workspaceProfile;  // whose arrangement the window shows
    SecretStore *m_secrets;
    Options m_options;
    LocalSandbox m_sandbox;
    Session m_session;
    std::unique_ptr<MainWindow> m_window;
    QPointer<SignInDialog> m_signIn;
    bool m_storeKeyOnSignIn = false;
    bool m_ready = false;  // ready() was emitted
};

}  // namespace ModeDesk
