//! Numbers as a 12-digit calculator shows them.

use rust_decimal::prelude::*;

/// Digits a display holds, and so the most digits a user can type.
pub const MAX_DIGITS: u32 = 12;

/// Why the display shows an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalcError {
    DivideByZero,
    /// The result has more integer digits than the display holds.
    Overflow,
}

/// Rounds `value` to what the display can show, or says it cannot.
pub fn fit(value: Decimal) -> Result<Decimal, CalcError> {
    let limit = Decimal::from(10u64.pow(MAX_DIGITS));
    if value.abs() >= limit {
        return Err(CalcError::Overflow);
    }
    let int_digits = integer_digits(value);
    let places = MAX_DIGITS.saturating_sub(int_digits);
    let rounded = value.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero).normalize();
    // Rounding 999999999999.6 up gives 13 digits.
    if rounded.abs() >= limit {
        return Err(CalcError::Overflow);
    }
    Ok(if rounded.is_zero() { Decimal::ZERO } else { rounded })
}

fn integer_digits(value: Decimal) -> u32 {
    let int = value.abs().trunc();
    if int.is_zero() { 1 } else { int.to_string().len() as u32 }
}

/// The display text of a result, with the locale's decimal separator.
pub fn format(value: Decimal, separator: char) -> String {
    let text = value.normalize().to_string();
    if separator == '.' { text } else { text.replace('.', &separator.to_string()) }
}

pub fn checked(op: super::Op, a: Decimal, b: Decimal) -> Result<Decimal, CalcError> {
    use super::Op::*;
    let result = match op {
        Add => a.checked_add(b),
        Subtract => a.checked_sub(b),
        Multiply => a.checked_mul(b),
        Divide => {
            if b.is_zero() {
                return Err(CalcError::DivideByZero);
            }
            a.checked_div(b)
        }
    };
    result.ok_or(CalcError::Overflow)
}
