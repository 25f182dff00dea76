// modedesk: the desktop dashboard for fleets on the MODE IoT cloud.
#include "dashboard.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "pageregistry.h"
#include "uilanguage.h"
#include "uitheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

using namespace ModeDesk;

namespace {

struct CommandLine {
    QString language;
    QString theme;
    QString recording;  // a .jsonl opened from the file manager
    QString profile;
    QString screenshot;
    int page = 0;
    QString view;  // "fleet" or "alerts" instead of a home page
    int delayMs = 6000;
    QSize size;  // unset: the window's own (1280x800, or less on a smaller screen)
};

CommandLine parse(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main",
        "Desktop dashboard for fleets on the MODE IoT cloud (API v2.1). With no profile "
        "yet, it starts a local MODE sandbox with demo data and signs in to it."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QApplication::translate("main", "Open the connection profile with this id."),
        QStringLiteral("id"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main",
                                "Once signed in and loaded, save the window as a PNG and quit."),
        QStringLiteral("file"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QApplication::translate("main", "With --screenshot: the page to show (%1).")
            .arg((PageRegistry::names() << QStringLiteral("fleet") << QStringLiteral("alerts"))
                     .join(QStringLiteral(", "))),
        QStringLiteral("name"), PageRegistry::names().constFirst());
    const QCommandLineOption size(QStringLiteral("size"),
                                  QApplication::translate("main", "Window size, e.g. 1920x1080."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption delay(
        QStringLiteral("screenshot-delay"),
        QApplication::translate(
            "main", "With --screenshot: milliseconds to wait once loaded (default 6000)."),
        QStringLiteral("ms"), QStringLiteral("6000"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main",
                                "User interface language, e.g. de or ja (default: the "
                                "system's; remembered for later starts)."),
        QStringLiteral("code"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QApplication::translate("main",
                                "Light or dark: system, light or dark (default: system; "
                                "remembered for later starts)."),
        QStringLiteral("look"));
    parser.addOptions({profile, screenshot, page, size, delay, language, theme});
    parser.addPositionalArgument(
        QStringLiteral("recording"),
        QApplication::translate("main",
                                "An event recording (.jsonl) to replay on the Events "
                                "page once signed in."),
        QStringLiteral("[recording]"));
    parser.process(app);

    CommandLine line;
    line.profile = parser.value(profile);
    line.language = parser.value(language);
    line.theme = parser.value(theme);
    if (!parser.positionalArguments().isEmpty())
        line.recording = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    line.screenshot = parser.value(screenshot);
    line.delayMs = qMax(0, parser.value(delay).toInt());
    line.page = PageRegistry::indexOf(parser.value(page));
    if (parser.value(page) == u"fleet" || parser.value(page) == u"alerts")
        line.view = parser.value(page);
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    if (parser.isSet(size) && wh.size() == 2 && wh.at(0).toInt() > 0 && wh.at(1).toInt() > 0)
        line.size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    return line;
}

// macOS hands a recording opened in Finder over as a QFileOpenEvent, not in argv.
class FileOpenHandler : public QObject
{
public:
    explicit FileOpenHandler(Dashboard *dashboard) : m_dashboard(dashboard) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FileOpen) {
            m_dashboard->openRecording(static_cast<QFileOpenEvent *>(event)->file());
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    Dashboard *m_dashboard;
};

}  // namespace

int main(int argc, char *argv[])
{
    // --help and --version print and quit: they need no display (a terminal
    // on a server has none), so they get the display-less platform.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" ||
             arg == "-v") &&
            !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "minimal");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ModeDesk"));
    QApplication::setOrganizationName(QStringLiteral("ModeDesk"));
    QApplication::setApplicationVersion(QStringLiteral(MODEDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.modedesk.ModeDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/modedesk.svg")));
    const CommandLine line = parse(app);

    // The interface language: --language (remembered), else the saved choice
    // (File > Language), else the system's.
    QSettings settings;
    if (!line.language.isEmpty())
        settings.setValue(QLatin1String(UiLanguage::kSettingsKey), line.language);
    const QLocale locale = UiLanguage::localeFor(UiLanguage::saved(settings));
    QLocale::setDefault(locale);
    const QString translations = QStringLiteral(":/i18n");  // compiled in: see app/CMakeLists.txt
    UiLanguage language;
    language.install(locale, translations);
    if (UiTheme::choices().contains(line.theme))
        settings.setValue(QLatin1String(UiTheme::kSettingsKey), line.theme);
    UiTheme::rememberSystemLook();
    UiTheme::apply(UiTheme::saved(settings));

    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(data);
    KeychainSecretStore secrets(QStringLiteral("ModeDesk"));
    Dashboard dashboard(&settings, &secrets, {data, true});
    dashboard.offerLanguages(UiLanguage::available(translations));
    if (!line.recording.isEmpty())
        dashboard.openRecording(line.recording);
    FileOpenHandler fileOpen(&dashboard);
    app.installEventFilter(&fileOpen);
    MainWindow *window = dashboard.window();
    if (line.size.isValid())
        window->resize(line.size);
    window->show();

    if (!line.screenshot.isEmpty()) {
        const auto capture = [&] {
            if (line.page >= 0)
                window->showPage(line.page);
            else if (line.view == u"fleet")
                window->showView(MainWindow::View::Fleet);
            else if (line.view == u"alerts")
                window->showView(MainWindow::View::Alerts);
            // A moment for the layout and the first live events.
            QTimer::singleShot(line.delayMs, &app, [&] {
                const bool saved = window->grab().save(line.screenshot);
                QTextStream(stderr)
                    << (saved ? "saved " : "could not save ") << line.screenshot << "\n";
                app.exit(saved ? 0 : 1);
            });
        };
        QObject::connect(&dashboard, &Dashboard::ready, &app, capture);
        QTimer::singleShot(30'000, &app, capture);  // whatever is on screen by then
    }
    dashboard.start(line.profile);
    return app.exec();
}
