//! The report calls on `Haven`: one call per screen or change, each
//! returning the view to draw next.

use std::collections::BTreeMap;

use chrono::{SubsecRound, Utc};
use rusqlite::Connection;

use super::report_json::{ReportMeta, report_json};
use super::rows::{self, Draft, OutboxRow};
use super::{Answer, AnswerProblem, ReportError, ReportState, ids, seal, unix_now};
use crate::content::{FieldKind, Form};
use crate::haven::ViewContext;
use crate::views::report_form::{DraftState, FormContext, form_view};
use crate::views::{OutboxItem, ReportFormView, ReportReviewView, ReviewItem, UsedLocale};
use crate::{Error, Haven};

/// A draft with its form and helpline, loaded together.
pub(super) struct Loaded {
    pub draft: Draft,
    pub form: Form,
    pub helpline_name: String,
    pub country: String,
}

pub(super) fn load(conn: &Connection, id: &str, locale: &str) -> Result<Loaded, Error> {
    let draft = rows::draft(conn, id)?;
    // A form replaced by newer content under another id: the helpline's current form.
    let form = match rows::form(conn, &draft.form_id)? {
        Some(form) => form,
        None => rows::form_for_helpline(conn, &draft.helpline_id)?
            .ok_or_else(|| ReportError::NoForm(draft.helpline_id.clone()))?,
    };
    // Packs carry forms only for their own helplines, so the helpline is there; were it
    // not, the form's id names it and phone numbers must be written internationally.
    let (helpline_name, country) = rows::helpline_name_and_country(conn, &draft.helpline_id, locale)?
        .unwrap_or_else(|| (form.id.clone(), String::new()));
    Ok(Loaded { draft, form, helpline_name, country })
}

/// Required questions without an answer (the contact question is never
/// missing: anonymous is its answer until another is given).
fn missing(form: &Form, answers: &BTreeMap<String, Answer>) -> BTreeMap<String, AnswerProblem> {
    form.fields()
        .filter(|f| !f.optional && f.kind != FieldKind::Contact && !answers.contains_key(&f.id))
        .map(|f| (f.id.clone(), AnswerProblem::Required))
        .collect()
}

impl Haven {
    /// The form for reporting to `helpline_id`, at the draft the user left
    /// (or a new one). Fails with `ReportError::NoForm` when the helpline
    /// takes no reports through Haven.
    pub fn report_form(&self, helpline_id: &str) -> Result<ReportFormView, Error> {
        let id = self.with_conn(|conn| {
            let form = rows::form_for_helpline(conn, helpline_id)?
                .ok_or_else(|| ReportError::NoForm(helpline_id.to_owned()))?;
            if let Some(draft) = rows::open_draft(conn, helpline_id)? {
                return Ok(draft.id);
            }
            let draft = Draft {
                id: ids::random_hex()?,
                form_id: form.id,
                helpline_id: helpline_id.to_owned(),
                step: 0,
                answers: BTreeMap::new(),
                submitted: false,
            };
            rows::insert_draft(conn, &draft, unix_now())?;
            Ok(draft.id)
        })?;
        self.report_draft(&id)
    }

    /// A draft's form at the step it was left on.
    pub fn report_draft(&self, draft_id: &str) -> Result<ReportFormView, Error> {
        self.draft_view(draft_id, &BTreeMap::new())
    }

    fn draft_view(&self, draft_id: &str, problems: &BTreeMap<String, AnswerProblem>) -> Result<ReportFormView, Error> {
        let ctx = self.context()?;
        let loaded = self.with_conn(|conn| load(conn, draft_id, ctx.content_locale))?;
        Ok(render_form(&ctx, &loaded, problems))
    }

    /// Checks and saves one answer (`None` clears it). A refused answer
    /// leaves the draft unchanged and comes back as
    /// `ReportError::InvalidAnswer` with a message in the user's language.
    pub fn set_answer(&self, draft_id: &str, field_id: &str, answer: Option<Answer>) -> Result<ReportFormView, Error> {
        let ctx = self.context()?;
        let loaded = self.with_conn(|conn| {
            let mut loaded = load(conn, draft_id, ctx.content_locale)?;
            editable(&loaded.draft)?;
            let field = loaded.form.field(field_id).ok_or_else(|| ReportError::NoField(field_id.to_owned()))?;
            match answer.and_then(Answer::normalized) {
                Some(answer) => {
                    if let Err(problem) = answer.check(field, &loaded.country) {
                        let message = form_context(&ctx, &loaded.form, &ctx.strings()).problem_text(problem);
                        return Err(ReportError::InvalidAnswer { field: field_id.to_owned(), problem, message }.into());
                    }
                    loaded.draft.answers.insert(field_id.to_owned(), answer);
                }
                None => {
                    loaded.draft.answers.remove(field_id);
                }
            }
            rows::save_draft(conn, &loaded.draft, unix_now())?;
            Ok(loaded)
        })?;
        Ok(render_form(&ctx, &loaded, &BTreeMap::new()))
    }

    /// Moves the draft to step `step` (0-based). Moving forward past a
    /// step with required questions unanswered stops at that step and
    /// shows what is missing.
    pub fn set_report_step(&self, draft_id: &str, step: u32) -> Result<ReportFormView, Error> {
        let ctx = self.context()?;
        let (loaded, problems) = self.with_conn(|conn| {
            let mut loaded = load(conn, draft_id, ctx.content_locale)?;
            editable(&loaded.draft)?;
            let target = (step as usize).min(loaded.form.steps.len() - 1);
            let missing = missing(&loaded.form, &loaded.draft.answers);
            let blocked = loaded.form.steps[..target]
                .iter()
                .position(|s| s.fields.iter().any(|f| missing.contains_key(&f.id)))
                .filter(|_| target > loaded.draft.step);
            loaded.draft.step = blocked.unwrap_or(target);
            rows::save_draft(conn, &loaded.draft, unix_now())?;
            let shown = if blocked.is_some() { missing } else { BTreeMap::new() };
            Ok((loaded, shown))
        })?;
        Ok(render_form(&ctx, &loaded, &problems))
    }

    /// Every answer before sending, with anything still missing.
    pub fn report_review(&self, draft_id: &str) -> Result<ReportReviewView, Error> {
        let ctx = self.context()?;
        let loaded = self.with_conn(|conn| load(conn, draft_id, ctx.content_locale))?;
        let strings = ctx.strings();
        let fc = form_context(&ctx, &loaded.form, &strings);
        let missing = missing(&loaded.form, &loaded.draft.answers);
        let mut items = Vec::new();
        for (index, step) in loaded.form.steps.iter().enumerate() {
            for field in &step.fields {
                let answer = loaded.draft.answers.get(&field.id);
                let value_text = match (answer, field.kind) {
                    (Some(a), _) => fc.value_text(field, a),
                    (None, FieldKind::Contact) => strings.get("report-contact-anonymous"),
                    (None, _) => strings.get("report-not-answered"),
                };
                items.push(ReviewItem {
                    field_id: field.id.clone(),
                    kind: field.kind,
                    step_index: index as u32,
                    label: fc.label(&field.id),
                    value_text,
                    answered: answer.is_some(),
                    error: missing.get(&field.id).map(|p| fc.problem_text(*p)),
                });
            }
        }
        let can_submit = missing.is_empty() && !loaded.draft.submitted;
        Ok(ReportReviewView {
            locale: UsedLocale::of(ctx.ui.tag),
            content_locale: UsedLocale::of(fc.used_locale()),
            draft_id: loaded.draft.id.clone(),
            title: strings.get("report-review-title"),
            helpline_name: loaded.helpline_name.clone(),
            items,
            problems_text: (!missing.is_empty())
                .then(|| strings.get_args("report-review-missing", &[("count", missing.len().into())])),
            can_submit,
            submit_label: strings.get("report-submit"),
            edit_label: strings.get("report-edit"),
            privacy_text: strings.get_args("report-privacy", &[("helpline", loaded.helpline_name.clone().into())]),
            offline_text: strings.get("report-offline"),
        })
    }

    /// Seals the draft to the helpline's key and queues it, in one
    /// transaction. The draft stays (unchangeable) until the helpline has
    /// accepted the report.
    pub fn submit_report(&self, draft_id: &str) -> Result<OutboxItem, Error> {
        let ctx = self.context()?;
        let loaded = self.with_conn(|conn| load(conn, draft_id, ctx.content_locale))?;
        editable(&loaded.draft)?;
        let missing = missing(&loaded.form, &loaded.draft.answers).len();
        if missing > 0 {
            return Err(ReportError::Incomplete { missing }.into());
        }
        let report_id = ids::random_hex()?;
        let submitted_at = Utc::now().trunc_subsecs(0).format("%Y-%m-%dT%H:%M:00Z").to_string();
        let meta = ReportMeta { report_id: &report_id, locale: ctx.content_locale, submitted_at: &submitted_at };
        let json = zeroize::Zeroizing::new(report_json(&loaded.form, &loaded.draft.answers, &meta));
        let padded = seal::pad(&json).map_err(|e| match e {
            ReportError::TooLarge { size, limit, .. } => {
                let message = ctx.strings().get("report-error-report-too-large");
                ReportError::TooLarge { size, limit, message }
            }
            other => other,
        })?;
        let envelope = seal::seal(&padded, &loaded.form.recipient)?;
        let row = OutboxRow {
            id: loaded.draft.id.clone(),
            helpline_id: loaded.draft.helpline_id.clone(),
            intake_url: loaded.form.intake_url.clone(),
            envelope,
            idempotency_key: ids::random_hex()?,
            state: ReportState::Queued,
            attempts: 0,
            next_attempt_at: unix_now(),
            reference: None,
            failure: None,
        };
        self.with_conn(|conn| {
            let tx = conn.unchecked_transaction().map_err(crate::store::StoreError::from)?;
            rows::insert_outbox(&tx, &row, unix_now())?;
            rows::set_submitted(&tx, &row.id, true)?;
            tx.commit().map_err(crate::store::StoreError::from)?;
            Ok(())
        })?;
        tracing::info!("report sealed and queued");
        self.outbox_item(&row.id)
    }
}

fn editable(draft: &Draft) -> Result<(), ReportError> {
    if draft.submitted { Err(ReportError::WrongState { action: "change", state: "submitted" }) } else { Ok(()) }
}

fn form_context<'a>(ctx: &'a ViewContext, form: &'a Form, strings: &'a crate::i18n::Strings) -> FormContext<'a> {
    FormContext { strings, form, content_locale: ctx.content_locale }
}

fn render_form(ctx: &ViewContext, loaded: &Loaded, problems: &BTreeMap<String, AnswerProblem>) -> ReportFormView {
    let strings = ctx.strings();
    let fc = form_context(ctx, &loaded.form, &strings);
    let state = DraftState {
        draft_id: &loaded.draft.id,
        helpline_id: &loaded.draft.helpline_id,
        helpline_name: loaded.helpline_name.clone(),
        step: loaded.draft.step,
        answers: &loaded.draft.answers,
        problems,
    };
    form_view(UsedLocale::of(ctx.ui.tag), &fc, state)
}
