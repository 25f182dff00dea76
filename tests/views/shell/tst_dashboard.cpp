// The dashboard as a user drives it: QTest types and clicks in the real
// window (offscreen) against an in-process sandbox. Sign in (each account
// mode and a pasted key), create a home, add a member, set and delete KV
// pairs, see a device come online, rename it, the account page, sign out.
#include "dashboardfixture.h"
#include "profiledialog.h"
#include "themecolours.h"
#include "uilanguage.h"
#include "uitheme.h"

#include <QAccessible>
#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTextEdit>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

class TestDashboard : public DashboardTestBase
{
    Q_OBJECT

private slots:
    void cleanup() { resetDashboard(); }

    void signInWithEmail()
    {
        startDashboard(AccountMode::Email);
        const TestUser user = m_sandbox->signUp(QStringLiteral("Ana"));
        SignInDialog *dialog = signInDialog();
        typeInto(dialog->field(QStringLiteral("email")), user.login);
        typeInto(dialog->field(QStringLiteral("password")), QStringLiteral("wrong-password"));
        QTest::mouseClick(dialog->button(QStringLiteral("signIn")), Qt::LeftButton);
        QTRY_VERIFY(dialog->status()->isShowingError());
        QVERIFY2(dialog->status()->text().contains(QStringLiteral("Wrong password")),
                 qPrintable(dialog->status()->text()));
        typeInto(dialog->field(QStringLiteral("password")), user.password);
        QTest::keyClick(dialog->field(QStringLiteral("password")), Qt::Key_Return);
        waitSignedIn();
        QCOMPARE(m_dashboard->session()->userId(), user.id);
        // The key went to the secret store, and nowhere else.
        QCOMPARE(m_secrets->count(), 1);
        const QString ini = QString::fromUtf8([&] {
            m_settings->sync();
            QFile f(m_settings->fileName());
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }());
        QVERIFY(!ini.contains(m_dashboard->session()->key()));
        QVERIFY(!ini.contains(user.password));
    }

    void signUpAndSignInWithPhone()
    {
        startDashboard(AccountMode::Phone);
        SignInDialog *dialog = signInDialog();
        dialog->tabs()->setCurrentIndex(1);
        typeInto(dialog->field(QStringLiteral("newName")), QStringLiteral("Bo"));
        typeInto(dialog->field(QStringLiteral("newPhone")), QStringLiteral("+15550123456"));
        QTest::mouseClick(dialog->button(QStringLiteral("signUp")), Qt::LeftButton);
        QTRY_COMPARE(dialog->tabs()->currentIndex(), 0);
        const QString code = m_sandbox->lastMessageTo(QStringLiteral("+15550123456"))
                                 .value(QStringLiteral("code"))
                                 .toString();
        QVERIFY(!code.isEmpty());
        typeInto(dialog->field(QStringLiteral("code")), code);
        QTest::mouseClick(dialog->button(QStringLiteral("signIn")), Qt::LeftButton);
        waitSignedIn();

        // Signing in again later: ask for a code, read it, use it.
        m_dashboard->signOut();
        QTRY_COMPARE(m_dashboard->session()->state(), Session::State::SignedOut);
        m_dashboard->showSignIn();
        dialog = signInDialog();
        typeInto(dialog->field(QStringLiteral("phone")), QStringLiteral("+15550123456"));
        QTest::mouseClick(dialog->button(QStringLiteral("sendCode")), Qt::LeftButton);
        QTRY_VERIFY(dialog->status()->text().contains(QStringLiteral("Code sent")));
        typeInto(dialog->field(QStringLiteral("code")),
                 m_sandbox->lastMessageTo(QStringLiteral("+15550123456"))
                     .value(QStringLiteral("code"))
                     .toString());
        QTest::mouseClick(dialog->button(QStringLiteral("signIn")), Qt::LeftButton);
        waitSignedIn();
    }

    void signInWithByou()
    {
        startDashboard(AccountMode::Byou);
        const QString projectKey = m_sandbox->createProjectKey({QStringLiteral("byou")});
        const TestUser user = m_sandbox->signUp();
        SignInDialog *dialog = signInDialog();
        typeInto(dialog->field(QStringLiteral("projectKey")), projectKey);
        typeInto(dialog->field(QStringLiteral("userId")), QString::number(user.id));
        QTest::mouseClick(dialog->button(QStringLiteral("signIn")), Qt::LeftButton);
        waitSignedIn();
        QCOMPARE(m_dashboard->session()->userId(), user.id);
        // BYOU projects have no live socket: refused, said so, and still signed in.
        QTRY_COMPARE(m_dashboard->session()->events()->health().state, LinkState::Refused);
        QCOMPARE(m_dashboard->session()->state(), Session::State::SignedIn);
    }

    void signInWithAPastedKey()
    {
        startDashboard(AccountMode::Email);
        const TestUser user = m_sandbox->signUp();
        const TestDevice device = m_sandbox->provisionDevice();
        SignInDialog *dialog = signInDialog();
        dialog->tabs()->setCurrentIndex(dialog->tabs()->count() - 1);
        typeInto(dialog->field(QStringLiteral("apiKey")), device.apiKey);
        QTest::mouseClick(dialog->button(QStringLiteral("useKey")), Qt::LeftButton);
        QTRY_VERIFY(dialog->status()->text().contains(QStringLiteral("device key")));
        typeInto(dialog->field(QStringLiteral("apiKey")), user.key);
        QTest::mouseClick(dialog->button(QStringLiteral("useKey")), Qt::LeftButton);
        waitSignedIn();
    }

    void aStoredKeySignsInAndARevokedOneAsksAgain()
    {
        const TestUser user = signedInUser();
        QCOMPARE(m_dashboard->session()->userId(), user.id);
        // Someone ends the session elsewhere: the dashboard notices and asks.
        m_sandbox->http().del(QStringLiteral("/userSession"), user.key);
        QVERIFY(signInDialog() != nullptr);
        QTRY_COMPARE(m_dashboard->session()->state(), Session::State::SignedOut);
        QTRY_COMPARE(m_secrets->count(), 0);
    }

    void createAHomeAddAMemberAndEditKeyValues()
    {
        signedInUser();
        MainWindow *window = m_dashboard->window();
        const TestUser bo = m_sandbox->signUp(QStringLiteral("Bo"));

        answerNextModal([](QWidget *w) {
            auto *dialog = qobject_cast<NewHomeDialog *>(w);
            QVERIFY(dialog);
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Beach House"));
            dialog->timezoneBox()->setCurrentText(QStringLiteral("Nowhere/Atlantis"));
            dialog->accept();  // refused: not a time zone
            QVERIFY(dialog->isVisible());
            dialog->timezoneBox()->setCurrentText(QStringLiteral("Europe/Lisbon"));
            dialog->accept();
        });
        window->homesPanel()->createHome();
        QTRY_COMPARE(m_dashboard->session()->homes()->rowCount(), 1);
        QCOMPARE(m_dashboard->session()->homes()->record(0).timezone,
                 QStringLiteral("Europe/Lisbon"));
        QTRY_VERIFY(m_dashboard->session()->home()->homeId() != 0);
        QTRY_VERIFY(!m_dashboard->session()->home()->isLoading());

        // Add a member.
        window->showPage(1);
        MembersPage *members = window->membersPage();
        typeInto(members->inviteEdit(), bo.login);
        QTest::mouseClick(members->addButton(), Qt::LeftButton);
        QTRY_COMPARE(m_dashboard->session()->home()->members()->rowCount(), 2);

        // Set a pair; an invalid JSON edit is refused and loses nothing.
        window->showPage(2);
        KeyValuesPage *kv = window->keyValuesPage();
        typeInto(kv->keyEdit(), QStringLiteral("scene"));
        kv->valueEditor()->setText(QStringLiteral("{\"lights\": on}"));
        QVERIFY(!kv->valueEditor()->isValid());
        QPushButton *save = kv->saveButton();
        QVERIFY(!save->isEnabled());
        QString problem;
        kv->valueEditor()->value(nullptr, &problem);
        QVERIFY2(problem.startsWith(QStringLiteral("Line 1, column")), qPrintable(problem));
        QCOMPARE(kv->valueEditor()->text(),
                 QStringLiteral("{\"lights\": on}"));  // still there to fix
        kv->valueEditor()->setText(QStringLiteral("{\"lights\": true, \"level\": 70}"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(m_dashboard->session()->home()->keyValues()->rowCount(), 1);
        const qint64 home = m_dashboard->session()->home()->homeId();
        const HttpResult stored =
            m_sandbox->http().get(QStringLiteral("/homes/%1/kv/scene").arg(home), bo.key);
        QCOMPARE(stored.object()
                     .value(QStringLiteral("value"))
                     .toObject()
                     .value(QStringLiteral("level"))
                     .toInt(),
                 70);

        // Someone else changes it: the row updates live and is highlighted.
        const TestUser ana{m_dashboard->session()->userId(), m_dashboard->session()->key(), {}, {}};
        m_sandbox->http().put(QStringLiteral("/homes/%1/kv/mode").arg(home),
                              {{QStringLiteral("value"), QStringLiteral("away")}}, ana.key);
        QTRY_COMPARE(m_dashboard->session()->home()->keyValues()->rowCount(), 2);

        // Delete it (confirming the question).
        kv->table()->selectRow(0);
        QTRY_COMPARE(kv->keyEdit()->text(), QStringLiteral("mode"));
        clickYes();
        QTest::mouseClick(kv->deleteButton(), Qt::LeftButton);
        QTRY_COMPARE(m_dashboard->session()->home()->keyValues()->rowCount(), 1);
        QCOMPARE(
            m_sandbox->http().get(QStringLiteral("/homes/%1/kv/mode").arg(home), ana.key).status,
            404);
    }

    void seeADeviceComeOnlineAndRenameIt()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Workshop"));
        const TestDevice hw = m_sandbox->addDeviceToHome(home, user, QStringLiteral("thermostat"));
        MainWindow *window = m_dashboard->window();
        m_dashboard->session()->reloadHomes();
        QTRY_COMPARE(m_dashboard->session()->home()->homeId(), home);
        QTRY_COMPARE(m_dashboard->session()->home()->devices()->rowCount(), 1);
        DevicesModel *devices = m_dashboard->session()->home()->devices();
        QCOMPARE(devices->index(0, DevicesModel::StatusColumn).data().toString(),
                 QStringLiteral("Offline"));

        SocketProbe socket;
        QVERIFY(socket.open(m_sandbox->url(QStringLiteral("/devices/%1/command").arg(hw.id)),
                            hw.apiKey));
        QTRY_COMPARE(devices->index(0, DevicesModel::StatusColumn).data().toString(),
                     QStringLiteral("Online"));
        QTableView *table = window->devicesPage()->table();
        QCOMPARE(table->model()->index(0, DevicesModel::StatusColumn).data().toString(),
                 QStringLiteral("Online"));

        table->selectRow(0);
        QLineEdit *nameEdit = window->devicesPage()->nameEdit();
        QTRY_COMPARE(nameEdit->text(), QStringLiteral("thermostat unit"));
        typeInto(nameEdit, QStringLiteral("Attic thermostat"));
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QTRY_COMPARE(m_sandbox->http()
                         .get(QStringLiteral("/devices/%1").arg(hw.id), user.key)
                         .object()
                         .value(QStringLiteral("name"))
                         .toString(),
                     QStringLiteral("Attic thermostat"));
        QTRY_COMPARE(devices->record(0).name, QStringLiteral("Attic thermostat"));
    }

    void signOutEndsTheSession()
    {
        const TestUser user = signedInUser();
        QCOMPARE(m_secrets->count(), 1);
        m_dashboard->signOut();
        QTRY_COMPARE(m_dashboard->session()->state(), Session::State::SignedOut);
        QTRY_COMPARE(m_secrets->count(), 0);
        // The key stops working on the server at once.
        QTRY_COMPARE(m_sandbox->http().get(QStringLiteral("/userSession"), user.key).status, 401);
    }

    void accountPageEditsAndSignsOut()
    {
        const TestUser user = signedInUser();
        m_dashboard->showAccount();
        AccountDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_dashboard->window()->findChild<AccountDialog *>()) != nullptr);
        QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        QTRY_VERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->text().contains(QStringLiteral("Key identity (GET /auth): user"));
        }));
        QTRY_VERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->text().startsWith(QStringLiteral("Session started"));
        }));
        QLineEdit *name = nullptr;
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
            if (edit->accessibleName() == QStringLiteral("Name"))
                name = edit;
        QTRY_COMPARE(name->text(), QStringLiteral("Ana"));
        typeInto(name, QStringLiteral("Ana Lima"));
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&Save changes"))
                QTest::mouseClick(b, Qt::LeftButton);
        QTRY_COMPARE(m_sandbox->http()
                         .get(QStringLiteral("/users/%1").arg(user.id), user.key)
                         .object()
                         .value(QStringLiteral("name"))
                         .toString(),
                     QStringLiteral("Ana Lima"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signOut")),
                          Qt::LeftButton);
        QTRY_COMPARE(m_dashboard->session()->state(), Session::State::SignedOut);
        QTRY_COMPARE(m_sandbox->http().get(QStringLiteral("/userSession"), user.key).status, 401);
    }

    void serverTroubleIsShownWhereTheUserLooks()
    {
        signedInUser();
        MainWindow *window = m_dashboard->window();
        m_sandbox->http().post(QStringLiteral("/sandbox/faults"),
                               {{QStringLiteral("path"), QStringLiteral("/homes")},
                                {QStringLiteral("method"), QStringLiteral("POST")},
                                {QStringLiteral("status"), 503}},
                               m_sandbox->adminKey());
        // A refused home is said in the dialog, which stays open with what was typed.
        bool said = false;
        answerNextModal([&said](QWidget *w) {
            auto *dialog = qobject_cast<NewHomeDialog *>(w);
            QVERIFY(dialog);
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Busy"));
            dialog->accept();
            QTRY_VERIFY(dialog->status()->isShowingError());
            said = dialog->status()->text().contains(QStringLiteral("busy")) &&
                   dialog->isVisible() && dialog->name() == QStringLiteral("Busy");
            dialog->reject();
        });
        window->homesPanel()->createHome();
        QVERIFY(said);
        QCOMPARE(m_dashboard->session()->homes()->rowCount(), 0);
    }

    void languageMenuSavesTheChoiceAndOffersARestart()
    {
        signedInUser();
        MainWindow *window = m_dashboard->window();
        m_dashboard->offerLanguages(
            {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")});
        auto *system = window->findChild<QAction *>(QStringLiteral("language_system"));
        auto *german = window->findChild<QAction *>(QStringLiteral("language_de"));
        auto *japanese = window->findChild<QAction *>(QStringLiteral("language_ja"));
        QVERIFY(system && german && japanese);
        QVERIFY(system->isChecked());  // nothing chosen yet: the system's language
        QCOMPARE(japanese->text(), QStringLiteral("日本語"));

        german->trigger();
        QCOMPARE(m_settings->value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        QVERIFY(german->isChecked());
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("languageRestart"))) &&
                    box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("Deutsch")));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("later")), Qt::LeftButton);
        QTRY_VERIFY(!window->findChild<QMessageBox *>(QStringLiteral("languageRestart")));
        QCOMPARE(m_dashboard->session()->state(), Session::State::SignedIn);  // still running

        system->trigger();  // back to following the system
        QVERIFY(m_settings->value(QStringLiteral("ui/language")).toString().isEmpty());
        QTRY_VERIFY(window->findChild<QMessageBox *>(QStringLiteral("languageRestart")));
        window->findChild<QMessageBox *>(QStringLiteral("languageRestart"))->reject();
    }

    // File > Appearance applies at once: the palette, the chart's theme and
    // ModeDesk's own colours (errors) all turn dark, and "system" undoes it.
    void appearanceSwitchesLiveAndIsRemembered()
    {
        signedInUser();
        MainWindow *window = m_dashboard->window();
        UiTheme::rememberSystemLook();
        const QPalette systemPalette = QApplication::palette();
        auto *dark = window->findChild<QAction *>(QStringLiteral("appearance_dark"));
        auto *system = window->findChild<QAction *>(QStringLiteral("appearance_system"));
        QVERIFY(dark && system);
        QVERIFY(system->isChecked());
        QVERIFY(!ThemeColours::isDark());

        dark->trigger();
        QCOMPARE(m_settings->value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        QVERIFY(ThemeColours::isDark());
        QTRY_VERIFY(ThemeColours::isDark(window->palette()));
        QTRY_COMPARE(window->chartPage()->chartView()->chart()->theme(), QChart::ChartThemeDark);
        StatusLine *status = window->homesPanel()->status();
        status->showError(QStringLiteral("Something failed"));
        QVERIFY(status->findChild<QLabel *>()->styleSheet().contains(
            ThemeColours::error(window->palette()).name()));

        system->trigger();
        QCOMPARE(m_settings->value(QStringLiteral("ui/theme")).toString(),
                 QStringLiteral("system"));
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 systemPalette.color(QPalette::Window));
        QTRY_COMPARE(window->chartPage()->chartView()->chart()->theme(), QChart::ChartThemeLight);
        QVERIFY(status->findChild<QLabel *>()->styleSheet().contains(
            ThemeColours::error(window->palette()).name()));
    }

    // Opt-in (MODEDESK_SCREENSHOT_DIR): the dialogs in English, German and
    // Japanese, light and dark, to look at; translations must not clip.
    void dialogScreenshots()
    {
        const QString folder = qEnvironmentVariable("MODEDESK_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set MODEDESK_SCREENSHOT_DIR to write screenshots");
        UiTheme::rememberSystemLook();
        startSandbox(AccountMode::Email);
        const TestUser user = m_sandbox->signUp(QStringLiteral("Ana"));
        const auto save = [&](QWidget *w, const QString &name) {
            QTest::qWait(100);
            QVERIFY(w->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
        };
        for (const QString &look : {QStringLiteral("light"), QStringLiteral("dark")}) {
            UiTheme::apply(look);
            for (const QString &code :
                 {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")}) {
                UiLanguage language;
                QVERIFY(language.install(QLocale(code), QStringLiteral(MODEDESK_QM_DIR)));
                const QString prefix = code + u'-' + look + u'-';
                startDashboard(AccountMode::Email);
                SignInDialog *signIn = signInDialog();
                auto *tabs = signIn->findChild<QTabWidget *>();
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    save(signIn, prefix + QStringLiteral("signin-%1").arg(i));
                }
                tabs->setCurrentIndex(0);
                typeInto(signIn->field(QStringLiteral("email")), user.login);
                typeInto(signIn->field(QStringLiteral("password")), user.password);
                QTest::mouseClick(signIn->button(QStringLiteral("signIn")), Qt::LeftButton);
                waitSignedIn();
                m_dashboard->showAccount();
                AccountDialog *account = nullptr;
                QTRY_VERIFY((account = m_dashboard->window()->findChild<AccountDialog *>()));
                QTest::qWait(300);  // the session details arrive
                save(account, prefix + QStringLiteral("account"));
                account->reject();
                emit m_dashboard->window()->editProfileRequested();
                QWidget *profile = nullptr;
                QTRY_VERIFY((profile = QApplication::activeModalWidget()));
                save(profile, prefix + QStringLiteral("profile"));
                qobject_cast<QDialog *>(profile)->reject();
                m_dashboard.reset();
            }
        }
        UiTheme::apply(QStringLiteral("system"));
    }

    // A new profile for a server on this machine is tagged as a sandbox (green), one
    // for another server as production (red), until the user picks a colour.
    void aNewProfileForThisMachineIsNotTaggedProduction()
    {
        signedInUser();
        emit m_dashboard->window()->newProfileRequested();
        QTRY_VERIFY(qobject_cast<ProfileDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<ProfileDialog *>(QApplication::activeModalWidget());
        QLineEdit *url = nullptr;
        QComboBox *colour = nullptr;
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->text() == QStringLiteral("API &URL:"))
                url = qobject_cast<QLineEdit *>(label->buddy());
            if (label->text() == QStringLiteral("&Colour tag:"))
                colour = qobject_cast<QComboBox *>(label->buddy());
        }
        QVERIFY(url && colour);
        typeInto(url, QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(colour->currentData().toString(), QStringLiteral("#2e7d32"));
        typeInto(url, QStringLiteral("https://api.example.com"));
        QCOMPARE(colour->currentData().toString(), QStringLiteral("#c62828"));
        dialog->reject();
        // Editing the profile in use keeps its tag whatever its URL.
        emit m_dashboard->window()->editProfileRequested();
        QTRY_VERIFY(qobject_cast<ProfileDialog *>(QApplication::activeModalWidget()));
        dialog = qobject_cast<ProfileDialog *>(QApplication::activeModalWidget());
        const QString kept = dialog->profile().colour.name();
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->text() == QStringLiteral("API &URL:"))
                typeInto(qobject_cast<QLineEdit *>(label->buddy()),
                         QStringLiteral("https://api.example.com"));
        }
        QCOMPARE(dialog->profile().colour.name(), kept);
        dialog->reject();
    }

    // Screen readers announce a control by its accessible name (set, or taken
    // from its text or its label): every control on every page has one.
    void everyControlHasAnAccessibleName()
    {
        signedInUser();
        MainWindow *window = m_dashboard->window();
        QStringList unnamed;
        const auto audit = [&](QWidget *root, const QString &where) {
            for (QWidget *w : root->findChildren<QWidget *>()) {
                // A label's shortcut (&Key:) works, and reads, only with a buddy.
                static const QRegularExpression mnemonic(QStringLiteral("&[^&\\s]"));
                if (auto *label = qobject_cast<QLabel *>(w);
                    label && label->isVisibleTo(root) && !label->buddy() &&
                    !Qt::mightBeRichText(label->text()) && label->text().contains(mnemonic))
                    unnamed << where + QStringLiteral(": a label shows its & (no buddy): ") +
                                   label->text();
                const bool control =
                    qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                    qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                    qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                    qobject_cast<QTextEdit *>(w);
                // Parts of a composite (a combo's line edit, a spin box's
                // editor, a tab bar's scroll arrows) are named by their owner.
                const bool part = qobject_cast<QComboBox *>(w->parentWidget()) ||
                                  qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
                                  qobject_cast<QTabBar *>(w->parentWidget()) ||
                                  qobject_cast<QAbstractItemView *>(w->parentWidget()) ||
                                  w->inherits("QComboBoxPrivateContainer") ||
                                  w->inherits("QCalendarWidget");
                if (!control || part || !w->isVisibleTo(root))
                    continue;
                QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
                if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed << where + QStringLiteral(": ") +
                                   QString::fromLatin1(w->metaObject()->className()) +
                                   QStringLiteral(" '") + w->objectName() + u'\'';
            }
        };
        for (int i = 0; i < window->tabs()->count(); ++i) {
            window->showPage(i);
            QTest::qWait(20);
            audit(window, window->tabs()->tabText(i).remove(u'&'));
        }
        m_dashboard->showAccount();
        QTRY_VERIFY(QApplication::activeModalWidget() || window->findChild<AccountDialog *>());
        if (auto *account = window->findChild<AccountDialog *>()) {
            audit(account, QStringLiteral("Account"));
            account->reject();
        }
        emit window->editProfileRequested();
        QTRY_VERIFY(QApplication::activeModalWidget());
        QWidget *profile = QApplication::activeModalWidget();
        audit(profile, QStringLiteral("Profile"));
        qobject_cast<QDialog *>(profile)->reject();
        m_dashboard->signOut();
        QTRY_COMPARE(m_dashboard->session()->state(), Session::State::SignedOut);
        m_dashboard->showSignIn();
        SignInDialog *signIn = signInDialog();
        auto *tabs = signIn->findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            audit(signIn, QStringLiteral("Sign in / ") + tabs->tabText(i).remove(u'&'));
        }
        signIn->reject();
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
