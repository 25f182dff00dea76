// The one way a page asks before it acts: a question box whose text is shown
// as written (names from the server are never read as markup), with Yes and
// Cancel and a chosen default. Objects are named for tests and screen readers.
#pragma once

#include <QMessageBox>

namespace ModeDesk::AskBox {

// True when the user answered Yes.
bool confirm(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::Icon icon = QMessageBox::Question, bool yesByDefault = false);

}  // namespace ModeDesk::AskBox
