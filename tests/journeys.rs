//! Journeys a shell performs, driven through the core's public API with no
//! network: first launch, browse, read, find help, change language, reopen.

use haven_core::content::Category;
use haven_core::i18n::{Direction, missing_message_count};
use haven_core::store::ArticleFilter;
use haven_core::{Error, OpenOptions};
use haven_e2e::{Fixture, device};

#[test]
fn first_launch_offline_browse_read_and_reopen() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en-GB", "GB"));

    let home = haven.home().unwrap();
    assert_eq!(home.locale.tag, "en");
    assert_eq!(home.region.as_ref().unwrap().name, "United Kingdom");
    assert!(home.urgent_hint.is_none());
    let first_urgent = &home.urgent_helplines[0];
    assert!(first_urgent.emergency);
    assert!(first_urgent.channels.iter().any(|c| c.uri == "tel:999"), "999 is one tap from home");
    assert!(!home.urgent_articles.is_empty(), "urgent articles (phone safety, calling a helpline) are on home");
    let categories: Vec<Category> = home.categories.iter().map(|c| c.category).collect();
    assert_eq!(categories.len(), Category::ALL.len(), "every category has built-in articles");
    let signs = home.categories.iter().find(|c| c.category == Category::Signs).unwrap();
    assert!(signs.count >= 9, "general and sector signs: {}", signs.count);
    assert_eq!(signs.count_label, format!("{} articles", signs.count));

    let list = haven.articles(&ArticleFilter { category: Some(Category::Signs), ..ArticleFilter::default() }).unwrap();
    assert_eq!(list.title, "Spot the signs");
    assert_eq!(list.items.len() as u32, signs.count);
    assert!(!list.has_more);

    let article = haven.article(&list.items[0].id).unwrap();
    assert_eq!(article.content_locale.tag, "en");
    assert_eq!(article.content_locale.direction, Direction::Ltr);
    assert!(article.blocks.len() > 3, "a real body, rendered to blocks");
    assert!(article.review_notice.is_none() && article.fallback_notice.is_none());

    let helplines = haven.helplines(None).unwrap();
    assert_eq!(helplines.title, "Helplines in United Kingdom");
    let mseh = helplines.items.iter().find(|h| h.id == "gb-modern-slavery-helpline").unwrap();
    let call = mseh.channels.iter().find(|c| c.uri == "tel:+448000121700").unwrap();
    assert_eq!(call.label, "Call");
    assert!(call.warnings.iter().any(|w| w.contains("call history")), "the call log trace is spelt out");
    assert_eq!(mseh.status_text, "Open 24 hours");

    haven.close();
    drop(haven);
    let again = fixture.open(device("en-GB", "GB"));
    // The built-in services are 24/7, so nothing on home depends on the clock.
    assert_eq!(again.home().unwrap(), home);
}

#[test]
fn the_built_in_content_reads_in_four_languages() {
    let fixture = Fixture::new();
    let english = fixture.open(device("en", "GB")).home().unwrap();
    for tag in ["sq", "ro", "uk"] {
        let haven = fixture.open(device("en", "GB"));
        haven.set_language(Some(tag)).unwrap();
        let home = haven.home().unwrap();
        assert_eq!(home.locale.tag, tag);
        assert_ne!(home.title, english.title, "{tag}: home is translated");
        assert_ne!(home.categories[0].label, english.categories[0].label, "{tag}: categories are translated");

        let list = haven.articles(&ArticleFilter::default()).unwrap();
        assert!(list.items.len() >= 15);
        for item in &list.items {
            assert_eq!(item.locale.tag, tag, "{tag}: article {} is translated", item.id);
            assert!(item.machine_translated);
        }
        let article = haven.article(&list.items[0].id).unwrap();
        assert_eq!(article.content_locale.tag, tag);
        assert!(article.review_notice.is_some(), "{tag}: machine translations say so");
        let languages = haven.languages().unwrap();
        let selected: Vec<_> = languages.items.iter().filter(|l| l.selected).map(|l| l.tag.as_str()).collect();
        assert_eq!(selected, vec![tag]);
    }
    assert_eq!(missing_message_count(), 0, "every UI message exists in every built-in locale");
}

#[test]
fn a_language_without_content_falls_back_to_english_and_says_so() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("vi-VN", "GB"));
    let home = haven.home().unwrap();
    assert_eq!(home.locale.tag, "vi", "the UI speaks Vietnamese");
    let list = haven.articles(&ArticleFilter::default()).unwrap();
    let article = haven.article(&list.items[0].id).unwrap();
    assert_eq!(article.content_locale.tag, "en", "no built-in article is in Vietnamese yet");
    let notice = article.fallback_notice.expect("the fallback is explained, in Vietnamese");
    assert!(!notice.is_empty() && !notice.contains("article-fallback"), "{notice}");

    // A language with neither UI nor content: English throughout, said in English.
    let haven = Fixture::new().open(device("bg-BG", "GB"));
    assert_eq!(haven.home().unwrap().locale.tag, "en");
    let article = haven.article(&list.items[0].id).unwrap();
    assert!(article.fallback_notice.is_none_or(|n| n.contains("English")));
}

#[test]
fn the_saved_language_outlives_a_restart_and_a_session_override_does_not() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    haven.set_language(Some("ro")).unwrap();
    drop(haven);
    assert_eq!(fixture.open(device("en", "GB")).home().unwrap().locale.tag, "ro");
    let overridden = fixture.open(OpenOptions { language_override: Some("uk".into()), ..device("en", "GB") });
    assert_eq!(overridden.home().unwrap().locale.tag, "uk");
    assert!(!overridden.languages().unwrap().follows_device);
    overridden.set_language(Some("sq")).unwrap();
    assert_eq!(overridden.home().unwrap().locale.tag, "sq", "a choice made in the session ends its override");
    overridden.set_language(Some("ro")).unwrap();
    drop(overridden);

    let haven = fixture.open(device("en", "GB"));
    assert_eq!(haven.home().unwrap().locale.tag, "ro");
    haven.set_language(None).unwrap();
    assert_eq!(haven.home().unwrap().locale.tag, "en");
    assert!(haven.languages().unwrap().follows_device);
}

#[test]
fn bad_requests_get_typed_errors() {
    let fixture = Fixture::new();
    let haven = fixture.open(OpenOptions::default());
    assert!(matches!(haven.article("no-such-article"), Err(Error::NotFound { kind: "article", .. })));
    assert!(matches!(haven.helplines(Some("Narnia")), Err(Error::InvalidArgument(_))));
    assert!(matches!(haven.set_language(Some("klingon")), Err(Error::InvalidArgument(_))));
    assert!(matches!(haven.set_region(Some("UK")), Err(Error::InvalidArgument(_))));
    let home = haven.home().unwrap();
    assert!(home.region.is_none());
    assert!(home.urgent_hint.is_some(), "without a country, home asks for one instead of guessing numbers");
}

#[test]
fn paging_through_a_long_list() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    let first = haven.articles(&ArticleFilter { limit: 5, ..ArticleFilter::default() }).unwrap();
    assert_eq!(first.items.len(), 5);
    assert!(first.has_more);
    let second = haven.articles(&ArticleFilter { limit: 5, page: 1, ..ArticleFilter::default() }).unwrap();
    assert!(second.items.iter().all(|b| first.items.iter().all(|a| a.id != b.id)), "pages do not overlap");
}
