//! What a publisher may publish: regions, locales and kinds of content.

use serde::{Deserialize, Serialize};

use crate::content::region;

/// Kinds of content a publisher may be allowed to publish.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContentKind {
    Articles,
    Helplines,
    UiStrings,
    ReportForms,
}

impl ContentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ContentKind::Articles => "articles",
            ContentKind::Helplines => "helplines",
            ContentKind::UiStrings => "ui-strings",
            ContentKind::ReportForms => "report-forms",
        }
    }
}

/// The wildcard for "every region" or "every locale".
pub const ANY: &str = "*";
/// The region of content meant for everywhere (an article with no regions).
pub const GLOBAL: &str = "global";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    /// ISO 3166-1 countries or 3166-2 subdivisions, `global` for content
    /// meant for everywhere, or `*`.
    pub regions: Vec<String>,
    /// BCP 47 locales, or `*`.
    pub locales: Vec<String>,
    pub kinds: Vec<ContentKind>,
}

impl Scope {
    pub fn validate(&self) -> Result<(), &'static str> {
        if self.regions.len() > 300 || self.locales.len() > 300 || self.kinds.len() > 8 {
            return Err("a scope lists too many entries");
        }
        for r in &self.regions {
            if r != ANY && r != GLOBAL && region::check(r).is_err() {
                return Err("a scope lists an invalid region code");
            }
        }
        Ok(())
    }

    pub fn allows_kind(&self, kind: ContentKind) -> bool {
        self.kinds.contains(&kind)
    }

    pub fn allows_locale(&self, locale: &str) -> bool {
        self.locales.iter().any(|l| l == ANY || l.eq_ignore_ascii_case(locale))
    }

    /// A region is allowed when the scope names it, its country, `*`, or,
    /// for content meant for everywhere, `global`.
    pub fn allows_region(&self, code: &str) -> bool {
        let country = code.split('-').next().unwrap_or(code);
        self.regions.iter().any(|r| r == ANY || r.eq_ignore_ascii_case(code) || r.eq_ignore_ascii_case(country))
    }

    /// Whether an item filed under `regions` (empty: everywhere) is in scope.
    pub fn allows_item_regions(&self, regions: &[String]) -> bool {
        if regions.is_empty() { self.allows_region(GLOBAL) } else { regions.iter().all(|r| self.allows_region(r)) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope(regions: &[&str], locales: &[&str]) -> Scope {
        Scope {
            regions: regions.iter().map(|s| s.to_string()).collect(),
            locales: locales.iter().map(|s| s.to_string()).collect(),
            kinds: vec![ContentKind::Articles],
        }
    }

    #[test]
    fn a_country_covers_its_subdivisions_but_not_others() {
        let s = scope(&["GB"], &["en"]);
        assert!(s.allows_region("GB") && s.allows_region("GB-SCT"));
        assert!(!s.allows_region("US") && !s.allows_region("GBR"));
        assert!(!s.allows_item_regions(&[]), "global content needs `global` in scope");
        assert!(s.allows_item_regions(&["GB-ENG".into()]));
        assert!(!s.allows_item_regions(&["GB".into(), "IE".into()]));
    }

    #[test]
    fn a_subdivision_does_not_cover_its_country() {
        let s = scope(&["GB-SCT"], &["*"]);
        assert!(s.allows_region("GB-SCT") && !s.allows_region("GB") && !s.allows_region("GB-ENG"));
        assert!(s.allows_locale("ro"));
    }

    #[test]
    fn kinds_are_explicit() {
        let s = scope(&["*"], &["*"]);
        assert!(s.allows_kind(ContentKind::Articles) && !s.allows_kind(ContentKind::Helplines));
    }
}
