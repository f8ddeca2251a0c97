// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <bit>
#include <cstdlib>
#include <memory>
#include <span>
#include <vector>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace entente::core {

/*!
 * Allocates as std::allocator does, but asks Linux to back a block of 2 MiB or more with huge
 * pages: a counter's table of hundreds of megabytes, read at random, otherwise misses the TLB at
 * nearly every access as well as the caches.
 */
template<typename T> struct HugePageAllocator
{
    using value_type = T;
    HugePageAllocator() = default;
    template<typename U> HugePageAllocator(const HugePageAllocator<U> &) {}
    T *allocate(size_t n)
    {
        const size_t bytes = n * sizeof(T);
#ifdef __linux__
        constexpr size_t kHuge = size_t(2) << 20;
        if (bytes >= kHuge) {
            if (void *p = std::aligned_alloc(kHuge, (bytes + kHuge - 1) / kHuge * kHuge)) {
                madvise(p, bytes, MADV_HUGEPAGE); // a hint: without it, small pages
                return static_cast<T *>(p);
            }
            throw std::bad_alloc();
        }
#endif
        return std::allocator<T>().allocate(n);
    }
    void deallocate(T *p, size_t n)
    {
#ifdef __linux__
        if (n * sizeof(T) >= (size_t(2) << 20)) {
            std::free(p);
            return;
        }
#endif
        std::allocator<T>().deallocate(p, n);
    }
    template<typename U> bool operator==(const HugePageAllocator<U> &) const
    {
        return true;
    }
};

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
    /*!
     * Adds 1 to the count of each of \a keys (repeats count again). In a table larger than the
     * caches each key's slot is a wait for memory: here the slots a few keys ahead are asked for
     * while the current one is counted, so that the waits overlap.
     */
    void addEach(std::span<const Key> keys)
    {
        while ((m_size + qsizetype(keys.size())) * 2 >= qsizetype(m_entries.size()))
            grow();
        constexpr size_t kAhead = 32;
        for (size_t i = 0; i < keys.size(); ++i) {
            if (i + kAhead < keys.size())
                __builtin_prefetch(&m_entries[home(keys[i + kAhead])], 1);
            Entry &entry = slotFor(keys[i]);
            if (entry.count == 0) {
                entry.key = keys[i];
                ++m_size;
            }
            ++entry.count;
        }
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

    size_t home(const Key &key) const { return size_t(quint64(hash(key)) >> m_shift); }
    Entry &slotFor(const Key &key)
    {
        const size_t mask = m_entries.size() - 1;
        size_t i = home(key);
        while (m_entries[i].count != 0 && !(m_entries[i].key == key))
            i = (i + 1) & mask;
        return m_entries[i];
    }

    void grow()
    {
        std::vector<Entry, HugePageAllocator<Entry>> old = std::move(m_entries);
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

    std::vector<Entry, HugePageAllocator<Entry>> m_entries; // a power of two of them
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
