#include "pageregistry.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ModeDesk::PageRegistry {

const QList<PageInfo> &pages()
{
    // Titles keep MainWindow's translation context, where they have always been.
    static const QList<PageInfo> table{
        {Page::Devices, "devices", QT_TRANSLATE_NOOP("ModeDesk::MainWindow", "&Devices")},
        {Page::Members, "members", QT_TRANSLATE_NOOP("ModeDesk::MainWindow", "&Members")},
        {Page::KeyValues, "kv", QT_TRANSLATE_NOOP("ModeDesk::MainWindow", "&Key-values")},
        {Page::SmartModules, "modules",
         QT_TRANSLATE_NOOP("ModeDesk::MainWindow", "&Smart modules")},
        {Page::Events, "events", QT_TRANSLATE_NOOP("ModeDesk::MainWindow", "&Events")},
        {Page::Chart, "chart", QT_TRANSLATE_NOOP("ModeDesk::MainWindow", "&Chart")},
        {Page::History, "history", QT_TRANSLATE_NOOP("ModeDesk::MainWindow", "&History")},
        {Page::Commands, "commands", QT_TRANSLATE_NOOP("ModeDesk::MainWindow", "C&ommands")},
        {Page::Simulator, "simulator", QT_TRANSLATE_NOOP("ModeDesk::MainWindow", "Simula&tor")},
        {Page::Provisioning, "provisioning",
         QT_TRANSLATE_NOOP("ModeDesk::MainWindow", "&Provisioning")},
    };
    return table;
}

int indexOf(const QString &name)
{
    const QList<PageInfo> &all = pages();
    for (int i = 0; i < all.size(); ++i) {
        if (name == QLatin1String(all.at(i).name))
            return i;
    }
    return -1;
}

QStringList names()
{
    QStringList out;
    for (const PageInfo &info : pages())
        out.append(QLatin1String(info.name));
    return out;
}

QString title(const PageInfo &info, bool plain)
{
    QString text = QCoreApplication::translate("ModeDesk::MainWindow", info.title);
    if (plain) {
        // "&Devices" -> "Devices"; Japanese "デバイス(&D)" -> "デバイス"
        static const QRegularExpression accelerator(QStringLiteral("\\(&.\\)|&(?=.)"));
        text.remove(accelerator);
    }
    return text;
}

}  // namespace ModeDesk::PageRegistry
