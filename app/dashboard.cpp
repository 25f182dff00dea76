#include "dashboard.h"

#include "accountdialog.h"
#include "commandcomposer.h"
#include "errortext.h"
#include "eventspage.h"
#include "fleetpage.h"
#include "keychainsecretstore.h"
#include "logging.h"
#include "mainwindow.h"
#include "outboxdialog.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "secretstore.h"
#include "signindialog.h"
#include "simulatorpage.h"
#include "uilanguage.h"
#include "uitheme.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkInformation>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

namespace ModeDesk {

Dashboard::Dashboard(QSettings *settings, SecretStore *secrets, const Options &options,
                     QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_profiles(std::make_unique<ProfileStore>(settings))
    , m_workspaces(settings)
    , m_secrets(secrets)
    , m_options(options)
    , m_window(std::make_unique<MainWindow>(&m_session))
{
    MainWindow *w = m_window.get();
    if (!options.dataFolder.isEmpty())
        m_session.setDataFolder(options.dataFolder);  // the profiles' alert rules and logs
    connect(w, &MainWindow::profileChosen, this, &Dashboard::activateProfile);
    connect(w, &MainWindow::signInRequested, this, [this] { showSignIn(); });
    connect(w, &MainWindow::signOutRequested, this, &Dashboard::signOut);
    connect(w, &MainWindow::outboxRequested, this, &Dashboard::showOutbox);
    connect(w, &MainWindow::accountRequested, this, &Dashboard::showAccount);
    connect(w, &MainWindow::editProfileRequested, this, [this] { editProfile(false); });
    connect(w, &MainWindow::newProfileRequested, this, [this] { editProfile(true); });
    connect(w, &MainWindow::languageChosen, this, &Dashboard::chooseLanguage);
    connect(w, &MainWindow::appearanceChosen, this, &Dashboard::chooseAppearance);
    w->setAppearance(UiTheme::saved(*settings));  // a choice applies at once
    // Where and how big the window was (restoreGeometry keeps it on a screen that exists).
    const QByteArray geometry = m_workspaces.windowGeometry();
    if (!geometry.isEmpty())
        w->restoreGeometry(geometry);
    // The Fleet table's columns as the user left them (a view's choice, not data).
    const QString fleetColumnsKey = QStringLiteral("fleet/hiddenColumns");
    if (settings->contains(fleetColumnsKey)) {
        QList<int> hidden;
        for (const QVariant &column : settings->value(fleetColumnsKey).toList())
            hidden.append(column.toInt());
        w->fleetPage()->setHiddenColumns(hidden);
    }
    connect(w->fleetPage(), &FleetPage::hiddenColumnsChanged, this,
            [this, fleetColumnsKey](const QList<int> &hidden) {
                QVariantList columns;
                for (int column : hidden)
                    columns.append(column);
                m_settings->setValue(fleetColumnsKey, columns);
            });
    connect(&m_session, &Session::keyRejected, this, &Dashboard::onKeyRejected);
    connect(w->composer(), &CommandComposer::projectKeyUsed, this, [this](const QString &key) {
        m_secrets->write(ProfileStore::projectKeySecretName(m_session.profile().id), key, this,
                         reportSecretFailure());
    });
    connect(&m_session, &Session::signedIn, this, [this] {
        if (m_storeKeyOnSignIn) {
            m_secrets->write(ProfileStore::secretName(m_session.profile().id), m_session.key(),
                             this, reportSecretFailure());
        }
        // Ready once the first home's lists have arrived (or there is no home).
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_session.home(), &HomeController::loadingChanged, this,
                        [this, once](bool loading) {
                            if (!loading) {
                                disconnect(*once);
                                m_ready = true;
                                emit ready();
                            }
                        });
    });
    connect(&m_session, &Session::signedOut, this, [this] { m_ready = false; });
    connect(&m_session, &Session::signInFailed, this, [this](const ApiError &error) {
        // The local sandbox's demo key from an earlier database: a fresh demo sign-in, no question.
        if (m_session.profile().localSandbox && m_sandbox.isReady() &&
            error.kind != ApiError::Kind::Network && error.kind != ApiError::Kind::Timeout) {
            qCInfo(lcApp) << "the saved local sandbox key is stale; signing in as the demo user";
            m_secrets->remove(ProfileStore::secretName(m_session.profile().id), this,
                              reportSecretFailure());
            signInAsDemoUser(m_sandbox.info());
            return;
        }
        showSignIn(tr("The saved key did not work: %1").arg(ErrorText::explain(error)));
    });
    connect(&m_sandbox, &LocalSandbox::ready, this, &Dashboard::onLocalSandboxReady);
    // The network is back (a laptop woke up, Wi-Fi returned): links that are down try
    // at once instead of waiting out their backoff.
    if (QNetworkInformation::loadDefaultBackend()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Disconnected)
                        return;
                    if (m_session.events()->health().state == LinkState::Reconnecting)
                        m_session.events()->reconnectNow();
                    m_session.simulators()->reconnectAll();
                });
    }
    connect(&m_sandbox, &LocalSandbox::stopped, this, [this](const QString &reason, int delayMs) {
        if (!m_session.profile().localSandbox)
            return;
        // Short enough for the status bar; the reason is in the tooltip.
        m_window->setBackendNotice(tr("Local sandbox stopped: restarting in %1 s…")
                                       .arg(QLocale().toString(delayMs / 1000.0, 'f', 1)),
                                   true, reason);
    });
    connect(w, &MainWindow::sandboxKeyRequested, this, &Dashboard::editSandboxKey);
    connect(w, &MainWindow::restartSandboxRequested, this, [this] {
        m_window->setBackendNotice(tr("Restarting the local sandbox…"), false);
        m_sandbox.restart();
    });
    connect(&m_sandbox, &LocalSandbox::failed, this, [this](const QString &reason) {
        m_window->setSignedOutMessage(tr("The local sandbox could not start.\n%1").arg(reason));
    });
    if (auto *keychain = qobject_cast<KeychainSecretStore *>(secrets)) {
        connect(
            keychain, &KeychainSecretStore::keychainUnavailable, this, [this](const QString &why) {
                m_window->statusBar()->showMessage(tr("The system keychain is not available (%1): "
                                                      "keys are kept for this session only.")
                                                       .arg(why));
            });
    }
}

Dashboard::~Dashboard()
{
    saveWorkspace();
    m_session.drop();  // close the stream before its server goes away
    m_sandbox.stop();
}

std::function<void(const QString &)> Dashboard::reportSecretFailure()
{
    // A key that could not be saved or forgotten is a thing the user must know:
    // the next start asks again, or a removed key still sits in the keychain.
    return [this](const QString &error) {
        if (error.isEmpty())
            return;
        qCWarning(lcApp).noquote() << "keychain:" << error;
        m_window->statusBar()->showMessage(
            tr("The system keychain refused a change (%1): the key may be asked for again at "
               "the next start, or stay stored until removed in the keychain app.")
                .arg(error));
    };
}

void Dashboard::start(const QString &profileId)
{
    if (m_profiles->profiles().isEmpty() && m_options.allowLocalSandbox) {
        // First start: a local sandbox with demo data, so there is something to see.
        m_profiles->save(ProfileStore::localSandboxProfile());
        m_profiles->setCurrentId(ProfileStore::localSandboxProfile().id);
    }
    refreshProfileList();
    const QString id = profileId.isEmpty() ? m_profiles->currentId() : profileId;
    const auto profiles = m_profiles->profiles();
    if (profiles.isEmpty()) {
        m_window->setSignedOutMessage(
            tr("No connection profile yet. Create one with File → New profile."));
        return;
    }
    activateProfile(m_profiles->profile(id) ? id : profiles.first().id);
}

void Dashboard::addProfile(const ConnectionProfile &profile)
{
    m_profiles->save(profile);
    refreshProfileList();
}

void Dashboard::refreshProfileList()
{
    m_window->setProfiles(m_profiles->profiles(), m_profiles->currentId());
}

void Dashboard::activateProfile(const QString &profileId)
{
    const auto profile = m_profiles->profile(profileId);
    if (!profile)
        return;
    m_profiles->setCurrentId(profileId);
    refreshProfileList();
    const bool otherProfile = profileId != m_workspaceProfile;
    if (otherProfile)
        saveWorkspace();
    connectProfile(*profile);
    if (otherProfile) {
        // After the session changed profile (pages return to their defaults then).
        m_workspaceProfile = profileId;
        m_window->restoreWorkspace(m_workspaces.workspace(profileId));
    }
}

void Dashboard::saveWorkspace()
{
    m_workspaces.setWindowGeometry(m_window->saveGeometry());
    if (!m_workspaceProfile.isEmpty())
        m_workspaces.setWorkspace(m_workspaceProfile, m_window->workspace());
}

void Dashboard::connectProfile(const ConnectionProfile &profile)
{
    if (m_signIn)
        m_signIn->close();
    m_session.setProfile(profile);
    m_window->composer()->setProjectKey({});
    m_secrets->read(ProfileStore::projectKeySecretName(profile.id), this,
                    [this, id = profile.id](const QString &key, const QString &) {
                        if (m_session.profile().id == id)
                            m_window->composer()->setProjectKey(key);
                    });
    if (profile.localSandbox) {
        if (!m_options.allowLocalSandbox)
            return;
        m_window->setSignedOutMessage(tr("Starting the local MODE sandbox…"));
        const QString db =
            QDir(m_options.dataFolder)
                .filePath(
                    QStringLiteral("sandbox-%1.db").arg(accountModeName(profile.accountMode)));
        if (m_sandbox.isReady() && m_sandbox.info().accountMode == profile.accountMode)
            onLocalSandboxReady(m_sandbox.info());
        else
            m_sandbox.start(db, profile.accountMode);
        return;
    }
    // A MODE sandbox's admin key, when one was given for this profile.
    m_secrets->read(ProfileStore::sandboxKeySecretName(profile.id), this,
                    [this, id = profile.id](const QString &key, const QString &) {
                        if (m_session.profile().id == id && !key.isEmpty())
                            m_session.simulators()->sandbox()->useKey(key);
                    });
    m_window->setSignedOutMessage(tr("Connecting to %1…").arg(profile.apiUrl.toString()));
    m_secrets->read(ProfileStore::secretName(profile.id), this,
                    [this, profile](const QString &key, const QString &) {
                        if (m_session.profile().id != profile.id)
                            return;  // another profile was picked meanwhile
                        if (key.isEmpty())
                            showSignIn();
                        else
                            useKey(key, false);
                    });
}

void Dashboard::onLocalSandboxReady(const LocalSandboxInfo &info)
{
    ConnectionProfile profile = m_session.profile();
    if (!profile.localSandbox)
        return;
    m_window->setBackendNotice({}, false);
    if (m_session.state() != Session::State::SignedOut && profile.apiUrl == info.url) {
        // Restarted on the same port and database: the key still works, so
        // keep the session and have every link retry now.
        m_session.simulators()->setSandboxAdmin(info.url, info.adminKey, info.deviceClasses,
                                                info.spareClaimCode);
        m_session.events()->reconnectNow();
        m_session.simulators()->reconnectAll();
        return;
    }
    profile.apiUrl = info.url;  // a new port each start
    m_session.simulators()->setSandboxAdmin(info.url, info.adminKey, info.deviceClasses,
                                            info.spareClaimCode);
    profile.projectId = info.projectId;
    profile.appId = info.appId;
    m_profiles->save(profile);
    m_session.setProfile(profile);
    m_secrets->read(ProfileStore::secretName(profile.id), this,
                    [this, info](const QString &key, const QString &) {
                        if (!key.isEmpty())
                            useKey(key, false);
                        else
                            signInAsDemoUser(info);
                    });
}

void Dashboard::signInAsDemoUser(const LocalSandboxInfo &info)
{
    if (info.accountMode != AccountMode::Email || info.demoPassword.isEmpty()) {
        showSignIn(
            tr("Sign in as the demo user %1; the outbox has the codes.").arg(info.demoLogin));
        return;
    }
    m_window->setSignedOutMessage(tr("Signing in as the demo user…"));
    m_session.accounts()
        ->signInWithEmail(info.projectId, info.appId, info.demoLogin, info.demoPassword)
        ->then(
            this,
            [this](const ClientAuthentication &auth) { useKey(auth.token, true, auth.userId); },
            [this](const ApiError &error) { showSignIn(ErrorText::explain(error)); });
}

void Dashboard::useKey(const QString &key, bool storeIt, qint64 userId)
{
    m_storeKeyOnSignIn = storeIt;
    if (userId > 0)
        m_session.useKey(key, userId);  // from a sign-in: whose it is is known
    else if (!storeIt)
        m_session.resumeKey(key);  // kept from the last run: its state shows at once
    else
        m_session.useKey(key);
}

void Dashboard::showSignIn(const QString &why)
{
    if (m_signIn) {
        m_signIn->raise();
        return;
    }
    m_window->setSignedOutMessage(why.isEmpty() ? tr("Not signed in.") : why);
    m_signIn = new SignInDialog(m_session.profile(), m_session.accounts(), m_window.get());
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    if (!why.isEmpty())
        m_signIn->setMessage(why);
    connect(m_signIn, &SignInDialog::outboxRequested, this, &Dashboard::showOutbox);
    connect(m_signIn, &QDialog::accepted, this, [this, dialog = m_signIn] {
        ConnectionProfile profile = m_session.profile();
        if (!dialog->login().isEmpty() && dialog->login() != profile.login) {
            profile.login = dialog->login();  // remembered for next time; not a secret
            m_profiles->save(profile);
            m_session.setProfile(profile);
        }
        useKey(dialog->userKey(), true, dialog->userId());
    });
    m_signIn->open();
}

void Dashboard::onKeyRejected(const QString &reason)
{
    qCInfo(lcApp) << "the key was rejected; asking to sign in again";
    m_secrets->remove(ProfileStore::secretName(m_session.profile().id), this,
                      reportSecretFailure());
    m_session.forget();  // nothing of the account stays on this machine
    showSignIn(tr("Signed out: %1").arg(reason));
}

void Dashboard::signOut()
{
    m_secrets->remove(ProfileStore::secretName(m_session.profile().id), this,
                      reportSecretFailure());
    m_session.signOut();
    m_window->setSignedOutMessage(tr("Signed out."));
}

void Dashboard::showOutbox()
{
    if (!m_sandbox.isReady()) {
        m_window->statusBar()->showMessage(
            tr("The outbox belongs to the local sandbox, which is not running."), 5000);
        return;
    }
    auto *dialog = new OutboxDialog(m_session.simulators()->sandbox(),
                                    m_signIn ? static_cast<QWidget *>(m_signIn) : m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void Dashboard::showAccount()
{
    auto *dialog = new AccountDialog(&m_session, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::signOutRequested, this, &Dashboard::signOut);
    connect(dialog, &AccountDialog::accountDeleted, this, [this] {
        m_secrets->remove(ProfileStore::secretName(m_session.profile().id), this,
                          reportSecretFailure());
        m_session.forget();
        showSignIn(tr("The account was deleted."));
    });
    dialog->open();
}

void Dashboard::editProfile(bool createNew)
{
    const ConnectionProfile current = createNew ? ProfileStore::newProfile() : m_session.profile();
    auto *dialog = new ProfileDialog(
        current, createNew ? ProfileDialog::Purpose::Create : ProfileDialog::Purpose::Edit,
        m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionProfile edited = dialog->profile();
        const QString key = dialog->sandboxAdminKey();
        // The profile in use changes under a running import: it stops first.
        m_window->runWhenImportStopped(
            tr("An import is claiming devices into “%1”. Apply the profile? The claims on their "
               "way finish first; the import can be continued afterwards."),
            tr("&Stop and apply"), [this, edited, key] {
                m_profiles->save(edited);
                if (!key.isEmpty())
                    m_secrets->write(ProfileStore::sandboxKeySecretName(edited.id), key, this,
                                     reportSecretFailure());
                activateProfile(edited.id);
            });
    });
    dialog->open();
}

void Dashboard::editSandboxKey()
{
    const ConnectionProfile profile = m_session.profile();
    if (profile.localSandbox || profile.id.isEmpty())
        return;  // the local sandbox's key is its own
    bool ok = false;
    const QString key =
        QInputDialog::getText(m_window.get(), tr("Sandbox admin key"),
                              tr("The admin key of the MODE sandbox at %1. It is kept in the "
                                 "system keychain; leave it empty to remove it.")
                                  .arg(profile.apiUrl.toString()),
                              QLineEdit::Password, QString(), &ok)
            .trimmed();
    if (!ok)
        return;
    const QString name = ProfileStore::sandboxKeySecretName(profile.id);
    if (key.isEmpty())
        m_secrets->remove(name, this, reportSecretFailure());
    else
        m_secrets->write(name, key, this, reportSecretFailure());
    m_session.simulators()->sandbox()->useKey(key);
}

void Dashboard::offerLanguages(const QStringList &codes)
{
    QList<MainWindow::LanguageChoice> choices;
    for (const QString &code : codes)
        choices.append({code, UiLanguage::nativeName(code)});
    m_window->setLanguages(choices, UiLanguage::saved(*m_settings));
}

void Dashboard::openRecording(const QString &path)
{
    if (m_ready) {
        replayNow(path);
        return;
    }
    connect(
        this, &Dashboard::ready, m_window.get(), [this, path] { replayNow(path); },
        Qt::SingleShotConnection);
}

void Dashboard::replayNow(const QString &path)
{
    EventsPage *events = m_window->eventsPage();
    m_window->showPage(m_window->tabs()->indexOf(events));
    m_window->raise();
    m_window->activateWindow();
    events->replay(path);  // a problem shows in the page's status line
}

void Dashboard::chooseAppearance(const QString &choice)
{
    m_settings->setValue(QLatin1String(UiTheme::kSettingsKey), choice);
    UiTheme::apply(choice);
}

void Dashboard::chooseLanguage(const QString &code)
{
    if (code == UiLanguage::saved(*m_settings))
        return;
    m_settings->setValue(QLatin1String(UiLanguage::kSettingsKey), code);
    // Every page builds its text once, so a new language needs a new start;
    // offering the restart here beats a window that is half in each language.
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Language"),
        tr("ModeDesk uses %1 from the next start.")
            .arg(code.isEmpty() ? tr("the system's language") : UiLanguage::nativeName(code)),
        QMessageBox::NoButton, m_window.get());
    box->setObjectName(QStringLiteral("languageRestart"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *restart = box->addButton(tr("&Restart now"), QMessageBox::AcceptRole);
    restart->setObjectName(QStringLiteral("restartNow"));
    box->addButton(tr("&Later"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("later"));
    connect(box, &QMessageBox::finished, this, [box, restart] {
        if (box->clickedButton() != restart)
            return;
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(), {}))
            QCoreApplication::quit();
    });
    box->open();
}

}  // namespace ModeDesk
