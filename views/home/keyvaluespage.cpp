#include "keyvaluespage.h"

#include "askbox.h"
#include "jsoneditor.h"
#include "session.h"
#include "statusline.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace ModeDesk {

KeyValuesPage::KeyValuesPage(Session *session, QWidget *parent)
    : TablePage(session->home()->keyValues(), tr("Key prefix"), parent)
    , m_session(session)
    , m_key(new QLineEdit(this))
    , m_value(new JsonEditor(this))
    , m_new(new QPushButton(tr("&New pair"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    // The filter box is a key-prefix filter here.
    disconnect(filter(), nullptr, proxy(), nullptr);
    proxy()->setFilterKeyColumn(KvModel::KeyColumn);
    proxy()->setFilterRole(Qt::DisplayRole);
    connect(filter(), &QLineEdit::textChanged, this, [this](const QString &prefix) {
        proxy()->setFilterRegularExpression(
            QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(prefix),
                               QRegularExpression::CaseInsensitiveOption));
    });
    table()->setObjectName(QStringLiteral("keyValuesTable"));
    table()->horizontalHeader()->resizeSection(KvModel::KeyColumn, 200);
    table()->horizontalHeader()->resizeSection(KvModel::ValueColumn, 420);
    table()->setWordWrap(false);
    toolbar()->addWidget(m_new);

    auto *editor = new QGroupBox(tr("Pair"), this);
    auto *form = new QFormLayout(editor);
    m_key->setPlaceholderText(tr("letters, digits, _ and -"));
    m_key->setAccessibleName(tr("Key"));
    m_key->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9_-]{0,64}")), m_key));
    m_value->setMinimumHeight(90);
    m_value->setMaximumHeight(160);
    // The buttons beside the key: the pairs' table keeps the height of their row.
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_delete);
    keyRow->addWidget(m_save);
    auto *keyLabel = new QLabel(tr("&Key:"), editor);
    keyLabel->setBuddy(m_key);  // a row of a layout gets no buddy of its own
    form->addRow(keyLabel, keyRow);
    form->addRow(tr("&Value (JSON):"), m_value);
    body()->addWidget(editor);

    connect(this, &TablePage::currentRowChanged, this, &KeyValuesPage::showPair);
    connect(m_new, &QPushButton::clicked, this, &KeyValuesPage::startNew);
    connect(m_save, &QPushButton::clicked, this, &KeyValuesPage::save);
    connect(m_delete, &QPushButton::clicked, this, &KeyValuesPage::remove);
    connect(m_value, &JsonEditor::validityChanged, m_save, &QPushButton::setEnabled);
    m_delete->setEnabled(false);
    connect(session, &Session::homeChanged, this, [this] {
        status()->clear();
        startNew();
    });
    // "Delete…" only for a pair that exists (not one just deleted, nor a new one).
    connect(status(), &StatusLine::callFinished, this, [this] {
        m_delete->setEnabled(m_session->home()->keyValues()->contains(m_key->text().trimmed()));
    });
}

void KeyValuesPage::showPair(int sourceRow)
{
    KvModel *model = m_session->home()->keyValues();
    if (sourceRow < 0 || sourceRow >= model->rowCount()) {
        m_delete->setEnabled(false);
        return;
    }
    const KeyValuePair &pair = model->record(sourceRow);
    m_key->setText(pair.key);
    if (pair.unreadable.isEmpty())
        m_value->setValue(pair.value, pair.wireBytes);
    else
        m_value->showUnreadable(pair.unreadable, pair.wireBytes);
    m_save->setEnabled(!m_value->isReadOnly());
    m_delete->setEnabled(true);
}

void KeyValuesPage::startNew()
{
    table()->clearSelection();
    m_key->clear();
    m_value->setText(QString());
    m_save->setEnabled(true);
    m_delete->setEnabled(false);
    m_key->setFocus();
}

void KeyValuesPage::save()
{
    const QString key = m_key->text().trimmed();
    if (key.isEmpty()) {
        status()->showError(tr("A pair needs a key."));
        return;
    }
    QJsonValue value;
    QString problem;
    if (!m_value->value(&value, &problem)) {
        // Nothing invalid is sent; the text stays as typed, to be fixed.
        status()->showError(tr("The value is not valid JSON. %1").arg(problem));
        return;
    }
    if (value.isNull()) {
        status()->showError(tr("null cannot be stored: delete the pair instead."));
        return;
    }
    status()->track(m_session->home()->saveKeyValue(key, value), tr("Saving %1…").arg(key),
                    tr("Saved %1.").arg(key), {m_save, m_delete});
}

void KeyValuesPage::remove()
{
    const QString key = m_key->text().trimmed();
    if (key.isEmpty())
        return;
    if (!AskBox::confirm(this, tr("Delete pair"), tr("Delete the pair “%1”?").arg(key)))
        return;
    auto *call = m_session->home()->deleteKeyValue(key);
    status()->track(call, tr("Deleting %1…").arg(key), tr("Deleted %1.").arg(key),
                    {m_save, m_delete});
    connect(call, &ApiCallBase::succeeded, this, &KeyValuesPage::startNew);
}

}  // namespace ModeDesk
