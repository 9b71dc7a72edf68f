//! The device's language and country from the POSIX locale variables
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`), e.g. `sq_AL.UTF-8` -> `sq-AL`, `AL`.

/// The variables that name the messages locale, strongest first.
pub const VARIABLES: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PosixLocale {
    /// BCP 47 tag: `sq-AL`, or `sq` when no country is given.
    pub tag: String,
    /// The country part (`AL`), when there is one.
    pub country: Option<String>,
}

/// Parses one POSIX locale name: `language[_TERRITORY][.codeset][@modifier]`.
/// `C`, `POSIX` and malformed names give `None`.
pub fn parse(value: &str) -> Option<PosixLocale> {
    let name = value.split(['.', '@']).next()?.trim();
    if name.is_empty() || name == "C" || name == "POSIX" {
        return None;
    }
    let (language, territory) = match name.split_once(['_', '-']) {
        Some((l, t)) => (l, Some(t)),
        None => (name, None),
    };
    let alpha = |s: &str, lengths: &[usize]| lengths.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic());
    if !alpha(language, &[2, 3]) {
        return None;
    }
    let language = language.to_ascii_lowercase();
    let country = territory.filter(|t| alpha(t, &[2])).map(str::to_ascii_uppercase);
    let tag = match &country {
        Some(c) => format!("{language}-{c}"),
        None => language,
    };
    Some(PosixLocale { tag, country })
}

/// The device's locales, best first, from a variable lookup (the process
/// environment in the app, a map in tests). Empty variables are skipped, and
/// so are `C` and `POSIX`: a script's `LC_ALL=C` should not hide the user's
/// own `LANG`.
pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Vec<PosixLocale> {
    let mut found: Vec<PosixLocale> = Vec::new();
    for value in VARIABLES.iter().filter_map(|name| lookup(name)) {
        if let Some(locale) = parse(&value)
            && !found.contains(&locale)
        {
            found.push(locale);
        }
    }
    found
}

/// `from_lookup` over the process environment.
pub fn from_env() -> Vec<PosixLocale> {
    from_lookup(|name| std::env::var(name).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(value: &str) -> Option<String> {
        parse(value).map(|l| l.tag)
    }

    #[test]
    fn posix_names_become_bcp47_tags() {
        assert_eq!(tag("sq_AL.UTF-8"), Some("sq-AL".into()));
        assert_eq!(tag("en_GB"), Some("en-GB".into()));
        assert_eq!(tag("uk_UA.utf8@euro"), Some("uk-UA".into()));
        assert_eq!(tag("ro"), Some("ro".into()));
        assert_eq!(tag("de_DE@euro"), Some("de-DE".into()));
        assert_eq!(parse("sq_AL.UTF-8").unwrap().country, Some("AL".into()));
        assert_eq!(parse("ro").unwrap().country, None);
    }

    #[test]
    fn c_posix_and_garbage_are_ignored() {
        for value in ["C", "POSIX", "C.UTF-8", "", ".UTF-8", "x", "1234_GB", "en_G1"] {
            assert!(parse(value).is_none_or(|l| l.country.is_none()), "{value}");
        }
        assert_eq!(parse("C.UTF-8"), None);
        assert_eq!(tag("en_G1"), Some("en".into()));
    }

    #[test]
    fn strongest_variable_first_and_c_skipped() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
        };
        let tags = |l: Vec<PosixLocale>| l.into_iter().map(|l| l.tag).collect::<Vec<_>>();
        assert_eq!(tags(from_lookup(env(&[("LANG", "ro_RO.UTF-8"), ("LC_ALL", "sq_AL.UTF-8")]))), ["sq-AL", "ro-RO"]);
        assert_eq!(tags(from_lookup(env(&[("LANG", "uk_UA.UTF-8"), ("LC_ALL", "C")]))), ["uk-UA"]);
        assert_eq!(tags(from_lookup(env(&[("LANG", "en_GB.UTF-8"), ("LC_MESSAGES", "en_GB.UTF-8")]))), ["en-GB"]);
        assert!(from_lookup(env(&[("LANG", "POSIX"), ("LC_ALL", "")])).is_empty());
    }
}
