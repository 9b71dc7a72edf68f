//! A page of articles in one category, with the previous and next pages as
//! entries when there are some.

use haven_core::content::Category;
use haven_core::store::ArticleFilter;
use haven_core::views::ShellStrings;
use haven_core::{Error, Haven};

use super::style::{self, BOLD, DIM, PLAIN};
use super::{Action, Target};
use crate::tui::menu::{Entry, Menu};

pub fn build(haven: &Haven, category: Category, page: u32, shell: &ShellStrings) -> Result<(String, Menu), Error> {
    let filter = ArticleFilter { category: Some(category), page, ..ArticleFilter::default() };
    let view = haven.articles(&filter)?;
    let page_to = |page| Some(Action::Replace(Target::Articles { category, page }));
    let mut entries = Vec::new();
    if view.page > 0 {
        entries.push(Entry::new(page_to(view.page - 1)).text(0, &format!("‹ {}", shell.previous), BOLD));
        entries.push(Entry::new(None));
    }
    if view.items.is_empty() {
        entries.push(Entry::new(None).text(0, &view.empty_text, PLAIN));
    }
    for item in &view.items {
        let mut title = item.title.clone();
        if item.locale.tag != view.locale.tag {
            title.push_str(&format!(" ({})", item.locale.tag));
        }
        let action = Action::Open(Target::Article(item.id.clone()));
        entries.push(Entry::new(Some(action)).text(0, &title, BOLD).text(2, &item.summary, DIM));
    }
    if view.has_more {
        entries.push(Entry::new(None));
        entries.push(Entry::new(page_to(view.page + 1)).text(0, &format!("{} ›", shell.next), BOLD));
    }
    let first_article = |a: &Action| matches!(a, Action::Open(_));
    Ok((view.title.clone(), Menu::new(entries, style::rtl(&view.locale), first_article)))
}
