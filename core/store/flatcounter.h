// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <bit>
#include <vector>

namespace entente::core {

/*!
 * Counts per key in one flat table (open addressing, linear probing): what a copy into a server
 * counts for its summaries, tens of increments per event and millions of keys. A QHash allocates
 * a node per key and follows a pointer per increment; this keeps keys and counts side by side.
 *
 * \a Key is a small value with ==; \a hash(key) gives its 64-bit hash, whose high bits pick the
 * slot (so it should mix them: see mixBits()). A count is never 0 once added, which marks the
 * free slots.
 */
template<typename Key, auto hash> class FlatCounter final
{
public:
    void add(const Key &key, qint64 n = 1)
    {
        if (m_size * 2 >= qsizetype(m_entries.size()))
            grow();
        Entry &entry = slotFor(key);
        if (entry.count == 0) {
            entry.key = key;
            ++m_size;
        }
        entry.count += n;
    }
    qsizetype size() const { return m_size; }
    /*! Calls \a f(key, count) for every key, in no particular order. */
    template<typename F> void forEach(F &&f) const
    {
        for (const Entry &entry : m_entries) {
            if (entry.count != 0)
                f(entry.key, entry.count);
        }
    }

private:
    struct Entry
    {
        Key key{};
        qint64 count = 0;
    };

    Entry &slotFor(const Key &key)
    {
        const size_t mask = m_entries.size() - 1;
        size_t i = size_t(quint64(hash(key)) >> m_shift);
        while (m_entries[i].count != 0 && !(m_entries[i].key == key))
            i = (i + 1) & mask;
        return m_entries[i];
    }

    void grow()
    {
        std::vector<Entry> old = std::move(m_entries);
        const size_t capacity = old.empty() ? 1024 : old.size() * 2;
        m_entries.assign(capacity, Entry{});
        m_shift = 64 - std::countr_zero(capacity);
        m_size = 0;
        for (const Entry &entry : old) {
            if (entry.count != 0) {
                Entry &to = slotFor(entry.key);
                to = entry;
                ++m_size;
            }
        }
    }

    std::vector<Entry> m_entries; // a power of two of them
    int m_shift = 64;
    qsizetype m_size = 0;
};

/*! Spreads every bit of \a x over the high ones (splitmix64's finalizer). */
constexpr quint64 mixBits(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

} // namespace entente::core
