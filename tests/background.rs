//! The background-network preference (Wi-Fi only) through the public API:
//! its default, what keeps it (restarts, lock and unlock) and what resets
//! it (a panic wipe, the duress code), and the settings screen's toggle.

use haven_core::Error;
use haven_core::background::BackgroundNetwork;
use haven_core::safety::UnlockOutcome;
use haven_e2e::{Fixture, device};

const CODE: &str = "2468";
const DURESS: &str = "1357";

#[test]
fn any_network_until_the_user_chooses_and_the_choice_outlives_a_restart() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    assert_eq!(haven.background_network().unwrap(), BackgroundNetwork::AnyNetwork, "the default");
    haven.set_background_network(BackgroundNetwork::Unmetered).unwrap();
    drop(haven);

    let haven = fixture.open(device("en", "GB"));
    assert_eq!(haven.background_network().unwrap(), BackgroundNetwork::Unmetered);
    haven.set_background_network(BackgroundNetwork::AnyNetwork).unwrap();
    drop(haven);
    assert_eq!(fixture.open(device("en", "GB")).background_network().unwrap(), BackgroundNetwork::AnyNetwork);
}

#[test]
fn the_choice_survives_quick_exit_and_unlock_and_is_out_of_reach_while_locked() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    haven.set_background_network(BackgroundNetwork::Unmetered).unwrap();

    haven.lock();
    assert!(matches!(haven.background_network(), Err(Error::Locked)));
    assert!(matches!(haven.set_background_network(BackgroundNetwork::AnyNetwork), Err(Error::Locked)));
    haven.resume().unwrap();
    assert_eq!(haven.background_network().unwrap(), BackgroundNetwork::Unmetered, "unchanged by the refused set");

    // With an unlock code wrapping the key, through a restart.
    haven.set_unlock_code(None, CODE, true).unwrap();
    haven.lock();
    drop(haven);
    let haven = fixture.open(device("en", "GB"));
    assert!(matches!(haven.background_network(), Err(Error::Locked)));
    assert_eq!(haven.unlock(CODE).unwrap(), UnlockOutcome::Unlocked);
    assert_eq!(haven.background_network().unwrap(), BackgroundNetwork::Unmetered);
}

#[test]
fn a_panic_wipe_and_the_duress_code_reset_it_to_any_network() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    haven.set_background_network(BackgroundNetwork::Unmetered).unwrap();
    haven.wipe().unwrap();
    assert_eq!(haven.background_network().unwrap(), BackgroundNetwork::AnyNetwork, "user data goes with the wipe");
    assert!(!haven.safety_view().unwrap().background_network.wifi_only);

    haven.set_background_network(BackgroundNetwork::Unmetered).unwrap();
    haven.set_unlock_code(None, CODE, false).unwrap();
    haven.set_duress_code(Some(DURESS)).unwrap();
    haven.lock();
    assert_eq!(haven.unlock(DURESS).unwrap(), UnlockOutcome::Unlocked);
    assert_eq!(haven.background_network().unwrap(), BackgroundNetwork::AnyNetwork, "a fresh Haven's default");
}

#[test]
fn the_settings_screen_carries_the_toggle_in_the_users_language() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    let off = haven.safety_view().unwrap().background_network;
    assert_eq!(off.label, "Background updates on Wi-Fi only");
    assert!(off.description.contains("mobile data"), "{}", off.description);
    assert_eq!((off.choice, off.wifi_only), (BackgroundNetwork::AnyNetwork, false));
    assert!(off.accessibility_label.contains("may use mobile data"), "{}", off.accessibility_label);

    haven.set_background_network(BackgroundNetwork::Unmetered).unwrap();
    let on = haven.safety_view().unwrap().background_network;
    assert_eq!((on.choice, on.wifi_only), (BackgroundNetwork::Unmetered, true));
    assert_eq!(on.label, off.label);
    assert_ne!(on.accessibility_label, off.accessibility_label, "the spoken label says what the state means");

    haven.set_language(Some("sq")).unwrap();
    let albanian = haven.safety_view().unwrap();
    assert_eq!(albanian.locale.tag, "sq");
    assert_eq!(albanian.background_network.label, "Përditësime në sfond vetëm me Wi-Fi");
    assert!(albanian.background_network.wifi_only);
}
