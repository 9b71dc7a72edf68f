//! The calculator's state machine: what each key does.

use rust_decimal::Decimal;
use zeroize::Zeroizing;

use super::keys::{CalcKey, Op};
use super::number::{CalcError, MAX_DIGITS, checked, fit, format};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// A number is being typed.
    Typing,
    /// An operator was just pressed: the next digit starts the next number,
    /// another operator replaces this one.
    AfterOperator,
    /// A value is shown (a result, a recalled memory, a percent).
    Showing,
}

/// What the display shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Display {
    /// A number, with `.` as the decimal point (shells and views localize it).
    Number(String),
    DivideByZero,
    Overflow,
}

#[derive(Clone)]
pub struct Calculator {
    phase: Phase,
    /// The number being typed: digits and at most one point, no sign.
    entry: String,
    entry_negative: bool,
    /// The value shown when not typing.
    value: Decimal,
    /// Left operands waiting for their right side, lowest precedence first.
    pending: Vec<(Decimal, Op)>,
    /// `=` again repeats the last operation (2 + 3 = = gives 8).
    repeat: Option<(Op, Decimal)>,
    memory: Option<Decimal>,
    error: Option<CalcError>,
    /// Digits typed since the number began, exactly as typed (a code may
    /// start with 0), while nothing but digits was typed.
    code: Option<Zeroizing<String>>,
}

impl Default for Calculator {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Calculator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The typed digits may be a code: never printed.
        f.debug_struct("Calculator").field("display", &self.display()).finish_non_exhaustive()
    }
}

impl Calculator {
    pub fn new() -> Self {
        Self {
            phase: Phase::Showing,
            entry: String::new(),
            entry_negative: false,
            value: Decimal::ZERO,
            pending: Vec::new(),
            repeat: None,
            memory: None,
            error: None,
            code: None,
        }
    }

    /// Presses a key. Returns the digits typed just before `=` when they
    /// could be a code: a bare number, typed digit by digit, with no
    /// calculation pending.
    pub fn press(&mut self, key: CalcKey) -> Option<Zeroizing<String>> {
        if self.error.is_some() {
            match key {
                CalcKey::Digit(_) | CalcKey::Point | CalcKey::Clear => self.all_clear_keep_memory(),
                // Like a real calculator: after an error only a new number or clear does anything.
                _ => return None,
            }
        }
        match key {
            CalcKey::Digit(d) => self.digit(d.min(9)),
            CalcKey::Point => self.point(),
            CalcKey::Op(op) => self.operator(op),
            CalcKey::Equals => return self.equals(),
            CalcKey::Percent => self.percent(),
            CalcKey::ToggleSign => self.toggle_sign(),
            CalcKey::Clear => self.clear(),
            CalcKey::Backspace => self.backspace(),
            CalcKey::MemoryClear => self.memory = None,
            CalcKey::MemoryRecall => {
                if let Some(m) = self.memory {
                    self.show(m);
                }
            }
            CalcKey::MemoryAdd => self.memory_update(Op::Add),
            CalcKey::MemorySubtract => self.memory_update(Op::Subtract),
        }
        None
    }

    pub fn display(&self) -> Display {
        match self.error {
            Some(CalcError::DivideByZero) => return Display::DivideByZero,
            Some(CalcError::Overflow) => return Display::Overflow,
            None => {}
        }
        Display::Number(match self.phase {
            Phase::Typing => {
                let sign = if self.entry_negative { "-" } else { "" };
                format!("{sign}{}", self.entry)
            }
            _ => format(fit(self.value).unwrap_or(Decimal::ZERO), '.'),
        })
    }

    pub fn has_memory(&self) -> bool {
        self.memory.is_some()
    }

    /// Whether `Clear` would clear only the entry ("C") rather than all ("AC").
    pub fn clears_entry(&self) -> bool {
        self.phase == Phase::Typing && self.entry != "0"
    }

    /// The operator waiting for its right side, for shells that light it up.
    pub fn pending_operator(&self) -> Option<Op> {
        if self.phase == Phase::AfterOperator { self.pending.last().map(|(_, op)| *op) } else { None }
    }

    fn digit(&mut self, d: u8) {
        let c = char::from(b'0' + d);
        if self.phase != Phase::Typing {
            if self.phase == Phase::Showing && self.pending.is_empty() {
                // A new number after a result starts a new calculation.
                self.repeat = None;
            }
            self.phase = Phase::Typing;
            self.entry = String::from("0");
            self.entry_negative = false;
            self.code = Some(Zeroizing::new(String::new()));
        }
        let digits = self.entry.chars().filter(char::is_ascii_digit).count() as u32;
        let leading_zero = self.entry == "0";
        if digits >= MAX_DIGITS && !leading_zero {
            return;
        }
        if leading_zero {
            self.entry.clear();
        }
        self.entry.push(c);
        if let Some(code) = self.code.as_mut() {
            code.push(c);
        }
    }

    fn point(&mut self) {
        self.code = None;
        if self.phase != Phase::Typing {
            self.phase = Phase::Typing;
            self.entry = String::from("0.");
            self.entry_negative = false;
            return;
        }
        if !self.entry.contains('.') {
            self.entry.push('.');
        }
    }

    fn current(&self) -> Decimal {
        if self.phase != Phase::Typing {
            return self.value;
        }
        let value: Decimal = self.entry.trim_end_matches('.').parse().unwrap_or(Decimal::ZERO);
        if self.entry_negative { -value } else { value }
    }

    fn show(&mut self, value: Decimal) {
        self.value = value;
        self.phase = Phase::Showing;
        self.code = None;
    }

    fn fail(&mut self, error: CalcError) {
        self.all_clear_keep_memory();
        self.error = Some(error);
    }

    fn operator(&mut self, op: Op) {
        self.code = None;
        if self.phase == Phase::AfterOperator
            && let Some(last) = self.pending.last_mut()
        {
            last.1 = op;
            return;
        }

        let mut right = self.current();
        // Fold what binds at least as tightly: 2 × 3 + shows 6, 2 + 3 × waits.
        while let Some(&(left, pending)) = self.pending.last() {
            if pending.precedence() < op.precedence() {
                break;
            }
            self.pending.pop();
            match checked(pending, left, right).and_then(|v| fit(v).map(|_| v)) {
                Ok(v) => right = v,
                Err(e) => return self.fail(e),
            }
        }
        self.value = right;
        self.pending.push((right, op));
        self.phase = Phase::AfterOperator;
        self.repeat = None;
    }

    fn equals(&mut self) -> Option<Zeroizing<String>> {
        let candidate = if self.phase == Phase::Typing && self.pending.is_empty() { self.code.take() } else { None };
        let right = self.current();
        let result = if self.pending.is_empty() {
            match self.repeat {
                Some((op, operand)) => checked(op, right, operand),
                None => Ok(right),
            }
        } else {
            let last_op = self.pending.last().map(|(_, op)| *op);
            let mut value = Ok(right);
            while let (Ok(v), Some((left, op))) = (value, self.pending.pop()) {
                value = checked(op, left, v);
            }
            self.repeat = last_op.map(|op| (op, right));
            value
        };
        match result.and_then(|v| fit(v).map(|_| v)) {
            Ok(v) => self.show(v),
            Err(e) => self.fail(e),
        }
        candidate
    }

    /// `a + b %` adds b percent of a; `a × b %` multiplies by b hundredths;
    /// a lone `b %` is b hundredths.
    fn percent(&mut self) {
        let x = self.current();
        let hundred = Decimal::ONE_HUNDRED;
        let result = match self.pending.last() {
            Some(&(left, Op::Add | Op::Subtract)) => checked(Op::Multiply, left, x).map(|v| v / hundred),
            _ => Ok(x / hundred),
        };
        match result.and_then(|v| fit(v).map(|_| v)) {
            Ok(v) => self.show(v),
            Err(e) => self.fail(e),
        }
    }

    fn toggle_sign(&mut self) {
        self.code = None;
        if self.phase == Phase::Typing {
            self.entry_negative = !self.entry_negative;
        } else {
            let v = -self.value;
            self.show(v);
        }
    }

    fn clear(&mut self) {
        if self.clears_entry() {
            self.entry = String::from("0");
            self.entry_negative = false;
            self.code = Some(Zeroizing::new(String::new()));
        } else {
            self.all_clear_keep_memory();
        }
    }

    fn all_clear_keep_memory(&mut self) {
        let memory = self.memory;
        *self = Calculator::new();
        self.memory = memory;
    }

    fn backspace(&mut self) {
        if self.phase != Phase::Typing {
            return;
        }
        self.entry.pop();
        if let Some(code) = self.code.as_mut() {
            code.pop();
        }
        if self.entry.is_empty() || self.entry == "-" {
            self.entry = String::from("0");
        }
    }

    fn memory_update(&mut self, op: Op) {
        let x = self.current();
        let before = self.memory.unwrap_or(Decimal::ZERO);
        match checked(op, before, x).and_then(|v| fit(v).map(|_| v)) {
            Ok(m) => {
                self.memory = Some(m);
                self.show(x);
            }
            Err(e) => self.fail(e),
        }
    }
}
