// Bulk onboarding: a CSV of claim codes claimed into one home, chosen when
// the codes are loaded and named above the table (and in every question),
// whatever home is on screen meanwhile. The table shows every row, skipped
// ones too, with its outcome; codes, names and tags are corrected in place.
// An import that stopped (quit, a dead server) is offered to continue.
#pragma once

#include "bulkclaim.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ModeDesk {

class BulkClaimModel;
class Session;
class StatusLine;

class BulkClaimPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BulkClaimPanel(Session *session, QWidget *parent = nullptr);

    // The flows, as the buttons start them (each asks what a button asks).
    bool importCsv(const QString &path);
    void claimAll();
    void retryFailed();
    void openClaimWindows();

    BulkClaim *import() const { return m_import; }
    QTableView *table() const { return m_table; }
    QComboBox *targetBox() const { return m_target; }
    QLabel *bannerText() const { return m_bannerText; }
    QFrame *banner() const { return m_banner; }
    QPushButton *claimButton() const { return m_claimAll; }
    QPushButton *claimModeButton() const { return m_claimMode; }
    QLabel *rowDetail() const { return m_rowDetail; }
    StatusLine *status() const { return m_status; }
    // Where Export results… proposes to save: the home's name and the date.
    QString defaultExportName() const;

private:
    bool confirm(const QString &title, const QString &text);
    void showState(BulkClaim::State state);
    void updateTarget();
    void updateButtons();
    void showRowDetail();
    qint64 chosenHome() const;

    Session *m_session;
    BulkClaim *m_import;
    BulkClaimModel *m_model;
    QComboBox *m_target;
    QLabel *m_source;
    QPushButton *m_importButton;
    QPushButton *m_claimAll;
    QPushButton *m_stop;
    QPushButton *m_retry;
    QPushButton *m_claimMode;
    QPushButton *m_export;
    QPushButton *m_discard;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QProgressBar *m_progress;
    QTableView *m_table;
    QLabel *m_sandboxReason;
    QLabel *m_rowDetail;
    StatusLine *m_status;
    QString m_lastFolder;  // where the last CSV came from or went to
};

}  // namespace ModeDesk
