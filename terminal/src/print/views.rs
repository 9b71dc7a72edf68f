//! Home, article lists and articles as plain text.

use haven_core::i18n::Direction;
use haven_core::views::{ArticleListView, ArticleSummary, ArticleView, HomeView, ShellStrings};

use super::doc::{Doc, WIDTH};
use super::helplines::helpline;
use crate::render::blocks::{Layout, render};

/// An article in a list: title, its id (for `haven print article <id>`), summary.
/// The language is named when it is not the list's own (an English fallback).
fn summary(doc: &mut Doc, item: &ArticleSummary, list_locale: &str) {
    let language = if item.locale.tag == list_locale { String::new() } else { format!(" ({})", item.locale.tag) };
    doc.item(0, "-", &format!("{}{language} [{}]", item.title, item.id));
    doc.para(1, &item.summary);
}

pub fn home(view: &HomeView) -> String {
    let mut doc = Doc::new(view.locale.direction == Direction::Rtl);
    doc.title(&view.title);
    doc.para(0, &view.region_label);
    doc.section(&view.urgent_title);
    if let Some(hint) = &view.urgent_hint {
        doc.para(0, hint);
    }
    for item in &view.urgent_helplines {
        helpline(&mut doc, item, false);
    }
    for item in &view.urgent_articles {
        summary(&mut doc, item, &view.locale.tag);
    }
    doc.section(&view.categories_title);
    for c in &view.categories {
        doc.item(0, "-", &format!("{} ({}) [{}]", c.label, c.count_label, c.category));
        doc.para(1, &c.description);
    }
    doc.finish()
}

pub fn articles(view: &ArticleListView, shell: &ShellStrings) -> String {
    let mut doc = Doc::new(view.locale.direction == Direction::Rtl);
    doc.title(&view.title);
    if view.items.is_empty() {
        doc.para(0, &view.empty_text);
    }
    for item in &view.items {
        summary(&mut doc, item, &view.locale.tag);
    }
    if view.page > 0 || view.has_more {
        doc.blank();
    }
    if view.page > 0 {
        doc.para(0, &format!("{}: --page {}", shell.previous, view.page - 1));
    }
    if view.has_more {
        doc.para(0, &format!("{}: --page {}", shell.next, view.page + 1));
    }
    doc.finish()
}

pub fn article(view: &ArticleView) -> String {
    let rtl = view.content_locale.direction == Direction::Rtl;
    let mut doc = Doc::new(rtl);
    doc.title(&view.title);
    doc.para(0, &view.category_label);
    doc.blank();
    for notice in [&view.review_notice, &view.fallback_notice].into_iter().flatten() {
        doc.item(0, "!", notice);
        doc.blank();
    }
    doc.para(0, &view.summary);
    doc.blank();
    doc.lines(render(&view.blocks, Layout { width: WIDTH, plain: true, rtl, visual: false }));
    doc.finish()
}
