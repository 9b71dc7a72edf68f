//! UI strings pushed after release: a Fluent source per locale that adds or
//! overrides messages. Checked like a shipped locale (partial coverage
//! allowed) before it is stored; a source that fails leaves the previous
//! strings in place.

use std::collections::HashMap;
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use unic_langid::LanguageIdentifier;

use super::bundles::Bundle;
use super::check::{Coverage, FtlProblem, MAX_OVERRIDE_BYTES, check_ftl};
use super::locales;

/// Override bundles by locale tag.
pub type Overrides = HashMap<String, Arc<Bundle>>;

/// Checks an override source for `locale`; every problem with its line.
pub fn check_override(locale: &str, source: &str) -> Result<(), Vec<FtlProblem>> {
    if locales::find(locale).is_none_or(|l| l.tag != locale) {
        return Err(vec![FtlProblem { line: 1, reason: format!("unknown locale {locale:?}") }]);
    }
    if source.len() > MAX_OVERRIDE_BYTES {
        return Err(vec![FtlProblem { line: 1, reason: format!("over the {MAX_OVERRIDE_BYTES}-byte limit") }]);
    }
    let english = super::bundles::english_source();
    let problems = check_ftl(locale, source, english, Coverage::Partial);
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}

/// A bundle of a checked override source.
pub fn override_bundle(locale: &str, source: &str) -> Option<Arc<Bundle>> {
    let langid: LanguageIdentifier = locale.parse().ok()?;
    let resource = FluentResource::try_new(source.to_owned()).ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).ok()?;
    Some(Arc::new(bundle))
}
