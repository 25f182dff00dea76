#include "eventspage.h"

#include "eventlogfilter.h"
#include "eventrecording.h"
#include "modelformat.h"
#include "session.h"
#include "statusline.h"
#include "tablesizing.h"
#include "themecolours.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ModeDesk {

EventsPage::EventsPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new EventLogFilter(this))
    , m_replayBanner(new QWidget(this))
    , m_replayText(new QLabel(this))
    , m_device(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_record(new QPushButton(tr("&Record…"), this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_status(new StatusLine(this))
{
    EventLogModel *log = session->eventLog();
    m_filter->setSourceModel(log);

    m_device->setAccessibleName(tr("Device filter"));
    m_type->setAccessibleName(tr("Event type filter"));
    // Long event types or device names must not widen the page past a laptop
    // screen (translations make the buttons wider too): combos elide instead.
    for (QComboBox *combo : {m_type, m_device}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    m_type->addItem(tr("All event types"), QString());
    m_text->setPlaceholderText(tr("Text, also inside the payload"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Text filter"));
    auto *replay = new QPushButton(tr("Re&play…"), this);
    auto *exportButton = new QPushButton(tr("E&xport"), this);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("As CSV…"), this, [this] { chooseExport(); });
    exportMenu->addAction(tr("As JSON…"), this, [this] { chooseExport(); });
    exportButton->setMenu(exportMenu);
    auto *clear = new QPushButton(tr("Clear"), this);
    auto *capacity = new QSpinBox(this);
    capacity->setRange(1'000, 5'000'000);
    capacity->setSingleStep(10'000);
    capacity->setValue(log->capacity());
    capacity->setGroupSeparatorShown(true);  // "100,000", as the summary says it
    capacity->setPrefix(tr("keep "));
    capacity->setSuffix(tr(" events"));
    capacity->setAccessibleName(tr("Log size"));
    capacity->setToolTip(
        tr("How many events the log holds; older ones make room (and are counted)."));
    connect(capacity, &QSpinBox::editingFinished, this, [this, capacity] {
        m_session->eventLog()->setCapacity(capacity->value());
        updateSummary();
    });

    // Filters on one row, actions on the next: together they are wider than a
    // 1280 px window in German.
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_device);
    filterRow->addWidget(m_type);
    filterRow->addWidget(m_text, 1);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_pause);
    actionRow->addWidget(m_record);
    actionRow->addWidget(replay);
    actionRow->addWidget(exportButton);
    actionRow->addWidget(clear);
    actionRow->addStretch(1);
    auto *filters = new QVBoxLayout;
    filters->addLayout(filterRow);
    filters->addLayout(actionRow);
    m_text->setMinimumWidth(140);

    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    TableSizing::compactRows(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(EventLogModel::TimeColumn, 110);
    m_table->horizontalHeader()->resizeSection(EventLogModel::HomeColumn, 130);
    m_table->horizontalHeader()->resizeSection(EventLogModel::DeviceColumn, 190);
    m_table->horizontalHeader()->resizeSection(EventLogModel::TypeColumn, 170);
    m_table->setAccessibleName(tr("Event log"));
    m_table->setObjectName(QStringLiteral("eventLog"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select an event to see all of it."));
    m_details->setAccessibleName(tr("Event details"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("eventsSplitter"));
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    // A replay is its own log, marked from edge to edge, with the way back.
    auto *bannerLayout = new QHBoxLayout(m_replayBanner);
    auto *backToLive = new QPushButton(tr("&Back to live"), m_replayBanner);
    backToLive->setObjectName(QStringLiteral("backToLive"));
    m_replayText->setWordWrap(true);
    m_replayText->setAccessibleName(tr("Replay status"));
    bannerLayout->addWidget(m_replayText, 1);
    bannerLayout->addWidget(backToLive);
    m_replayBanner->setAutoFillBackground(true);
    m_replayBanner->hide();
    connect(backToLive, &QPushButton::clicked, session->replay(), &Replay::stop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_replayBanner);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(capacity);
    layout->addLayout(summaryRow);
    layout->addWidget(m_status);

    connect(m_device, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setDeviceId(m_device->currentData().toLongLong()); });
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setEventType(m_type->currentData().toString()); });
    connect(m_text, &QLineEdit::textChanged, m_filter, &EventLogFilter::setText);
    connect(m_pause, &QPushButton::clicked, this, &EventsPage::togglePause);
    connect(m_record, &QPushButton::clicked, this, &EventsPage::chooseRecording);
    connect(replay, &QPushButton::clicked, this, &EventsPage::chooseReplay);
    connect(clear, &QPushButton::clicked, this, [this] { shownLog()->clear(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventsPage::showDetails);
    Replay *replayer = session->replay();
    connect(replayer, &Replay::started, this, &EventsPage::showSource);
    connect(replayer, &Replay::stopped, this, &EventsPage::showSource);
    connect(replayer, &Replay::finished, this, &EventsPage::showSource);
    connect(replayer->log(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                noteTypes(first, last);
                updateSummary();
            });
    connect(session->recorder(), &EventRecorder::failed, this, [this](const QString &reason) {
        m_record->setText(tr("&Record…"));
        m_status->showError(tr("Recording stopped: %1").arg(reason));
    });

    // Follow the newest event while the view is at the bottom.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_follow = value >= m_table->verticalScrollBar()->maximum() - 2; });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_table->scrollToBottom();
    });
    connect(log, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                if (shownLog() == m_session->eventLog())
                    noteTypes(first, last);
                updateSummary();
            });
    // The details follow the selection: a filter that hides the chosen event clears them.
    const auto newAnswer = [this] {
        if (m_follow)  // a new filter answer keeps the newest in view
            m_table->scrollToBottom();
        showDetails();
        updateSummary();
    };
    connect(m_filter, &QAbstractItemModel::modelReset, this, newAnswer);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, newAnswer);
    connect(m_filter, &EventLogFilter::filteringProgress, this, &EventsPage::updateSummary);
    connect(m_filter, &EventLogFilter::filteringChanged, this, &EventsPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &EventsPage::showDetails);
    connect(log, &QAbstractItemModel::rowsRemoved, this, &EventsPage::updateSummary);
    connect(log, &QAbstractItemModel::modelReset, this, &EventsPage::updateSummary);
    connect(log, &EventLogModel::pendingChanged, this, [this](int pending) {
        m_pause->setText(m_session->eventLog()->isPaused()
                             ? tr("&Resume (%n new)", nullptr, pending)
                             : tr("&Pause"));
        updateSummary();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(session->home()->devices(), signal, this, &EventsPage::refreshDevices);
    connect(session->home()->devices(), &QAbstractItemModel::modelReset, this,
            &EventsPage::refreshDevices);
    refreshDevices();
    updateSummary();
}

void EventsPage::refreshDevices()
{
    const qint64 chosen = m_device->currentData().toLongLong();
    QSignalBlocker block(m_device);
    m_device->clear();
    m_device->addItem(tr("All devices"), 0);
    DevicesModel *devices = m_session->home()->devices();
    for (int row = 0; row < devices->rowCount(); ++row)
        m_device->addItem(devices->record(row).name, devices->record(row).id);
    m_device->setCurrentIndex(qMax(0, m_device->findData(chosen)));
}

EventLogModel *EventsPage::shownLog() const
{
    return m_session->replay()->isActive() ? m_session->replay()->log() : m_session->eventLog();
}

void EventsPage::showSource()
{
    Replay *replay = m_session->replay();
    EventLogModel *log = shownLog();
    if (m_filter->sourceModel() != log) {
        m_filter->setSourceModel(log);
        m_types.clear();
        QSignalBlocker block(m_type);
        while (m_type->count() > 1)
            m_type->removeItem(1);
        noteTypes(0, log->rowCount() - 1);
    }
    m_replayBanner->setVisible(replay->isActive());
    m_pause->setEnabled(!replay->isActive());  // pausing is for the live log
    if (replay->isActive()) {
        QPalette banner = m_replayBanner->palette();
        banner.setColor(QPalette::Window, ThemeColours::changedBackground(palette()));
        m_replayBanner->setPalette(banner);
        const QString file = QFileInfo(replay->path()).fileName().toHtmlEscaped();
        m_replayText->setText(
            replay->isFinished()
                ? tr("<b>Replay</b> of %1: %2 recorded events, not live. Export writes these. "
                     "Live events keep arriving in the live log.")
                      .arg(file)
                      .arg(replay->eventCount())
                : tr("<b>Replaying</b> %1 (%2 events)…").arg(file).arg(replay->eventCount()));
    }
    showDetails();
    updateSummary();
}

void EventsPage::noteTypes(int first, int last)
{
    EventLogModel *log = shownLog();
    for (int row = first; row <= last && row < log->rowCount(); ++row) {
        const QString type = log->index(row, 0).data(EventLogModel::EventTypeRole).toString();
        if (!m_types.contains(type)) {
            m_types.insert(type);
            m_type->addItem(type, type);
        }
    }
}

void EventsPage::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const LoggedEvent &logged = shownLog()->at(m_filter->mapToSource(current).row());
    m_details->setPlainText(ModelFormat::prettyJson(Json::encode(logged.event)));
}

void EventsPage::updateSummary()
{
    EventLogModel *log = shownLog();
    const QLocale locale;
    QStringList parts{m_session->replay()->isActive()
                          ? tr("%Ln event(s) in the replay", nullptr, log->rowCount())
                          : tr("%Ln event(s) in the log (holds %1)", nullptr, log->rowCount())
                                .arg(locale.toString(log->capacity()))};
    if (m_filter->isFiltering())
        parts << tr("filtering… %1%").arg(m_filter->filteringPercent());
    else if (m_filter->isActive())
        parts << tr("%1 shown").arg(locale.toString(m_filter->rowCount()));
    if (log->evictedCount() > 0)
        parts
            << tr("%1 older events dropped to make room").arg(locale.toString(log->evictedCount()));
    if (log->isPaused())
        parts << tr("paused: %n new event(s) waiting", nullptr, log->pendingCount());
    if (m_session->recorder()->isRecording())
        parts << tr("recording to %1 (%2 events)")
                     .arg(m_session->recorder()->path())
                     .arg(m_session->recorder()->recordedCount());
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void EventsPage::togglePause()
{
    EventLogModel *log = m_session->eventLog();
    log->setPaused(!log->isPaused());
    m_pause->setText(log->isPaused() ? tr("&Resume (%n new)", nullptr, log->pendingCount())
                                     : tr("&Pause"));
    if (!log->isPaused() && m_follow)
        m_table->scrollToBottom();
    updateSummary();
}

bool EventsPage::startRecording(const QString &path)
{
    if (!m_session->recorder()->start(path)) {
        m_status->showError(
            tr("Cannot record to %1: %2").arg(path, m_session->recorder()->errorString()));
        return false;
    }
    m_record->setText(tr("Stop &recording"));
    m_status->showInfo(tr("Recording every event to %1.").arg(path));
    updateSummary();
    return true;
}

void EventsPage::stopRecording()
{
    m_session->recorder()->stop();
    m_record->setText(tr("&Record…"));
    m_status->showInfo(tr("Recording saved."));
    updateSummary();
}

void EventsPage::chooseRecording()
{
    if (m_session->recorder()->isRecording()) {
        stopRecording();
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Record events to"), QStringLiteral("events.jsonl"),
                                     tr("Event recordings (*.jsonl)"));
    if (!path.isEmpty())
        startRecording(path);
}

bool EventsPage::replay(const QString &path)
{
    QString error;
    if (!m_session->replay()->start(path, &error)) {
        m_status->showError(error);
        return false;
    }
    Replay *replay = m_session->replay();
    if (replay->skippedLines() > 0)
        m_status->showError(tr("%1 unreadable lines of %2 were skipped.")
                                .arg(replay->skippedLines())
                                .arg(QFileInfo(path).fileName()));
    else
        m_status->clear();
    return true;
}

void EventsPage::chooseReplay()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Replay a recording"), QString(), tr("Event recordings (*.jsonl);;All files (*)"));
    if (!path.isEmpty())
        replay(path);
}

bool EventsPage::exportTo(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_status->showError(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const bool ok = json ? EventExport::writeJson(&file, m_filter, shownLog())
                         : EventExport::writeCsv(&file, m_filter, shownLog());
    if (!ok) {
        m_status->showError(tr("Writing %1 failed: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->showInfo(tr("Exported %n event(s) to %1.", nullptr, m_filter->rowCount()).arg(path));
    return true;
}

void EventsPage::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the events shown"),
                                                      QStringLiteral("events.csv"),
                                                      tr("CSV (*.csv);;JSON (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

}  // namespace ModeDesk
