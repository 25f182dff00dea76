#include "profiledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>

namespace ModeDesk {

ProfileDialog::ProfileDialog(const ConnectionProfile &profile, Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_name(new QLineEdit(profile.name, this))
    , m_url(new QLineEdit(profile.apiUrl.toString(), this))
    , m_projectId(
          new QLineEdit(profile.projectId ? QString::number(profile.projectId) : QString(), this))
    , m_appId(new QLineEdit(profile.appId, this))
    , m_mode(new QComboBox(this))
    , m_colour(new QComboBox(this))
    , m_adminKey(new QLineEdit(this))
{
    setWindowTitle(profile.name.isEmpty() ? tr("New profile")
                                          : tr("Profile “%1”").arg(profile.name));
    setMinimumWidth(460);
    auto *form = new QFormLayout(this);
    m_projectId->setValidator(new QIntValidator(1, 999999999, this));
    m_url->setPlaceholderText(QStringLiteral("https://api.tinkermode.com"));
    m_mode->addItem(tr("Email and password"), int(AccountMode::Email));
    m_mode->addItem(tr("Phone and SMS code"), int(AccountMode::Phone));
    m_mode->addItem(tr("Bring your own users (BYOU)"), int(AccountMode::Byou));
    m_mode->setCurrentIndex(m_mode->findData(int(profile.accountMode)));
    const QList<std::pair<QString, QString>> colours = {
        {tr("Red (production)"), QStringLiteral("#c62828")},
        {tr("Orange (staging)"), QStringLiteral("#ef6c00")},
        {tr("Green (sandbox)"), QStringLiteral("#2e7d32")},
        {tr("Blue"), QStringLiteral("#1565c0")},
        {tr("Purple"), QStringLiteral("#6a1b9a")}};
    for (const auto &[label, colour] : colours) {
        QPixmap swatch(14, 14);
        swatch.fill(QColor(colour));
        m_colour->addItem(QIcon(swatch), label, colour);
    }
    const int current = m_colour->findData(profile.colour.name());
    m_colour->setCurrentIndex(current >= 0 ? current : 0);
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_url),
                       static_cast<QWidget *>(m_projectId), static_cast<QWidget *>(m_appId),
                       static_cast<QWidget *>(m_mode), static_cast<QWidget *>(m_colour)})
        w->setEnabled(!profile.localSandbox || w == m_name || w == m_colour);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("API &URL:"), m_url);
    form->addRow(tr("&Project id:"), m_projectId);
    form->addRow(tr("&App id:"), m_appId);
    form->addRow(tr("Account &mode:"), m_mode);
    form->addRow(tr("&Colour tag:"), m_colour);
    // Only for a MODE sandbox (the local one's key is its own): claim mode, rehearsals.
    m_adminKey->setEchoMode(QLineEdit::Password);
    m_adminKey->setAccessibleName(tr("Sandbox admin key"));
    m_adminKey->setEnabled(!profile.localSandbox);
    m_adminKey->setPlaceholderText(profile.localSandbox ? tr("the local sandbox's own key is used")
                                   : profile.name.isEmpty()
                                       ? tr("optional: for a MODE sandbox only")
                                       : tr("empty keeps the key in the keychain, if any"));
    m_adminKey->setToolTip(
        tr("A MODE sandbox's admin key lets ModeDesk put devices in claim "
           "mode and make devices for rehearsals. It is kept in the system "
           "keychain. MODE's cloud has none."));
    form->addRow(tr("Sandbox a&dmin key:"), m_adminKey);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    for (QLineEdit *edit : {m_name, m_url, m_projectId, m_appId})
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    connect(m_colour, &QComboBox::activated, this, [this] { m_colourChosen = true; });
    // A server on this machine is a sandbox, not production: its tag says so, until chosen.
    connect(m_url, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_colourChosen)
            return;
        const QString host = QUrl(text.trimmed()).host();
        const bool local = host == QLatin1String("localhost") ||
                           host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
        m_colour->setCurrentIndex(
            m_colour->findData(local ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828")));
    });
    m_colourChosen = purpose == Purpose::Edit;  // an existing profile keeps its tag
    validate();
}

QString ProfileDialog::sandboxAdminKey() const
{
    return m_adminKey->text().trimmed();
}

void ProfileDialog::validate()
{
    const QUrl url(m_url->text().trimmed());
    const bool ok =
        !m_name->text().trimmed().isEmpty() && url.isValid() &&
        (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
        !url.host().isEmpty() && m_projectId->text().toLongLong() > 0;
    m_ok->setEnabled(ok);
    m_ok->setToolTip(ok ? QString() : tr("Needs a name, an http(s) URL and a project id."));
}

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile p = m_profile;
    p.name = m_name->text().trimmed();
    p.apiUrl = QUrl(m_url->text().trimmed());
    p.projectId = m_projectId->text().toLongLong();
    p.appId = m_appId->text().trimmed();
    p.accountMode = AccountMode(m_mode->currentData().toInt());
    p.colour = QColor(m_colour->currentData().toString());
    return p;
}

}  // namespace ModeDesk
