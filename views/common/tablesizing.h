// Tables sized for a laptop and for every language: a width chosen for
// English titles is widened to the title's own needs (German runs a third
// longer), and rows are as tall as their text needs, not the style's roomy
// default, so that 720 px of screen shows ten rows and more.
#pragma once

class QHeaderView;
class QTableView;

namespace ModeDesk::TableSizing {

// Each visible section at least as wide as its title with its sort arrow
// (the last section too, unless it stretches to what is left).
void atLeastTitles(QHeaderView *header);

// Rows one line of text tall, with a little air (and room for a state lamp).
void compactRows(QTableView *table);

}  // namespace ModeDesk::TableSizing
