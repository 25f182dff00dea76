#include "historypage.h"

#include "askbox.h"
#include "historycatalog.h"
#include "modelroles.h"
#include "session.h"
#include "statusline.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace ModeDesk {

namespace {
constexpr qint64 HourSeconds = 3600;
}

HistoryPage::HistoryPage(Session *session, QWidget *parent)
    : TablePage(session->history()->items(), tr("Filter series"), parent)
    , m_session(session)
    , m_notice(new QLabel(this))
    , m_window(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_chart(new QPushButton(tr("Sho&w on chart"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_cancelExport(new QPushButton(tr("Cancel export"), this))
    , m_deleteRange(new QPushButton(tr("Delete r&ange…"), this))
    , m_delete(new QPushButton(tr("De&lete…"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_progress(new QProgressBar(this))
{
    HistoryCatalog *history = session->history();
    m_notice->setObjectName(QStringLiteral("historyNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->hide();

    for (const auto &[label, seconds] : {std::pair{tr("Last hour"), HourSeconds},
                                         {tr("Last 24 hours"), 24 * HourSeconds},
                                         {tr("Last 7 days"), 7 * 24 * HourSeconds},
                                         {tr("Last 30 days"), 30 * 24 * HourSeconds},
                                         {tr("Custom"), qint64(0)}})
        m_window->addItem(label, seconds);
    m_window->setAccessibleName(tr("Time range"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    toolbar()->addWidget(new QLabel(tr("Range:"), this));
    toolbar()->addWidget(m_window);
    toolbar()->addWidget(m_from);
    toolbar()->addWidget(new QLabel(QStringLiteral("–"), this));
    toolbar()->addWidget(m_to);

    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->hide();
    m_cancelExport->hide();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_chart);
    actions->addWidget(m_export);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_cancelExport);
    actions->addStretch();
    actions->addWidget(m_refresh);
    actions->addWidget(m_deleteRange);
    actions->addWidget(m_delete);
    body()->insertWidget(0, m_notice);
    body()->addLayout(actions);

    table()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *header = table()->horizontalHeader();
    header->setSectionResizeMode(HistoryItemsModel::IdColumn, QHeaderView::Stretch);
    header->resizeSection(HistoryItemsModel::KindColumn, 200);
    header->resizeSection(HistoryItemsModel::FirstColumn, 170);
    header->resizeSection(HistoryItemsModel::LastColumn, 170);

    connect(m_window, &QComboBox::currentIndexChanged, this, &HistoryPage::pickRange);
    const auto toCustom = [this] {
        const QSignalBlocker quiet(m_window);
        m_window->setCurrentIndex(m_window->count() - 1);
    };
    connect(m_from, &QDateTimeEdit::editingFinished, this, toCustom);
    connect(m_to, &QDateTimeEdit::editingFinished, this, toCustom);
    connect(m_chart, &QPushButton::clicked, this, [this] {
        const QList<int> rows = selectedSourceRows();
        if (rows.size() == 1)
            emit chartRequested(m_session->history()->items()->record(rows.first()).id);
    });
    connect(m_export, &QPushButton::clicked, this, &HistoryPage::exportSelected);
    connect(m_cancelExport, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_deleteRange, &QPushButton::clicked, this, &HistoryPage::deleteRange);
    connect(m_delete, &QPushButton::clicked, this, &HistoryPage::deleteSelected);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        HistoryCatalog *catalog = m_session->history();
        // Without a module, the home's modules themselves may have changed.
        if (catalog->moduleId().isEmpty())
            m_session->home()->refresh();
        else
            catalog->refresh();
    });
    connect(history, &HistoryCatalog::statusChanged, this, &HistoryPage::showStatus);
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::updateButtons);
    connect(this, &TablePage::currentRowChanged, this, &HistoryPage::updateButtons);
    connect(status(), &StatusLine::callFinished, this, &HistoryPage::updateButtons);
    pickRange(1);
    m_window->setCurrentIndex(1);
    // A range relative to now moves with it, a minute at a time (the fields show minutes).
    m_followNow.setInterval(15'000);
    connect(&m_followNow, &QTimer::timeout, this, [this] {
        if (!m_from->hasFocus() && !m_to->hasFocus())  // not under the user's typing
            pickRange(m_window->currentIndex());
    });
    showStatus();
}

void HistoryPage::showEvent(QShowEvent *event)
{
    TablePage::showEvent(event);
    pickRange(m_window->currentIndex());  // not the minute the page was last seen
    m_followNow.start();
}

void HistoryPage::hideEvent(QHideEvent *event)
{
    m_followNow.stop();
    TablePage::hideEvent(event);
}

QDateTime HistoryPage::rangeFrom() const
{
    return m_from->dateTime().toUTC();
}

QDateTime HistoryPage::rangeTo() const
{
    return m_to->dateTime().toUTC();
}

void HistoryPage::setRange(const QDateTime &from, const QDateTime &to)
{
    const QSignalBlocker quiet(m_window);
    m_window->setCurrentIndex(m_window->count() - 1);
    m_from->setDateTime(from.toLocalTime());
    m_to->setDateTime(to.toLocalTime());
}

void HistoryPage::pickRange(int index)
{
    const qint64 seconds = m_window->itemData(index).toLongLong();
    if (seconds <= 0)
        return;  // custom: the two fields as they are
    // Whole minutes: the fields show no seconds.
    QDateTime now = QDateTime::currentDateTime();
    now = now.addSecs(60 - now.time().second()).addMSecs(-now.time().msec());
    m_to->setDateTime(now);
    m_from->setDateTime(now.addSecs(-seconds));
}

void HistoryPage::showStatus()
{
    HistoryCatalog *history = m_session->history();
    QString notice;
    switch (history->status()) {
        case HistoryCatalog::Status::NoHome:
            notice = tr("Pick a home on the left to see its history.");
            break;
        case HistoryCatalog::Status::NoModule:
            notice =
                tr("This home has no time-series (TSDB) module, so no history is kept. "
                   "Ask the project's administrator to add one in the MODE console; the "
                   "Chart page shows live data meanwhile.");
            break;
        case HistoryCatalog::Status::Failed:
            status()->showError(
                tr("The home's series could not be listed: %1").arg(history->errorText()));
            break;
        case HistoryCatalog::Status::Loading:
            status()->showBusy(tr("Loading the home's series…"));
            break;
        case HistoryCatalog::Status::Ready:
            status()->showInfo(
                history->items()->rowCount() == 0
                    ? tr("No series yet: devices add them by sending "
                         "timeSeriesData in their events.")
                    : tr("%n series and collections.", nullptr, history->items()->rowCount()));
            break;
    }
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    table()->setVisible(notice.isEmpty());
    filter()->setEnabled(notice.isEmpty());
    updateButtons();
}

void HistoryPage::updateButtons()
{
    const bool ready = !m_session->history()->moduleId().isEmpty();
    const QList<int> rows = selectedSourceRows();
    // The row that is picked, not one the cursor was left on after a delete.
    const bool oneSeries =
        rows.size() == 1 &&
        m_session->history()->items()->record(rows.first()).kind == HistoryItem::Kind::Series;
    const bool exporting = m_job != nullptr;
    m_chart->setEnabled(ready && oneSeries);
    m_export->setEnabled(ready && !rows.isEmpty() && !exporting);
    m_deleteRange->setEnabled(ready && !rows.isEmpty());
    m_delete->setEnabled(ready && !rows.isEmpty());
    m_refresh->setEnabled(m_session->history()->status() != HistoryCatalog::Status::NoHome);
}

bool HistoryPage::checkRange()
{
    // "Last 24 hours" means the 24 hours before now, not before the page opened.
    if (m_window->currentData().toLongLong() > 0)
        pickRange(m_window->currentIndex());
    if (rangeFrom() < rangeTo())
        return true;
    status()->showError(tr("The range ends before it begins: pick a later “To”."));
    return false;
}

QStringList HistoryPage::selectedKeys() const
{
    QStringList keys;
    for (int row : selectedSourceRows())
        keys.append(m_session->history()->items()->record(row).key());
    return keys;
}

void HistoryPage::exportSelected()
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty() || !checkRange())
        return;
    HistoryItemsModel *items = m_session->history()->items();
    const QString first = items->record(items->rowOf(keys.first())).id;
    const bool several = keys.size() > 1;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        several ? tr("history-%1.zip").arg(QDate::currentDate().toString(Qt::ISODate))
                : first + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export history"), suggested,
        several ? tr("ZIP of CSV files (*.zip)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_job = m_session->history()->exportToFile(keys, rangeFrom(), rangeTo(), path);
    m_progress->setValue(0);
    m_progress->setRange(0, 0);  // busy until the size is known
    m_progress->show();
    m_cancelExport->show();
    status()->showBusy(tr("Exporting %n item(s)…", nullptr, int(keys.size())));
    connect(m_job, &HistoryExport::progress, this, [this](int percent) {
        if (percent < 0) {
            m_progress->setRange(0, 0);
            return;
        }
        m_progress->setRange(0, 100);
        m_progress->setValue(percent);
    });
    connect(m_job, &HistoryExport::finished, this, [this](bool ok, const QString &message) {
        m_job->deleteLater();
        m_job = nullptr;
        m_progress->hide();
        m_cancelExport->hide();
        if (ok)
            status()->showInfo(message);
        else
            status()->showError(message);
        updateButtons();
    });
    updateButtons();
}

void HistoryPage::deleteRange()
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty() || !checkRange())
        return;
    // Read before the question: the list may change while it is open.
    const QDateTime from = rangeFrom(), to = rangeTo();
    const QString range =
        QStringLiteral("%1 – %2").arg(QLocale().toString(m_from->dateTime(), QLocale::ShortFormat),
                                      QLocale().toString(m_to->dateTime(), QLocale::ShortFormat));
    HistoryItemsModel *items = m_session->history()->items();
    const QString question =
        keys.size() == 1 ? tr("Delete every point of %1 from %2? This cannot be undone.")
                               .arg(items->record(items->rowOf(keys.first())).id, range)
                         : tr("Delete every point from %1 of %n item(s)? This cannot be undone.",
                              nullptr, int(keys.size()))
                               .arg(range);
    if (!AskBox::confirm(this, tr("Delete range"), question))
        return;
    for (const QString &key : keys) {
        if (auto *call = m_session->history()->deleteRange(key, from, to))
            status()->track(call, tr("Deleting points…"), tr("Points from %1 deleted.").arg(range),
                            {m_deleteRange, m_delete});
    }
}

void HistoryPage::deleteSelected()
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty())
        return;
    // Read before the question: the list may change while it is open.
    HistoryItemsModel *items = m_session->history()->items();
    QStringList ids;
    for (const QString &key : keys)
        ids.append(items->record(items->rowOf(key)).id);
    const QString question =
        keys.size() == 1
            ? tr("Delete %1 and all of its points? This cannot be undone.").arg(ids.first())
            : tr("Delete %n series and collections with all of their points? This cannot be "
                 "undone.",
                 nullptr, int(keys.size()));
    if (!AskBox::confirm(this, tr("Delete history"), question))
        return;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        // nullptr: gone meanwhile (another home, a refresh): nothing to delete.
        if (auto *call = m_session->history()->deleteItem(keys.at(i)))
            status()->track(call, tr("Deleting %1…").arg(ids.at(i)),
                            tr("Deleted %1.").arg(ids.at(i)), {m_deleteRange, m_delete});
    }
}

}  // namespace ModeDesk
