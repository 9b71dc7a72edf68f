//! Sizes and timings of reports, declared once (the wire contract in
//! docs/reports.md names the same numbers).

/// Padded plaintext sizes: a report is padded to the smallest that fits, so
/// its length says only which of three sizes it is.
pub const PADDING_BUCKETS: [usize; 3] = [4096, 16384, 65536];
/// The length prefix before the report JSON.
pub const LENGTH_PREFIX_BYTES: usize = 4;
/// The largest report JSON: the largest bucket minus the length prefix.
pub const MAX_REPORT_JSON_BYTES: usize = PADDING_BUCKETS[2] - LENGTH_PREFIX_BYTES;
/// The largest envelope the intake accepts (and the client ever sends).
pub const MAX_ENVELOPE_BYTES: usize = 131_072;
/// The longest receipt body read from an intake.
pub const MAX_RECEIPT_BYTES: usize = 4096;
/// Postcode or town: short by nature.
pub const MAX_POSTCODE_CHARS: usize = 40;
/// Phone number or email address for being contacted.
pub const MAX_CONTACT_VALUE_CHARS: usize = 254;
/// "Safe times to call".
pub const MAX_SAFE_TIMES_CHARS: usize = 200;
/// Place descriptions share the text limit of the form's text questions.
pub const MAX_PLACE_TEXT_CHARS: usize = 1_000;
/// Drafts and outbox rows kept at once (an app flooded with drafts would
/// only serve to slow it down).
pub const MAX_REPORTS: usize = 200;
/// Locations are rounded to this many decimal places (0.01° ≈ 1 km).
pub const LOCATION_DECIMALS: i32 = 2;
