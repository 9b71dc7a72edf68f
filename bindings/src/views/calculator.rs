//! The disguise calculator: its screen and its keys. Every press is one
//! call that returns the whole screen; typing the unlock code and `=`
//! opens Haven (`unlocked`), and to anyone watching it is a calculator.

use haven_core::safety::calculator::{CalcKey as CoreKey, Op as CoreOp};
use haven_core::views as core;

use super::common::{UsedLocale, list};
use crate::Haven;

mirror_enum! {
    /// An arithmetic operator key.
    Op mirrors CoreOp { Add, Subtract, Multiply, Divide }
}

/// A calculator key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum CalcKey {
    /// 0-9 (larger values press 9).
    Digit {
        digit: u8,
    },
    Point,
    Operator {
        op: Op,
    },
    Equals,
    Percent,
    ToggleSign,
    /// "C" while a number is being typed, "AC" otherwise.
    Clear,
    Backspace,
    MemoryClear,
    MemoryRecall,
    MemoryAdd,
    MemorySubtract,
}

impl From<CoreKey> for CalcKey {
    fn from(k: CoreKey) -> Self {
        match k {
            CoreKey::Digit(digit) => Self::Digit { digit },
            CoreKey::Point => Self::Point,
            CoreKey::Op(op) => Self::Operator { op: op.into() },
            CoreKey::Equals => Self::Equals,
            CoreKey::Percent => Self::Percent,
            CoreKey::ToggleSign => Self::ToggleSign,
            CoreKey::Clear => Self::Clear,
            CoreKey::Backspace => Self::Backspace,
            CoreKey::MemoryClear => Self::MemoryClear,
            CoreKey::MemoryRecall => Self::MemoryRecall,
            CoreKey::MemoryAdd => Self::MemoryAdd,
            CoreKey::MemorySubtract => Self::MemorySubtract,
        }
    }
}

impl From<CalcKey> for CoreKey {
    fn from(k: CalcKey) -> Self {
        match k {
            CalcKey::Digit { digit } => Self::Digit(digit),
            CalcKey::Point => Self::Point,
            CalcKey::Operator { op } => Self::Op(op.into()),
            CalcKey::Equals => Self::Equals,
            CalcKey::Percent => Self::Percent,
            CalcKey::ToggleSign => Self::ToggleSign,
            CalcKey::Clear => Self::Clear,
            CalcKey::Backspace => Self::Backspace,
            CalcKey::MemoryClear => Self::MemoryClear,
            CalcKey::MemoryRecall => Self::MemoryRecall,
            CalcKey::MemoryAdd => Self::MemoryAdd,
            CalcKey::MemorySubtract => Self::MemorySubtract,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CalculatorView {
    pub locale: UsedLocale,
    /// The app name under the disguise ("Calculator").
    pub title: String,
    /// The display, with the locale's decimal separator.
    pub display: String,
    pub is_error: bool,
    /// A value is held in memory (show a small "M").
    pub memory: bool,
    pub memory_label: String,
    /// Keys row by row, as a phone calculator lays them out.
    pub rows: Vec<Vec<CalcButton>>,
    /// The code was typed: show Haven now.
    pub unlocked: bool,
}

impl From<core::CalculatorView> for CalculatorView {
    fn from(v: core::CalculatorView) -> Self {
        Self {
            locale: v.locale.into(),
            title: v.title,
            display: v.display,
            is_error: v.is_error,
            memory: v.memory,
            memory_label: v.memory_label,
            rows: v.rows.into_iter().map(list).collect(),
            unlocked: v.unlocked,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CalcButton {
    pub key: CalcKey,
    pub label: String,
    /// What a screen reader says.
    pub accessibility_label: String,
    /// The operator waiting for its second number (drawn lit).
    pub active: bool,
}

impl From<core::CalcButton> for CalcButton {
    fn from(b: core::CalcButton) -> Self {
        Self { key: b.key.into(), label: b.label, accessibility_label: b.accessibility_label, active: b.active }
    }
}

#[uniffi::export]
impl Haven {
    /// The calculator as it stands.
    pub fn calculator(&self) -> CalculatorView {
        self.inner.calculator().into()
    }

    /// Presses a key and returns the screen after it.
    pub fn calculator_press(&self, key: CalcKey) -> CalculatorView {
        self.inner.calculator_press(key.into()).into()
    }
}
