//! HTML building blocks: escaping and the page shell every page shares.
//! Every piece of content goes through [`escape`]; the only markup is ours.

use std::fmt::Write;

use haven_core::i18n::{Direction, LocaleInfo, Strings};

/// Escapes text for element content and quoted attribute values alike.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// One entry of the language switcher.
pub struct LanguageLink {
    pub locale: &'static LocaleInfo,
    /// Relative href, already safe (built from validated ids and tags).
    pub href: String,
}

/// What a page needs besides its main content.
pub struct Page<'a> {
    pub locale: &'static LocaleInfo,
    pub strings: &'a Strings,
    pub title: &'a str,
    /// `""`, `"../"` or `"../../"`: the way back to the site root.
    pub root: &'a str,
    pub languages: &'a [LanguageLink],
}

/// No scripts, no external resources: the policy says so even if a bug let
/// markup through.
const CSP: &str = "default-src 'none'; style-src 'self' file:";

impl Page<'_> {
    pub fn render(&self, main: &str) -> String {
        let dir = match self.locale.direction {
            Direction::Rtl => "rtl",
            Direction::Ltr => "ltr",
        };
        let mut page = String::with_capacity(main.len() + 2048);
        let _ = write!(
            page,
            "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
             <meta name=\"referrer\" content=\"no-referrer\">\n\
             <title>{title} · {site}</title>\n<link rel=\"stylesheet\" href=\"{root}style.css\">\n</head>\n<body>\n",
            lang = escape(self.locale.tag),
            title = escape(self.title),
            site = escape(&self.strings.get("preview-title")),
            root = self.root,
        );
        let _ = write!(
            page,
            "<header>\n<p class=\"notice\">{notice}</p>\n<nav class=\"sections\"><a href=\"{root}{tag}/index.html\">{articles}</a> \
             <a href=\"{root}{tag}/helplines.html\">{helplines}</a></nav>\n",
            notice = escape(&self.strings.get("preview-notice")),
            root = self.root,
            tag = escape(self.locale.tag),
            articles = escape(&self.strings.get("articles-title")),
            helplines = escape(&self.strings.get("helplines-title")),
        );
        page.push_str(&self.switcher());
        let _ = write!(page, "</header>\n<main>\n{main}</main>\n</body>\n</html>\n");
        page
    }

    fn switcher(&self) -> String {
        let mut nav =
            format!("<nav class=\"languages\" aria-label=\"{}\"><ul>", escape(&self.strings.get("language-title")));
        for link in self.languages {
            let current = if link.locale.tag == self.locale.tag { " aria-current=\"page\"" } else { "" };
            let _ = write!(
                nav,
                "<li><a href=\"{href}\" lang=\"{tag}\" dir=\"{dir}\"{current}>{name}</a></li>",
                href = escape(&link.href),
                tag = escape(link.locale.tag),
                dir = if link.locale.direction == Direction::Rtl { "rtl" } else { "ltr" },
                name = escape(link.locale.endonym),
            );
        }
        nav.push_str("</ul></nav>\n");
        nav
    }
}

/// A small labelled badge (`<span class="badge kind">`).
pub fn badge(kind: &str, text: &str) -> String {
    format!("<span class=\"badge {kind}\">{}</span>", escape(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_markup_character_is_escaped() {
        assert_eq!(
            escape("<a href=\"x\" onclick='y'>&</a>"),
            "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
    }
}
