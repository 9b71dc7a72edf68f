//! The calculator against a table of key sequences and what a pocket
//! calculator shows after them.

use super::*;

/// Keys as characters: digits . + - * / = % n (±) c (clear) < (backspace)
/// P (M+) Q (M−) R (MR) Z (MC).
fn run(keys: &str) -> (Calculator, Vec<String>) {
    let mut calc = Calculator::new();
    let mut candidates = Vec::new();
    for c in keys.chars().filter(|c| !c.is_whitespace()) {
        let key = match c {
            '<' => CalcKey::Backspace,
            'P' => CalcKey::MemoryAdd,
            'Q' => CalcKey::MemorySubtract,
            'R' => CalcKey::MemoryRecall,
            'Z' => CalcKey::MemoryClear,
            other => CalcKey::from_char(other).unwrap_or_else(|| panic!("no key for {other:?}")),
        };
        if let Some(code) = calc.press(key) {
            candidates.push(code.to_string());
        }
    }
    (calc, candidates)
}

fn shown(keys: &str) -> String {
    match run(keys).0.display() {
        Display::Number(n) => n,
        Display::DivideByZero => "E:div0".into(),
        Display::Overflow => "E:overflow".into(),
    }
}

const TABLE: &[(&str, &str)] = &[
    // Typing
    ("", "0"),
    ("0", "0"),
    ("00", "0"),
    ("7", "7"),
    ("07", "7"),
    ("123", "123"),
    ("1.5", "1.5"),
    (".5", "0.5"),
    ("1..5", "1.5"),
    ("1.5.2", "1.52"),
    ("1.", "1."),
    ("1.0", "1.0"),
    ("0.000", "0.000"),
    ("123456789012", "123456789012"),
    ("1234567890123", "123456789012"),
    ("99999999999999999", "999999999999"),
    ("0.12345678901", "0.12345678901"),
    ("0.123456789012", "0.12345678901"),
    // Precedence
    ("2+3=", "5"),
    ("2+3*4=", "14"),
    ("2*3+4=", "10"),
    ("10-4-3=", "3"),
    ("100/4/5=", "5"),
    ("2+3*4-5=", "9"),
    ("2*3*4=", "24"),
    ("1+2*3*4=", "25"),
    ("8/2*4=", "16"),
    ("2-3*4=", "-10"),
    ("6/3+2*5=", "12"),
    ("1+1+1+1=", "4"),
    ("2+3*4/2-1=", "7"),
    // Intermediate displays
    ("2+3*", "3"),
    ("2*3+", "6"),
    ("2+3+", "5"),
    ("2*3*", "6"),
    ("2+3*4+", "14"),
    ("2+", "2"),
    ("9-", "9"),
    // Operator replaced
    ("2+*3=", "6"),
    ("2*+3=", "5"),
    ("8-+-2=", "6"),
    // Equals variants
    ("5=", "5"),
    ("2+=", "4"),
    ("2*=", "4"),
    ("2+3==", "8"),
    ("2+3===", "11"),
    ("2*3==", "18"),
    ("10-1===", "7"),
    ("2+3*4==", "56"),
    ("2+3=7=", "7"),
    ("2+3=7+1=", "8"),
    ("2+3=+4=", "9"),
    ("2+3=*2=", "10"),
    ("=", "0"),
    ("==", "0"),
    // Decimals
    ("0.1+0.2=", "0.3"),
    ("1.5*2=", "3"),
    ("1/3=", "0.33333333333"),
    ("2/3=", "0.66666666667"),
    ("1/3*3=", "1"),
    ("10/4=", "2.5"),
    ("1/8=", "0.125"),
    ("0.5-0.25=", "0.25"),
    ("3.3*3=", "9.9"),
    ("100/3=", "33.3333333333"),
    ("123456.789*1000=", "123456789"),
    // Percent
    ("50%", "0.5"),
    ("200+10%", "20"),
    ("200+10%=", "220"),
    ("200-10%=", "180"),
    ("200*10%=", "20"),
    ("200/10%=", "2000"),
    ("5%%", "0.0005"),
    ("0%", "0"),
    // Sign change
    ("5n", "-5"),
    ("5nn", "5"),
    ("5n+3=", "-2"),
    ("2+3=n", "-5"),
    ("2+3=n+1=", "-4"),
    ("3*5n=", "-15"),
    ("n", "0"),
    ("1.5n", "-1.5"),
    // Clear and backspace
    ("123c", "0"),
    ("2+3c4=", "6"),
    ("2+3cc", "0"),
    ("2+3cc4=", "4"),
    ("123<", "12"),
    ("1<", "0"),
    ("1<<<", "0"),
    ("1.5<", "1."),
    ("2+3=<", "5"),
    ("12<3", "13"),
    // Memory
    ("5PR", "5"),
    ("5P3PR", "8"),
    ("5P3QR", "2"),
    ("5PZR", "5"),
    ("5P2+R=", "7"),
    ("5Pc1+R=", "6"),
    ("2+3=P4*R=", "20"),
    ("R", "0"),
    // Errors
    ("1/0=", "E:div0"),
    ("0/0=", "E:div0"),
    ("5/0+", "E:div0"),
    ("5+1/0=", "E:div0"),
    ("1/0=+5=", "5"),
    ("1/0=+", "E:div0"),
    ("1/0=7", "7"),
    ("1/0=c", "0"),
    ("1/0=7+1=", "8"),
    ("999999999999+1=", "E:overflow"),
    ("999999999999*999999999999=", "E:overflow"),
    ("999999999999*10", "10"),
    ("999999999999*10=", "E:overflow"),
    ("999999999999*2+", "E:overflow"),
    ("999999999999+0.6=", "E:overflow"),
    ("999999999999+0.4=", "999999999999"),
    ("100000*100000*100=", "E:overflow"),
    ("999999999999n-1=", "E:overflow"),
    ("999999999999PPR", "E:overflow"),
    ("0.000000000001/10=", "0"),
    // Long inputs after results
    ("123456789012*1=", "123456789012"),
    ("111111111111*9=", "999999999999"),
    ("111111111111*9==", "E:overflow"),
];

#[test]
fn the_calculator_shows_what_a_pocket_calculator_shows() {
    assert!(TABLE.len() >= 100, "the table has {} cases", TABLE.len());
    let failures: Vec<String> = TABLE
        .iter()
        .filter_map(|(keys, want)| {
            let got = shown(keys);
            (got != *want).then(|| format!("{keys:?}: shows {got:?}, expected {want:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{} of {} cases wrong:\n{}", failures.len(), TABLE.len(), failures.join("\n"));
}

#[test]
fn only_a_bare_typed_number_before_equals_can_be_a_code() {
    assert_eq!(run("2468=").1, ["2468"]);
    assert_eq!(run("0042=").1, ["0042"], "leading zeros are kept for codes");
    assert_eq!(run("5+5=2468=").1, ["2468"]);
    assert_eq!(run("246<8=").1, ["248"]);
    for not_a_code in ["2+2468=", "24.68=", "2468n=", "2468%=", "R=", "2468+=", "=", "2468P="] {
        assert!(run(not_a_code).1.is_empty(), "{not_a_code}");
    }
}

#[test]
fn debug_output_never_shows_typed_digits_as_a_code() {
    let (calc, _) = run("8022");
    let text = format!("{calc:?}");
    assert!(!text.contains("code"), "{text}");
}

#[test]
fn clear_label_and_pending_operator() {
    assert!(run("12").0.clears_entry());
    assert!(!run("12=").0.clears_entry());
    assert_eq!(run("2+").0.pending_operator(), Some(Op::Add));
    assert_eq!(run("2+3").0.pending_operator(), None);
    assert!(run("5P").0.has_memory());
    assert!(!run("5PZ").0.has_memory());
}
