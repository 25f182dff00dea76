#include "columnwidths.h"

#include <QHeaderView>

namespace ModeDesk::ColumnWidths {

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

}  // namespace ModeDesk::ColumnWidths
