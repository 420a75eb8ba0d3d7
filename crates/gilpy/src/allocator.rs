//! The process's heap allocator: mimalloc, entered through its plain (unaligned) functions
//! whenever the alignment asked for is one every mimalloc block has. Counterpart of CPython's
//! `Objects/obmalloc.c` (the small-object allocator in front of `malloc`).
//!
//! mimalloc's own Rust binding hands every request to `mi_malloc_aligned`. In mimalloc 3 that
//! path checks the alignment and the size class's page before taking a block, and when the page
//! has no free block at hand it over-allocates a size that is not a power of two (24, 40, 56...)
//! from a larger size class and aligns it by hand. Every mimalloc block is aligned to 8 bytes
//! (the smallest size class is 8 bytes and every class is a multiple of it), so a request aligned
//! to at most 8, which is nearly every one the interpreter makes, needs none of that and goes to
//! `mi_malloc`. `gilpy -c pass`: 1.657 M → 1.592 M instructions; an allocation-heavy loop
//! (20,000 instances, tuples and lists): 11.8 M → 8.1 M instructions in the allocator.

use core::alloc::{GlobalAlloc, Layout};
use core::ffi::{c_int, c_void};
use libmimalloc_sys as mi;

unsafe extern "C" {
    /// glibc's `mallopt`: sets a parameter of the C library's own `malloc`.
    fn mallopt(param: c_int, value: c_int) -> c_int;
}

/// glibc's `M_ARENA_MAX` parameter of `mallopt`.
const M_ARENA_MAX: c_int = -8;

/// Settings made once, first thing in `main`, before any thread starts: the C library's
/// `malloc` keeps one arena. Nothing of gilpy's goes through it, but glibc itself calls it
/// when a thread starts (Rust's thread start asks `pthread_getattr_np` for the stack, which
/// allocates), and a second thread's first `malloc` makes a 64 MiB arena of its own: an mmap
/// of 128 MiB, two munmaps and an mprotect at every start (the interpreter runs on a thread of
/// its own), plus the pages of its header. mimalloc's one-call probe of
/// `/sys/devices/system/node/node1` stays: setting its option needs the index of a C enum
/// entry, which a mimalloc upgrade could silently shift.
pub fn configure() {
    // SAFETY: `mallopt` only sets a parameter of glibc's malloc; no thread has started yet.
    unsafe { mallopt(M_ARENA_MAX, 1) };
}

/// The alignment of every block mimalloc hands out.
const BLOCK_ALIGN: usize = 8;

/// mimalloc as the global allocator (see the file's notes).
pub struct MiMalloc;

// SAFETY: every method forwards to mimalloc, which returns blocks of at least the requested size
// aligned as requested (directly for alignments up to `BLOCK_ALIGN`, through its aligned entry
// points otherwise), or null on failure; `dealloc` and `realloc` receive only pointers that
// these methods returned, which `mi_free` and `mi_realloc*` accept whichever entry point made
// them.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= BLOCK_ALIGN {
            // SAFETY: `mi_malloc` has no preconditions; its blocks are `BLOCK_ALIGN`-aligned.
            unsafe { mi::mi_malloc(layout.size()) }.cast()
        } else {
            // SAFETY: `Layout` guarantees a power-of-two alignment.
            unsafe { mi::mi_malloc_aligned(layout.size(), layout.align()) }.cast()
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= BLOCK_ALIGN {
            // SAFETY: as in `alloc`.
            unsafe { mi::mi_zalloc(layout.size()) }.cast()
        } else {
            // SAFETY: as in `alloc`.
            unsafe { mi::mi_zalloc_aligned(layout.size(), layout.align()) }.cast()
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: the caller passes a block this allocator returned and does not use it again.
        unsafe { mi::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = ptr.cast::<c_void>();
        if layout.align() <= BLOCK_ALIGN {
            // SAFETY: the caller passes a live block of this allocator; the new block keeps
            // mimalloc's `BLOCK_ALIGN` alignment.
            unsafe { mi::mi_realloc(p, new_size) }.cast()
        } else {
            // SAFETY: as above, with the block's own (power-of-two) alignment.
            unsafe { mi::mi_realloc_aligned(p, new_size, layout.align()) }.cast()
        }
    }
}
