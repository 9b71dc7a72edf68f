//! Reading passphrases: from the terminal with echo off (prompts on stderr),
//! or one line from stdin when stdin is not a terminal (scripts, tests).

use std::io::{BufRead, IsTerminal, Read, Write};

use age::secrecy::SecretString;
use rustix::termios::{self, LocalModes, OptionalActions};
use zeroize::Zeroizing;

use super::KeyError;

/// Longer passphrases are refused rather than silently cut.
pub const MAX_PASSPHRASE_BYTES: usize = 1024;

/// Asks for a new passphrase twice on a terminal; reads it once otherwise.
pub fn read_new_passphrase() -> Result<SecretString, KeyError> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return parse_line(&read_line(&mut stdin.lock())?);
    }
    let first = prompt_hidden("New passphrase: ")?;
    let again = prompt_hidden("Repeat the passphrase: ")?;
    if *first != *again {
        return Err(KeyError::PassphraseMismatch);
    }
    parse_line(&first)
}

/// Asks for an existing key's passphrase.
pub fn read_passphrase(prompt: &str) -> Result<SecretString, KeyError> {
    let stdin = std::io::stdin();
    let line = if stdin.is_terminal() { prompt_hidden(prompt)? } else { read_line(&mut stdin.lock())? };
    parse_line(&line)
}

/// Checks one line (without its line ending) as a passphrase.
pub fn parse_line(line: &str) -> Result<SecretString, KeyError> {
    if line.is_empty() {
        return Err(KeyError::EmptyPassphrase);
    }
    if line.len() > MAX_PASSPHRASE_BYTES {
        return Err(KeyError::PassphraseTooLong { limit: MAX_PASSPHRASE_BYTES });
    }
    Ok(SecretString::from(line.to_owned()))
}

/// One line, bounded, without its `\n` or `\r\n`.
pub fn read_line(input: &mut impl BufRead) -> Result<Zeroizing<String>, KeyError> {
    let mut bytes = Zeroizing::new(Vec::new());
    input.take(MAX_PASSPHRASE_BYTES as u64 + 2).read_until(b'\n', &mut bytes).map_err(KeyError::PassphraseInput)?;
    while matches!(bytes.last(), Some(b'\n' | b'\r')) {
        bytes.pop();
    }
    if bytes.len() > MAX_PASSPHRASE_BYTES {
        return Err(KeyError::PassphraseTooLong { limit: MAX_PASSPHRASE_BYTES });
    }
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| KeyError::PassphraseInput(std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8")))?;
    Ok(Zeroizing::new(text.to_owned()))
}

fn prompt_hidden(prompt: &str) -> Result<Zeroizing<String>, KeyError> {
    let mut stderr = std::io::stderr();
    let _ = stderr.write_all(prompt.as_bytes()).and_then(|()| stderr.flush());
    let stdin = std::io::stdin();
    let line = {
        let _echo_off = EchoOff::new(&stdin).map_err(|e| KeyError::PassphraseInput(e.into()))?;
        read_line(&mut stdin.lock())
    };
    let _ = stderr.write_all(b"\n");
    line
}

/// Turns terminal echo off until dropped, so the passphrase is restored
/// to a visible terminal even when reading fails.
struct EchoOff<'a> {
    stdin: &'a std::io::Stdin,
    saved: termios::Termios,
}

impl<'a> EchoOff<'a> {
    fn new(stdin: &'a std::io::Stdin) -> rustix::io::Result<Self> {
        let saved = termios::tcgetattr(stdin)?;
        let mut quiet = saved.clone();
        quiet.local_modes.remove(LocalModes::ECHO);
        quiet.local_modes.insert(LocalModes::ECHONL);
        termios::tcsetattr(stdin, OptionalActions::Flush, &quiet)?;
        Ok(Self { stdin, saved })
    }
}

impl Drop for EchoOff<'_> {
    fn drop(&mut self) {
        let _ = termios::tcsetattr(self.stdin, OptionalActions::Flush, &self.saved);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_bounded_and_trimmed_of_line_endings_only() {
        let got = read_line(&mut &b" two words \r\nnext"[..]).unwrap();
        assert_eq!(got.as_str(), " two words ");
        assert!(matches!(parse_line(""), Err(KeyError::EmptyPassphrase)));
        let long = "a".repeat(MAX_PASSPHRASE_BYTES + 5);
        assert!(matches!(read_line(&mut long.as_bytes()), Err(KeyError::PassphraseTooLong { .. })));
    }
}
