//! `haven print <screen>`: one screen to stdout, as text or as the view
//! model's JSON, for scripts and tests.

mod doc;
mod helplines;
mod search;
mod views;

use haven_core::Haven;
use haven_core::store::ArticleFilter;

use crate::cli::{Format, Screen};
use crate::failure::Failure;

/// The view as text, or as pretty JSON (view models are `Serialize`).
macro_rules! output {
    ($format:expr, $view:expr, $text:expr) => {{
        let view = $view;
        match $format {
            Format::Json => Ok(serde_json::to_string_pretty(&view)? + "\n"),
            Format::Text => Ok($text(&view)),
        }
    }};
}

/// The screen's output. `region` is the `--region` flag, for helplines.
pub fn screen(haven: &Haven, screen: &Screen, format: Format, region: Option<&str>) -> Result<String, Failure> {
    match screen {
        Screen::Home => output!(format, haven.home()?, views::home),
        Screen::Articles { category, sector, audience, page } => {
            let filter = ArticleFilter {
                category: *category,
                sector: *sector,
                audience: *audience,
                page: *page,
                ..ArticleFilter::default()
            };
            let shell = haven.shell_strings()?;
            output!(format, haven.articles(&filter)?, |v| views::articles(v, &shell))
        }
        Screen::Article { id } => output!(format, haven.article(id)?, views::article),
        Screen::Helplines => output!(format, haven.helplines(region)?, helplines::helplines),
        Screen::Regions => output!(format, haven.regions()?, helplines::regions),
        Screen::Languages => output!(format, haven.languages()?, helplines::languages),
        Screen::Search { text } => output!(format, haven.search(text)?, search::search),
    }
}
