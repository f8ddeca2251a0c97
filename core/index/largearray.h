// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdlib>
#include <memory>
#include <new>
#include <vector>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace entente::core {

/*!
 * An allocator for the few large, long-lived arrays of the in-memory index. Blocks of 4 MiB and
 * more are aligned to 2 MiB and offered to the kernel for transparent huge pages, so that filling
 * 50 MB costs a few dozen page faults instead of ~12,000 (on the virtual machines Entente is
 * measured on, a fault costs ~20 µs: most of the time of opening a million events). Smaller
 * blocks come from the ordinary allocator.
 */
template<typename T> struct LargeAllocator
{
    using value_type = T;
    static constexpr std::size_t kHuge = std::size_t(2) << 20;
    static constexpr std::size_t kThreshold = std::size_t(4) << 20;

    LargeAllocator() = default;
    template<typename U> LargeAllocator(const LargeAllocator<U> &) noexcept {}

    T *allocate(std::size_t n)
    {
        const std::size_t bytes = n * sizeof(T);
        if (bytes < kThreshold)
            return std::allocator<T>().allocate(n);
        const std::size_t rounded = (bytes + kHuge - 1) / kHuge * kHuge;
        void *p = std::aligned_alloc(kHuge, rounded);
        if (!p)
            throw std::bad_alloc();
#ifdef __linux__
        madvise(p, rounded, MADV_HUGEPAGE); // a hint: without huge pages it is merely slower
#endif
        return static_cast<T *>(p);
    }
    void deallocate(T *p, std::size_t n) noexcept
    {
        if (n * sizeof(T) < kThreshold)
            std::allocator<T>().deallocate(p, n);
        else
            std::free(p);
    }
    template<typename U> bool operator==(const LargeAllocator<U> &) const noexcept
    {
        return true;
    }
};

/*! A std::vector whose large blocks use LargeAllocator. */
template<typename T> using LargeArray = std::vector<T, LargeAllocator<T>>;

} // namespace entente::core
