#include "util/zeroed_memory.h"

#include <sys/mman.h>

#include <cstdint>

namespace isnad {

bool ZeroedMemory::Allocate(size_t bytes) {
  Release();
  const bool huge = bytes >= kHugePage;
  // A huge-page block maps one page more, so that an aligned start fits.
  const size_t length = huge ? bytes + kHugePage : bytes;
  void* p = mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return false;
  mapping_ = p;
  mapping_size_ = length;
  auto start = reinterpret_cast<uintptr_t>(p);
  if (huge) {
    start = (start + kHugePage - 1) & ~(uintptr_t{kHugePage} - 1);
#ifdef MADV_HUGEPAGE
    // Advice only: without transparent huge pages the block works the same.
    huge_ = madvise(reinterpret_cast<void*>(start), bytes, MADV_HUGEPAGE) == 0;
#endif
  }
  data_ = reinterpret_cast<void*>(start);
  size_ = bytes;
  return true;
}

ZeroedMemory& ZeroedMemory::operator=(ZeroedMemory&& other) noexcept {
  if (this == &other) return *this;
  Release();
  std::swap(mapping_, other.mapping_);
  std::swap(mapping_size_, other.mapping_size_);
  std::swap(data_, other.data_);
  std::swap(size_, other.size_);
  std::swap(huge_, other.huge_);
  return *this;
}

void ZeroedMemory::Release() {
  if (mapping_ != nullptr) munmap(mapping_, mapping_size_);
  mapping_ = nullptr;
  mapping_size_ = 0;
  data_ = nullptr;
  size_ = 0;
  huge_ = false;
}

}  // namespace isnad
