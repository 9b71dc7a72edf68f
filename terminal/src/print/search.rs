//! Search results as plain text: each group under its label, each hit with
//! its id (for `haven print article <id>`) and its snippet. Matches are not
//! marked in text; `--format json` carries their ranges.

use haven_core::i18n::Direction;
use haven_core::views::{SearchHit, SearchView};

use super::doc::Doc;

fn group(doc: &mut Doc, label: &str, hits: &[SearchHit]) {
    if hits.is_empty() {
        return;
    }
    doc.section(label);
    for hit in hits {
        doc.item(0, "-", &format!("{} [{}]", hit.title.text, hit.id));
        doc.para(1, &hit.snippet.text);
    }
}

pub fn search(view: &SearchView) -> String {
    let mut doc = Doc::new(view.locale.direction == Direction::Rtl);
    doc.title(&view.title);
    for line in [&view.summary, &view.english_notice, &view.empty_text].into_iter().flatten() {
        doc.para(0, line);
    }
    group(&mut doc, &view.articles_label, &view.articles);
    group(&mut doc, &view.helplines_label, &view.helplines);
    doc.finish()
}
