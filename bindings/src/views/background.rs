//! The settings screen's background-network toggle ("Wi-Fi only").

use haven_core::views as core;

use crate::background::BackgroundNetwork;

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct BackgroundNetworkSetting {
    /// The toggle's label.
    pub label: String,
    /// What the toggle changes, shown under it.
    pub description: String,
    /// What a screen reader says for the toggle (label and what the
    /// current state means; the platform adds "on" or "off").
    pub accessibility_label: String,
    /// The saved choice.
    pub choice: BackgroundNetwork,
    /// The toggle's state: on when background work waits for Wi-Fi.
    pub wifi_only: bool,
}

impl From<core::BackgroundNetworkSetting> for BackgroundNetworkSetting {
    fn from(b: core::BackgroundNetworkSetting) -> Self {
        Self {
            label: b.label,
            description: b.description,
            accessibility_label: b.accessibility_label,
            choice: b.choice.into(),
            wifi_only: b.wifi_only,
        }
    }
}
