//! The disguise calculator's screen: display, keys and their spoken labels.

use serde::Serialize;

use super::common::UsedLocale;
use crate::Haven;
use crate::i18n::Strings;
use crate::safety::UnlockOutcome;
use crate::safety::calculator::{CalcKey, Calculator, Display, Op};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CalculatorView {
    pub locale: UsedLocale,
    /// The app name under the disguise ("Calculator").
    pub title: String,
    /// What the display shows, with the locale's decimal separator.
    pub display: String,
    pub is_error: bool,
    /// A value is held in memory (shells show a small "M").
    pub memory: bool,
    pub memory_label: String,
    /// Keys row by row, as a phone calculator lays them out.
    pub rows: Vec<Vec<CalcButton>>,
    /// The code was typed and Haven is open: the shell shows Haven now.
    pub unlocked: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CalcButton {
    pub key: CalcKey,
    pub label: String,
    /// What a screen reader says.
    pub accessibility_label: String,
    /// The operator waiting for its second number.
    pub active: bool,
}

/// Locales writing a decimal comma. The rest write a point.
const DECIMAL_COMMA: &[&str] =
    &["sq", "ro", "pl", "uk", "es", "fr", "vi", "pt", "ru", "bg", "lt", "hu", "cs", "sk", "tr", "ku", "de", "it", "nl"];

fn decimal_separator(tag: &str) -> char {
    if DECIMAL_COMMA.contains(&tag) { ',' } else { '.' }
}

impl Haven {
    /// The calculator as it stands.
    pub fn calculator(&self) -> CalculatorView {
        let calculator = self.safety_state().calculator.clone();
        calculator_view(&calculator, &self.strings_while_locked(), false)
    }

    /// Presses a calculator key. When the unlock code (or the duress code)
    /// was typed before `=`, Haven opens and `unlocked` is set; otherwise,
    /// and always to anyone watching, it is just a calculator.
    pub fn calculator_press(&self, key: CalcKey) -> CalculatorView {
        let (candidate, lengths) = {
            let mut state = self.safety_state();
            let candidate = state.calculator.press(key);
            (candidate, [state.unlock_digits, state.duress_digits])
        };
        let mut unlocked = false;
        if let Some(code) = candidate
            && !self.is_unlocked()
            && lengths.contains(&Some(code.len()))
        {
            // Failures are counted by `unlock`; errors keep the calculator a calculator.
            unlocked = matches!(self.unlock(&code), Ok(UnlockOutcome::Unlocked));
        }
        let mut state = self.safety_state();
        let view = calculator_view(&state.calculator, &self.strings_while_locked(), unlocked);
        if unlocked {
            state.calculator = Calculator::new();
        }
        view
    }
}

fn calculator_view(calc: &Calculator, s: &Strings, unlocked: bool) -> CalculatorView {
    let separator = decimal_separator(s.locale.tag);
    let (display, is_error) = match calc.display() {
        Display::Number(n) => (n.replace('.', &separator.to_string()), false),
        Display::DivideByZero => (s.get("calc-error-divide-by-zero"), true),
        Display::Overflow => (s.get("calc-error-overflow"), true),
    };
    let pending = calc.pending_operator();
    let button = |key: CalcKey| {
        let (label, spoken) = key_labels(key, calc, s, separator);
        let active = matches!(key, CalcKey::Op(op) if Some(op) == pending);
        CalcButton { key, label, accessibility_label: spoken, active }
    };
    use CalcKey::*;
    let layout: [&[CalcKey]; 6] = [
        &[MemoryClear, MemoryRecall, MemoryAdd, MemorySubtract],
        &[Clear, ToggleSign, Percent, Op(self::Op::Divide)],
        &[Digit(7), Digit(8), Digit(9), Op(self::Op::Multiply)],
        &[Digit(4), Digit(5), Digit(6), Op(self::Op::Subtract)],
        &[Digit(1), Digit(2), Digit(3), Op(self::Op::Add)],
        &[Digit(0), Point, Backspace, Equals],
    ];
    CalculatorView {
        locale: UsedLocale::of(s.locale.tag),
        title: s.get("calc-title"),
        display,
        is_error,
        memory: calc.has_memory(),
        memory_label: s.get("calc-memory"),
        rows: layout.iter().map(|row| row.iter().copied().map(button).collect()).collect(),
        unlocked,
    }
}

fn key_labels(key: CalcKey, calc: &Calculator, s: &Strings, separator: char) -> (String, String) {
    let both = |label: &str, id: &str| (label.to_owned(), s.get(id));
    match key {
        CalcKey::Digit(d) => (d.to_string(), d.to_string()),
        CalcKey::Point => (separator.to_string(), s.get("calc-key-point")),
        CalcKey::Op(op) => both(
            op.symbol(),
            match op {
                Op::Add => "calc-key-add",
                Op::Subtract => "calc-key-subtract",
                Op::Multiply => "calc-key-multiply",
                Op::Divide => "calc-key-divide",
            },
        ),
        CalcKey::Equals => both("=", "calc-key-equals"),
        CalcKey::Percent => both("%", "calc-key-percent"),
        CalcKey::ToggleSign => both("±", "calc-key-sign"),
        CalcKey::Clear if calc.clears_entry() => both("C", "calc-key-clear"),
        CalcKey::Clear => both("AC", "calc-key-all-clear"),
        CalcKey::Backspace => both("⌫", "calc-key-backspace"),
        CalcKey::MemoryClear => both("MC", "calc-key-memory-clear"),
        CalcKey::MemoryRecall => both("MR", "calc-key-memory-recall"),
        CalcKey::MemoryAdd => both("M+", "calc-key-memory-add"),
        CalcKey::MemorySubtract => both("M−", "calc-key-memory-subtract"),
    }
}
