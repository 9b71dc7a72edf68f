//! Size limits for everything sync downloads, checked before and during
//! each download (an endless or huge reply is cut off at the limit).

/// A root list, publisher list or manifest.
pub const MAX_DOCUMENT_BYTES: usize = 1024 * 1024;
/// Signatures on one document.
pub const MAX_SIGNATURES: usize = 16;
/// Keys in a root list or on one publisher.
pub const MAX_KEYS: usize = 16;
/// Publishers in the publisher list.
pub const MAX_PUBLISHERS: usize = 500;
/// Parts in one manifest.
pub const MAX_PARTS: usize = 4096;
/// One compressed part as downloaded.
pub const MAX_PART_BYTES: u64 = 8 * 1024 * 1024;
/// One part once decompressed (zstd bombs stop here).
pub const MAX_PART_RAW_BYTES: u64 = 16 * 1024 * 1024;
/// All parts of one publisher, compressed.
pub const MAX_PUBLISHER_BYTES: u64 = 256 * 1024 * 1024;
/// Root list updates followed in one sync (rotation steps).
pub const MAX_ROOT_STEPS: u32 = 32;
