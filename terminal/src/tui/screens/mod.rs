//! The screens of the full-screen app. Each fetches its view model from the
//! core, turns it into lines and reacts to keys with an [`Action`]; none
//! decides anything the core should.

mod article;
mod articles;
mod helplines;
mod home;
mod pickers;
mod report_form;
mod reports;
mod search;

pub use report_form::ReportScreen;
mod style;

use crossterm::event::{KeyCode, KeyEvent};
use haven_core::content::Category;
use haven_core::views::ShellStrings;
use haven_core::{Error, Haven};
use ratatui::Frame;
use ratatui::layout::Rect;

use super::menu::Menu;

/// Where a key can lead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Home,
    Articles {
        category: Category,
        page: u32,
    },
    Article(String),
    Helplines,
    Regions,
    Languages,
    Search,
    /// Drafts and sent reports, and the helplines that take reports.
    Reports,
    /// A helpline's report form, at the draft left (or a new one).
    ReportForm(String),
    /// A draft's form.
    ReportDraft(String),
    ReportReview(String),
}

/// What a screen asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Open(Target),
    /// Show `Target` in place of this screen (another page of a list).
    Replace(Target),
    SetRegion(String),
    SetLanguage(String),
    /// Search again for this text (the search screen's field changed).
    Search(String),
    /// Answer (or clear) a question of a draft.
    Answer(String, String, Option<haven_core::reports::Answer>),
    /// Go to a step of a draft's form.
    ReportStep(String, u32),
    SubmitReport(String),
    /// Send queued reports now.
    Deliver,
    CancelReport(String),
    DeleteReport(String),
}

pub enum Screen {
    Menu { target: Target, title: String, menu: Menu },
    Article(article::ArticleScreen),
    Search(search::SearchScreen),
    Report(Box<report_form::ReportScreen>),
}

impl Screen {
    pub fn fetch(haven: &Haven, target: &Target, shell: &ShellStrings) -> Result<Screen, Error> {
        let (title, menu) = match target {
            Target::Home => home::build(&haven.home()?, shell),
            Target::Articles { category, page } => articles::build(haven, *category, *page, shell)?,
            Target::Article(id) => return Ok(Screen::Article(article::ArticleScreen::new(haven.article(id)?))),
            Target::Helplines => helplines::build(&haven.helplines(None)?),
            Target::Regions => pickers::regions(&haven.regions()?),
            Target::Languages => pickers::languages(&haven.languages()?),
            Target::Search => return Ok(Screen::Search(search::SearchScreen::new(haven.search("")?))),
            Target::Reports => reports::outbox(&haven.outbox()?),
            Target::ReportReview(draft) => reports::review(&haven.report_review(draft)?),
            Target::ReportForm(helpline) => {
                return Ok(Screen::Report(Box::new(report_form::ReportScreen::new(haven.report_form(helpline)?))));
            }
            Target::ReportDraft(draft) => {
                return Ok(Screen::Report(Box::new(report_form::ReportScreen::new(haven.report_draft(draft)?))));
            }
        };
        Ok(Screen::Menu { target: target.clone(), title, menu })
    }

    /// The same screen fetched again (after a change of language or region),
    /// at the same place.
    pub fn refreshed(&self, haven: &Haven, shell: &ShellStrings) -> Result<Screen, Error> {
        let mut fresh = Screen::fetch(haven, &self.target(), shell)?;
        match (&mut fresh, self) {
            (Screen::Menu { menu, .. }, Screen::Menu { menu: old, .. }) => menu.keep_position(old),
            (Screen::Article(new), Screen::Article(old)) => new.scroll = old.scroll,
            (Screen::Search(new), Screen::Search(old)) => {
                new.show(haven.search(&old.text)?);
                new.text.clone_from(&old.text);
            }
            _ => {}
        }
        Ok(fresh)
    }

    pub fn target(&self) -> Target {
        match self {
            Screen::Menu { target, .. } => target.clone(),
            Screen::Article(a) => Target::Article(a.view.id.clone()),
            Screen::Search(_) => Target::Search,
            Screen::Report(r) => Target::ReportDraft(r.view.draft_id.clone()),
        }
    }

    pub fn title(&self) -> &str {
        match self {
            Screen::Menu { title, .. } => title,
            Screen::Article(a) => &a.view.category_label,
            Screen::Search(s) => &s.view.title,
            Screen::Report(r) => &r.view.title,
        }
    }

    pub fn render(&mut self, frame: &mut Frame<'_>, area: Rect) {
        match self {
            Screen::Menu { menu, .. } => menu.render(frame, area),
            Screen::Article(a) => a.render(frame, area),
            Screen::Search(s) => s.render(frame, area),
            Screen::Report(r) => r.render(frame, area),
        }
    }

    /// The text of the field that takes letters typed, on a screen that has one.
    pub fn text_field(&self) -> Option<&str> {
        match self {
            Screen::Search(s) => Some(&s.text),
            Screen::Report(r) => r.buffer.as_deref(),
            _ => None,
        }
    }

    /// A key this screen understands, after the app's own keys.
    pub fn key(&mut self, key: KeyEvent) -> Option<Action> {
        match self {
            Screen::Article(a) => {
                a.key(key.code);
                None
            }
            Screen::Search(s) => s.key(key),
            Screen::Report(r) => r.key(key),
            Screen::Menu { menu, .. } => match key.code {
                KeyCode::Up | KeyCode::Char('k') => step(menu, -1),
                KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => step(menu, 1),
                KeyCode::PageUp => step(menu, -5),
                KeyCode::PageDown | KeyCode::Char(' ') => step(menu, 5),
                KeyCode::Home | KeyCode::Char('g') => step(menu, -isize::MAX),
                KeyCode::End | KeyCode::Char('G') => step(menu, isize::MAX),
                KeyCode::Enter | KeyCode::Right => menu.chosen().cloned(),
                _ => None,
            },
        }
    }
}

fn step(menu: &mut Menu, steps: isize) -> Option<Action> {
    menu.step(steps);
    None
}
