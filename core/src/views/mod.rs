//! One view model per screen, computed from the store and ready to draw:
//! every string is resolved and localized, every list sorted. Shells draw
//! these and do nothing else.

mod article;
mod articles;
mod background;
mod calculator;
mod common;
mod covers;
mod helplines;
mod home;
mod hours_text;
mod languages;
mod outbox;
mod regions;
pub(crate) mod report_form;
mod report_review;
mod safety;
mod safety_errors;
mod search;
mod shell;
mod sync;
mod unlock;

pub use article::ArticleView;
pub use articles::{ArticleListView, ArticleSummary};
pub use background::BackgroundNetworkSetting;
pub use calculator::{CalcButton, CalculatorView};
pub use common::{RegionItem, UsedLocale};
pub use covers::CoverView;
pub use helplines::{ChannelItem, HelplineItem, HelplinesView, OpenStatus};
pub use home::{CategoryItem, HomeView};
pub use languages::{LanguageItem, LanguagesView};
pub use outbox::{NewReportItem, OutboxItem, OutboxView};
pub use regions::RegionsView;
pub use report_form::{FieldView, FormLabels, OptionView, ReportFormView};
pub use report_review::{ReportReviewView, ReviewItem};
pub use safety::{AutoLockChoice, CodeSetting, DisguiseChoice, SafetyView, WipeAfterChoice};
pub use safety_errors::SafetyInput;

pub use search::{SearchHit, SearchView};
pub use shell::ShellStrings;
pub use sync::SyncResultView;
pub use unlock::UnlockView;
