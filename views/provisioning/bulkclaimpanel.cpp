#include "bulkclaimpanel.h"

#include "askbox.h"
#include "bulkclaimmodel.h"
#include "session.h"
#include "statedelegate.h"
#include "statusline.h"
#include "tablesizing.h"
#include "themecolours.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace ModeDesk {

namespace {
// F2 edits the cell under the cursor, not the home (the window's F2 renames
// the home): the table claims the key before the shortcut sees it.
class EditKeyFirst : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride &&
            static_cast<QKeyEvent *>(event)->key() == Qt::Key_F2) {
            auto *view = static_cast<QAbstractItemView *>(watched);
            if (view->currentIndex().flags() & Qt::ItemIsEditable) {
                event->accept();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};
}  // namespace

BulkClaimPanel::BulkClaimPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_import(session->bulkClaim())
    , m_model(new BulkClaimModel(m_import, this))
    , m_target(new QComboBox(this))
    , m_source(new QLabel(this))
    , m_importButton(new QPushButton(tr("&Import CSV…"), this))
    , m_claimAll(new QPushButton(tr("Claim &all"), this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_retry(new QPushButton(tr("&Retry failed"), this))
    , m_claimMode(new QPushButton(tr("Put all in claim &mode"), this))
    , m_export(new QPushButton(tr("&Export results…"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_sandboxReason(new QLabel(this))
    , m_rowDetail(new QLabel(this))
    , m_status(new StatusLine(this))
    , m_lastFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    // Where the devices go: fixed when the codes are loaded, named above everything.
    auto *targetRow = new QHBoxLayout;
    auto *into = new QLabel(tr("Into &home:"), this);
    into->setBuddy(m_target);
    m_target->setModel(session->homes());
    m_target->setModelColumn(HomesModel::NameColumn);
    m_target->setObjectName(QStringLiteral("bulkTarget"));
    m_target->setAccessibleName(tr("Home the devices go to"));
    m_target->setMinimumContentsLength(20);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setTextFormat(Qt::PlainText);
    targetRow->addWidget(into);
    targetRow->addWidget(m_target);
    targetRow->addWidget(m_source, 1);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b :
         {m_importButton, m_claimAll, m_stop, m_retry, m_claimMode, m_export, m_discard})
        buttons->addWidget(b);
    buttons->addStretch(1);
    m_claimMode->setToolTip(
        tr("Opens the claim window of every code still to claim, as each "
           "device's setup button would (a MODE sandbox only)"));
    m_discard->setToolTip(tr("Forget this import: the rows and the saved progress"));

    // An import that stopped before it was through, from this run or the last.
    m_banner->setObjectName(QStringLiteral("bulkBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setWordWrap(true);
    auto *continueButton = new QPushButton(tr("&Continue"), m_banner);
    continueButton->setObjectName(QStringLiteral("bulkContinue"));
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(continueButton);

    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new StateDelegate(m_table));
    m_table->setAccessibleName(tr("Bulk claim rows"));
    m_table->setObjectName(QStringLiteral("bulkClaimTable"));
    m_table->verticalHeader()->hide();
    TableSizing::compactRows(m_table);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->installEventFilter(new EditKeyFirst(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(BulkClaimModel::RowColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BulkClaimModel::DeviceColumn, QHeaderView::ResizeToContents);
    // A code is never cut: its column is as wide as a code in the table's monospace font.
    const QFontMetrics mono(QFont(QStringLiteral("monospace")));
    header->resizeSection(BulkClaimModel::CodeColumn,
                          qMax(mono.horizontalAdvance(QStringLiteral("ABCD-EFGH-JKLM")),
                               header->sectionSizeHint(BulkClaimModel::CodeColumn)) +
                              24);
    header->resizeSection(BulkClaimModel::NameColumn, 170);
    header->resizeSection(BulkClaimModel::TagColumn, 110);
    m_sandboxReason->setTextFormat(Qt::PlainText);
    m_sandboxReason->setWordWrap(true);
    // The chosen row's whole outcome: the table's cell may be too narrow for it.
    m_rowDetail->setObjectName(QStringLiteral("bulkRowDetail"));
    m_rowDetail->setTextFormat(Qt::PlainText);
    m_rowDetail->setWordWrap(true);
    m_rowDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rowDetail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(targetRow);
    layout->addLayout(buttons);
    layout->addWidget(m_banner);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_rowDetail);
    layout->addWidget(m_sandboxReason);
    layout->addWidget(m_status);

    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Claim codes"), m_lastFolder,
                                                          tr("CSV files (*.csv *.txt)"));
        if (path.isEmpty())
            return;
        m_lastFolder = QFileInfo(path).absolutePath();
        importCsv(path);
    });
    connect(m_claimAll, &QPushButton::clicked, this, &BulkClaimPanel::claimAll);
    connect(continueButton, &QPushButton::clicked, this, &BulkClaimPanel::claimAll);
    connect(m_stop, &QPushButton::clicked, m_import, &BulkClaim::stop);
    connect(m_retry, &QPushButton::clicked, this, &BulkClaimPanel::retryFailed);
    connect(m_claimMode, &QPushButton::clicked, this, &BulkClaimPanel::openClaimWindows);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        const int rows = int(m_import->rows().size());
        if (confirm(tr("Discard the import"),
                    tr("Forget the %n row(s) for “%1”? Devices already claimed stay in the home.",
                       nullptr, rows)
                        .arg(m_import->targetHomeName())))
            m_import->discard();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export results"), defaultExportName(), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        m_lastFolder = QFileInfo(path).absolutePath();
        QString error;
        if (m_import->exportCsv(path, &error))
            m_status->showInfo(tr("Saved the results to %1.").arg(QDir::toNativeSeparators(path)));
        else
            m_status->showError(
                tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
    });
    connect(m_target, &QComboBox::activated, this, [this](int row) {
        if (m_import->rows().isEmpty())
            return;  // the next import goes there
        QString error;
        if (!m_import->setTarget(m_session->homes()->record(row).id, &error)) {
            m_status->showError(error);
            updateTarget();
            return;
        }
        m_status->showInfo(tr("The rows go to “%1”.").arg(m_import->targetHomeName()));
    });
    connect(m_model, &BulkClaimModel::editRefused, m_status,
            qOverload<const QString &>(&StatusLine::showError));
    connect(m_import, &BulkClaim::targetChanged, this, &BulkClaimPanel::updateTarget);
    connect(m_import, &BulkClaim::rowsReset, this, [this] {
        m_table->scrollToTop();
        updateTarget();  // no rows: the home on screen is the next import's
        showRowDetail();
    });
    connect(m_import, &BulkClaim::rowChanged, this, [this](int row) {
        if (m_table->currentIndex().row() == row)
            showRowDetail();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BulkClaimPanel::showRowDetail);
    connect(session, &Session::homeChanged, this, [this] {
        if (m_import->rows().isEmpty())
            updateTarget();
    });
    connect(m_import, &BulkClaim::rowChanged, this, &BulkClaimPanel::updateButtons);
    connect(m_import, &BulkClaim::stateChanged, this, &BulkClaimPanel::showState);
    connect(m_import, &BulkClaim::progress, this, [this](int done, int total) {
        m_progress->setVisible(total > 0);
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
    });
    connect(m_import, &BulkClaim::finished, this, [this] {
        if (m_import->count(BulkClaimRow::Status::Failed) > 0)
            m_status->showError(m_import->summary());
        else
            m_status->showInfo(m_import->summary());
        updateButtons();
    });
    connect(m_import, &BulkClaim::problem, m_status,
            qOverload<const QString &>(&StatusLine::showError));
    connect(m_import, &BulkClaim::claimWindowsOpened, this, [this](int opened, int failed) {
        if (failed > 0)
            m_status->showError(tr("%1 devices are in claim mode for 10 minutes; %2 could not be "
                                   "put in claim mode (see their rows).")
                                    .arg(opened)
                                    .arg(failed));
        else
            m_status->showInfo(
                tr("%n device(s) in claim mode for 10 minutes: press Claim all.", nullptr, opened));
        updateButtons();
    });
    SandboxAdmin *sandbox = session->simulators()->sandbox();
    connect(sandbox, &SandboxAdmin::accessChanged, this, &BulkClaimPanel::updateButtons);
    connect(session->homes(), &QAbstractItemModel::modelReset, this, &BulkClaimPanel::updateTarget);
    connect(session->homes(), &QAbstractItemModel::rowsInserted, this,
            &BulkClaimPanel::updateTarget);
    connect(session->homes(), &QAbstractItemModel::rowsRemoved, this,
            &BulkClaimPanel::updateTarget);
    updateTarget();
    showState(m_import->state());
    showRowDetail();
}

bool BulkClaimPanel::confirm(const QString &title, const QString &text)
{
    return AskBox::confirm(this, title, text, QMessageBox::Question, true);
}

bool BulkClaimPanel::importCsv(const QString &path)
{
    if (m_import->isRunning()) {
        m_status->showError(tr("An import is running: stop it before importing another file."));
        return false;
    }
    const qint64 home = chosenHome();
    if (home == 0) {
        m_status->showError(tr("Pick the home the devices go to first (Into home)."));
        return false;
    }
    const int remaining = m_import->remaining();
    const int rows = int(m_import->rows().size());
    if (remaining > 0
            ? !confirm(tr("Replace the import"),
                       tr("The import into “%1” still has %n row(s) to claim. Replace it with %2?",
                          nullptr, remaining)
                           .arg(m_import->targetHomeName(), QFileInfo(path).fileName()))
            : rows > 0 &&
                  !confirm(tr("Replace the import"),
                           tr("Replace the %n row(s) of the import into “%1” with %2? Export "
                              "their results first if you need them.",
                              nullptr, rows)
                               .arg(m_import->targetHomeName(), QFileInfo(path).fileName())))
        return false;
    QString error;
    if (!m_import->importCsv(path, home, &error)) {
        m_status->showError(error);
        return false;
    }
    const int skipped = m_import->count(BulkClaimRow::Status::Skipped);
    const int ready = int(m_import->rows().size()) - skipped;
    QStringList skippedRows;
    for (int i = 0; i < m_import->rows().size() && skippedRows.size() < 10; ++i) {
        if (m_import->row(i).status == BulkClaimRow::Status::Skipped)
            skippedRows.append(QString::number(i + 1));
    }
    if (skipped > 0)
        m_status->showError(
            tr("%n code(s) ready to claim into “%1”; ", nullptr, ready)
                .arg(m_import->targetHomeName()) +
            tr("%n row(s) skipped (rows %1): see the Outcome column and correct "
               "them in the table.",
               nullptr, skipped)
                .arg(skippedRows.join(QLatin1String(", ")) +
                     (skipped > skippedRows.size() ? QStringLiteral(", …") : QString())));
    else
        m_status->showInfo(tr("%n code(s) ready to claim into “%1”.", nullptr, ready)
                               .arg(m_import->targetHomeName()));
    return true;
}

void BulkClaimPanel::claimAll()
{
    const int todo = m_import->count(BulkClaimRow::Status::Pending);
    if (todo == 0 && !m_import->rows().isEmpty()) {
        m_status->showInfo(m_import->summary());
        return;
    }
    if (!m_import->rows().isEmpty() &&
        !confirm(
            tr("Claim into “%1”").arg(m_import->targetHomeName()),
            tr("Claim %n device(s) into “%1”?", nullptr, todo).arg(m_import->targetHomeName())))
        return;
    QString error;
    if (!m_import->start(&error))
        m_status->showError(error);
}

void BulkClaimPanel::retryFailed()
{
    const int failed = m_import->count(BulkClaimRow::Status::Failed);
    if (failed == 0) {
        m_status->showInfo(tr("No row failed."));
        return;
    }
    if (!confirm(tr("Claim into “%1”").arg(m_import->targetHomeName()),
                 tr("Try the %n failed row(s) again, into “%1”?", nullptr, failed)
                     .arg(m_import->targetHomeName())))
        return;
    QString error;
    if (!m_import->retryFailed(&error))
        m_status->showError(error);
}

void BulkClaimPanel::openClaimWindows()
{
    m_status->showBusy(tr("Putting the devices in claim mode…"));
    m_import->openClaimWindows(m_session->simulators()->sandbox());
    updateButtons();
}

void BulkClaimPanel::showState(BulkClaim::State state)
{
    const QString home = m_import->targetHomeName();
    switch (state) {
        case BulkClaim::State::Running:
            m_status->showBusy(tr("Claiming into “%1”…").arg(home));
            break;
        case BulkClaim::State::WaitingForServer:
            m_status->showBusy(
                tr("Waiting for the server: it does not answer. The import goes "
                   "on by itself when it does; the rows wait."));
            break;
        case BulkClaim::State::Stopping:
            m_status->showBusy(tr("Stopping: the claims on their way finish first…"));
            break;
        case BulkClaim::State::Idle:
            break;
    }
    updateButtons();
}

qint64 BulkClaimPanel::chosenHome() const
{
    const int row = m_target->currentIndex();
    return row >= 0 && row < m_session->homes()->rowCount() ? m_session->homes()->record(row).id
                                                            : m_session->home()->homeId();
}

void BulkClaimPanel::updateTarget()
{
    // An import's home; before one is loaded, the home on screen (the next import's).
    const bool loaded = !m_import->rows().isEmpty();
    const qint64 home = loaded ? m_import->targetHomeId() : m_session->home()->homeId();
    const int row = m_session->homes()->rowOf(home);
    m_target->setCurrentIndex(row);
    // A target that is not listed (yet, or any more) is still named.
    m_target->setPlaceholderText(loaded && row < 0 ? m_import->targetHomeName() : QString());
    m_source->setText(m_import->sourceName().isEmpty() ? QString()
                                                       : tr("from %1").arg(m_import->sourceName()));
    updateButtons();
}

void BulkClaimPanel::updateButtons()
{
    const bool running = m_import->isRunning();
    const bool rows = !m_import->rows().isEmpty();
    const int pending = m_import->count(BulkClaimRow::Status::Pending);
    m_target->setEnabled(!rows || m_import->canChangeTarget());
    m_importButton->setEnabled(!running);
    m_claimAll->setEnabled(!running && pending > 0);
    m_stop->setEnabled(running && m_import->state() != BulkClaim::State::Stopping);
    m_retry->setEnabled(!running && m_import->count(BulkClaimRow::Status::Failed) > 0);
    m_export->setEnabled(rows);
    m_discard->setEnabled(!running && rows);
    SandboxAdmin *sandbox = m_session->simulators()->sandbox();
    const int sleepy =
        m_import->count(BulkClaimRow::Status::Failed, BulkClaimRow::Outcome::NotClaimable);
    m_claimMode->setEnabled(sandbox->isAvailable() && !running && pending + sleepy > 0 &&
                            !m_import->isOpeningClaimWindows());
    m_sandboxReason->setText(tr("Put all in claim mode: %1").arg(sandbox->unavailableReason()));
    m_sandboxReason->setVisible(rows && !sandbox->isAvailable());
    const bool unfinished = m_import->isUnfinished();
    m_banner->setVisible(unfinished);
    if (unfinished)
        m_bannerText->setText(
            tr("The import into “%1” stopped before it was through: %n row(s) still to claim.",
               nullptr, pending)
                .arg(m_import->targetHomeName()));
}

void BulkClaimPanel::showRowDetail()
{
    const int row = m_table->currentIndex().row();
    const bool shown = row >= 0 && row < m_import->rows().size();
    m_rowDetail->setVisible(shown);
    if (shown)
        m_rowDetail->setText(
            tr("Row %1: %2").arg(QString::number(row + 1), m_import->outcomeText(row)));
}

QString BulkClaimPanel::defaultExportName() const
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\s]+"));
    const QString home = m_import->targetHomeName().replace(unsafe, QStringLiteral("-"));
    const QString name =
        tr("claim-results-%1-%2.csv").arg(home, QDate::currentDate().toString(Qt::ISODate));
    return m_lastFolder.isEmpty() ? name : QDir(m_lastFolder).filePath(name);
}

}  // namespace ModeDesk
