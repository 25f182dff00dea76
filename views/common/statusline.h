// One line under a form or table that says what is going on: busy (with a
// running bar), done, or failed with the reason in plain words, the technical
// detail one click away ("Details"). Tracks an ApiCall and disables the given
// widgets while it runs, so nothing is clicked twice.
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace ModeDesk {

class ApiCallBase;
struct ApiError;

class StatusLine : public QWidget
{
    Q_OBJECT

public:
    explicit StatusLine(QWidget *parent = nullptr);

    void showBusy(const QString &text);
    void showInfo(const QString &text);
    void showError(const QString &text);
    // The sentence, and behind "Details" what went over the wire (describe()).
    void showError(const QString &text, const QString &detail);
    void showError(const ApiError &error);
    QString detail() const;
    void clear();
    QString text() const;
    bool isShowingError() const { return m_error; }

    // Shows doing while call runs, with disable disabled; then done or the error.
    void track(ApiCallBase *call, const QString &doing, const QString &done,
               const QList<QWidget *> &disable = {});

signals:
    // A tracked call ended and its widgets were enabled again.
    void callFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();

    void setDetail(const QString &detail);

    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_detailsButton;
    QLabel *m_detail;
    bool m_error = false;
};

}  // namespace ModeDesk
