// The one table of the home's pages: their order (tabs and Ctrl+1…9), their
// --page names on the command line, and their titles. MainWindow, main.cpp
// and the shortcut help all read it, so they cannot disagree.
#pragma once

#include <QList>
#include <QString>

namespace ModeDesk::PageRegistry {

enum class Page {
    Devices,
    Members,
    KeyValues,
    SmartModules,
    Events,
    Chart,
    History,
    Commands,
    Simulator,
    Provisioning
};

struct PageInfo {
    Page page;
    const char *name;   // for --page, e.g. "kv"
    const char *title;  // translatable, with its accelerator, e.g. "&Key-values"
};

const QList<PageInfo> &pages();
// The tab index of a --page name; -1 if there is none.
int indexOf(const QString &name);
QStringList names();
// The translated title, without its accelerator when plain.
QString title(const PageInfo &info, bool plain = false);

}  // namespace ModeDesk::PageRegistry
