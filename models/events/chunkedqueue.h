// A queue with random access, kept in fixed-size chunks: appends never move
// what is held (no doubling of a million-row array, no slack beyond one
// chunk), and dropping the oldest frees whole chunks. For the event log.
#pragma once

#include <QtGlobal>
#include <deque>
#include <memory>

namespace ModeDesk {

template <typename T, qsizetype ChunkSize = 1024>
class ChunkedQueue
{
public:
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    const T &operator[](qsizetype i) const { return slot(m_front + i); }

    void append(T value)
    {
        const qsizetype at = m_front + m_size;
        if (at / ChunkSize == qsizetype(m_chunks.size()))
            m_chunks.push_back(std::make_unique<T[]>(size_t(ChunkSize)));
        slot(at) = std::move(value);
        ++m_size;
    }

    // Drops the count oldest.
    void removeFirst(qsizetype count)
    {
        count = qMin(count, m_size);
        for (qsizetype i = 0; i < count; ++i)
            slot(m_front + i) = T();  // what it holds goes now, not with its chunk
        m_front += count;
        m_size -= count;
        while (m_front >= ChunkSize) {
            m_chunks.pop_front();
            m_front -= ChunkSize;
        }
        if (m_size == 0)
            clear();
    }

    void clear()
    {
        m_chunks.clear();
        m_front = 0;
        m_size = 0;
    }

private:
    T &slot(qsizetype at) const { return m_chunks[size_t(at / ChunkSize)][size_t(at % ChunkSize)]; }

    std::deque<std::unique_ptr<T[]>> m_chunks;
    qsizetype m_front = 0;  // index of the oldest within the first chunk
    qsizetype m_size = 0;
};

}  // namespace ModeDesk
