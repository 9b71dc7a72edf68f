//! haven-hub preview: pages per locale, right-to-left pages, and hostile
//! content that must come out as text, never as markup.

use std::path::{Path, PathBuf};

use haven_hub::preview::{PreviewError, build_site};

const HOSTILE_EN: &str = r#"+++
title = "<script>alert('t')</script> & \"quotes\""
summary = "\"><img src=x onerror=alert(1)>"
review = "original"
+++
Code `<script>alert(1)</script>`, an entity &lt;b onclick=x&gt;, and [a link](https://example.org/"onmouseover="alert(1)).

[Call the helpline](tel:+448000121700) or **write** to [us](mailto:help@example.org).
"#;

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn article(locale_text: &str, title: &str) -> String {
    format!("+++\ntitle = \"{title}\"\nsummary = \"A summary.\"\nreview = \"machine\"\n+++\n{locale_text}\n")
}

/// A content folder with a hostile article in en, ar and fa and one real helpline.
fn hostile_content(root: &Path) -> PathBuf {
    let dir = root.join("content");
    write(&dir.join("pack.toml"), "id = \"test-ngo\"\nversion = 3\n");
    let a = dir.join("articles/hostile");
    write(
        &a.join("article.toml"),
        "category = \"help\"\naudiences = [\"public\"]\nregions = [\"GB\"]\norder = 1\nurgent = true\n",
    );
    write(&a.join("en.md"), HOSTILE_EN);
    write(&a.join("ar.md"), &article("نص **المقال**.", "<b>عنوان</b>"));
    write(&a.join("fa.md"), &article("متن مقاله.", "عنوان"));
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/helplines/gb-modern-slavery-helpline");
    let h = dir.join("helplines/gb-modern-slavery-helpline");
    std::fs::create_dir_all(&h).unwrap();
    std::fs::copy(source.join("helpline.toml"), h.join("helpline.toml")).unwrap();
    let en = std::fs::read_to_string(source.join("en.toml")).unwrap();
    let hostile_name =
        en.lines().map(|l| if l.starts_with("name") { "name = \"Helpline <i onmouseover='x'>&</i>\"" } else { l });
    write(&h.join("en.toml"), &hostile_name.collect::<Vec<_>>().join("\n"));
    write(&h.join("ar.toml"), "review = \"machine\"\nname = \"خط المساعدة\"\ndescription = \"مجاني وسري.\"\n");
    dir
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn html_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(html_files(&path));
        } else if path.extension().is_some_and(|e| e == "html") {
            found.push(path);
        }
    }
    found
}

/// Every tag in a page: (name, attributes). Values never hold `"` or `>` when escaping works.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let end = rest.find('>').expect("every tag closes");
        let inner = &rest[..end];
        rest = &rest[end + 1..];
        let inner = inner.trim_start_matches('/');
        let (name, mut attrs) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
        let mut pairs = Vec::new();
        loop {
            attrs = attrs.trim_start();
            if attrs.is_empty() || name.starts_with('!') {
                break;
            }
            let (attr, after) =
                attrs.split_once("=\"").unwrap_or_else(|| panic!("attribute without a quoted value in <{inner}>"));
            let (value, after) = after.split_once('"').unwrap();
            pairs.push((attr.to_owned(), value.to_owned()));
            attrs = after;
        }
        found.push((name.to_ascii_lowercase(), pairs));
    }
    found
}

const TAGS: &[&str] = &[
    "!doctype",
    "html",
    "head",
    "meta",
    "title",
    "link",
    "body",
    "header",
    "nav",
    "main",
    "section",
    "article",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "ul",
    "ol",
    "li",
    "a",
    "span",
    "strong",
    "em",
    "code",
    "blockquote",
    "hr",
    "br",
    "dl",
    "dd",
    "small",
];
const ATTRIBUTES: &[&str] = &[
    "lang",
    "dir",
    "charset",
    "name",
    "content",
    "http-equiv",
    "rel",
    "href",
    "class",
    "id",
    "aria-label",
    "aria-current",
    "start",
];

fn assert_only_our_markup(page: &Path) {
    let html = read(page);
    for (name, attrs) in tags(&html) {
        assert!(TAGS.contains(&name.as_str()), "{}: unexpected <{name}>", page.display());
        for (attr, value) in attrs {
            assert!(ATTRIBUTES.contains(&attr.as_str()), "{}: unexpected {attr}= on <{name}>", page.display());
            if attr == "href" {
                let scheme = value.split_once(':').map(|(s, _)| s);
                let relative = !value.contains(':') && !value.starts_with('/');
                let allowed = matches!(scheme, Some("https" | "tel" | "sms" | "mailto"));
                assert!(relative || allowed, "{}: href {value:?}", page.display());
                if name == "link" {
                    assert!(relative, "no external resources: {value}");
                }
            }
        }
    }
}

#[test]
fn hostile_content_is_shown_as_text_never_as_markup() {
    let root = tempfile::tempdir().unwrap();
    let content = hostile_content(root.path());
    let site = root.path().join("site");
    build_site(&content, &site).unwrap();
    let pages = html_files(&site);
    assert!(pages.len() >= 10, "{pages:?}");
    for page in &pages {
        assert_only_our_markup(page);
        assert!(!read(page).contains("<script"), "{}", page.display());
    }
    let article = read(&site.join("en/articles/hostile.html"));
    assert!(article.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"), "{article}");
    assert!(article.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert!(article.contains("<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>"));
    assert!(article.contains("&lt;b onclick=x&gt;"));
    assert!(article.contains("href=\"https://example.org/&quot;onmouseover=&quot;alert(1)\""), "{article}");
    assert!(article.contains("<a href=\"tel:+448000121700\" rel=\"noreferrer\">Call the helpline</a>"));
    assert!(article.contains("<strong>write</strong>"));
    let helplines = read(&site.join("en/helplines.html"));
    assert!(helplines.contains("Helpline &lt;i onmouseover=&#39;x&#39;&gt;&amp;&lt;/i&gt;"), "{helplines}");
    assert!(read(&site.join("en/index.html")).contains("&lt;script&gt;"));
    assert!(!pages.iter().any(|p| read(p).contains("<script")));
    let css = read(&site.join("style.css"));
    assert!(!css.contains("url(") && !css.contains("@import"), "no external resources in the stylesheet");
}

#[test]
fn every_locale_gets_pages_and_arabic_and_persian_read_right_to_left() {
    let root = tempfile::tempdir().unwrap();
    let content = hostile_content(root.path());
    let site = root.path().join("site");
    let summary = build_site(&content, &site).unwrap();
    assert_eq!(summary.locales, ["en", "ar", "fa"]);
    assert_eq!(summary.pages, 1 + 3 * 2 + 3);
    for tag in ["en", "ar", "fa"] {
        for page in ["index.html", "helplines.html", "articles/hostile.html"] {
            let html = read(&site.join(tag).join(page));
            let dir = if tag == "en" { "ltr" } else { "rtl" };
            assert!(html.contains(&format!("<html lang=\"{tag}\" dir=\"{dir}\">")), "{tag}/{page}");
            assert!(html.contains("ar/") && html.contains("fa/") && html.contains("en/"), "switcher on {tag}/{page}");
        }
    }
    let root_index = read(&site.join("index.html"));
    for (tag, name) in [("en", "English"), ("ar", "العربية"), ("fa", "فارسی")] {
        assert!(root_index.contains(&format!("href=\"{tag}/index.html\"")) && root_index.contains(name), "{tag}");
    }
    // Labels in the page's language; a helpline not yet in Persian shows its English name, marked.
    let ar = read(&site.join("ar/helplines.html"));
    assert!(ar.contains("خط المساعدة") && ar.contains("معاينة"), "{ar}");
    let fa = read(&site.join("fa/helplines.html"));
    assert!(fa.contains("<h2 lang=\"en\" dir=\"ltr\">Helpline") && fa.contains("badge missing"), "{fa}");
    // The article switcher points at the same article in each language.
    assert!(read(&site.join("fa/articles/hostile.html")).contains("href=\"../../ar/articles/hostile.html\""));
}

#[test]
fn helplines_show_numbers_as_published_and_as_dialled() {
    let root = tempfile::tempdir().unwrap();
    let site = root.path().join("site");
    build_site(&hostile_content(root.path()), &site).unwrap();
    let html = read(&site.join("en/helplines.html"));
    assert!(html.contains("<a href=\"tel:+448000121700\" rel=\"noreferrer\" dir=\"ltr\">08000 121 700</a>"), "{html}");
    assert!(html.contains("(+448000121700)"));
    assert!(html.contains("href=\"https://www.modernslaveryhelpline.org/report\""));
    for expected in ["Hours (Europe/London): 24/7", "Free to contact", "United Kingdom", "English", "2026-11-23"] {
        assert!(html.contains(expected), "{expected} in {html}");
    }
    assert!(html.contains("You can stay anonymous."));
}

#[test]
fn the_built_in_content_previews_in_all_its_languages() {
    let root = tempfile::tempdir().unwrap();
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let summary = build_site(&content, root.path()).unwrap();
    assert!(summary.locales.len() >= 4, "{:?}", summary.locales);
    for tag in &summary.locales {
        assert!(root.path().join(tag).join("index.html").is_file());
        assert!(root.path().join(tag).join("helplines.html").is_file());
    }
    assert!(root.path().join("en/articles/what-is-modern-slavery.html").is_file());
    assert_eq!(html_files(root.path()).len(), summary.pages);
    for page in html_files(root.path()) {
        assert_only_our_markup(&page);
    }
}

#[test]
fn broken_content_reports_file_and_line_and_writes_nothing() {
    let root = tempfile::tempdir().unwrap();
    let content = hostile_content(root.path());
    let body = "+++\ntitle = \"T\"\nsummary = \"S\"\nreview = \"original\"\n+++\nfine\n\n<script>x</script>\n\n[x](javascript:alert(1))\n";
    write(&content.join("articles/hostile/en.md"), body);
    let site = root.path().join("site");
    let err = build_site(&content, &site).unwrap_err();
    assert!(matches!(err, PreviewError::Content(_)));
    let message = err.to_string();
    assert!(message.contains("en.md:8") && message.contains("raw HTML"), "{message}");
    assert!(message.contains("en.md:10") && message.contains("not allowed"), "{message}");
    assert!(!site.exists(), "nothing written for broken content");
}
