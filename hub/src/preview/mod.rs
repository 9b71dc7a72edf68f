//! `haven-hub preview`: a content folder as static HTML, so an editor can
//! read every article and check every helpline, per language, in a browser
//! before publishing. Pages are plain HTML and one stylesheet: no
//! JavaScript, nothing loaded from elsewhere, every content string escaped,
//! article bodies rendered from the core's safe block tree.
//!
//! Layout: `index.html` (languages), `style.css`, and per locale
//! `<tag>/index.html`, `<tag>/helplines.html`, `<tag>/articles/<id>.html`.

mod articles;
mod blocks;
mod helplines;
mod html;

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::{Path, PathBuf};

use haven_core::content::Pack;
use haven_core::content::source::{BuildErrors, build_pack};
use haven_core::i18n::{LocaleInfo, Strings, locales, negotiate_ui};

use html::{LanguageLink, Page, escape};

const STYLESHEET: &str = include_str!("style.css");

#[derive(Debug, thiserror::Error)]
pub enum PreviewError {
    /// The builder's own errors, one per line with file and line.
    #[error("{0}")]
    Content(BuildErrors),
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteSummary {
    /// HTML pages written, the language chooser included.
    pub pages: usize,
    /// Locale tags with pages, in Haven's language order.
    pub locales: Vec<String>,
}

/// The locales the site has pages for.
pub(crate) struct Site {
    locales: Vec<&'static LocaleInfo>,
}

impl Site {
    fn of(pack: &Pack) -> Self {
        let used: BTreeSet<&str> = pack
            .articles
            .iter()
            .flat_map(|a| a.texts.iter().map(|t| t.locale.as_str()))
            .chain(pack.helplines.iter().flat_map(|h| h.texts.iter().map(|t| t.locale.as_str())))
            .collect();
        // Validated packs only hold known tags; KNOWN gives the order.
        Self { locales: locales::KNOWN.iter().filter(|l| used.contains(l.tag)).collect() }
    }

    /// The switcher's links, each built from a locale tag.
    pub(crate) fn languages(&self, href: impl Fn(&str) -> String) -> Vec<LanguageLink> {
        self.locales.iter().map(|locale| LanguageLink { locale, href: href(locale.tag) }).collect()
    }
}

/// A region's name in the page's language, or its code when none is known.
pub(crate) fn region_name(strings: &Strings, code: &str) -> String {
    strings.try_get(&format!("region-{code}")).unwrap_or_else(|| code.to_owned())
}

/// Builds `content_dir` with the content builder and writes the site to `out`.
pub fn build_site(content_dir: &Path, out: &Path) -> Result<SiteSummary, PreviewError> {
    let pack = build_pack(content_dir).map_err(PreviewError::Content)?;
    let site = Site::of(&pack);
    let mut pages = 0;
    write(&out.join("style.css"), STYLESHEET)?;
    write(&out.join("index.html"), &chooser(&site))?;
    pages += 1;
    for locale in &site.locales {
        // Labels in the page's language when Haven's UI has it, else English.
        let strings = Strings::new(negotiate_ui(&[locale.tag]));
        let dir = out.join(locale.tag);
        write(&dir.join("index.html"), &articles::index_page(&pack, locale, &strings, &site))?;
        write(&dir.join("helplines.html"), &helplines::helplines_page(&pack, locale, &strings, &site))?;
        pages += 2;
        for article in &pack.articles {
            if let Some(text) = articles::text_in(article, locale.tag) {
                let page = articles::article_page(article, text, locale, &strings, &site);
                write(&dir.join("articles").join(format!("{}.html", article.id)), &page)?;
                pages += 1;
            }
        }
    }
    Ok(SiteSummary { pages, locales: site.locales.iter().map(|l| l.tag.to_owned()).collect() })
}

/// `index.html`: every language, each in its own script.
fn chooser(site: &Site) -> String {
    let english = Strings::english();
    let locale = locales::find(locales::FALLBACK).unwrap_or(&locales::KNOWN[0]);
    let mut main = format!("<h1>{}</h1>\n<ul class=\"chooser\">\n", escape(&english.get("preview-title")));
    for link in site.languages(|tag| format!("{tag}/index.html")) {
        let _ = writeln!(
            main,
            "<li><a href=\"{}\" lang=\"{tag}\" dir=\"{dir}\">{}</a></li>",
            escape(&link.href),
            escape(link.locale.endonym),
            tag = escape(link.locale.tag),
            dir = if link.locale.direction == haven_core::i18n::Direction::Rtl { "rtl" } else { "ltr" },
        );
    }
    main.push_str("</ul>\n");
    let languages = site.languages(|tag| format!("{tag}/index.html"));
    Page { locale, strings: &english, title: &english.get("language-title"), root: "", languages: &languages }
        .render(&main)
}

fn write(path: &Path, text: &str) -> Result<(), PreviewError> {
    let fail = |source| PreviewError::Write { path: path.to_owned(), source };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(fail)?;
    }
    std::fs::write(path, text).map_err(fail)
}
