//! Turning view-model text into terminal lines, shared by `haven print` and
//! the full-screen app.

pub mod bidi;
pub mod blocks;
pub mod highlight;
pub mod plain;
pub mod wrap;

#[cfg(test)]
mod tests;
