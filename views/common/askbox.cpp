#include "askbox.h"

namespace ModeDesk::AskBox {

bool confirm(QWidget *parent, const QString &title, const QString &text, QMessageBox::Icon icon,
             bool yesByDefault)
{
    QMessageBox box(icon, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("askBox"));
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(yesByDefault ? QMessageBox::Yes : QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

}  // namespace ModeDesk::AskBox
