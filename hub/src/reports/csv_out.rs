//! CSV that opens safely in a spreadsheet: UTF-8 with a byte order mark (so
//! Excel does not guess a legacy code page), RFC 4180 quoting with CRLF, one
//! row per report, and no cell that a spreadsheet would run as a formula.

use std::io::Write;

use super::record::{FIXED_COLUMNS, Record};

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

pub(crate) fn write(records: &[Record], out: &mut dyn Write) -> std::io::Result<()> {
    // Columns: the fixed ones, then every answer name in order of first use.
    let mut columns: Vec<String> = FIXED_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
    let rows: Vec<Vec<(String, String)>> = records.iter().map(Record::csv_cells).collect();
    for row in &rows {
        for (column, _) in row {
            if !columns.contains(column) {
                columns.push(column.clone());
            }
        }
    }
    out.write_all(UTF8_BOM)?;
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(out);
    writer.write_record(columns.iter().map(|c| defuse(c)))?;
    for (record, cells) in records.iter().zip(&rows) {
        let mut line: Vec<String> = record.fixed_cells().to_vec();
        line.resize(columns.len(), String::new());
        for (column, cell) in cells {
            if let Some(at) = columns.iter().position(|c| c == column) {
                line[at] = cell.clone();
            }
        }
        writer.write_record(line.iter().map(|cell| defuse(cell)))?;
    }
    writer.flush()
}

/// A cell a spreadsheet would read as a formula (= + - @, or a tab or
/// carriage return in front of one) gets a leading apostrophe, which shows
/// the text as typed. Plain numbers such as a longitude of -0.12 are left
/// alone: they cannot be formulas.
pub(crate) fn defuse(cell: &str) -> String {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_plain_number(cell) { format!("'{cell}") } else { cell.to_owned() }
}

fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_numbers_kept() {
        assert_eq!(defuse("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defuse("+44 7700"), "'+44 7700");
        assert_eq!(defuse("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(defuse("-1+2"), "'-1+2");
        assert_eq!(defuse("\t=1"), "'\t=1");
        assert_eq!(defuse("-0.12"), "-0.12");
        assert_eq!(defuse("Leeds"), "Leeds");
    }
}
