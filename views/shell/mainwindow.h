// The dashboard's window: profile switcher, homes, the chosen home's pages
// (devices, members, key-values, smart modules), and the live link's health
// in the status bar. It binds to Session's models and asks the app (through
// signals) for what belongs to it: profiles, sign-in, secrets.
#pragma once

#include "connectionprofile.h"
#include "pageregistry.h"

#include <QMainWindow>
#include <QVariantMap>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace ModeDesk {

class AlertNotifier;
class AlertsPage;
class ChartPage;
class CommandComposer;
class ProvisioningPage;
class SimulatorPage;
class DevicesPage;
class ElidedLabel;
class EventsPage;
class FleetPage;
class HistoryPage;
class HomesPanel;
class KeyValuesPage;
class LinkStatusWidget;
class MembersPage;
class Session;
class TablePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);

    void setProfiles(const QList<ConnectionProfile> &profiles, const QString &currentId);
    struct LanguageChoice {
        QString code;  // "de"
        QString name;  // "Deutsch"
    };
    // File > Language: "System language" plus these; current is the saved code.
    void setLanguages(const QList<LanguageChoice> &choices, const QString &current);
    // File > Appearance: checks "system", "light" or "dark".
    void setAppearance(const QString &current);
    // Shown in place of the homes while signed out (or while starting up).
    void setSignedOutMessage(const QString &text);
    // A problem with the server itself, in the status bar until cleared with
    // an empty text; offerRestart adds "Restart now" (the local sandbox).
    void setBackendNotice(const QString &text, bool offerRestart, const QString &detail = {});
    QString backendNotice() const;

    HomesPanel *homesPanel() const { return m_homes; }
    DevicesPage *devicesPage() const { return m_devices; }
    MembersPage *membersPage() const { return m_members; }
    KeyValuesPage *keyValuesPage() const { return m_keyValues; }
    TablePage *smartModulesPage() const { return m_modules; }
    EventsPage *eventsPage() const { return m_events; }
    ChartPage *chartPage() const { return m_chartPage; }
    HistoryPage *historyPage() const { return m_history; }
    FleetPage *fleetPage() const { return m_fleet; }
    AlertsPage *alertsPage() const { return m_alerts; }
    AlertNotifier *alertNotifier() const { return m_notifier; }
    CommandComposer *composer() const { return m_composer; }
    SimulatorPage *simulator() const { return m_simulator; }
    ProvisioningPage *provisioning() const { return m_provisioning; }
    QTabWidget *tabs() const { return m_tabs; }
    LinkStatusWidget *linkStatus() const { return m_link; }
    QString homeHeaderText() const;
    void showPage(int index);
    // What the right side shows: the chosen home's pages, or the whole fleet.
    enum class View { Home, Fleet, Alerts };
    void showView(View view);
    View currentView() const;
    // Runs then() at once, or, while a bulk import runs, asks question (its %1 is the
    // import's home) and runs it once the import stopped; false if the user keeps it running.
    bool runWhenImportStopped(const QString &question, const QString &stopLabel,
                              const std::function<void()> &then);

signals:
    void profileChosen(const QString &profileId);
    void editProfileRequested();
    void newProfileRequested();
    void signInRequested();
    void signOutRequested();
    void accountRequested();
    void outboxRequested();
    void languageChosen(const QString &code);      // empty: follow the system
    void appearanceChosen(const QString &choice);  // "system", "light", "dark"
    void restartSandboxRequested();
    // Sandbox > Admin key…: give (or remove) this profile's sandbox admin key.
    void sandboxKeyRequested();

public:
    // What the user arranged (kept per profile between runs, by the Dashboard): the
    // view and page, the homes panel, the splitters, the fleet's filters and columns,
    // the chart's window and each home's series, the home on screen.
    QVariantMap workspace() const;
    // Applied at once where it can be; the home once the homes are listed.
    void restoreWorkspace(const QVariantMap &state);
    // The homes list on the left (View > Homes panel, F9).
    void setHomesPanelShown(bool shown);
    bool isHomesPanelShown() const;
    // Every shortcut of the menus with what it does, in menu order (Help > Keyboard shortcuts).
    QList<std::pair<QKeySequence, QString>> shortcuts() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void updateState();
    void updateHomeHeader();
    void updateAlertCount();
    // Clears every page's status line (only those showing an error, if asked).
    void clearStatusLines(bool errorsOnly);
    void showShortcuts();
    void updateImportNotice();
    QWidget *pageWidget(PageRegistry::Page page) const;
    static QKeySequence pageShortcut(int index);

    Session *m_session;
    QComboBox *m_profiles;
    QLabel *m_user;
    QStackedWidget *m_stack;
    QLabel *m_signedOut;
    HomesPanel *m_homes;
    QWidget *m_leftPane;  // the Fleet/Alerts buttons and the homes
    ElidedLabel *m_homeTitle;
    ElidedLabel *m_homeInfo;
    QTabWidget *m_tabs;
    DevicesPage *m_devices;
    MembersPage *m_members;
    KeyValuesPage *m_keyValues;
    TablePage *m_modules;
    EventsPage *m_events;
    ChartPage *m_chartPage;
    HistoryPage *m_history;
    FleetPage *m_fleet;
    QStackedWidget *m_views;
    QPushButton *m_fleetButton;
    AlertsPage *m_alerts;
    QPushButton *m_alertsButton;
    AlertNotifier *m_notifier;
    CommandComposer *m_composer;
    SimulatorPage *m_simulator;
    ProvisioningPage *m_provisioning;
    QAction *m_homesPanelAction = nullptr;
    LinkStatusWidget *m_link;
    QToolButton *m_reconnect;
    QLabel *m_profileBadge;
    QLabel *m_backendNotice;
    QPushButton *m_restartSandbox;
    QLabel *m_importNotice;
    QPushButton *m_importShow;
    bool m_closeAgreed = false;       // the user agreed to quit while an import ran
    bool m_waitingForImport = false;  // an import is stopping for a quit or a switch
    QAction *m_outboxAction = nullptr;
    QAction *m_sandboxKeyAction = nullptr;
    QAction *m_copySandboxKeyAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_accountAction = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_appearanceMenu = nullptr;
};

}  // namespace ModeDesk
