#include "tablesizing.h"

#include <QHeaderView>
#include <QTableView>

namespace ModeDesk::TableSizing {

void atLeastTitles(QHeaderView *header)
{
    for (int section = 0; section < header->count(); ++section) {
        const bool stretching =
            header->stretchLastSection() && header->visualIndex(section) == header->count() - 1;
        if (stretching || header->sectionResizeMode(section) != QHeaderView::Interactive)
            continue;
        const int needed = header->sectionSizeHint(section);
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
}

void compactRows(QTableView *table)
{
    table->verticalHeader()->setMinimumSectionSize(0);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
}

}  // namespace ModeDesk::TableSizing
