//! Records mirroring the core's view models, one file per screen, each with
//! the one `Haven` method that computes that screen (the report screens'
//! records are here too; their calls, which also change drafts, are in
//! `reports.rs`, and `answer.rs` holds what the shells send). Conversions are plain
//! `From` impls with exhaustive matches, so a field or variant the core adds
//! fails this build until the bindings carry it too.

#[macro_use]
mod common;
mod answer;
mod article;
mod articles;
mod background;
mod calculator;
mod covers;
mod helplines;
mod home;
mod languages;
mod outbox;
mod regions;
mod report_form;
mod report_review;
mod safety;
mod shell;
mod unlock;

pub(crate) use answer::Answer;
pub(crate) use common::UsedLocale;
pub(crate) use outbox::{OutboxItem, OutboxView};
pub(crate) use report_form::ReportFormView;
pub(crate) use report_review::ReportReviewView;
