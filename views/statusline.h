// One line under a form or table that says what is going on: busy (with a
// running bar), done, or failed with the reason. Tracks an ApiCall and
// disables the given widgets while it runs, so nothing is clicked twice.
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;

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
    void showError(const ApiError &error);
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

    QLabel *m_label;
    QProgressBar *m_bar;
    bool m_error = false;
};

}  // namespace ModeDesk
