// The shipped translations: every entry finished and faithful to its source
// (placeholders, markup, accelerators), the .ts files in step with the code
// (a fresh lupdate adds and removes nothing), and the .qm files loading at
// run time with the contexts the code really uses.
#include "apierror.h"
#include "errortext.h"
#include "modelformat.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ModeDesk;

namespace {

struct Entry {
    QString context;
    QString source;
    bool numerus = false;
    QString type;  // "", "unfinished", "vanished", "obsolete"
    QStringList forms;
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            entry = Entry{
                context, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            entry.source = xml.readElementText();
        } else if (name == u"translation") {
            entry.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (entry.numerus) {
                while (xml.readNextStartElement())
                    entry.forms << xml.readElementText();
            } else {
                entry.forms << xml.readElementText();
            }
            entries << entry;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList matches(const QString &text, const QRegularExpression &pattern)
{
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return sorted(found);
}

// What a translation must keep from its source.
QString mismatch(const QString &source, const QString &translation)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z0-9]+"));
    static const QRegularExpression accelerator(QStringLiteral("&(?!&|[a-z]+;|#\\d+;)\\S"));
    if (translation.trimmed().isEmpty())
        return QStringLiteral("empty translation");
    if (matches(source, placeholder) != matches(translation, placeholder))
        return QStringLiteral("placeholders differ");
    if (matches(source, tag) != matches(translation, tag))
        return QStringLiteral("markup differs");
    if (source.contains(accelerator) != translation.contains(accelerator))
        return QStringLiteral("accelerator (&) added or lost");
    return {};
}

QStringList sourceFiles()
{
    QStringList files;
    for (const char *folder : {"api", "models", "views", "app"}) {
        QDirIterator it(QStringLiteral(MODEDESK_SOURCE_DIR "/") + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    return files;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(MODEDESK_SOURCE_DIR "/translations/modedesk_%1.ts").arg(language);
}

}  // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    // Every entry translated, nothing left over, and each one keeps its
    // source's placeholders, markup and accelerator.
    void complete()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Entry> entries = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(entries.size() > 600);
        QStringList problems;
        for (const Entry &e : entries) {
            const QString where = e.context + QStringLiteral(" \"") + e.source + u'"';
            if (!e.type.isEmpty()) {
                problems << e.type + QStringLiteral(": ") + where;
                continue;
            }
            // German has two plural forms, Japanese one.
            const qsizetype wantForms = e.numerus ? (language == u"de" ? 2 : 1) : 1;
            if (e.forms.size() != wantForms)
                problems << QStringLiteral("wrong number of plural forms: ") + where;
            for (const QString &form : e.forms) {
                const QString why = mismatch(e.source, form);
                if (!why.isEmpty())
                    problems << why + QStringLiteral(": ") + where + QStringLiteral(" -> ") + form;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // English carries only plural forms ("1 device", "2 devices").
    void englishPlurals()
    {
        QString error;
        const QList<Entry> entries = readTs(tsPath(QStringLiteral("en")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!entries.isEmpty());
        for (const Entry &e : entries) {
            QVERIFY2(e.numerus && e.type.isEmpty() && e.forms.size() == 2 &&
                         !e.forms.at(0).isEmpty() && !e.forms.at(1).isEmpty(),
                     qPrintable(e.source));
            QVERIFY2(!e.forms.at(1).contains(QStringLiteral("(s)")), qPrintable(e.source));
        }
    }

    // A fresh lupdate over the sources finds no new string (it would be
    // "unfinished") and none gone ("vanished"): the .ts files are up to date.
    void inStepWithSources()
    {
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QStringList sources = sourceFiles();
        QVERIFY(sources.size() > 50);
        for (const QString &language :
             {QStringLiteral("de"), QStringLiteral("ja"), QStringLiteral("en")}) {
            const QString copy = scratch.filePath(QStringLiteral("modedesk_%1.ts").arg(language));
            QVERIFY(QFile::copy(tsPath(language), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QStringList args{QStringLiteral("-silent"), QStringLiteral("-locations"),
                             QStringLiteral("none")};
            if (language == u"en")
                args << QStringLiteral("-pluralonly");
            args << sources << QStringLiteral("-ts") << copy;
            QProcess lupdate;
            lupdate.start(QStringLiteral(MODEDESK_LUPDATE), args);
            QVERIFY2(lupdate.waitForFinished(60'000), "lupdate did not finish");
            QCOMPARE(lupdate.exitStatus(), QProcess::NormalExit);
            QCOMPARE(lupdate.exitCode(), 0);

            QString error;
            QStringList stale;
            for (const Entry &e : readTs(copy, &error)) {
                if (!e.type.isEmpty())
                    stale << e.type + QStringLiteral(": ") + e.context + u' ' + e.source;
            }
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(stale.isEmpty(),
                     qPrintable(QStringLiteral("translations/modedesk_%1.ts is out of date; run "
                                               "cmake --build <dir> --target "
                                               "update_translations, then translate:\n")
                                    .arg(language) +
                                stale.join(u'\n')));
        }
    }

    void languagesOffered()
    {
        const QStringList codes = UiLanguage::available(QStringLiteral(MODEDESK_QM_DIR));
        QCOMPARE(codes.count(QStringLiteral("en")), 1);
        QVERIFY(codes.contains(QStringLiteral("de")));
        QVERIFY(codes.contains(QStringLiteral("ja")));
        QCOMPARE(UiLanguage::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(UiLanguage::nativeName(QStringLiteral("ja")), QStringLiteral("日本語"));
        QCOMPARE(UiLanguage::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    }

    // The .qm files load, and the contexts the code asks for are the ones
    // lupdate wrote (a free function's translate() can drift from them).
    void loadsAtRunTime()
    {
        UiLanguage language;
        QVERIFY(language.install(QLocale(QStringLiteral("de")), QStringLiteral(MODEDESK_QM_DIR)));
        QCOMPARE(QCoreApplication::translate("ModeDesk::MainWindow", "&File"),
                 QStringLiteral("&Datei"));
        ApiError busy;
        busy.kind = ApiError::Kind::Http;
        busy.httpStatus = 503;
        QVERIFY2(ErrorText::explain(busy).contains(QStringLiteral("Server")) &&
                     !ErrorText::explain(busy).contains(QStringLiteral("busy")),
                 qPrintable(ErrorText::explain(busy)));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(ModelFormat::ago(now.addSecs(-120), now), QStringLiteral("vor 2 Minuten"));
        QCOMPARE(ModelFormat::ago(now.addSecs(-3600), now), QStringLiteral("vor 1 Stunde"));

        QVERIFY(language.install(QLocale(QStringLiteral("ja")), QStringLiteral(MODEDESK_QM_DIR)));
        QCOMPARE(ModelFormat::ago(now.addSecs(-120), now), QStringLiteral("2 分前"));

        QVERIFY(language.install(QLocale(QStringLiteral("en")), QStringLiteral(MODEDESK_QM_DIR)));
        QCOMPARE(QCoreApplication::translate("ModeDesk::MainWindow", "%n device(s), %1 online",
                                             nullptr, 1),
                 QStringLiteral("1 device, %1 online"));
        QCOMPARE(QCoreApplication::translate("ModeDesk::MainWindow", "%n device(s), %1 online",
                                             nullptr, 3),
                 QStringLiteral("3 devices, %1 online"));

        // A language with no catalogue gets English, plurals included.
        QVERIFY(!language.install(QLocale(QLocale::French), QStringLiteral(MODEDESK_QM_DIR)));
        QCOMPARE(QCoreApplication::translate("ModeDesk::MainWindow", "%n device(s), %1 online",
                                             nullptr, 2),
                 QStringLiteral("2 devices, %1 online"));
        QCOMPARE(QCoreApplication::translate("ModeDesk::MainWindow", "&File"),
                 QStringLiteral("&File"));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
