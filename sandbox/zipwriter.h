// A ZIP archive of stored (uncompressed) files, as an export of several CSV
// files is served: small enough to write by hand, readable by every unzip.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ModeDesk::Sandbox {

class ZipWriter
{
public:
    void add(const QString &fileName, const QByteArray &contents);
    QByteArray finish() const;

    static quint32 crc32(const QByteArray &data);

private:
    struct Entry {
        QByteArray name;
        quint32 crc;
        quint32 size;
        quint32 offset;
    };
    QByteArray m_data;
    QList<Entry> m_entries;
};

}  // namespace ModeDesk::Sandbox
