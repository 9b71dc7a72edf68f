//! Search as a user types: in their language, forgiving of diacritics and
//! typos, in unsegmented scripts, and never broken by what they type.

use haven_core::content::{Article, ArticleText, Audience, Category, PACK_FORMAT, Pack, ReviewStatus};
use haven_core::views::SearchView;
use haven_e2e::{Fixture, device};

fn article(id: &str, texts: &[(&str, &str, &str)]) -> Article {
    Article {
        id: id.into(),
        category: Category::Signs,
        audiences: vec![Audience::Public],
        sectors: vec![],
        exploitation: vec![],
        regions: vec![],
        order: 1,
        urgent: false,
        texts: texts
            .iter()
            .map(|(locale, title, body)| ArticleText {
                locale: (*locale).into(),
                title: (*title).into(),
                summary: format!("{title}."),
                body: (*body).into(),
                review: if *locale == "en" { ReviewStatus::Original } else { ReviewStatus::Machine },
            })
            .collect(),
    }
}

fn pack(version: u64, articles: Vec<Article>) -> Pack {
    Pack { format: PACK_FORMAT, id: "search-test".into(), version, articles, helplines: vec![], forms: vec![] }
}

fn multilingual() -> Pack {
    pack(
        1,
        vec![
            article(
                "work-in-albania",
                &[
                    ("en", "Working abroad from Albania", "Jobs offered abroad can be a trap."),
                    ("sq", "Punë jashtë Shqipërisë", "Punët që ofrohen jashtë mund të jenë kurth. Shqipëri."),
                ],
            ),
            article(
                "cafe-work",
                &[
                    ("en", "Work in a cafe", "Long hours in a café kitchen."),
                    ("fr", "Travail dans un café", "De longues heures dans la cuisine d'un café."),
                ],
            ),
            article(
                "forced-labour-zh",
                &[
                    ("en", "Signs of forced labour", "Someone else keeps your passport."),
                    ("zh-Hans", "强迫劳动的迹象", "有人扣留你的护照。强迫劳动是犯罪。"),
                ],
            ),
        ],
    )
}

fn ids(view: &SearchView) -> Vec<&str> {
    view.articles.iter().map(|h| h.id.as_str()).collect()
}

fn highlighted(text: &haven_core::search::Highlighted) -> Vec<String> {
    text.highlights
        .iter()
        .map(|r| text.text.chars().skip(r.start as usize).take((r.end - r.start) as usize).collect())
        .collect()
}

#[test]
fn finds_built_in_articles_and_helplines_with_highlights() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    let view = haven.search("car wash").unwrap();
    assert_eq!(view.articles.first().map(|h| h.id.as_str()), Some("signs-car-washes"), "title matches rank first");
    let title_marks = highlighted(&view.articles[0].title);
    assert!(title_marks.iter().any(|m| m.eq_ignore_ascii_case("car")), "{title_marks:?}");
    assert!(view.empty_text.is_none());
    assert!(view.summary.unwrap().ends_with("results"));

    let view = haven.search("crimestop").unwrap();
    assert_eq!(view.helplines.first().map(|h| h.id.as_str()), Some("gb-crimestoppers"), "prefix as you type");
    let view = haven.search("Romania").unwrap();
    assert!(view.helplines.iter().any(|h| h.id == "eu-emergency-112"), "found by a place it covers");
}

#[test]
fn diacritics_and_typos_are_forgiven() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("sq", "AL"));
    haven.install_pack(&multilingual()).unwrap();
    assert!(ids(&haven.search("Shqipërisë").unwrap()).contains(&"work-in-albania"));
    assert!(ids(&haven.search("shqiperise").unwrap()).contains(&"work-in-albania"), "without diacritics");
    assert!(ids(&haven.search("sqiperi").unwrap()).contains(&"work-in-albania"), "a letter missing");
    let haven = fixture.open(device("fr", "FR"));
    assert!(ids(&haven.search("cafe").unwrap()).contains(&"cafe-work"), "cafe finds café");
}

#[test]
fn chinese_is_found_without_spaces() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("zh-CN", "GB"));
    haven.install_pack(&multilingual()).unwrap();
    let view = haven.search("强迫劳动").unwrap();
    assert_eq!(ids(&view), ["forced-labour-zh"]);
    assert_eq!(view.articles[0].locale.tag, "zh-Hans");
    assert!(highlighted(&view.articles[0].title).iter().any(|m| m.contains("强迫劳")));
    assert_eq!(ids(&haven.search("护照").unwrap()), ["forced-labour-zh"], "two characters");
    // Someone with an English phone typing Chinese still finds the Chinese text.
    let english_phone = fixture.open(device("en", "GB"));
    assert_eq!(ids(&english_phone.search("迹象").unwrap()), ["forced-labour-zh"]);
}

#[test]
fn english_fills_in_when_the_language_has_too_few() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("sq", "GB"));
    haven.install_pack(&multilingual()).unwrap();
    let view = haven.search("passport").unwrap();
    assert!(ids(&view).contains(&"forced-labour-zh"));
    assert_eq!(view.articles[0].locale.tag, "en");
    assert!(view.english_notice.is_some());
}

#[test]
fn what_a_user_types_never_breaks_search() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    let hostile = [
        "\"",
        "\"unbalanced",
        "AND",
        "OR OR OR",
        "NEAR(a b",
        "*",
        "a*b*",
        ":",
        "title:car",
        "(((",
        "-car",
        "^car",
        "car\0wash",
        "' OR 1=1 --",
        "%_%",
        "\u{2}car\u{3}",
        "🙂🙂🙂",
        "",
        "   ",
    ];
    for text in hostile {
        let view = haven.search(text).unwrap_or_else(|e| panic!("{text:?} raised {e}"));
        if text.trim().is_empty() {
            assert!(view.summary.is_none() && view.articles.is_empty());
        }
    }
    let long = "exploitation ".repeat(800) + &"x".repeat(10_000);
    assert!(long.len() > 10_000);
    haven.search(&long).unwrap();
    assert!(!haven.search("title:car").unwrap().articles.is_empty(), "column syntax is just words");
}

#[test]
fn the_index_follows_content_that_is_replaced() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    haven.install_pack(&pack(1, vec![article("old", &[("en", "Zebra crossing", "Zebra body.")])])).unwrap();
    assert_eq!(ids(&haven.search("zebra").unwrap()), ["old"]);
    haven.install_pack(&pack(2, vec![article("new", &[("en", "Giraffe", "Giraffe body.")])])).unwrap();
    assert!(haven.search("zebra").unwrap().articles.is_empty(), "replaced content is gone from the index");
    assert_eq!(ids(&haven.search("giraffe").unwrap()), ["new"]);
    let empty = haven.search("zebra").unwrap();
    assert!(empty.empty_text.is_some());
}

#[test]
fn a_locale_finds_its_own_texts_and_english_only_when_too_few() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("fr", "FR"));
    let taxi = |i: usize| {
        article(
            &format!("taxi-{i}"),
            &[("en", "Zorbataxi drivers", "A zorbataxi story."), ("fr", "Chauffeurs de zorbataxi", "Une histoire.")],
        )
    };
    let only_english = article("bus", &[("en", "Quorvabus drivers", "A quorvabus story.")]);
    haven.install_pack(&pack(1, vec![taxi(1), taxi(2), taxi(3), only_english])).unwrap();

    let view = haven.search("zorbataxi").unwrap();
    assert_eq!(view.articles.len(), 3);
    assert!(view.articles.iter().all(|h| h.locale.tag == "fr"), "no other locale's texts");
    assert!(view.english_notice.is_none());
    let typing = haven.search("zorbat").unwrap();
    assert_eq!(typing.articles.len(), 3, "prefix as you type");
    assert_eq!(highlighted(&typing.articles[0].title), ["zorbataxi"], "the whole word marked");

    let view = haven.search("quorvabus").unwrap();
    assert_eq!(ids(&view), ["bus"], "English when the language has too few");
    assert_eq!(view.articles[0].locale.tag, "en");
    assert!(view.english_notice.is_some());
}

#[test]
fn a_word_in_most_texts_still_ranks_title_matches_first() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    // More matches than a search ranks (300), the title match written last.
    let mut articles: Vec<Article> = (0..1_200)
        .map(|i| article(&format!("body-{i:04}"), &[("en", &format!("Article {i}"), "Workers and their zorblat.")]))
        .collect();
    articles.push(article("in-title", &[("en", "Zorblat kept by an employer", "Workers and their zorblat.")]));
    haven.install_pack(&pack(1, articles)).unwrap();

    let view = haven.search("zorblat").unwrap();
    assert_eq!(view.articles.len(), haven_core::search::ARTICLE_LIMIT as usize);
    assert_eq!(view.articles[0].id, "in-title");
    assert_eq!(highlighted(&view.articles[0].title), ["Zorblat"]);
}

#[test]
fn chinese_single_characters_are_found_and_follow_replaced_content() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("zh-CN", "GB"));
    haven.install_pack(&multilingual()).unwrap();
    let view = haven.search("照").unwrap();
    assert_eq!(ids(&view), ["forced-labour-zh"], "one character");
    assert!(view.articles[0].snippet.text.contains('照'));
    assert_eq!(highlighted(&view.articles[0].snippet), ["照"]);
    assert_eq!(highlighted(&haven.search("迹象").unwrap().articles[0].title), ["迹象"], "title marked");
    assert_eq!(ids(&haven.search("护照 强迫劳动").unwrap()), ["forced-labour-zh"], "short and long terms together");

    haven
        .install_pack(&pack(
            2,
            vec![article("other", &[("en", "Work", "Working hours."), ("zh-Hans", "工作", "工作时间。")])],
        ))
        .unwrap();
    assert!(haven.search("照").unwrap().articles.is_empty(), "replaced content is gone from the index");
    assert_eq!(ids(&haven.search("工").unwrap()), ["other"]);
}

#[test]
fn shorter_texts_rank_first_as_content_is_replaced() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    let long = format!("A zorblat story. {}", "Other words about work and pay. ".repeat(60));
    let texts = |first: &str, second: &str| {
        vec![article("first", &[("en", "First notes", first)]), article("second", &[("en", "Second notes", second)])]
    };
    // bm25 weighs a match in a short text over one in a long text.
    haven.install_pack(&pack(1, texts(&long, "A zorblat story."))).unwrap();
    assert_eq!(ids(&haven.search("zorblat").unwrap()), ["second", "first"]);
    // The lengths searches rank by are the new content's, not the old.
    haven.install_pack(&pack(2, texts("A zorblat story.", &long))).unwrap();
    assert_eq!(ids(&haven.search("zorblat").unwrap()), ["first", "second"]);
    haven.lock();
    drop(haven);
    let haven = fixture.open(device("en", "GB"));
    assert_eq!(ids(&haven.search("zorblat").unwrap()), ["first", "second"], "after a lock and a new open");
}
