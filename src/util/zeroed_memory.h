// util/zeroed_memory.h: a large zero-filled block of memory for a hash table
// read at random (the Arabic word cache), backed where the kernel allows by
// 2 MiB pages. A lookup in a 32 MiB table of 4 KiB pages misses the TLB almost
// every time (8,192 pages against some 2,000 TLB entries) and pays a page walk on
// top of the cache miss; with 2 MiB pages the table needs 16 entries. The block
// comes from mmap, so its pages are zero and take no memory until first touched.
// Thread-safety: an object is not shared; distinct objects are independent.
#ifndef ISNAD_UTIL_ZEROED_MEMORY_H_
#define ISNAD_UTIL_ZEROED_MEMORY_H_

#include <cstddef>
#include <utility>

namespace isnad {

class ZeroedMemory {
 public:
  // Blocks of at least this size are aligned to it and offered to the kernel for
  // huge pages (madvise MADV_HUGEPAGE; a no-op where transparent huge pages are
  // off); smaller blocks use ordinary pages.
  static constexpr size_t kHugePage = size_t{2} << 20;

  ZeroedMemory() = default;
  ~ZeroedMemory() { Release(); }
  ZeroedMemory(const ZeroedMemory&) = delete;
  ZeroedMemory& operator=(const ZeroedMemory&) = delete;
  // Moving hands the block over; the source holds none.
  ZeroedMemory(ZeroedMemory&& other) noexcept { *this = std::move(other); }
  ZeroedMemory& operator=(ZeroedMemory&& other) noexcept;

  // Replaces the block with a new one of `bytes` zero bytes, aligned to 64 bytes
  // (to kHugePage when bytes >= kHugePage). Returns false, holding no block, when
  // the memory cannot be had. REQUIRES: bytes > 0.
  bool Allocate(size_t bytes);

  // The block (nullptr before Allocate or after a failed one) and its size.
  void* data() const { return data_; }
  size_t size() const { return size_; }

  // Whether the kernel was asked for huge pages for this block (it may still
  // give ordinary ones).
  bool huge_pages_requested() const { return huge_; }

 private:
  void Release();

  void* mapping_ = nullptr;  // What mmap returned, and its length.
  size_t mapping_size_ = 0;
  void* data_ = nullptr;
  size_t size_ = 0;
  bool huge_ = false;
};

}  // namespace isnad

#endif  // ISNAD_UTIL_ZEROED_MEMORY_H_
