//! Per-locale index pages (articles by category) and one page per article.

use std::fmt::Write;

use haven_core::content::{Article, ArticleText, Category, Pack, ReviewStatus};
use haven_core::i18n::{LocaleInfo, Strings};

use super::html::{Page, badge, escape};
use super::{Site, blocks};

/// `<tag>/index.html`: the articles in this language by category, then those
/// not yet translated into it.
pub fn index_page(pack: &Pack, locale: &'static LocaleInfo, strings: &Strings, site: &Site) -> String {
    let mut main = format!("<h1>{}</h1>\n", escape(&strings.get("articles-title")));
    for category in Category::ALL {
        let mut items: Vec<(&Article, &ArticleText)> = pack
            .articles
            .iter()
            .filter(|a| a.category == *category)
            .filter_map(|a| text_in(a, locale.tag).map(|t| (a, t)))
            .collect();
        if items.is_empty() {
            continue;
        }
        items.sort_by(|(a, _), (b, _)| (a.order, &a.id).cmp(&(b.order, &b.id)));
        let _ = write!(
            main,
            "<section>\n<h2>{}</h2>\n<ul class=\"articles\">\n",
            escape(&category_name(strings, *category))
        );
        for (article, text) in items {
            let _ = writeln!(
                main,
                "<li><a href=\"articles/{id}.html\">{title}</a>{badges}<p>{summary}</p></li>",
                id = article.id,
                title = escape(&text.title),
                badges = badges(article, text, strings),
                summary = escape(&text.summary),
            );
        }
        main.push_str("</ul>\n</section>\n");
    }
    let missing: Vec<&Article> = pack.articles.iter().filter(|a| text_in(a, locale.tag).is_none()).collect();
    if !missing.is_empty() {
        let _ = write!(
            main,
            "<section>\n<h2>{}</h2>\n<ul class=\"missing\">\n",
            escape(&strings.get("preview-not-translated"))
        );
        for article in missing {
            let english = text_in(article, "en").map_or(article.id.as_str(), |t| t.title.as_str());
            let _ = writeln!(
                main,
                "<li><a href=\"../en/articles/{}.html\" lang=\"en\">{}</a></li>",
                article.id,
                escape(english)
            );
        }
        main.push_str("</ul>\n</section>\n");
    }
    let languages = site.languages(|tag| format!("../{tag}/index.html"));
    Page { locale, strings, title: &strings.get("articles-title"), root: "../", languages: &languages }.render(&main)
}

/// `<tag>/articles/<id>.html`.
pub fn article_page(
    article: &Article,
    text: &ArticleText,
    locale: &'static LocaleInfo,
    strings: &Strings,
    site: &Site,
) -> String {
    let mut main = format!(
        "<article>\n<p class=\"category\">{category}</p>\n<h1>{title}</h1>\n<p>{badges}</p>\n<p class=\"summary\">{summary}</p>\n",
        category = escape(&category_name(strings, article.category)),
        title = escape(&text.title),
        badges = badges(article, text, strings),
        summary = escape(&text.summary),
    );
    if !article.regions.is_empty() {
        let regions: Vec<String> = article.regions.iter().map(|r| super::region_name(strings, r)).collect();
        let covers = strings.get_args("helpline-covers", &[("regions", regions.join(", ").into())]);
        let _ = writeln!(main, "<p class=\"regions\">{}</p>", escape(&covers));
    }
    main.push_str(&blocks::render(&haven_core::content::markdown::to_blocks(&text.body)));
    main.push_str("</article>\n");
    let has = |tag: &str| text_in(article, tag).is_some();
    let languages = site.languages(|tag| {
        if has(tag) { format!("../../{tag}/articles/{}.html", article.id) } else { format!("../../{tag}/index.html") }
    });
    Page { locale, strings, title: &text.title, root: "../../", languages: &languages }.render(&main)
}

pub fn text_in<'a>(article: &'a Article, tag: &str) -> Option<&'a ArticleText> {
    article.texts.iter().find(|t| t.locale == tag)
}

fn category_name(strings: &Strings, category: Category) -> String {
    strings.get(&format!("category-{}", category.as_str()))
}

fn badges(article: &Article, text: &ArticleText, strings: &Strings) -> String {
    let mut out = String::new();
    if article.urgent {
        out.push_str(&badge("urgent", &strings.get("article-urgent")));
    }
    out.push_str(&review_badge(text.review, strings));
    out
}

pub fn review_badge(review: ReviewStatus, strings: &Strings) -> String {
    badge(&format!("review {}", review.as_str()), &strings.get(&format!("review-{}", review.as_str())))
}
