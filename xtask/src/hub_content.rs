//! The content the test hub publishes: the built-in `content/` folder with
//! its report form pointed at a test intake and sealed to a test helpline
//! key, as a helpline's own signed content would point it. The phone learns
//! both by a verified sync; nothing in the app is bypassed.

use std::fs;
use std::path::Path;

/// The form whose intake and recipient the test hub replaces.
const FORM: &str = "forms/gb-msh-report/form.toml";

/// Copies `content` into `to`, with the report form's `intake_url` and
/// `recipient` replaced.
pub fn content_for_intake(content: &Path, to: &Path, intake_url: &str, recipient: &str) -> Result<(), String> {
    let _ = fs::remove_dir_all(to);
    copy_dir(content, to)?;
    let form = to.join(FORM);
    let text = fs::read_to_string(&form).map_err(|e| format!("cannot read {}: {e}", form.display()))?;
    let mut replaced = 0;
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            if line.starts_with("intake_url =") {
                replaced += 1;
                format!("intake_url = \"{intake_url}\"")
            } else if line.starts_with("recipient =") {
                replaced += 1;
                format!("recipient = \"{recipient}\"")
            } else {
                line.to_owned()
            }
        })
        .collect();
    if replaced != 2 {
        return Err(format!("{FORM} no longer has one intake_url and one recipient line"));
    }
    fs::write(&form, lines.join("\n") + "\n").map_err(|e| format!("cannot write {}: {e}", form.display()))
}

pub fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    let entries = fs::read_dir(from).map_err(|e| format!("cannot list {}: {e}", from.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("cannot list {}: {e}", from.display()))?.path();
        let target = to.join(path.file_name().ok_or("a file without a name")?);
        if path.is_dir() {
            copy_dir(&path, &target)?;
        } else {
            fs::copy(&path, &target).map_err(|e| format!("cannot copy {}: {e}", path.display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("haven-xtask-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn the_copied_form_sends_to_the_test_intake_and_key() {
        let root = crate::run::workspace_root();
        let to = scratch("content");
        content_for_intake(&root.join("content"), &to, "http://127.0.0.1:9/v1/reports", "age1test").unwrap();
        let form = fs::read_to_string(to.join(FORM)).unwrap();
        assert!(form.contains("intake_url = \"http://127.0.0.1:9/v1/reports\"\n"), "{form}");
        assert!(form.contains("recipient = \"age1test\"\n") && !form.contains("haven.example"), "{form}");
        let original = fs::read_to_string(root.join("content").join(FORM)).unwrap();
        assert_eq!(form.lines().count(), original.lines().count());
        assert!(to.join("pack.toml").is_file() && to.join("helplines").is_dir());
        fs::remove_dir_all(&to).unwrap();
    }

    #[test]
    fn a_form_without_the_lines_is_an_error() {
        let from = scratch("bare");
        fs::create_dir_all(from.join("forms/gb-msh-report")).unwrap();
        fs::write(from.join(FORM), "version = 1\n").unwrap();
        let to = scratch("bare-copy");
        assert!(content_for_intake(&from, &to, "http://127.0.0.1:9/v1/reports", "age1test").is_err());
        fs::remove_dir_all(&from).unwrap();
        let _ = fs::remove_dir_all(&to);
    }
}
