#pragma once

#include "tablepage.h"

class QLineEdit;
class QPushButton;

namespace ModeDesk {

class JsonEditor;
class Session;

// A home's key-value store: a table with a key-prefix filter, and an editor
// that validates the JSON value before it is saved.
class KeyValuesPage : public TablePage
{
    Q_OBJECT

public:
    explicit KeyValuesPage(Session *session, QWidget *parent = nullptr);

    JsonEditor *valueEditor() const { return m_value; }
    QLineEdit *keyEdit() const { return m_key; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }

private:
    void showPair(int sourceRow);
    void startNew();
    void save();
    void remove();

    Session *m_session;
    QLineEdit *m_key;
    JsonEditor *m_value;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_delete;
};

}  // namespace ModeDesk
