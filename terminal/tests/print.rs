//! `haven print`: each screen as text and as JSON, in several languages.

mod common;

use common::{haven, json, ok, tempdir};
use serde_json::Value;

fn titles(home: &Value) -> Vec<(String, String)> {
    home["urgent_articles"]
        .as_array()
        .expect("urgent_articles")
        .iter()
        .map(|a| (a["id"].as_str().unwrap().to_owned(), a["title"].as_str().unwrap().to_owned()))
        .collect()
}

#[test]
fn home_is_localized_in_sq_ro_uk() {
    let dir = tempdir();
    let english = json(dir.path(), &["print", "home", "--locale", "en"]);
    let english_titles = titles(&english);
    assert!(!english_titles.is_empty(), "the built-in pack has urgent articles");
    assert!(ok(dir.path(), &["print", "home", "--locale", "en"]).contains(&english_titles[0].1));
    for lang in ["sq", "ro", "uk"] {
        let view = json(dir.path(), &["print", "home", "--locale", lang]);
        assert_eq!(view["locale"]["tag"], lang);
        let text = ok(dir.path(), &["print", "home", "--locale", lang]);
        for ((id, title), (en_id, en_title)) in titles(&view).iter().zip(&english_titles) {
            assert_eq!(id, en_id);
            assert_ne!(title, en_title, "{id} is not translated into {lang}");
            assert!(text.contains(title.as_str()), "{lang} text lacks {title:?}:\n{text}");
        }
    }
}

#[test]
fn gb_helplines_start_with_999_and_list_the_modern_slavery_helpline() {
    let dir = tempdir();
    let view = json(dir.path(), &["print", "helplines", "--region", "GB"]);
    let first = &view["items"][0];
    assert_eq!(first["emergency"], true);
    assert_eq!(first["channels"][0]["display"], "999");
    let text = ok(dir.path(), &["print", "helplines", "--region", "GB"]);
    let squashed: String = text.chars().filter(|c| *c != ' ').collect();
    let emergency = squashed.find("999").expect("999 listed");
    let helpline = squashed.find("08000121700").expect("the Modern Slavery Helpline listed");
    assert!(emergency < helpline, "emergency services come first:\n{text}");
    assert!(text.contains("<tel:+448000121700>"), "channels show their uri:\n{text}");
}

#[test]
fn article_json_has_blocks_and_text_renders_them() {
    let dir = tempdir();
    let list = json(dir.path(), &["print", "articles", "--category", "safety"]);
    let id = list["items"][0]["id"].as_str().expect("an article in safety").to_owned();
    let article = json(dir.path(), &["print", "article", &id]);
    let blocks = article["blocks"].as_array().expect("blocks");
    assert!(!blocks.is_empty());
    let text = ok(dir.path(), &["print", "article", &id]);
    assert!(text.contains(article["title"].as_str().unwrap()));
    assert!(text.lines().all(|l| l.chars().count() <= 80), "wrapped at 80 columns:\n{text}");
}

#[test]
fn unknown_article_is_one_line_and_exit_1() {
    let dir = tempdir();
    let run = haven(dir.path(), &["print", "article", "no-such-article"]);
    assert_eq!(run.code, Some(1));
    assert!(run.stdout.is_empty());
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("no-such-article"), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}

#[test]
fn unknown_category_lists_the_valid_ones() {
    let dir = tempdir();
    let run = haven(dir.path(), &["print", "articles", "--category", "nonsense"]);
    assert_ne!(run.code, Some(0));
    for valid in ["understanding", "signs", "rights", "help", "safety", "reporting"] {
        assert!(run.stderr.contains(valid), "{}", run.stderr);
    }
    let run = haven(dir.path(), &["print", "articles", "--sector", "car wash"]);
    assert_ne!(run.code, Some(0));
    assert!(run.stderr.contains("car-wash"), "{}", run.stderr);
}

#[test]
fn bad_region_and_locale_flags_are_refused_clearly() {
    let dir = tempdir();
    let run = haven(dir.path(), &["--region", "UK", "print", "helplines"]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("UK") && run.stderr.lines().count() == 1, "{}", run.stderr);
    let run = haven(dir.path(), &["--locale", "klingon", "print", "home"]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("sq"), "{}", run.stderr);
}

#[test]
fn regions_languages_and_paging_print() {
    let dir = tempdir();
    let regions = ok(dir.path(), &["print", "regions"]);
    assert!(regions.contains("GB"), "{regions}");
    let languages = json(dir.path(), &["print", "languages"]);
    let tags: Vec<&str> = languages["items"].as_array().unwrap().iter().filter_map(|i| i["tag"].as_str()).collect();
    for tag in ["en", "sq", "ro", "uk"] {
        assert!(tags.contains(&tag), "{tags:?}");
    }
    let far_page = json(dir.path(), &["print", "articles", "--page", "999"]);
    assert_eq!(far_page["items"].as_array().unwrap().len(), 0);
    assert_eq!(far_page["has_more"], false);
}

#[test]
fn search_prints_each_group_and_json_carries_the_match_ranges() {
    let dir = tempdir();
    let text = ok(dir.path(), &["print", "search", "salvation"]);
    assert!(text.starts_with("Search\n======\n"), "{text}");
    assert!(text.contains("\nHelplines\n---------\n"), "{text}");
    assert!(text.contains("- The Salvation Army modern slavery helpline [gb-salvation-army-modern-slavery]"), "{text}");

    let view = json(dir.path(), &["print", "search", "salvation"]);
    let title = &view["helplines"][0]["title"];
    let (start, end) =
        (title["highlights"][0]["start"].as_u64().unwrap(), title["highlights"][0]["end"].as_u64().unwrap());
    let matched: String =
        title["text"].as_str().unwrap().chars().skip(start as usize).take((end - start) as usize).collect();
    assert_eq!(matched, "Salvation");

    // Anything typed is words, never query syntax, and a leading dash is text.
    for odd in ["\"AND OR * : NEAR(", "-help"] {
        let run = haven(dir.path(), &["print", "search", odd]);
        assert_eq!(run.code, Some(0), "{odd}: {}", run.stderr);
        assert!(run.stdout.starts_with("Search\n"), "{}", run.stdout);
    }
    let nothing = ok(dir.path(), &["print", "search", "zzqxw"]);
    assert!(nothing.contains("Nothing found"), "{nothing}");
}

#[test]
fn search_in_arabic_is_right_to_left_with_english_results_noted() {
    let dir = tempdir();
    let view = json(dir.path(), &["--locale", "ar", "print", "search", "helpline"]);
    assert_eq!(view["locale"]["direction"], "rtl");
    assert!(view["english_notice"].is_string(), "{view}");
    let text = ok(dir.path(), &["--locale", "ar", "print", "search", "helpline"]);
    let notice = view["english_notice"].as_str().unwrap();
    let line = text.lines().find(|l| l.contains(notice)).expect("the notice is printed");
    assert!(line.starts_with("    ") && line.trim_start() == notice, "right-aligned, in logical order: {line:?}");
}
