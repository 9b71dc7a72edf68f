use serde::Serialize;

/// A calculator key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CalcKey {
    Digit(u8),
    Point,
    Op(Op),
    Equals,
    Percent,
    ToggleSign,
    /// "C" while an entry is being typed (clears it), "AC" otherwise.
    Clear,
    Backspace,
    MemoryClear,
    MemoryRecall,
    MemoryAdd,
    MemorySubtract,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    Add,
    Subtract,
    Multiply,
    Divide,
}

impl Op {
    /// × and ÷ bind tighter than + and −.
    pub fn precedence(self) -> u8 {
        match self {
            Op::Add | Op::Subtract => 1,
            Op::Multiply | Op::Divide => 2,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Op::Add => "+",
            Op::Subtract => "−",
            Op::Multiply => "×",
            Op::Divide => "÷",
        }
    }
}

impl CalcKey {
    /// Reads a key from a keyboard character (terminal shell, tests).
    pub fn from_char(c: char) -> Option<CalcKey> {
        Some(match c {
            '0'..='9' => CalcKey::Digit(c as u8 - b'0'),
            '.' | ',' => CalcKey::Point,
            '+' => CalcKey::Op(Op::Add),
            '-' | '−' => CalcKey::Op(Op::Subtract),
            '*' | 'x' | '×' => CalcKey::Op(Op::Multiply),
            '/' | '÷' => CalcKey::Op(Op::Divide),
            '=' | '\n' => CalcKey::Equals,
            '%' => CalcKey::Percent,
            '±' | 'n' => CalcKey::ToggleSign,
            'c' | 'C' => CalcKey::Clear,
            '\u{8}' => CalcKey::Backspace,
            _ => return None,
        })
    }
}
