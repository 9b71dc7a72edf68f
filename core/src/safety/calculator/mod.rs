//! The disguise calculator: a real pocket calculator (decimal arithmetic,
//! × and ÷ before + and −, percent, sign change, memory, errors like a real
//! one), which also notices when the unlock code has been typed before `=`.

mod engine;
mod keys;
mod number;
#[cfg(test)]
mod tests;

pub use engine::{Calculator, Display};
pub use keys::{CalcKey, Op};
pub use number::MAX_DIGITS;
