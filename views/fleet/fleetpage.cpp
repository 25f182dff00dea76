#include "fleetpage.h"

#include "modelformat.h"

#include <algorithm>

#include "askbox.h"
#include "devicesmodel.h"
#include "fleet.h"
#include "modelroles.h"
#include "statedelegate.h"
#include "statusline.h"
#include "tablesizing.h"

#include <QComboBox>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ModeDesk {

namespace {

// Commands go one request per device: beyond this, the operator narrows the filter.
constexpr qsizetype MaxTargets = 10'000;
constexpr qsizetype ConfirmAbove = 500;

QTableView *groupTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *proxy = new KeyedSortProxy(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setNaturalOrder(true);
    proxy->setTieBreakColumns({FleetGroupsModel::NameColumn});
    auto *table = new QTableView(parent);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(FleetGroupsModel::NameColumn, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    TableSizing::compactRows(table);
    table->setWordWrap(false);
    table->setAccessibleName(name);
    table->setTextElideMode(Qt::ElideMiddle);  // "Fleet…e 12": the part that differs stays
    table->horizontalHeader()->setSectionResizeMode(FleetGroupsModel::NameColumn,
                                                    QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(FleetGroupsModel::DevicesColumn,
                                                    QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(FleetGroupsModel::OnlineColumn,
                                                    QHeaderView::ResizeToContents);
    return table;
}

// Refills a picker from the groups, keeping what was chosen (by key).
void fillChoices(QComboBox *box, const QString &anyText, FleetGroupsModel *groups, bool byHome)
{
    const QVariant chosen = box->currentData();
    QList<std::pair<QString, QVariant>> items;
    for (const FleetGroup &g : groups->records())
        items.append({g.name, byHome ? QVariant(g.homeId) : QVariant(g.key)});
    std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
        return QString::compare(a.first, b.first, Qt::CaseInsensitive) < 0;
    });
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(anyText, byHome ? QVariant(qint64(0)) : QVariant(QString()));
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    const int index = box->findData(chosen);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

}  // namespace

FleetPage::FleetPage(Fleet *fleet, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_filter(new FleetFilter(this))
    , m_text(new QLineEdit(this))
    , m_online(new QComboBox(this))
    , m_class(new QComboBox(this))
    , m_home(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_homesTable(groupTable(fleet->byHome(), tr("Devices per home"), this))
    , m_classesTable(groupTable(fleet->byClass(), tr("Devices per class"), this))
    , m_counts(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_retry(new QPushButton(tr("Load again"), this))
    , m_selectAll(new QPushButton(tr("Select all shown"), this))
    , m_command(new QPushButton(tr("Send command to selected…"), this))
    , m_openHome(new QPushButton(tr("Open its home"), this))
    , m_status(new StatusLine(this))
    , m_columnsMenu(new QMenu(this))
{
    m_filter->setSourceModel(fleet->devices());

    m_text->setPlaceholderText(tr("Filter by home, name, class, tag, event type or id"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Fleet filter"));
    m_online->setAccessibleName(tr("Online state"));
    m_online->addItem(tr("Online or not"), int(FleetFilter::Online::Any));
    m_online->addItem(tr("Online only"), int(FleetFilter::Online::Online));
    m_online->addItem(tr("Offline only"), int(FleetFilter::Online::Offline));
    m_class->setAccessibleName(tr("Device class"));
    m_home->setAccessibleName(tr("Home"));
    m_class->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_home->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_home->setMaximumWidth(260);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_text, 1);
    filterRow->addWidget(m_online);
    filterRow->addWidget(m_class);
    filterRow->addWidget(m_home);
    auto *columns = new QPushButton(tr("Columns"), this);
    columns->setToolTip(tr("Show or hide columns (also from the table header's menu)"));
    columns->setMenu(m_columnsMenu);
    filterRow->addWidget(columns);
    // Filled as it opens: the header's words in the language of the moment.
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &FleetPage::fillColumnsMenu);

    m_table->setModel(m_filter);
    m_table->setItemDelegate(new StateDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FleetModel::HomeColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    TableSizing::compactRows(m_table);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);  // the whole text is in the tooltip
    m_table->setAccessibleName(tr("Every device of every home"));
    m_table->setObjectName(QStringLiteral("fleetTable"));
    QHeaderView *header = m_table->horizontalHeader();
    const int stamp =
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("2026-11-25 22:22:22")) + 24;
    m_baseWidths = {140, 180, 90, 100, 90, 90, 130, stamp, stamp, 70};  // in Column order
    Q_ASSERT(m_baseWidths.size() == FleetModel::ColumnCount);
    for (int column = 0; column < FleetModel::ColumnCount; ++column)
        header->resizeSection(column, m_baseWidths[column]);
    // A width the user drags stays; fitting to the window ends there.
    // (The stretched last column resizes with the window too: only a drag counts.)
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting && QGuiApplication::mouseButtons() != Qt::NoButton)
            m_widthsChosen = true;
    });
    m_table->viewport()->installEventFilter(this);  // its new width, once laid out
    // The first rows tell how wide the status words are.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                if (!m_widthsChosen && last - first + 1 == m_filter->rowCount())
                    fitColumns();  // the first rows of an empty table
            });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &FleetPage::fitColumns);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &at) {
        m_columnsMenu->popup(header->viewport()->mapToGlobal(at));
    });

    auto *groups = new QWidget(this);
    auto *groupsLayout = new QVBoxLayout(groups);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    auto *homesBox = new QGroupBox(tr("Per home"), groups);
    (new QVBoxLayout(homesBox))->addWidget(m_homesTable);
    auto *classesBox = new QGroupBox(tr("Per class"), groups);
    (new QVBoxLayout(classesBox))->addWidget(m_classesTable);
    groupsLayout->addWidget(homesBox, 3);
    groupsLayout->addWidget(classesBox, 2);
    auto *hint = new QLabel(tr("Click a row to show only its devices."), groups);
    hint->setWordWrap(true);
    groupsLayout->addWidget(hint);
    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("fleetSplitter"));
    split->addWidget(m_table);
    split->addWidget(groups);
    split->setStretchFactor(0, 3);  // the table first: it has the most to show
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 320});  // room for "Fleet home 12" beside its counts
    groups->setMinimumWidth(260);
    split->setChildrenCollapsible(false);

    m_progress->setTextVisible(true);
    m_progress->setAccessibleName(tr("Homes loaded"));
    m_progress->hide();
    m_retry->hide();
    m_counts->setAccessibleName(tr("Devices shown"));
    m_command->setToolTip(tr("Opens the command composer with the picked devices as targets"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_counts, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_retry);
    bottom->addWidget(m_selectAll);
    bottom->addWidget(m_openHome);
    bottom->addWidget(m_command);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_status);

    connect(m_text, &QLineEdit::textChanged, m_filter, &FleetFilter::setText);
    connect(m_online, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOnline(FleetFilter::Online(m_online->currentData().toInt())); });
    connect(m_class, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setDeviceClass(m_class->currentData().toString()); });
    connect(m_home, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setHome(m_home->currentData().toLongLong()); });
    // A choice the user makes wins over one still waiting from the last run.
    connect(m_class, &QComboBox::activated, this, [this] { m_wantedClass = QVariant(); });
    connect(m_home, &QComboBox::activated, this, [this] { m_wantedHome = QVariant(); });
    connect(m_homesTable, &QTableView::clicked, this, [this] { pickGroup(m_homesTable, m_home); });
    connect(m_classesTable, &QTableView::clicked, this,
            [this] { pickGroup(m_classesTable, m_class); });
    connect(m_selectAll, &QPushButton::clicked, this, &FleetPage::selectAllShown);
    connect(m_command, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedDeviceIds();
        if (ids.isEmpty()) {
            m_status->showError(tr("Pick the devices first (or Select all shown)."));
            return;
        }
        if (ids.size() > MaxTargets) {
            m_status->showError(tr("%1 devices are picked; a command goes to at most %2 at once. "
                                   "Narrow the filter.")
                                    .arg(QLocale().toString(ids.size()))
                                    .arg(QLocale().toString(MaxTargets)));
            return;
        }
        if (ids.size() > ConfirmAbove &&
            !AskBox::confirm(
                this, tr("Command many devices"),
                tr("Send a command to %1 devices in several homes? The composer opens with "
                   "them as targets; nothing is sent until you press Send there.")
                    .arg(QLocale().toString(ids.size())),
                QMessageBox::Question, true))
            return;
        emit commandRequested(ids);
    });
    connect(m_openHome, &QPushButton::clicked, this, &FleetPage::openHome);
    connect(m_table, &QTableView::doubleClicked, this, &FleetPage::openHome);
    connect(m_retry, &QPushButton::clicked, fleet, &Fleet::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FleetPage::updateCounts);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_filter)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &FleetPage::updateCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &FleetPage::updateCounts);
        connect(model, &QAbstractItemModel::modelReset, this, &FleetPage::updateCounts);
        connect(model, &QAbstractItemModel::layoutChanged, this, &FleetPage::updateCounts);
    }
    connect(fleet, &Fleet::choicesChanged, this, &FleetPage::updateChoices);
    for (FleetGroupsModel *groupsModel : {fleet->byHome(), fleet->byClass()}) {
        connect(groupsModel, &QAbstractItemModel::rowsInserted, this, &FleetPage::updateCounts);
        connect(groupsModel, &QAbstractItemModel::rowsRemoved, this, &FleetPage::updateCounts);
        connect(groupsModel, &QAbstractItemModel::modelReset, this, &FleetPage::updateCounts);
        connect(groupsModel, &QAbstractItemModel::dataChanged, this, &FleetPage::updateCounts);
    }
    connect(fleet, &Fleet::progressChanged, this, &FleetPage::updateProgress);
    connect(fleet, &Fleet::lastKnownChanged, this,
            [this] { updateProgress(m_fleet->homesDone(), m_fleet->homesTotal()); });
    connect(fleet, &Fleet::loadFinished, this,
            [this, fleet] { updateProgress(fleet->homesDone(), fleet->homesTotal()); });
    updateChoices();
    updateCounts();
}

QList<qint64> FleetPage::selectedDeviceIds() const
{
    QList<qint64> ids;
    const QItemSelection selection = m_table->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            ids.append(m_filter->index(row, 0).data(IdRole).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

void FleetPage::selectAllShown()
{
    m_table->selectAll();
}

QList<int> FleetPage::hiddenColumns() const
{
    QList<int> hidden;
    for (int column = 0; column < FleetModel::ColumnCount; ++column) {
        if (m_table->isColumnHidden(column))
            hidden.append(column);
    }
    return hidden;
}

void FleetPage::setHiddenColumns(const QList<int> &columns)
{
    m_columnsChosen = true;
    for (int column = 0; column < FleetModel::ColumnCount; ++column)
        m_table->setColumnHidden(column,
                                 column != FleetModel::NameColumn && columns.contains(column));
}

bool FleetPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void FleetPage::fitColumns()
{
    const int available = m_table->viewport()->width();
    int all = 0;
    for (int width : std::as_const(m_baseWidths))
        all += width;
    // Until the user chooses: all columns when they fit, else the two
    // timestamps (on each home's Devices page too) make room for the rest.
    if (!m_columnsChosen) {
        m_table->setColumnHidden(FleetModel::LastDisconnectColumn, all > available);
        m_table->setColumnHidden(FleetModel::LastConnectColumn, all > available);
        m_table->setColumnHidden(FleetModel::IdColumn, all > available);
    }
    if (m_widthsChosen)
        return;
    // What still does not fit is narrowed in proportion, never below its
    // header's words (and the status's lamp and word).
    QHeaderView *header = m_table->horizontalHeader();
    QList<int> floor(FleetModel::ColumnCount, 0);
    QList<bool> flexible(FleetModel::ColumnCount, false);
    int flexibleBase = 0;
    for (int column = 0; column < FleetModel::ColumnCount; ++column) {
        if (m_table->isColumnHidden(column))
            continue;
        const QString title = m_table->model()->headerData(column, Qt::Horizontal).toString();
        // The title whole, with the style's margins and the sort arrow.
        floor[column] = std::max(header->fontMetrics().horizontalAdvance(title) + 24,
                                 header->sectionSizeHint(column));
        if (column == FleetModel::StatusColumn) {
            const QFontMetrics metrics = m_table->fontMetrics();
            for (const QString &word : DevicesModel::statusWords())
                floor[column] = std::max(floor[column], metrics.horizontalAdvance(word) + 32);
        }
        flexible[column] = true;
        flexibleBase += m_baseWidths[column];
    }
    // Columns the proportion would squeeze below their floor keep the floor;
    // the rest share what is left (a few rounds at most).
    int fixedWidth = 0;
    double scale = 1.0;
    for (bool settled = false; !settled;) {
        settled = true;
        scale =
            flexibleBase > 0 ? std::min(1.0, double(available - fixedWidth) / flexibleBase) : 1.0;
        for (int column = 0; column < FleetModel::ColumnCount; ++column) {
            if (flexible[column] && m_baseWidths[column] * scale < floor[column]) {
                flexible[column] = false;
                fixedWidth += floor[column];
                flexibleBase -= m_baseWidths[column];
                settled = false;
            }
        }
    }
    m_fitting = true;
    for (int column = 0; column < FleetModel::ColumnCount; ++column) {
        const bool hidden = m_table->isColumnHidden(column);
        const int width = hidden             ? m_baseWidths[column]
                          : flexible[column] ? int(m_baseWidths[column] * scale)
                                             : floor[column];
        header->resizeSection(column, width);
    }
    m_fitting = false;
}

void FleetPage::fillColumnsMenu()
{
    m_columnsMenu->clear();
    const QAbstractItemModel *model = m_table->model();
    for (int column = 0; column < FleetModel::ColumnCount; ++column) {
        QAction *action =
            m_columnsMenu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        action->setEnabled(column != FleetModel::NameColumn);  // a row needs its name
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_columnsChosen = true;
            m_table->setColumnHidden(column, !shown);
            emit hiddenColumnsChanged(hiddenColumns());
        });
    }
}

void FleetPage::updateCounts()
{
    const QLocale locale;
    const int shown = m_filter->rowCount();
    const int all = m_fleet->devices()->rowCount();
    // Known online, over the homes: a home as last seen says -1 (not known) and adds
    // nothing, where a class with one such row would hide all its others.
    int online = 0;
    for (const FleetGroup &g : m_fleet->byHome()->records())
        online += qMax(0, g.online);
    int picked = 0;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        picked += range.height();
    QString text =
        shown == all
            ? tr("%1 devices").arg(locale.toString(all))
            : tr("%1 of %2 devices shown").arg(locale.toString(shown), locale.toString(all));
    if (m_fleet->devices()->isLinkLive() && shown == all)
        text += tr(" · %1 online").arg(locale.toString(online));
    else if (m_fleet->devices()->isLinkLive())
        text += tr(" · %1 online in the whole fleet").arg(locale.toString(online));
    else
        text += tr(" · online state unknown (no live link)");
    if (picked > 0)
        text += tr(" · %1 selected").arg(locale.toString(picked));
    m_counts->setText(text);
    m_command->setEnabled(picked > 0);
    m_openHome->setEnabled(m_table->selectionModel()->currentIndex().isValid());
}

QVariantMap FleetPage::viewState() const
{
    QVariantList widths;
    for (int column = 0; column < m_table->horizontalHeader()->count(); ++column)
        widths.append(m_table->horizontalHeader()->sectionSize(column));
    return {
        {QStringLiteral("text"), m_text->text()},
        {QStringLiteral("online"), m_online->currentData()},
        {QStringLiteral("class"), m_wantedClass.isValid() ? m_wantedClass : m_class->currentData()},
        {QStringLiteral("home"), m_wantedHome.isValid() ? m_wantedHome : m_home->currentData()},
        {QStringLiteral("widths"), widths}};
}

void FleetPage::restoreView(const QVariantMap &state)
{
    m_text->setText(state.value(QStringLiteral("text")).toString());
    // Values come back from the settings as text: typed as the pickers hold them.
    m_online->setCurrentIndex(
        qMax(0, m_online->findData(state.value(QStringLiteral("online")).toInt())));
    const QString deviceClass = state.value(QStringLiteral("class")).toString();
    const qint64 home = state.value(QStringLiteral("home")).toLongLong();
    m_wantedClass = deviceClass.isEmpty() ? QVariant() : QVariant(deviceClass);
    m_wantedHome = home == 0 ? QVariant() : QVariant(home);
    updateChoices();
    const QVariantList widths = state.value(QStringLiteral("widths")).toList();
    for (int column = 0; column < widths.size() && column < m_table->horizontalHeader()->count();
         ++column) {
        const int width = widths.at(column).toInt();
        if (width > 0)
            m_table->horizontalHeader()->resizeSection(column, width);
    }
}

void FleetPage::updateChoices()
{
    fillChoices(m_class, tr("All classes"), m_fleet->byClass(), false);
    fillChoices(m_home, tr("All homes"), m_fleet->byHome(), true);
    // A choice kept from the last run, once the fleet has it.
    for (auto [box, wanted] :
         {std::pair{m_class, &m_wantedClass}, std::pair{m_home, &m_wantedHome}}) {
        const int index = wanted->isValid() ? box->findData(*wanted) : -1;
        if (index > 0) {
            const QSignalBlocker quiet(box);
            box->setCurrentIndex(index);
            *wanted = QVariant();
        }
    }
    // A chosen home or class that went: the picker says "All", and so does the filter.
    m_filter->setDeviceClass(m_class->currentData().toString());
    m_filter->setHome(m_home->currentData().toLongLong());
}

void FleetPage::updateProgress(int done, int total)
{
    Fleet *fleet = m_fleet;
    const bool loading = fleet->isLoading();
    m_progress->setVisible(loading);
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(tr("Homes loaded: %1 of %2").arg(done).arg(total));
    // Qt sizes a progress bar for a percentage, and its sentence was cut: room for all
    // of it, with the count at its widest, so that the bar does not jump as it fills.
    const QFontMetrics metrics = m_progress->fontMetrics();
    m_progress->setMinimumWidth(
        metrics.horizontalAdvance(tr("Homes loaded: %1 of %2").arg(total).arg(total)) +
        4 * metrics.averageCharWidth());
    // Rows from the last run, not confirmed yet: greyed, and said since when.
    const QDateTime lastKnown = fleet->lastKnownSince();
    const QString asLastSeen =
        lastKnown.isValid()
            ? tr("Greyed rows are as last seen on %1.").arg(ModelFormat::dateTime(lastKnown))
            : QString();
    const int failed = fleet->homesFailed();
    if (loading || failed == 0)
        m_retry->hide();
    if (loading) {
        if (lastKnown.isValid())
            m_status->showInfo(asLastSeen + QLatin1Char(' ') +
                               tr("They are being checked with the server."));
        else if (std::exchange(m_saysLastKnown, false))
            m_status->clear();  // every row confirmed: the word about grey rows goes
        m_saysLastKnown = m_saysLastKnown || lastKnown.isValid();
        return;
    }
    m_saysLastKnown = false;
    const int dropped = fleet->droppedDevices();
    if (failed > 0) {
        QString text = tr("The devices of %n home(s) could not be loaded. %1 Then Load again.",
                          nullptr, failed)
                           .arg(fleet->lastError());
        if (lastKnown.isValid())
            text += QLatin1Char(' ') + asLastSeen;
        m_status->showError(text, fleet->lastErrorDetail());
        m_retry->show();
    } else if (dropped > 0) {
        m_status->showError(tr("%n device(s) sent by the server could not be read and are left "
                               "out.",
                               nullptr, dropped),
                            fleet->dropReason());
    } else if (lastKnown.isValid()) {
        m_status->showInfo(asLastSeen);
    } else {
        m_status->clear();
    }
}

void FleetPage::openHome()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    emit homeRequested(current.data(HomeRole).toLongLong(), current.data(IdRole).toLongLong());
}

void FleetPage::pickGroup(QTableView *table, QComboBox *box)
{
    const QModelIndex current = table->currentIndex();
    if (!current.isValid())
        return;
    (box == m_home ? m_wantedHome : m_wantedClass) = QVariant();  // the user's choice wins
    const QVariant key = box == m_home ? current.data(HomeRole) : current.data(IdRole);
    const int index = box->findData(key);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

}  // namespace ModeDesk
