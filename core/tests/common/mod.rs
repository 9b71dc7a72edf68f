//! Content sources shared by the core's integration tests.

/// A valid helpline definition (the UK Modern Slavery & Exploitation
/// Helpline), for tests that need one beside the item they are about.
pub const HELPLINE_TOML: &str = r#"country = "GB"
regions = ["GB"]
emergency = false
timezone = "Europe/London"
hours = "24/7"
languages = ["en"]
cost = "free"
verified_on = 2026-11-23
source = "https://www.modernslaveryhelpline.org/"
order = 10

[[channels]]
kind = "phone"
value = "08000 121 700"
traces = ["call-log"]
"#;
