//! Article lists read their texts from a listing kept in display order by
//! triggers. These tests check that it follows every way content changes:
//! a new pack, a pack replaced by a newer version (texts edited, added and
//! removed, articles moved between categories or reordered, deleted).

use std::sync::Arc;

use haven_core::content::{Article, ArticleText, Audience, Category, PACK_FORMAT, Pack, ReviewStatus, Sector};
use haven_core::store::ArticleFilter;
use haven_core::{Haven, MemorySecretStore, OpenOptions};

fn text(locale: &str, title: &str) -> ArticleText {
    ArticleText {
        locale: locale.into(),
        title: title.into(),
        summary: format!("{title}: summary"),
        body: format!("{title}: body"),
        review: if locale == "en" { ReviewStatus::Original } else { ReviewStatus::Machine },
    }
}

fn article(id: &str, category: Category, order: i64, texts: Vec<ArticleText>) -> Article {
    Article {
        id: id.into(),
        category,
        audiences: vec![Audience::ALL[0]],
        sectors: vec![Sector::ALL[0]],
        exploitation: vec![],
        regions: vec![],
        order,
        urgent: false,
        texts,
    }
}

fn pack(version: u64, articles: Vec<Article>) -> Pack {
    Pack { format: PACK_FORMAT, id: "lists-test".into(), version, articles, helplines: vec![], forms: vec![] }
}

fn open_in(locale: &str) -> (tempfile::TempDir, Haven) {
    let dir = tempfile::tempdir().unwrap();
    let options = OpenOptions { device_locales: vec![locale.into()], ..OpenOptions::default() };
    let haven = Haven::open(dir.path(), Arc::new(MemorySecretStore::default()), options).unwrap();
    (dir, haven)
}

/// (id, title, locale shown) of the test pack's articles listed in a category.
fn listed(haven: &Haven, category: Category) -> Vec<(String, String, String)> {
    let filter =
        ArticleFilter { category: Some(category), limit: ArticleFilter::MAX_LIMIT, ..ArticleFilter::default() };
    haven
        .articles(&filter)
        .unwrap()
        .items
        .into_iter()
        .filter(|a| a.id.starts_with("t-"))
        .map(|a| (a.id, a.title, a.locale.tag))
        .collect()
}

fn row(id: &str, title: &str, locale: &str) -> (String, String, String) {
    (id.into(), title.into(), locale.into())
}

#[test]
fn lists_show_the_best_text_in_display_order_and_follow_a_replaced_pack() {
    let (_dir, haven) = open_in("sq");
    haven
        .install_pack(&pack(
            1,
            vec![
                article("t-b", Category::Signs, 2, vec![text("en", "B"), text("sq", "B sq")]),
                article("t-a", Category::Signs, 1, vec![text("en", "A")]),
                article("t-c", Category::Rights, 1, vec![text("en", "C"), text("sq", "C sq")]),
                article("t-d", Category::Signs, 3, vec![text("en", "D"), text("sq", "D sq")]),
            ],
        ))
        .unwrap();
    assert_eq!(
        listed(&haven, Category::Signs),
        vec![row("t-a", "A", "en"), row("t-b", "B sq", "sq"), row("t-d", "D sq", "sq")]
    );
    assert_eq!(listed(&haven, Category::Rights), vec![row("t-c", "C sq", "sq")]);

    // Version 2: A gains Albanian and moves last, B's Albanian is edited,
    // C moves to signs and loses its Albanian, D is gone.
    haven
        .install_pack(&pack(
            2,
            vec![
                article("t-a", Category::Signs, 9, vec![text("en", "A"), text("sq", "A sq")]),
                article("t-b", Category::Signs, 2, vec![text("en", "B"), text("sq", "B sq 2")]),
                article("t-c", Category::Signs, 1, vec![text("en", "C 2")]),
            ],
        ))
        .unwrap();
    assert_eq!(
        listed(&haven, Category::Signs),
        vec![row("t-c", "C 2", "en"), row("t-b", "B sq 2", "sq"), row("t-a", "A sq", "sq")]
    );
    assert_eq!(listed(&haven, Category::Rights), vec![]);
}

#[test]
fn pages_of_a_long_list_are_disjoint_and_complete() {
    let (_dir, haven) = open_in("ro");
    let articles = (0..120)
        .map(|i| {
            let mut texts = vec![text("en", &format!("en {i:03}"))];
            if i % 3 == 0 {
                texts.push(text("ro", &format!("ro {i:03}")));
            }
            article(&format!("t-{i:03}"), Category::Help, i, texts)
        })
        .collect();
    haven.install_pack(&pack(1, articles)).unwrap();

    let mut seen = Vec::new();
    for page in 0.. {
        let filter = ArticleFilter { category: Some(Category::Help), limit: 50, page, ..ArticleFilter::default() };
        let view = haven.articles(&filter).unwrap();
        seen.extend(view.items.into_iter().filter(|a| a.id.starts_with("t-")).map(|a| (a.id, a.title)));
        if !view.has_more {
            break;
        }
    }
    let expected: Vec<(String, String)> = (0..120)
        .map(|i| {
            let title = if i % 3 == 0 { format!("ro {i:03}") } else { format!("en {i:03}") };
            (format!("t-{i:03}"), title)
        })
        .collect();
    assert_eq!(seen, expected);
}
