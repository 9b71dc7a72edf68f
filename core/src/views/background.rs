//! The background-network toggle of the settings screen (the phones'
//! safety screen): "Background updates on Wi-Fi only".

use serde::Serialize;

use crate::background::BackgroundNetwork;
use crate::i18n::Strings;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BackgroundNetworkSetting {
    /// The toggle's label.
    pub label: String,
    /// What the toggle changes, shown under it.
    pub description: String,
    /// What a screen reader says for the toggle: its label and what the
    /// current state means (the platform adds "on" or "off").
    pub accessibility_label: String,
    /// The saved choice.
    pub choice: BackgroundNetwork,
    /// The toggle's state: on when background work waits for Wi-Fi.
    pub wifi_only: bool,
}

impl BackgroundNetworkSetting {
    pub(crate) fn new(choice: BackgroundNetwork, s: &Strings) -> Self {
        let wifi_only = choice == BackgroundNetwork::Unmetered;
        Self {
            label: s.get("background-wifi-only"),
            description: s.get_attr("background-wifi-only", "hint"),
            accessibility_label: s.get(if wifi_only { "background-wifi-only-on" } else { "background-wifi-only-off" }),
            choice,
            wifi_only,
        }
    }
}
