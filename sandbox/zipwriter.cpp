#include "zipwriter.h"

#include <QtEndian>
#include <array>

namespace ModeDesk::Sandbox {

namespace {

void put16(QByteArray &out, quint16 value)
{
    const quint16 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 2);
}

void put32(QByteArray &out, quint32 value)
{
    const quint32 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 4);
}

constexpr quint16 Version = 20;        // 2.0: the oldest that readers take
constexpr quint16 Utf8Names = 0x0800;  // general purpose bit 11
constexpr quint16 DosDate1980 = (0 << 9) | (1 << 5) | 1;

}  // namespace

quint32 ZipWriter::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void ZipWriter::add(const QString &fileName, const QByteArray &contents)
{
    const Entry entry{fileName.toUtf8(), crc32(contents), quint32(contents.size()),
                      quint32(m_data.size())};
    put32(m_data, 0x04034b50);  // local file header
    put16(m_data, Version);
    put16(m_data, Utf8Names);
    put16(m_data, 0);  // stored
    put16(m_data, 0);  // time
    put16(m_data, DosDate1980);
    put32(m_data, entry.crc);
    put32(m_data, entry.size);
    put32(m_data, entry.size);
    put16(m_data, quint16(entry.name.size()));
    put16(m_data, 0);
    m_data += entry.name;
    m_data += contents;
    m_entries.append(entry);
}

QByteArray ZipWriter::finish() const
{
    QByteArray out = m_data;
    const quint32 directoryStart = quint32(out.size());
    for (const Entry &entry : m_entries) {
        put32(out, 0x02014b50);  // central directory header
        put16(out, Version);
        put16(out, Version);
        put16(out, Utf8Names);
        put16(out, 0);
        put16(out, 0);
        put16(out, DosDate1980);
        put32(out, entry.crc);
        put32(out, entry.size);
        put32(out, entry.size);
        put16(out, quint16(entry.name.size()));
        put16(out, 0);  // extra
        put16(out, 0);  // comment
        put16(out, 0);  // disk
        put16(out, 0);  // internal attributes
        put32(out, 0);  // external attributes
        put32(out, entry.offset);
        out += entry.name;
    }
    const quint32 directorySize = quint32(out.size()) - directoryStart;
    put32(out, 0x06054b50);  // end of central directory
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, directorySize);
    put32(out, directoryStart);
    put16(out, 0);
    return out;
}

}  // namespace ModeDesk::Sandbox
