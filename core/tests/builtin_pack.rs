//! The pack compiled into the app must be exactly what `content/` builds to.

use std::path::Path;

use haven_core::content::source::build_pack;
use haven_core::content::{BUILTIN_PACK_BYTES, builtin_pack};

#[test]
fn embedded_pack_is_fresh_against_content_folder() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let built = build_pack(&content).unwrap_or_else(|e| panic!("content/ does not build:\n{e}"));
    let bytes = built.to_canonical_bytes().unwrap();
    assert!(
        bytes == BUILTIN_PACK_BYTES,
        "core/assets/builtin-pack.json is stale against content/: run `cargo xtask pack`"
    );
}

#[test]
fn embedded_pack_meets_the_content_brief() {
    let pack = builtin_pack().unwrap();
    assert!(pack.articles.len() >= 15, "at least 15 articles");
    for required in ["en", "sq", "ro", "uk"] {
        for article in &pack.articles {
            assert!(
                article.texts.iter().any(|t| t.locale == required),
                "article {} has no {required} text",
                article.id
            );
        }
    }
    for article in &pack.articles {
        for text in &article.texts {
            let expected = if text.locale == "en" { "original" } else { "machine" };
            assert!(
                text.review.as_str() == expected || text.review.as_str() == "reviewed",
                "{} {} has review status {}",
                article.id,
                text.locale,
                text.review
            );
        }
    }
    let numbers: Vec<&str> = pack.helplines.iter().flat_map(|h| h.channels.iter().map(|c| c.value.as_str())).collect();
    for known in ["+448000121700", "+18883737888", "233733", "999", "112", "911"] {
        assert!(numbers.contains(&known), "built-in helplines include {known}");
    }
    for helpline in &pack.helplines {
        assert!(helpline.source.starts_with("https://"), "{} names its source", helpline.id);
    }
}
