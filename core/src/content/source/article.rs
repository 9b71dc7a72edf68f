//! An article folder: `article.toml` plus one `<locale>.md` per language.

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::file::SourceFile;
use super::{BuildErrors, locale_files};
use crate::content::limits::{MAX_SUMMARY_CHARS, MAX_TITLE_CHARS};
use crate::content::taxonomy::*;
use crate::content::{Article, ArticleText, markdown, region, validate};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleMeta {
    category: Spanned<String>,
    audiences: Vec<Spanned<String>>,
    #[serde(default)]
    sectors: Vec<Spanned<String>>,
    #[serde(default)]
    exploitation: Vec<Spanned<String>>,
    #[serde(default)]
    regions: Vec<Spanned<String>>,
    order: i64,
    #[serde(default)]
    urgent: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: Spanned<String>,
    summary: Spanned<String>,
    review: Spanned<String>,
}

/// Parses every entry of a vocabulary list, reporting unknown words at their line.
pub(super) fn words<T: Copy>(
    file: &SourceFile,
    values: &[Spanned<String>],
    parse: fn(&str) -> Option<T>,
    all: &[&str],
    errors: &mut BuildErrors,
) -> Vec<T> {
    values
        .iter()
        .filter_map(|v| {
            let parsed = parse(v.get_ref());
            if parsed.is_none() {
                errors.push(file.error_at(
                    v.span(),
                    format!("unknown value {:?}; expected one of: {}", v.get_ref(), all.join(", ")),
                ));
            }
            parsed
        })
        .collect()
}

pub(super) fn names<T: Copy>(all: &[T], name: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|v| name(*v)).collect()
}

pub(super) fn check_field(
    file: &SourceFile,
    value: &Spanned<String>,
    result: Result<(), String>,
    errors: &mut BuildErrors,
) {
    if let Err(reason) = result {
        errors.push(file.error_at(value.span(), reason));
    }
}

pub(super) fn build(dir: &Path, id: &str) -> Result<Article, BuildErrors> {
    let mut errors = BuildErrors::default();
    let meta_file = SourceFile::read(&dir.join("article.toml"))?;
    let meta: ArticleMeta = meta_file.parse_toml(&meta_file.text, 0)?;

    let category = Category::parse(meta.category.get_ref());
    if category.is_none() {
        let expected = names(Category::ALL, Category::as_str).join(", ");
        errors.push(meta_file.error_at(meta.category.span(), format!("unknown category; expected one of: {expected}")));
    }
    let f = &meta_file;
    let audiences = words(f, &meta.audiences, Audience::parse, &names(Audience::ALL, Audience::as_str), &mut errors);
    let sectors = words(f, &meta.sectors, Sector::parse, &names(Sector::ALL, Sector::as_str), &mut errors);
    let exploitation = words(
        f,
        &meta.exploitation,
        ExploitationType::parse,
        &names(ExploitationType::ALL, ExploitationType::as_str),
        &mut errors,
    );
    for code in &meta.regions {
        check_field(f, code, region::check(code.get_ref()), &mut errors);
    }

    let mut texts = Vec::new();
    for (locale, file) in locale_files(dir, "md", "article.toml", &mut errors) {
        match article_text(&file, &locale) {
            Ok(text) => texts.push(text),
            Err(e) => errors.extend(e),
        }
    }
    let article = Article {
        id: id.to_owned(),
        category: category.unwrap_or(Category::Understanding),
        audiences,
        sectors,
        exploitation,
        regions: meta.regions.into_iter().map(Spanned::into_inner).collect(),
        order: meta.order,
        urgent: meta.urgent,
        texts,
    };
    errors.into_result(article)
}

fn article_text(file: &SourceFile, locale: &str) -> Result<ArticleText, BuildErrors> {
    let mut errors = BuildErrors::default();
    let (front, front_start, body, body_start) = split_front_matter(&file.text)
        .ok_or_else(|| file.error(Some(0), "expected TOML front matter between +++ lines at the top"))?;
    let matter: FrontMatter = file.parse_toml(front, front_start)?;
    let shift = |s: &Spanned<String>| (s.span().start + front_start)..(s.span().end + front_start);
    for (value, max) in [(&matter.title, MAX_TITLE_CHARS), (&matter.summary, MAX_SUMMARY_CHARS)] {
        if let Err(reason) = validate::text(value.get_ref(), max) {
            errors.push(file.error_at(shift(value), reason));
        }
    }
    let review = ReviewStatus::parse(matter.review.get_ref());
    if review.is_none() {
        let expected = names(ReviewStatus::ALL, ReviewStatus::as_str).join(", ");
        errors
            .push(file.error_at(shift(&matter.review), format!("unknown review status; expected one of: {expected}")));
    }
    if body.trim().is_empty() {
        errors.push(file.error(Some(body_start), "the body is empty"));
    }
    for problem in markdown::problems(body) {
        errors.push(file.error(Some(body_start + problem.offset), problem.reason));
    }
    let text = ArticleText {
        locale: locale.to_owned(),
        title: matter.title.into_inner(),
        summary: matter.summary.into_inner(),
        body: body.trim().to_owned(),
        review: review.unwrap_or(ReviewStatus::Machine),
    };
    errors.into_result(text)
}

/// Splits `+++\n<toml>+++\n<body>`; returns each part with its byte offset.
fn split_front_matter(text: &str) -> Option<(&str, usize, &str, usize)> {
    let rest = text.strip_prefix("+++\n").or_else(|| text.strip_prefix("+++\r\n"))?;
    let front_start = text.len() - rest.len();
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let body_start = front_start + offset + line.len();
            return Some((&rest[..offset], front_start, &text[body_start..], body_start));
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::split_front_matter;

    #[test]
    fn front_matter_split() {
        let text = "+++\ntitle = \"T\"\n+++\nBody\n";
        let (front, fs, body, bs) = split_front_matter(text).unwrap();
        assert_eq!((front, fs, body, bs), ("title = \"T\"\n", 4, "Body\n", 20));
        assert!(split_front_matter("title = 1\n").is_none());
        assert!(split_front_matter("+++\ntitle = 1\n").is_none());
    }
}
