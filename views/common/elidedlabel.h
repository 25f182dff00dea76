// A one-line label for text that comes from elsewhere (a home's name, a
// user's): shown as plain text, cut to the width it is given with an
// ellipsis, whole in its tooltip. However long the text, it never asks for
// more width than a few characters: a 10,000-character name cannot widen the
// window.
#pragma once

#include <QLabel>

namespace ModeDesk {

class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideRight);

    void setFullText(const QString &text);
    QString fullText() const { return m_text; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_text;
    Qt::TextElideMode m_mode;
};

}  // namespace ModeDesk
