//! SQLite's memory, zeroed when freed.
//!
//! Decrypted pages live in SQLite's page cache; when a page is evicted, or
//! the store closes at quick exit, its memory must not keep the plaintext.
//! SQLCipher's `cipher_memory_security` does that by overwriting every
//! freed allocation with pseudo-random bytes, eight at a time through
//! volatile variables: about three quarters of a quick exit's time, and a
//! good part of every read that evicts pages. This allocator, installed
//! under SQLCipher's before SQLite starts, writes zeros instead, a machine
//! word at a time (volatile, so the compiler cannot drop the writes as dead
//! before the free). SQLCipher still wipes its keys itself.
//!
//! It has to be installed before the process's first SQLite connection
//! (SQLite refuses a new allocator once initialized). Where something
//! opened SQLite first, `install` says so and the store falls back to
//! SQLCipher's own memory security.

use std::alloc::{Layout, alloc, dealloc};
use std::ffi::{c_int, c_void};
use std::sync::OnceLock;

use rusqlite::ffi;

/// Bytes before each allocation holding its size (keeps 16-byte alignment).
const HEADER: usize = 16;
const ALIGN: usize = 16;

/// Installs the allocator if SQLite has not started yet; says whether
/// freed memory is zeroed by it (once decided, for the whole process).
pub(crate) fn install() -> bool {
    static INSTALLED: OnceLock<bool> = OnceLock::new();
    *INSTALLED.get_or_init(|| {
        let methods = ffi::sqlite3_mem_methods {
            xMalloc: Some(zeroing_malloc),
            xFree: Some(zeroing_free),
            xRealloc: Some(zeroing_realloc),
            xSize: Some(zeroing_size),
            xRoundup: Some(zeroing_roundup),
            xInit: Some(zeroing_init),
            xShutdown: Some(zeroing_shutdown),
            pAppData: std::ptr::null_mut(),
        };
        // SAFETY: SQLite copies the methods table before returning. It
        // fails with SQLITE_MISUSE (and changes nothing) once SQLite started.
        let rc = unsafe { ffi::sqlite3_config(ffi::SQLITE_CONFIG_MALLOC, &raw const methods) };
        rc == ffi::SQLITE_OK
    })
}

fn layout(size: usize) -> Option<Layout> {
    Layout::from_size_align(size.checked_add(HEADER)?, ALIGN).ok()
}

/// The allocation's own size, from its header.
///
/// # Safety
/// `p` must come from `zeroing_malloc` and not be freed.
unsafe fn size_of(p: *mut c_void) -> usize {
    // SAFETY: the header sits `HEADER` bytes before every pointer handed out.
    unsafe { p.cast::<u8>().sub(HEADER).cast::<usize>().read() }
}

unsafe extern "C" fn zeroing_malloc(n: c_int) -> *mut c_void {
    let Some(layout) = usize::try_from(n).ok().and_then(layout) else { return std::ptr::null_mut() };
    // SAFETY: the layout has a non-zero size (at least the header).
    unsafe {
        let base = alloc(layout);
        if base.is_null() {
            return std::ptr::null_mut();
        }
        base.cast::<usize>().write(layout.size() - HEADER);
        base.add(HEADER).cast()
    }
}

unsafe extern "C" fn zeroing_free(p: *mut c_void) {
    if p.is_null() {
        return;
    }
    // SAFETY: `p` came from `zeroing_malloc` (SQLite frees only what it got).
    unsafe {
        let size = size_of(p);
        zero(p.cast(), size);
        if let Some(layout) = layout(size) {
            dealloc(p.cast::<u8>().sub(HEADER), layout);
        }
    }
}

unsafe extern "C" fn zeroing_realloc(p: *mut c_void, n: c_int) -> *mut c_void {
    if p.is_null() {
        // SAFETY: a fresh allocation.
        return unsafe { zeroing_malloc(n) };
    }
    // SAFETY: `p` came from `zeroing_malloc`; the new block is at least as
    // large as the bytes copied; the old one is zeroed as it is freed.
    unsafe {
        let old = size_of(p);
        let Ok(wanted) = usize::try_from(n) else { return std::ptr::null_mut() };
        if wanted <= old {
            // Shrinking in place: nothing is left behind in freed memory.
            return p;
        }
        let grown = zeroing_malloc(n);
        if !grown.is_null() {
            std::ptr::copy_nonoverlapping(p.cast::<u8>(), grown.cast::<u8>(), old);
            zeroing_free(p);
        }
        grown
    }
}

unsafe extern "C" fn zeroing_size(p: *mut c_void) -> c_int {
    if p.is_null() {
        return 0;
    }
    // SAFETY: `p` came from `zeroing_malloc`.
    c_int::try_from(unsafe { size_of(p) }).unwrap_or(c_int::MAX)
}

unsafe extern "C" fn zeroing_roundup(n: c_int) -> c_int {
    n.saturating_add(7) & !7
}

unsafe extern "C" fn zeroing_init(_: *mut c_void) -> c_int {
    ffi::SQLITE_OK
}

unsafe extern "C" fn zeroing_shutdown(_: *mut c_void) {}

/// Zeroes `size` bytes at `p` with volatile writes (not elided before the free).
///
/// # Safety
/// `p` must be valid for `size` bytes and aligned to 8.
unsafe fn zero(p: *mut u8, size: usize) {
    let words = size / 8;
    // SAFETY: within the block, aligned (allocations are 16-byte aligned).
    unsafe {
        let w = p.cast::<u64>();
        for i in 0..words {
            w.add(i).write_volatile(0);
        }
        for i in words * 8..size {
            p.add(i).write_volatile(0);
        }
    }
    std::sync::atomic::compiler_fence(std::sync::atomic::Ordering::SeqCst);
}
