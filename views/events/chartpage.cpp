#include "chartpage.h"

#include "chartdata.h"
#include "livechartview.h"
#include "modelroles.h"
#include "session.h"
#include "themecolours.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace ModeDesk {

ChartPage::ChartPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_data(new ChartData(this))
    , m_chart(new LiveChartView(m_data, this))
    , m_type(new QComboBox(this))
    , m_field(new QComboBox(this))
    , m_device(new QComboBox(this))
    , m_window(new QComboBox(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_list(new QListWidget(this))
    , m_replayNote(new QLabel(this))
    , m_liveNote(new QLabel(this))
    , m_historyNote(new QLabel(this))
    , m_historySeries(new QComboBox(this))
    , m_addHistory(new QPushButton(tr("Add histor&y"), this))
{
    m_chart->setHistory(session->history()->cache());
    m_type->setAccessibleName(tr("Event type"));
    // Long event types or device names must not widen the page past a laptop
    // screen (translations make the buttons wider too): combos elide instead.
    for (QComboBox *combo : {m_type, m_device}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    m_field->setEditable(true);  // any path, e.g. eventData.zones[7]
    m_field->setMinimumWidth(160);
    m_field->setAccessibleName(tr("Numeric field"));
    m_field->lineEdit()->setPlaceholderText(tr("eventData.temperature"));
    m_device->setAccessibleName(tr("Device"));
    m_device->addItem(tr("Any device"), 0);
    constexpr qint64 Hour = 3'600'000, Day = 24 * Hour;
    for (const auto &[label, ms] : {std::pair{tr("Last minute"), 60'000LL},
                                    {tr("Last 10 minutes"), 600'000LL},
                                    {tr("Last hour"), Hour},
                                    {tr("Last 24 hours"), Day},
                                    {tr("Last 7 days"), 7 * Day},
                                    {tr("Last 30 days"), 30 * Day},
                                    {tr("Everything live"), 0LL},
                                    {tr("Custom range…"), -1LL}})
        m_window->addItem(label, ms);
    m_window->setAccessibleName(tr("Time window"));
    auto *add = new QPushButton(tr("&Add series"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *reset = new QPushButton(tr("Reset &zoom"), this);
    m_list->setMaximumWidth(300);
    m_list->setAccessibleName(tr("Series"));
    // The list is the legend: whole labels, wrapped, never cut.
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    // Series only: a collection has no one line to draw.
    auto *seriesOnly = new QSortFilterProxyModel(this);
    seriesOnly->setSourceModel(session->history()->items());
    seriesOnly->setFilterKeyColumn(HistoryItemsModel::IdColumn);
    seriesOnly->setFilterRole(KindRole);
    seriesOnly->setFilterFixedString(QString::number(int(HistoryItem::Kind::Series)));
    m_historySeries->setModel(seriesOnly);
    m_historySeries->setModelColumn(HistoryItemsModel::IdColumn);
    m_historySeries->setAccessibleName(tr("History series"));
    m_historySeries->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_historySeries->setMinimumContentsLength(16);
    m_historyNote->setObjectName(QStringLiteral("historyNote"));
    m_historyNote->setWordWrap(true);

    auto *pick = new QHBoxLayout;
    pick->addWidget(m_type);
    pick->addWidget(m_field, 1);
    pick->addWidget(m_device);
    pick->addWidget(add);
    pick->addSpacing(12);
    pick->addWidget(new QLabel(tr("Show:"), this));
    pick->addWidget(m_window);
    pick->addWidget(m_pause);
    auto *history = new QHBoxLayout;
    history->addWidget(new QLabel(tr("From the home's history:"), this));
    history->addWidget(m_historySeries, 1);
    history->addWidget(m_addHistory);
    history->addWidget(m_historyNote, 2);
    auto *side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Series"), this));
    side->addWidget(m_list, 1);
    side->addWidget(remove);
    side->addWidget(reset);
    auto *body = new QHBoxLayout;
    body->addWidget(m_chart, 1);
    body->addLayout(side);
    m_replayNote->setObjectName(QStringLiteral("replayNote"));
    m_replayNote->setAutoFillBackground(true);
    QPalette note = m_replayNote->palette();
    note.setColor(QPalette::Window, ThemeColours::changedBackground(palette()));
    m_replayNote->setPalette(note);
    m_replayNote->setContentsMargins(8, 4, 8, 4);
    m_replayNote->hide();
    m_liveNote->setObjectName(QStringLiteral("liveNote"));
    m_liveNote->setTextFormat(Qt::RichText);
    m_liveNote->setAutoFillBackground(true);
    m_liveNote->setPalette(note);
    m_liveNote->setContentsMargins(8, 4, 8, 4);
    m_liveNote->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_replayNote);
    layout->addWidget(m_liveNote);
    layout->addLayout(pick);
    layout->addLayout(history);
    layout->addLayout(body, 1);

    // Live events, unless a replay is on screen: then the replay's, and back to
    // live the chart is drawn again from the live log.
    connect(session, &Session::eventsShown, this, [this](const QList<Event> &events) {
        if (m_session->replay()->isActive())
            return;
        const QList<Event> mine = ofShownHome(events);
        m_data->ingest(mine);
        learn(mine);
        lookForTellingSeries(mine);
    });
    // Another home: its own events, drawn again from the live log. Its
    // history series were that home's: they go.
    // Each home keeps the series chosen for it (for this run and, through viewState(),
    // the next): they come back when the home does.
    connect(session, &Session::homeChanged, this, [this](qint64 homeId) {
        backToLive();
        if (m_shownHome != 0 && showsChosenSeries())
            m_seriesByHome.insert(QString::number(m_shownHome), seriesState());
        m_shownHome = homeId;
        m_choseHere = false;
        for (int i = m_data->seriesCount() - 1; i >= 0; --i) {
            if (!m_data->spec(i).isHistory())
                continue;
            m_session->history()->cache()->forget(m_data->spec(i).historySeriesId);
            m_data->removeSeries(i);
            delete m_list->takeItem(i);
        }
        if (!m_session->replay()->isActive())
            drawLiveLog();
        showSeriesOf(homeId);
    });
    Replay *replay = session->replay();
    connect(replay, &Replay::eventsReplayed, this, [this](const QList<Event> &events) {
        m_data->ingest(events);
        learn(events);
    });
    connect(replay, &Replay::started, this, [this](const QString &path) {
        m_data->clear();
        m_replayNote->setText(tr("<b>Replay</b> of %1, not live: back to live on the Events page.")
                                  .arg(QFileInfo(path).fileName().toHtmlEscaped()));
        m_replayNote->show();
    });
    connect(replay, &Replay::stopped, this, [this] {
        m_replayNote->hide();
        drawLiveLog();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &ChartPage::refreshFields);
    connect(add, &QPushButton::clicked, this, &ChartPage::addFromControls);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        m_userChose = m_choseHere = true;
        if (row >= 0 && row < m_data->seriesCount()) {
            if (m_data->spec(row).isHistory())
                m_session->history()->cache()->forget(m_data->spec(row).historySeriesId);
            m_data->removeSeries(row);
            delete m_list->takeItem(row);
        }
    });
    // A window applies when it changes; "Custom range…" asks each time it is picked.
    connect(m_window, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_window->itemData(index).toLongLong() >= 0)
            pickWindow(index);
    });
    connect(m_window, &QComboBox::activated, this, [this](int index) {
        if (m_window->itemData(index).toLongLong() < 0)
            pickWindow(index);
    });
    connect(m_addHistory, &QPushButton::clicked, this, [this] {
        m_userChose = m_choseHere = true;
        addHistorySeries(m_historySeries->currentText());
    });
    connect(m_chart, &LiveChartView::seriesColoursChanged, this, &ChartPage::colourList);
    connect(session->history(), &HistoryCatalog::statusChanged, this,
            &ChartPage::showHistoryStatus);
    connect(session->history()->cache(), &HistoryCache::failed, this,
            [this](const QString &seriesId, const QString &message) {
                m_historyNote->setText(tr("History of %1 could not be read: %2 The chart shows "
                                          "live points meanwhile.")
                                           .arg(seriesId, message));
            });
    showHistoryStatus();
    connect(m_pause, &QPushButton::clicked, this, [this] {
        m_chart->setPaused(!m_chart->isPaused());
        m_pause->setText(m_chart->isPaused() ? tr("&Resume") : tr("&Pause"));
    });
    connect(reset, &QPushButton::clicked, this, &ChartPage::backToLive);
    // A view that does not follow "now" says so, with the way back.
    connect(m_chart, &LiveChartView::followingNowChanged, this, &ChartPage::showLiveNote);
    connect(m_liveNote, &QLabel::linkActivated, this, &ChartPage::backToLive);
    // A zoom belongs to the chart of one home and one profile: another one is live.
    connect(session, &Session::profileChanged, this, &ChartPage::backToLive);
    // Another profile: the chart picks a telling series again until the user chooses.
    connect(session, &Session::profileChanged, this, [this] {
        m_userChose = m_choseHere = m_autoPicked = false;
        m_shownHome = 0;
    });
    const auto refreshDevices = [this] {
        const qint64 chosen = m_device->currentData().toLongLong();
        m_device->clear();
        m_device->addItem(tr("Any device"), 0);
        DevicesModel *devices = m_session->home()->devices();
        for (int row = 0; row < devices->rowCount(); ++row)
            m_device->addItem(devices->record(row).name, devices->record(row).id);
        m_device->setCurrentIndex(qMax(0, m_device->findData(chosen)));
    };
    connect(session->home()->devices(), &QAbstractItemModel::rowsInserted, this, refreshDevices);
    connect(session->home()->devices(), &QAbstractItemModel::modelReset, this, refreshDevices);
}

QList<Event> ChartPage::ofShownHome(const QList<Event> &events) const
{
    const qint64 home = m_session->home()->homeId();
    QList<Event> mine;
    for (const Event &e : events) {
        if (e.homeId == home)
            mine.append(e);
    }
    return mine;
}

void ChartPage::drawLiveLog()
{
    m_data->clear();
    EventLogModel *live = m_session->eventLog();
    QList<Event> events;
    events.reserve(live->rowCount());
    for (int row = 0; row < live->rowCount(); ++row)
        events.append(live->at(row).event);
    m_data->ingest(ofShownHome(events));
}

bool ChartPage::showsReplay() const
{
    return m_session->replay()->isActive();
}

void ChartPage::learn(const QList<Event> &events)
{
    for (const Event &e : events) {
        if (e.eventType.startsWith(QLatin1Char('_')))
            continue;  // presence and KV notices carry no measurements
        if (!m_fieldsByType.contains(e.eventType)) {
            const QStringList fields = FieldPath::numericPaths(e.eventData.toObject());
            m_fieldsByType.insert(e.eventType, fields);
            m_type->addItem(e.eventType);
            // Never an empty chart on first look: plot the first measurement
            // seen, a number rather than an on/off flag where there is one.
            if (m_data->seriesCount() == 0 && !fields.isEmpty() && !m_userChose) {
                const QStringList numbers =
                    FieldPath::numericPaths(e.eventData.toObject(), 16, false);
                addSeries(e.eventType, numbers.isEmpty() ? fields.first() : numbers.first(), 0);
                m_autoPicked = true;
                m_lookBudget = LookForTellingEvents;
            }
        }
    }
}

void ChartPage::lookForTellingSeries(const QList<Event> &events)
{
    // The chart picked its first series itself: if that one stays flat (a sprinkler's
    // flow rate of 0), a field that changes tells more. Looked for in the first few
    // hundred events only, so a flood costs nothing here.
    if (!m_autoPicked || m_userChose || m_lookBudget <= 0 || m_data->seriesCount() != 1)
        return;
    const SeriesSpec shown = m_data->spec(0);
    const auto keyOf = [](const QString &type, const QString &field) {
        return type + QChar(0x1f) + field;
    };
    const QString shownKey = keyOf(shown.eventType, shown.field.toString());
    for (const Event &e : events) {
        if (--m_lookBudget < 0)
            return;
        if (e.eventType.startsWith(QLatin1Char('_')))
            continue;
        const QJsonObject data = e.eventData.toObject();
        for (const QString &field : FieldPath::numericPaths(data, 16, false)) {
            const std::optional<double> value = FieldPath::parse(field).valueIn(data);
            QSet<double> &seen = m_valuesSeen[keyOf(e.eventType, field)];
            if (value && seen.size() < 2)
                seen.insert(*value);
        }
        if (m_valuesSeen.value(shownKey).size() >= 2) {
            m_lookBudget = 0;  // it changes: it stays
            return;
        }
        for (auto it = m_valuesSeen.cbegin(); it != m_valuesSeen.cend(); ++it) {
            if (it.value().size() < 2)
                continue;
            const QStringList parts = it.key().split(QChar(0x1f));
            m_data->removeSeries(0);
            delete m_list->takeItem(0);
            addSeries(parts.at(0), parts.at(1), 0);
            m_lookBudget = 0;
            return;
        }
    }
}

bool ChartPage::showsChosenSeries() const
{
    // Chosen on this home (or kept for it): not what the chart picked itself, nor
    // what carried over from the home before.
    return m_data->seriesCount() > 0 && m_choseHere;
}

QVariantList ChartPage::seriesState() const
{
    QVariantList series;
    for (int i = 0; i < m_data->seriesCount(); ++i) {
        const SeriesSpec &spec = m_data->spec(i);
        series.append(QVariantMap{{QStringLiteral("type"), spec.eventType},
                                  {QStringLiteral("field"), spec.field.toString()},
                                  {QStringLiteral("device"), spec.deviceId},
                                  {QStringLiteral("history"), spec.historySeriesId}});
    }
    return series;
}

void ChartPage::showSeriesOf(qint64 homeId)
{
    const auto kept = m_seriesByHome.constFind(QString::number(homeId));
    if (homeId == 0 || kept == m_seriesByHome.cend())
        return;
    // What was chosen for this home replaces what the chart picked itself.
    while (m_data->seriesCount() > 0) {
        m_data->removeSeries(0);
        delete m_list->takeItem(0);
    }
    m_userChose = m_choseHere = true;  // chosen for this home, another time
    for (const QVariant &entry : kept->toList()) {
        const QVariantMap spec = entry.toMap();
        const QString history = spec.value(QStringLiteral("history")).toString();
        if (!history.isEmpty())
            addHistorySeries(history);
        else
            addSeries(spec.value(QStringLiteral("type")).toString(),
                      spec.value(QStringLiteral("field")).toString(),
                      spec.value(QStringLiteral("device")).toLongLong());
    }
}

QVariantMap ChartPage::viewState() const
{
    QVariantMap byHome = m_seriesByHome;
    if (m_shownHome != 0 && showsChosenSeries())
        byHome.insert(QString::number(m_shownHome), seriesState());
    return {{QStringLiteral("windowMs"), m_window->itemData(m_lastWindow)},
            {QStringLiteral("seriesByHome"), byHome}};
}

void ChartPage::restoreView(const QVariantMap &state)
{
    // A custom range is not kept: it is a moment's question, not a way of looking.
    const QVariant windowMs = state.value(QStringLiteral("windowMs"));
    const int window = windowMs.isValid() ? m_window->findData(windowMs.toLongLong()) : -1;
    m_window->setCurrentIndex(window >= 0 && windowMs.toLongLong() >= 0 ? window : 0);
    m_seriesByHome = state.value(QStringLiteral("seriesByHome")).toMap();
    showSeriesOf(m_shownHome);
}

void ChartPage::refreshFields()
{
    const QString text = m_field->currentText();
    m_field->clear();
    m_field->addItems(m_fieldsByType.value(m_type->currentText()));
    if (!text.isEmpty() && m_field->findText(text) < 0)
        m_field->setEditText(text);
}

bool ChartPage::addSeries(const QString &eventType, const QString &field, qint64 deviceId)
{
    const FieldPath path = FieldPath::parse(field);
    if (!path.isValid() || eventType.isEmpty())
        return false;
    QString device = tr("any device");
    const int row = m_session->home()->devices()->rowOf(deviceId);
    if (deviceId && row >= 0)
        device = m_session->home()->devices()->record(row).name;
    const QString label =
        QStringLiteral("%1 · %2 · %3").arg(eventType, path.toString().mid(10), device);
    // An on/off field is drawn as steps: the latest value seen says which it is.
    bool stepped = false;
    EventLogModel *live = m_session->eventLog();
    for (int at = live->rowCount() - 1; at >= 0; --at) {
        const Event &e = live->at(at).event;
        if (e.eventType == eventType) {
            stepped = FieldPath::numericPaths(e.eventData.toObject(), 16, false)
                              .indexOf(path.toString()) < 0 &&
                      path.valueIn(e.eventData.toObject()).has_value();
            break;
        }
    }
    const int index =
        m_data->addSeries(SeriesSpec::live(eventType, path, deviceId, label, stepped));
    m_list->addItem(label);
    backfill(index);
    return true;
}

bool ChartPage::addHistorySeries(const QString &seriesId)
{
    // A series the home's history has (not a collection of the same name).
    if (!m_session->history()->items()->contains(
            HistoryItem::keyOf(HistoryItem::Kind::Series, seriesId)))
        return false;
    for (int i = 0; i < m_data->seriesCount(); ++i) {
        if (m_data->spec(i).historySeriesId == seriesId)
            return false;  // on the chart already
    }
    const QString label = tr("%1 (history)").arg(seriesId);
    const int index = m_data->addSeries(SeriesSpec::history(seriesId, label));
    m_list->addItem(label);
    backfill(index);
    // History reaches back further than a live window: show a day at least.
    if (m_window->currentData().toLongLong() >= 0 &&
        m_window->currentData().toLongLong() < 24 * 3'600'000LL)
        m_window->setCurrentIndex(m_window->findData(24 * 3'600'000LL));
    return true;
}

void ChartPage::backfill(int index)
{
    if (m_session->replay()->isActive())
        return;  // the replay's events are not this home's live ones
    EventLogModel *live = m_session->eventLog();
    QList<Event> events;
    events.reserve(live->rowCount());
    for (int row = 0; row < live->rowCount(); ++row)
        events.append(live->at(row).event);
    m_data->ingestInto(index, ofShownHome(events));
}

void ChartPage::pickWindow(int index)
{
    const qint64 ms = m_window->itemData(index).toLongLong();
    if (ms >= 0) {
        m_lastWindow = index;
        m_chart->setWindowMs(ms);
        return;
    }
    // A custom range: from and to, in local time.
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Custom range"));
    auto *from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1), &dialog);
    auto *to = new QDateTimeEdit(QDateTime::currentDateTime(), &dialog);
    for (QDateTimeEdit *edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *why = new QLabel(&dialog);
    const auto check = [from, to, buttons, why] {
        const bool ok = from->dateTime() < to->dateTime();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
        why->setText(ok ? QString() : ChartPage::tr("“To” must be after “From”."));
    };
    connect(from, &QDateTimeEdit::dateTimeChanged, &dialog, check);
    connect(to, &QDateTimeEdit::dateTimeChanged, &dialog, check);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("From:"), from);
    form->addRow(tr("To:"), to);
    form->addRow(why);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const bool picked = dialog.exec() == QDialog::Accepted && from->dateTime() < to->dateTime();
    // The combo shows the window on screen: the custom one, or the last one again.
    const QSignalBlocker quiet(m_window);
    if (!picked) {
        m_window->setCurrentIndex(m_lastWindow);
        return;
    }
    m_chart->showRange(from->dateTime().toMSecsSinceEpoch(), to->dateTime().toMSecsSinceEpoch());
}

void ChartPage::backToLive()
{
    m_chart->setPaused(false);
    m_pause->setText(tr("&Pause"));
    m_chart->resetZoom();
    if (m_window->currentData().toLongLong() < 0) {  // a custom range: the last window again
        const QSignalBlocker quiet(m_window);
        m_window->setCurrentIndex(m_lastWindow);
    }
    m_chart->setWindowMs(m_window->currentData().toLongLong());
    showLiveNote();
}

void ChartPage::showLiveNote()
{
    if (m_chart->isFollowingNow()) {
        m_liveNote->hide();
        return;
    }
    const auto [from, to] = m_chart->shownRange();
    const auto at = [](qint64 ms) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
    };
    const QString what = m_chart->isHeld() ? tr("Paused at %1 – %2").arg(at(from), at(to))
                                           : tr("Paused at %1").arg(at(to));
    m_liveNote->setText(QStringLiteral("%1 · <a href=\"live\">%2</a>")
                            .arg(what.toHtmlEscaped(), tr("Back to live").toHtmlEscaped()));
    m_liveNote->show();
}

bool ChartPage::isLive() const
{
    return m_chart->isFollowingNow();
}

void ChartPage::showHistoryStatus()
{
    HistoryCatalog *history = m_session->history();
    const bool ready =
        history->status() == HistoryCatalog::Status::Ready ||
        (history->status() == HistoryCatalog::Status::Loading && history->items()->rowCount() > 0);
    m_historySeries->setEnabled(ready);
    m_addHistory->setEnabled(ready);
    switch (history->status()) {
        case HistoryCatalog::Status::NoModule:
            m_historyNote->setText(
                tr("This home has no time-series (TSDB) module, so no history "
                   "is kept: the chart shows live data only."));
            break;
        case HistoryCatalog::Status::Failed:
            m_historyNote->setText(tr("History is not available: %1 The chart shows live data.")
                                       .arg(history->errorText()));
            break;
        case HistoryCatalog::Status::Loading:
            m_historyNote->setText(tr("Loading the home's series…"));
            break;
        default:
            m_historyNote->clear();
    }
}

void ChartPage::colourList(const QList<QColor> &colours)
{
    for (int i = 0; i < m_list->count() && i < colours.size(); ++i) {
        QPixmap swatch(14, 14);
        swatch.fill(colours.at(i));
        m_list->item(i)->setIcon(QIcon(swatch));
        m_list->item(i)->setToolTip(m_list->item(i)->text());
    }
}

void ChartPage::addFromControls()
{
    m_userChose = m_choseHere = true;
    if (!addSeries(m_type->currentText(), m_field->currentText(),
                   m_device->currentData().toLongLong()))
        m_field->setToolTip(
            tr("Pick an event type and a numeric field such as eventData.zones[7]."));
}

}  // namespace ModeDesk
