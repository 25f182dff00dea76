#include "statedelegate.h"

#include "modelformat.h"
#include "modelroles.h"
#include "themecolours.h"

#include <QAbstractItemView>
#include <QHash>
#include <QHelpEvent>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QToolTip>

namespace ModeDesk {

QIcon StateDelegate::lamp(const QColor &colour)
{
    static QHash<QRgb, QIcon> cache;  // a handful of colours, drawn once each
    const auto cached = cache.constFind(colour.rgba());
    if (cached != cache.cend())
        return *cached;
    QIcon icon;
    for (const int size : {16, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        const qreal inset = size * 5.0 / 24.0;
        painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset));
        icon.addPixmap(pixmap);
    }
    cache.insert(colour.rgba(), icon);
    return icon;
}

void StateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant stateValue = index.data(StateRole);
    if (!stateValue.isValid())
        return;
    const auto state = static_cast<ItemState>(stateValue.toInt());
    const QPalette &palette = option->palette;
    QColor colour;
    switch (state) {
        case ItemState::Plain:
            return;
        case ItemState::Good:
            colour = ThemeColours::good(palette);
            break;
        case ItemState::Bad:
            colour = ThemeColours::error(palette);
            break;
        case ItemState::Unknown:
            colour = ThemeColours::muted(palette);
            break;
        case ItemState::Changed:
            option->backgroundBrush = ThemeColours::changedBackground(palette);
            return;
    }
    if (index.data(LampRole).toBool()) {
        option->icon = lamp(colour);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
    } else {
        option->palette.setColor(QPalette::Text, colour);  // a selected row keeps its contrast
    }
}

bool StateDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                              const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid() ||
        index.data(Qt::ToolTipRole).isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // No tooltip of the model's: the cell's own text, when the column cuts it.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QStyle *style = cell.widget ? cell.widget->style() : view->style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, cell.widget);
    const bool cut = !cell.text.isEmpty() &&
                     cell.fontMetrics.horizontalAdvance(cell.text) > textRect.width() - 4;
    if (!cut) {
        QToolTip::hideText();
        event->ignore();
        return false;
    }
    QToolTip::showText(event->globalPos(), ModelFormat::plainTip(cell.text), view->viewport(),
                       view->visualRect(index));
    return true;
}

}  // namespace ModeDesk
