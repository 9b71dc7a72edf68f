//! The app's state: a stack of screens over one open `Haven`, the shared
//! labels, and the keys every screen answers to.

use std::time::Instant;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use haven_core::reports::{DeliveryPolicy, ReportError};
use haven_core::views::ShellStrings;
use haven_core::{Error, Haven};
use ratatui::Frame;

use super::chrome;
use super::quick_exit::QuickExit;
use super::screens::{Action, Screen, Target};
use crate::failure::Failure;
use crate::open::Session;

pub enum Flow {
    Continue,
    Quit,
    /// Leave at once, wiping the screen.
    QuickExit,
}

pub struct App {
    haven: Haven,
    session: Session,
    shell: ShellStrings,
    /// Never empty: Home at the bottom.
    stack: Vec<Screen>,
    quick_exit: QuickExit,
    error: Option<String>,
}

impl App {
    pub fn new(haven: Haven, session: Session) -> Result<App, Failure> {
        let shell = haven.shell_strings()?;
        let home = Screen::fetch(&haven, &Target::Home, &shell)?;
        Ok(App { haven, session, shell, stack: vec![home], quick_exit: QuickExit::default(), error: None })
    }

    pub fn close(&self) {
        self.haven.close();
    }

    fn top(&mut self) -> &mut Screen {
        self.stack.last_mut().expect("the stack always holds Home")
    }

    pub fn draw(&mut self, frame: &mut Frame<'_>) {
        let top = self.stack.last().expect("the stack always holds Home");
        let (title, typing) = (top.title().to_owned(), top.text_field().is_some());
        let area = chrome::draw(frame, &self.shell, &title, self.error.as_deref(), typing);
        self.top().render(frame, area);
    }

    pub fn on_event(&mut self, event: Event, now: Instant) -> Flow {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.on_key(key, now),
            _ => Flow::Continue,
        }
    }

    fn on_key(&mut self, key: KeyEvent, now: Instant) -> Flow {
        let ctrl_c = key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
        if key.code == KeyCode::F(12) || ctrl_c {
            return Flow::QuickExit;
        }
        if key.code == KeyCode::Esc {
            if key.kind == KeyEventKind::Press && self.quick_exit.esc(now) {
                return Flow::QuickExit;
            }
            // A single Esc changes nothing on screen.
            return Flow::Continue;
        }
        self.error = None;
        // On a screen with a text field, letters are text; Backspace and
        // Left go back only once the field is empty.
        let field = self.top().text_field().map(str::is_empty);
        let shortcuts = field.is_none();
        let action = match key.code {
            KeyCode::Char('q') if shortcuts => return Flow::Quit,
            KeyCode::Backspace | KeyCode::Left if field != Some(false) => {
                if self.stack.len() > 1 {
                    self.stack.pop();
                }
                None
            }
            KeyCode::Char('/') if shortcuts => Some(Action::Open(Target::Search)),
            KeyCode::Char('h') if shortcuts => Some(Action::Open(Target::Helplines)),
            KeyCode::Char('l') if shortcuts => Some(Action::Open(Target::Languages)),
            KeyCode::Char('r') if shortcuts => Some(Action::Open(Target::Regions)),
            _ => self.top().key(key),
        };
        if let Some(action) = action
            && let Err(e) = self.perform(action)
        {
            self.show_error(&e);
        }
        Flow::Continue
    }

    fn perform(&mut self, action: Action) -> Result<(), Error> {
        match action {
            Action::Open(target) => {
                if self.top().target() != target {
                    let screen = Screen::fetch(&self.haven, &target, &self.shell)?;
                    self.stack.push(screen);
                }
            }
            Action::Replace(target) => {
                let screen = Screen::fetch(&self.haven, &target, &self.shell)?;
                *self.top() = screen;
            }
            Action::SetRegion(code) => {
                self.haven.set_region(Some(&code))?;
                self.leave_picker();
                self.refresh_all()?;
            }
            Action::Search(text) => {
                let view = self.haven.search(&text)?;
                if let Screen::Search(search) = self.top() {
                    search.show(view);
                }
            }
            Action::Answer(..)
            | Action::ReportStep(..)
            | Action::SubmitReport(_)
            | Action::Deliver
            | Action::CancelReport(_)
            | Action::DeleteReport(_) => self.report_action(action)?,
            Action::SetLanguage(tag) => {
                self.haven.set_language(Some(&tag))?;
                self.drop_session_language()?;
                self.leave_picker();
                self.refresh_all()?;
            }
        }
        Ok(())
    }

    /// Report actions: the core checks and saves; the screens show its views.
    fn report_action(&mut self, action: Action) -> Result<(), Error> {
        match action {
            Action::Answer(draft, field, answer) => {
                let view = self.haven.set_answer(&draft, &field, answer)?;
                if let Screen::Report(form) = self.top() {
                    form.show(view);
                }
            }
            Action::ReportStep(draft, step) => {
                let view = self.haven.set_report_step(&draft, step)?;
                if matches!(self.top().target(), Target::ReportReview(_)) {
                    self.stack.pop();
                }
                match self.top() {
                    Screen::Report(form) => form.show(view),
                    _ => self.stack.push(Screen::Report(Box::new(super::screens::ReportScreen::new(view)))),
                }
            }
            Action::SubmitReport(draft) => {
                self.haven.submit_report(&draft)?;
                self.back_to_reports()?;
            }
            Action::Deliver => {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .map_err(|_| Error::InvalidArgument("no network runtime".into()))?;
                // One attempt each: the screen waits for it, and the next press tries again.
                let policy = DeliveryPolicy { attempts_per_run: 1, ..DeliveryPolicy::default() };
                runtime.block_on(self.haven.deliver_outbox_with(&policy, std::sync::Arc::new(Unheard)))?;
                self.back_to_reports()?;
            }
            Action::CancelReport(id) => {
                self.haven.cancel_report(&id)?;
                self.back_to_reports()?;
            }
            Action::DeleteReport(id) => {
                self.haven.delete_draft(&id)?;
                self.back_to_reports()?;
            }
            _ => {}
        }
        Ok(())
    }

    /// Back to the reports screen (below the form and review), fetched again.
    fn back_to_reports(&mut self) -> Result<(), Error> {
        while self.stack.len() > 1 && self.top().target() != Target::Reports {
            self.stack.pop();
        }
        let reports = Screen::fetch(&self.haven, &Target::Reports, &self.shell)?;
        if self.top().target() == Target::Reports {
            *self.top() = reports;
        } else {
            self.stack.push(reports);
        }
        Ok(())
    }

    fn leave_picker(&mut self) {
        if self.stack.len() > 1 {
            self.stack.pop();
        }
    }

    /// A `--locale` choice outranks the saved language in the core, so once
    /// the user picks one here, Haven is reopened without it.
    fn drop_session_language(&mut self) -> Result<(), Error> {
        if self.session.options.language_override.take().is_some() {
            self.haven.close();
            self.haven = self.session.open()?;
        }
        Ok(())
    }

    /// Every screen fetched again, in the new language or for the new country.
    fn refresh_all(&mut self) -> Result<(), Error> {
        self.shell = self.haven.shell_strings()?;
        for screen in &mut self.stack {
            *screen = screen.refreshed(&self.haven, &self.shell)?;
        }
        Ok(())
    }

    fn show_error(&mut self, e: &Error) {
        self.error = Some(match e {
            Error::NotFound { .. } => self.shell.error_not_found.clone(),
            // Already in the user's language, and about the answer, never quoting it.
            Error::Report(ReportError::InvalidAnswer { message, .. } | ReportError::TooLarge { message, .. }) => {
                message.clone()
            }
            _ => self.shell.error_generic.clone(),
        });
    }
}

/// The screen is redrawn after delivery; changes on the way need no listener.
struct Unheard;

impl haven_core::reports::OutboxListener for Unheard {
    fn on_change(&self, _: haven_core::views::OutboxItem) {}
}
