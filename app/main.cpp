// modedesk: the desktop dashboard. Until the dashboard lands it answers
// --version and --help, and points at the sandbox.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("modedesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("ModeDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MODEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Desktop dashboard for fleets on the MODE IoT cloud (API v2.1)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QTextStream(stdout) << "The dashboard window is not part of this build yet. Run "
                           "modedesk-sandbox --demo for the local MODE server.\n";
    return 0;
}
