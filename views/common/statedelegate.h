// Colours table cells from the theme by the ItemState a model gives them
// (StateRole), and draws a round state lamp where the model asks (LampRole):
// models say what a cell means, this says how it looks in light and dark.
// A cell cut at its column's width shows its whole text as its tooltip,
// unless the model gives one of its own.
#pragma once

#include <QStyledItemDelegate>

namespace ModeDesk {

class StateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The lamp for a state, drawn at 1x, 2x and 3x so it stays crisp on dense screens.
    static QIcon lamp(const QColor &colour);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

}  // namespace ModeDesk
