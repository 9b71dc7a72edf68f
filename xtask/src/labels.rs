//! Launcher names for the mobile shells, made from the Fluent strings in
//! `locales/` so that no shell hard-codes a user-facing word. The launcher
//! reads them before Haven runs, so they must be platform resources:
//! Android string resources (one per disguise's activity-alias) and iOS
//! `InfoPlist.strings` (the home-screen name; iOS cannot rename an app at
//! run time, only change its icon).

use std::fs;
use std::path::Path;

use haven_core::i18n::{Strings, UI_LOCALES, locales};

/// Android resource name -> Fluent message. The aliases in
/// `android/app/src/main/AndroidManifest.xml` use these names.
pub const ANDROID_LABELS: &[(&str, &str)] = &[
    ("launcher_haven", "app-name"),
    ("launcher_calculator", "safety-disguise-calculator"),
    ("launcher_notes", "safety-disguise-notes"),
    ("launcher_weather", "safety-disguise-weather"),
];

/// Android's folder for a locale: English is the default `values`.
pub fn android_values_dir(tag: &str) -> String {
    if tag == "en" { "values".to_owned() } else { format!("values-b+{}", tag.replace('-', "+")) }
}

/// Android string-resource escaping: XML entities, then the characters
/// aapt treats as syntax (quotes, apostrophes, a leading @ or ?).
pub fn android_escape(text: &str) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\'' => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '@' | '?' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Writes `<res>/values*/launcher.xml` for every UI locale.
pub fn write_android(res: &Path) -> Result<(), String> {
    for (tag, _) in UI_LOCALES.iter() {
        let strings = strings_for(tag)?;
        let mut xml = String::from(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- Made by `cargo xtask android` from locales/; do not edit. -->\n<resources>\n",
        );
        for (name, id) in ANDROID_LABELS {
            xml.push_str(&format!("    <string name=\"{name}\">{}</string>\n", android_escape(&strings.get(id))));
        }
        xml.push_str("</resources>\n");
        write(&res.join(android_values_dir(tag)).join("launcher.xml"), &xml)?;
    }
    Ok(())
}

/// Writes `<dir>/<tag>.lproj/InfoPlist.strings` (the app's display name) for every UI locale.
pub fn write_ios(dir: &Path) -> Result<(), String> {
    for (tag, _) in UI_LOCALES.iter() {
        let name = strings_for(tag)?.get("app-name").replace('\\', "\\\\").replace('"', "\\\"");
        let text = format!(
            "/* Made by `cargo xtask ios` from locales/; do not edit. */\n\"CFBundleDisplayName\" = \"{name}\";\n"
        );
        write(&dir.join(format!("{tag}.lproj")).join("InfoPlist.strings"), &text)?;
    }
    Ok(())
}

fn strings_for(tag: &str) -> Result<Strings, String> {
    locales::find(tag).map(Strings::new).ok_or_else(|| format!("locale {tag} has UI strings but no entry in KNOWN"))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    let parent = path.parent().ok_or("a path without a folder")?;
    fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_folders_follow_android_rules() {
        assert_eq!(android_values_dir("en"), "values");
        assert_eq!(android_values_dir("ar"), "values-b+ar");
        assert_eq!(android_values_dir("zh-Hans"), "values-b+zh+Hans");
    }

    #[test]
    fn resource_syntax_is_escaped() {
        assert_eq!(android_escape("L'app \"x\" & <y>"), "L\\'app \\\"x\\\" &amp; &lt;y&gt;");
        assert_eq!(android_escape("@home"), "\\@home");
        assert_eq!(android_escape("a@b"), "a@b");
    }

    #[test]
    fn every_locale_gets_every_label() {
        let dir = std::env::temp_dir().join(format!("haven-labels-{}", std::process::id()));
        write_android(&dir.join("res")).unwrap();
        write_ios(&dir.join("ios")).unwrap();
        let arabic = fs::read_to_string(dir.join("res/values-b+ar/launcher.xml")).unwrap();
        assert!(ANDROID_LABELS.iter().all(|(name, _)| arabic.contains(name)));
        let english = fs::read_to_string(dir.join("res/values/launcher.xml")).unwrap();
        assert!(english.contains(">Calculator</string>"), "{english}");
        assert!(
            fs::read_to_string(dir.join("ios/fr.lproj/InfoPlist.strings")).unwrap().contains("CFBundleDisplayName")
        );
        assert_eq!(fs::read_dir(dir.join("res")).unwrap().count(), UI_LOCALES.len());
        fs::remove_dir_all(dir).unwrap();
    }
}
