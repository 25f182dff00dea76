// Column widths that hold in every language: a width chosen for English
// titles is widened to the title's own needs (German runs a third longer).
#pragma once

class QHeaderView;

namespace ModeDesk::ColumnWidths {

// Each visible section at least as wide as its title with its sort arrow
// (the last section too, unless it stretches to what is left).
void atLeastTitles(QHeaderView *header);

}  // namespace ModeDesk::ColumnWidths
