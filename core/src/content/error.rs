/// Content that breaks a rule. `field` says where in the item, `reason` what
/// is wrong; both are about published content, never about the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContentError {
    #[error("{item}: {field}: {reason}")]
    Invalid { item: String, field: String, reason: String },
    #[error("pack is {size} bytes, over the {limit}-byte limit")]
    TooLarge { size: usize, limit: usize },
    #[error("pack format {found} is not supported (this version reads {supported})")]
    UnsupportedFormat { found: u32, supported: u32 },
    #[error("pack is not valid canonical JSON: {0}")]
    Malformed(String),
}

impl ContentError {
    pub fn invalid(item: impl Into<String>, field: impl Into<String>, reason: impl Into<String>) -> Self {
        Self::Invalid { item: item.into(), field: field.into(), reason: reason.into() }
    }
}
