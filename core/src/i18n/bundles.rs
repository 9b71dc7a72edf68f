//! The built-in Fluent bundles, one per UI locale, parsed once per process.

use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use unic_langid::LanguageIdentifier;

// UI locales with a `locales/<tag>/haven.ftl`, English first (see build.rs).
include!(concat!(env!("OUT_DIR"), "/ui_locales.rs"));

/// A Fluent bundle that can be shared across threads.
pub type Bundle = FluentBundle<FluentResource>;

pub(crate) static BUNDLES: LazyLock<Vec<(&'static str, Bundle)>> =
    LazyLock::new(|| UI_LOCALES.iter().map(|(tag, source)| (*tag, bundle(tag, source))).collect());

static MISSING: AtomicU64 = AtomicU64::new(0);

/// How many lookups fell back to English (or, worse, found nothing) in this process.
pub fn missing_message_count() -> u64 {
    MISSING.load(Ordering::Relaxed)
}

pub(crate) fn count_missing() {
    MISSING.fetch_add(1, Ordering::Relaxed);
}

pub(crate) fn bundle_for(tag: &str) -> &'static Bundle {
    BUNDLES.iter().find(|(t, _)| *t == tag).map_or(&BUNDLES[0].1, |(_, b)| b)
}

fn bundle(tag: &str, source: &str) -> Bundle {
    let langid: LanguageIdentifier = tag.parse().expect("built-in locale tags are valid");
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Shells lay out bidirectional text themselves; isolation marks would show
    // as stray characters in terminals.
    bundle.set_use_isolating(false);
    // Built-in files are checked by tests; a broken entry is skipped, not fatal.
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The English source every other locale is checked against.
pub(crate) fn english_source() -> &'static str {
    UI_LOCALES.iter().find(|(t, _)| *t == "en").map_or("", |(_, s)| s)
}
