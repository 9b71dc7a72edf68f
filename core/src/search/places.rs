//! What a helpline is found by besides its name: the places it covers, by
//! code and by name in the text's language and in English.

use crate::i18n::{Strings, UI_LOCALES, locales};

pub(crate) fn place_names(regions: &[String], locale: &str) -> String {
    let english = Strings::english();
    let local =
        UI_LOCALES.iter().find(|(tag, _)| *tag == locale).and_then(|(tag, _)| locales::find(tag)).map(Strings::new);
    let mut words: Vec<String> = Vec::new();
    for code in regions {
        words.push(code.clone());
        for strings in std::iter::once(&english).chain(local.as_ref()) {
            if let Some(name) = strings.try_get(&format!("region-{code}"))
                && !words.contains(&name)
            {
                words.push(name);
            }
        }
    }
    words.join(" ")
}
