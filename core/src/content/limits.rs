//! Size limits for untrusted content, declared once. The builder and the pack
//! decoder both enforce them.

pub const MAX_PACK_BYTES: usize = 16 * 1024 * 1024;
pub const MAX_ID_LEN: usize = 64;
pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_SUMMARY_CHARS: usize = 600;
pub const MAX_BODY_BYTES: usize = 64 * 1024;
pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_DESCRIPTION_CHARS: usize = 2_000;
pub const MAX_NOTE_CHARS: usize = 1_000;
pub const MAX_ARTICLES: usize = 20_000;
pub const MAX_HELPLINES: usize = 5_000;
pub const MAX_CHANNELS: usize = 16;
pub const MAX_LIST_LEN: usize = 300;
pub const MAX_URL_LEN: usize = 2_048;
pub const MAX_HOURS_LEN: usize = 500;
/// Deeper Markdown nesting than this is refused (it only serves to exhaust stacks).
pub const MAX_MARKDOWN_DEPTH: usize = 8;

// Report forms.
pub const MAX_FORMS: usize = 200;
pub const MAX_FORM_STEPS: usize = 12;
pub const MAX_FORM_FIELDS: usize = 60;
pub const MAX_FIELD_OPTIONS: usize = 40;
/// Form, step, question and option labels.
pub const MAX_LABEL_CHARS: usize = 300;
/// Help text under a question.
pub const MAX_HELP_CHARS: usize = 1_000;
/// The longest text answer any form may allow (a form may set less). Sized
/// so that a whole report stays well inside the largest padding bucket.
pub const MAX_TEXT_ANSWER_CHARS: usize = 4_000;
