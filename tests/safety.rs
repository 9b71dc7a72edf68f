//! Safety journeys: quick exit, codes, backoff, duress, panic wipe, the
//! calculator disguise and auto-lock, through the public API only.

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use haven_core::safety::calculator::CalcKey;
use haven_core::safety::{Cover, Disguise, SafetyError, SafetySettings, UnlockOutcome};
use haven_core::store::{DB_FILE_NAME, StoreError};
use haven_core::views::SafetyInput;
use haven_core::{Error, Haven, MemorySecretStore, SecretStore};
use haven_e2e::{Fixture, device};

const CODE: &str = "2468";
const DURESS: &str = "1357";

fn at(secs: u64) -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000 + secs)
}

fn saved_region(haven: &Haven) -> String {
    haven.home().unwrap().region.unwrap().code
}

/// A Haven with a code, a chosen region (the user's data) and `settings`.
fn protected(fixture: &Fixture, settings: SafetySettings) -> Haven {
    let haven = fixture.open(device("en", "GB"));
    haven.set_region(Some("AL")).unwrap();
    haven.set_unlock_code(None, CODE, false).unwrap();
    haven.set_duress_code(Some(DURESS)).unwrap();
    haven.set_safety_settings(settings).unwrap();
    haven
}

fn press(haven: &Haven, keys: &str) -> haven_core::views::CalculatorView {
    let mut view = haven.calculator();
    for c in keys.chars() {
        view = haven.calculator_press(CalcKey::from_char(c).unwrap());
    }
    view
}

fn copy_store(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for name in [DB_FILE_NAME, "haven.db-wal", "haven.db-shm", "haven.keycheck"] {
        if from.join(name).exists() {
            fs::copy(from.join(name), to.join(name)).unwrap();
        }
    }
}

#[test]
fn quick_exit_without_a_code_closes_and_resume_reopens() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    haven.set_region(Some("AL")).unwrap();
    let view = haven.lock();
    assert!(view.locked);
    assert_eq!(view.cover, Cover::Nothing);
    assert!(matches!(haven.home(), Err(Error::Locked)));
    assert!(matches!(haven.search("help"), Err(Error::Locked)));
    haven.resume().unwrap();
    assert_eq!(saved_region(&haven), "AL");
}

#[test]
fn a_code_locks_haven_across_restarts_and_opens_it_again() {
    let fixture = Fixture::new();
    let haven = protected(&fixture, SafetySettings::default());
    assert_eq!(haven.lock().cover, Cover::CodePrompt);
    drop(haven);

    let haven = fixture.open(device("en", "GB"));
    assert!(haven.lock_view().locked, "a restart opens locked");
    assert!(matches!(haven.home(), Err(Error::Locked)));
    assert!(
        matches!(haven.resume(), Err(Error::Safety(SafetyError::CodeRequired))),
        "resume needs no code only when none is set"
    );

    assert_eq!(haven.unlock_at("9999", at(0)).unwrap(), UnlockOutcome::WrongCode { wait_secs: 0 });
    let prompt = haven.unlock_view(Some(UnlockOutcome::WrongCode { wait_secs: 0 }));
    assert_eq!(prompt.message.as_deref(), Some("That code is not right."));
    assert_eq!(haven.unlock_at(CODE, at(1)).unwrap(), UnlockOutcome::Unlocked);
    assert_eq!(saved_region(&haven), "AL", "the user's data is all there");
}

#[test]
fn bad_codes_and_settings_get_clear_errors() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    for bad in ["123", "1234567890123", "12a4", "", "12 34"] {
        assert!(matches!(haven.set_unlock_code(None, bad, false), Err(Error::Safety(SafetyError::InvalidCode(_)))));
    }
    assert!(matches!(haven.set_duress_code(Some(DURESS)), Err(Error::Safety(SafetyError::NoUnlockCode))));
    let disguise = SafetySettings { disguise: Disguise::Calculator, ..SafetySettings::default() };
    assert!(matches!(haven.set_safety_settings(disguise.clone()), Err(Error::Safety(SafetyError::InvalidSetting(_)))));

    haven.set_unlock_code(None, CODE, false).unwrap();
    assert!(matches!(haven.set_duress_code(Some(CODE)), Err(Error::Safety(SafetyError::SameCodes))));
    haven.set_duress_code(Some(DURESS)).unwrap();
    assert!(matches!(haven.set_unlock_code(Some(CODE), DURESS, false), Err(Error::Safety(SafetyError::SameCodes))));
    assert!(matches!(
        haven.set_unlock_code(Some("0000"), "8642", false),
        Err(Error::Safety(SafetyError::WrongCurrentCode))
    ));
    assert!(matches!(haven.set_unlock_code(None, "8642", false), Err(Error::Safety(SafetyError::WrongCurrentCode))));
    let absurd = SafetySettings { auto_lock_after_secs: Some(10 * 24 * 3600), ..SafetySettings::default() };
    let err = haven.set_safety_settings(absurd).unwrap_err().to_string();
    assert!(err.contains("at most 86400"), "{err}");
    haven.set_safety_settings(disguise).unwrap();

    haven.lock();
    assert!(matches!(haven.unlock("12a4"), Err(Error::Safety(SafetyError::InvalidCode(_)))));
    assert!(matches!(haven.set_unlock_code(Some(CODE), "8642", false), Err(Error::Locked)));
    assert_eq!(haven.unlock(CODE).unwrap(), UnlockOutcome::Unlocked);
    haven.set_unlock_code(Some(CODE), "8642", false).unwrap();
    haven.lock();
    assert_eq!(haven.unlock(CODE).unwrap(), UnlockOutcome::WrongCode { wait_secs: 0 });
    assert_eq!(haven.unlock("8642").unwrap(), UnlockOutcome::Unlocked);
    haven.clear_unlock_code("8642").unwrap();
    assert_eq!(haven.safety_settings().disguise, Disguise::None, "no disguise without a code");
    assert_eq!(haven.lock().cover, Cover::Nothing);
}

#[test]
fn failed_codes_back_off_and_the_wait_survives_a_restart() {
    let fixture = Fixture::new();
    protected(&fixture, SafetySettings::default()).lock();
    let haven = fixture.open(device("en", "GB"));
    assert_eq!(haven.unlock_at("1111", at(0)).unwrap(), UnlockOutcome::WrongCode { wait_secs: 0 });
    assert_eq!(haven.unlock_at("1112", at(1)).unwrap(), UnlockOutcome::WrongCode { wait_secs: 0 });
    assert_eq!(haven.unlock_at("1113", at(2)).unwrap(), UnlockOutcome::WrongCode { wait_secs: 30 });
    drop(haven);

    let haven = fixture.open(device("en", "GB"));
    assert_eq!(haven.unlock_at(CODE, at(10)).unwrap(), UnlockOutcome::Wait { wait_secs: 22 }, "not even tried");
    let prompt = haven.unlock_view(Some(UnlockOutcome::Wait { wait_secs: 22 }));
    assert!(prompt.message.unwrap().contains("22"));
    assert_eq!(haven.unlock_at("1114", at(40)).unwrap(), UnlockOutcome::WrongCode { wait_secs: 60 }, "doubles");
    assert_eq!(haven.unlock_at(CODE, at(100)).unwrap(), UnlockOutcome::Unlocked);
    haven.lock();
    assert_eq!(haven.unlock_at("1111", at(101)).unwrap(), UnlockOutcome::WrongCode { wait_secs: 0 }, "reset");
}

#[test]
fn the_duress_code_looks_like_an_unlock_and_shreds_everything() {
    let fixture = Fixture::new();
    let haven = protected(&fixture, SafetySettings::default());
    haven.install_ui_strings("en", "home-title = Pushed title\n").unwrap();
    haven.lock();
    let before = fixture.dir.path().join("copy-before");
    copy_store(fixture.dir.path(), &before);

    assert_eq!(haven.unlock(DURESS).unwrap(), UnlockOutcome::Unlocked, "answers exactly like the real code");
    let home = haven.home().unwrap();
    assert_eq!(home.region.unwrap().code, "GB", "the saved region is gone");
    assert_eq!(home.title, "How can we help?", "pushed strings are gone");
    assert!(!haven.articles(&Default::default()).unwrap().items.is_empty(), "built-in content is there");

    // The copy taken before cannot be opened with what the secret store now holds.
    let secrets_now = fixture.secrets.load().unwrap();
    let other = MemorySecretStore::new();
    other.save(&secrets_now.unwrap()).unwrap();
    match Haven::open(&before, std::sync::Arc::new(other), device("en", "GB")) {
        Ok(copy) => assert!(copy.unlock(CODE).is_err(), "the old store must not open"),
        Err(e) => panic!("the copy should open locked (codes are kept), got {e}"),
    }

    // The codes are still the user's: the phone looks the same as before.
    assert_eq!(haven.lock().cover, Cover::CodePrompt);
    assert_eq!(haven.unlock(CODE).unwrap(), UnlockOutcome::Unlocked);
    assert_eq!(saved_region(&haven), "GB");
}

#[test]
fn panic_wipe_makes_an_earlier_copy_undecryptable_and_starts_fresh() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    haven.set_region(Some("AL")).unwrap();
    let before = fixture.dir.path().join("copy-before");
    haven.lock();
    copy_store(fixture.dir.path(), &before);
    haven.resume().unwrap();

    haven.wipe().unwrap();
    assert_eq!(saved_region(&haven), "GB");
    assert!(!fixture.dir.path().join("haven.wiping").exists(), "the wipe marker is gone");

    let secrets = std::sync::Arc::new(MemorySecretStore::new());
    secrets.save(&fixture.secrets.load().unwrap().unwrap()).unwrap();
    match Haven::open(&before, secrets, device("en", "GB")) {
        Err(Error::Store(StoreError::WrongKey)) => {}
        other => panic!("the old copy must not open with the new key: {:?}", other.map(|_| ())),
    }
}

#[test]
fn a_wipe_interrupted_by_a_kill_is_finished_at_the_next_open() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    haven.set_region(Some("AL")).unwrap();
    haven.close();
    drop(haven);
    // What a kill right after the wipe's first step leaves behind.
    fs::write(fixture.dir.path().join("haven.wiping"), b"").unwrap();
    let haven = fixture.open(device("en", "GB"));
    assert_eq!(saved_region(&haven), "GB", "the wipe was finished, not undone");
    assert!(!fixture.dir.path().join("haven.wiping").exists());
}

#[test]
fn wrong_codes_can_wipe_and_the_disguise_stays() {
    let fixture = Fixture::new();
    let settings =
        SafetySettings { disguise: Disguise::Calculator, wipe_after_failures: Some(3), ..SafetySettings::default() };
    let haven = protected(&fixture, settings);
    assert_eq!(haven.lock().cover, Cover::Calculator);
    for (i, wrong) in ["1111", "2222", "3333"].into_iter().enumerate() {
        let outcome = haven.unlock_at(wrong, at(i as u64 * 100)).unwrap();
        assert!(matches!(outcome, UnlockOutcome::WrongCode { .. }), "{outcome:?}");
    }
    assert_eq!(haven.lock_view().cover, Cover::Calculator, "still a calculator");
    assert_eq!(haven.unlock_at(CODE, at(1000)).unwrap(), UnlockOutcome::Unlocked);
    assert_eq!(saved_region(&haven), "GB", "the data was wiped after three wrong codes");
}

#[test]
fn the_calculator_calculates_and_opens_haven_on_the_code() {
    let fixture = Fixture::new();
    let settings = SafetySettings { disguise: Disguise::Calculator, ..SafetySettings::default() };
    protected(&fixture, settings).lock();
    let haven = fixture.open(device("en", "GB"));
    assert_eq!(haven.lock_view().cover, Cover::Calculator);

    let view = press(&haven, "12+3*4=");
    assert_eq!(view.display, "24");
    assert!(!view.unlocked);
    assert_eq!(view.title, "Calculator");
    assert_eq!(view.rows.len(), 6);
    let divide = view.rows[1].iter().find(|b| b.label == "÷").unwrap();
    assert_eq!(divide.accessibility_label, "divided by");
    assert_eq!(press(&haven, "c1/0=").display, "Cannot divide by 0");
    let view = press(&haven, "c1357");
    assert_eq!(view.display, "1357");

    let view = press(&haven, "c2468=");
    assert!(view.unlocked, "the code and = open Haven");
    assert_eq!(saved_region(&haven), "AL");
    assert_eq!(haven.calculator().display, "0", "the typed code is gone from the calculator");
}

#[test]
fn the_duress_code_on_the_calculator_opens_a_fresh_haven() {
    let fixture = Fixture::new();
    let settings = SafetySettings { disguise: Disguise::Calculator, ..SafetySettings::default() };
    protected(&fixture, settings).lock();
    let haven = fixture.open(device("en", "GB"));
    assert!(press(&haven, "1357=").unlocked);
    assert_eq!(saved_region(&haven), "GB");
}

#[test]
fn a_pin_protected_key_needs_the_pin_even_with_the_secret_store() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    haven.set_region(Some("AL")).unwrap();
    haven.set_unlock_code(None, "802211", true).unwrap();
    haven.set_duress_code(Some(DURESS)).unwrap();
    haven.lock();
    assert_eq!(haven.unlock("802212").unwrap(), UnlockOutcome::WrongCode { wait_secs: 0 });
    assert_eq!(haven.unlock("802211").unwrap(), UnlockOutcome::Unlocked);
    assert_eq!(saved_region(&haven), "AL");

    // After a duress wipe the fresh key is wrapped again at the next real unlock.
    haven.lock();
    assert_eq!(haven.unlock(DURESS).unwrap(), UnlockOutcome::Unlocked);
    haven.set_region(Some("RO")).unwrap();
    haven.lock();
    assert_eq!(haven.unlock("802211").unwrap(), UnlockOutcome::Unlocked);
    haven.lock();
    drop(haven);
    let haven = fixture.open(device("en", "GB"));
    assert_eq!(haven.unlock("802211").unwrap(), UnlockOutcome::Unlocked);
    assert_eq!(saved_region(&haven), "RO");
}

#[test]
fn auto_lock_follows_the_time_spent_in_the_background() {
    let fixture = Fixture::new();
    let settings = SafetySettings { auto_lock_after_secs: Some(60), ..SafetySettings::default() };
    let haven = protected(&fixture, settings);
    haven.app_backgrounded_at(at(0));
    assert!(!haven.app_foregrounded_at(at(59)).locked);
    haven.app_backgrounded_at(at(100));
    let view = haven.app_foregrounded_at(at(160));
    assert!(view.locked);
    assert_eq!(view.cover, Cover::CodePrompt);

    haven.unlock(CODE).unwrap();
    haven.set_safety_settings(SafetySettings { auto_lock_after_secs: Some(0), ..SafetySettings::default() }).unwrap();
    assert!(haven.app_backgrounded_at(at(200)).locked, "0 locks as the app leaves the screen");
}

#[test]
fn the_exit_page_is_handed_to_the_shell_on_lock() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    let page = "https://www.bbc.co.uk/weather".to_owned();
    haven.set_safety_settings(SafetySettings { exit_page: Some(page.clone()), ..SafetySettings::default() }).unwrap();
    assert_eq!(haven.lock().exit_page, Some(page));
}

#[test]
fn the_safety_screen_shows_the_choices_and_what_is_set() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    let view = haven.safety_view().unwrap();
    assert_eq!(view.title, "Safety");
    assert!(!view.unlock_code.is_set);
    let disguises_enabled = view.disguises.iter().filter(|d| d.disguise != Disguise::None).any(|d| d.enabled);
    assert!(!disguises_enabled, "no disguise can be chosen before an unlock code");

    haven.set_unlock_code(None, CODE, false).unwrap();
    let settings = SafetySettings {
        disguise: Disguise::Calculator,
        auto_lock_after_secs: Some(300),
        wipe_after_failures: Some(5),
        ..SafetySettings::default()
    };
    haven.set_safety_settings(settings).unwrap();
    let view = haven.safety_view().unwrap();
    assert!(view.unlock_code.is_set);
    assert!(!view.duress_code.is_set);
    let disguise = view.disguises.iter().find(|d| d.selected).unwrap();
    assert_eq!((disguise.id.as_str(), disguise.label.as_str()), ("calculator", "Calculator"));
    assert_eq!(view.auto_lock.iter().find(|c| c.selected).unwrap().label, "After 5 minutes");
    assert_eq!(view.wipe_after.iter().find(|c| c.selected).unwrap().label, "After 5 wrong codes");

    haven.set_language(Some("uk")).unwrap();
    assert_ne!(haven.safety_view().unwrap().title, "Safety", "in the user's language");
}

#[test]
fn refusals_are_worded_in_the_users_language_locked_or_not() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    let Err(Error::Safety(bad_code)) = haven.set_unlock_code(None, "12a4", false) else { panic!("refused") };
    assert_eq!(haven.safety_failure_text(&bad_code), "A code is 4 to 12 digits, using 0–9 only.");
    let absurd = SafetySettings { auto_lock_after_secs: Some(10 * 24 * 3600), ..SafetySettings::default() };
    let Err(Error::Safety(too_long)) = haven.set_safety_settings(absurd) else { panic!("refused") };
    assert!(haven.safety_failure_text(&too_long).contains("at most a day"));
    let no_code = SafetySettings { wipe_after_failures: Some(5), ..SafetySettings::default() };
    let Err(Error::Safety(needs_code)) = haven.set_safety_settings(no_code) else { panic!("refused") };
    assert_eq!(haven.safety_failure_text(&needs_code), "No unlock code is set. Set one first.");
    let typed = SafetyInput::NotANumber { never: "never" };
    assert_eq!(haven.safety_input_text(typed), "Type a number, or never.");

    haven.set_language(Some("fr")).unwrap();
    assert_eq!(haven.safety_failure_text(&bad_code), "Un code compte de 4 à 12 chiffres, de 0 à 9 uniquement.");
    assert!(haven.safety_input_text(typed).ends_with("never."), "the word the shell takes stays as it is");

    // Locked, the device's language words it: nothing is read from the store.
    haven.lock();
    assert_eq!(haven.safety_failure_text(&needs_code), "No unlock code is set. Set one first.");
}

/// A pack large enough that installing it takes a while.
fn big_pack(articles: usize) -> haven_core::content::Pack {
    let mut pack = haven_core::content::builtin_pack().unwrap();
    let template = pack.articles[0].clone();
    pack.id = "big".into();
    pack.helplines.clear();
    pack.forms.clear();
    pack.articles = (0..articles)
        .map(|i| {
            let mut article = template.clone();
            article.id = format!("big-{i:05}");
            article
        })
        .collect();
    pack
}

#[test]
fn lock_interrupts_a_long_write_instead_of_waiting_and_nothing_of_it_is_kept() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    let pack = big_pack(20_000);
    let (installed, lock_took) = std::thread::scope(|scope| {
        let installing = scope.spawn(|| {
            let start = std::time::Instant::now();
            (haven.install_pack(&pack), start.elapsed())
        });
        // Validation done and the transaction under way (it takes seconds).
        std::thread::sleep(Duration::from_millis(600));
        let start = std::time::Instant::now();
        assert!(haven.lock().locked);
        let lock_took = start.elapsed();
        (installing.join().unwrap(), lock_took)
    });
    let (result, install_ran) = installed;
    assert!(result.is_err(), "the write was cut short (it ran {install_ran:?}; make the pack larger if it finished)");
    assert!(lock_took < Duration::from_millis(500), "lock waited for the write: {lock_took:?}");
    haven.resume().unwrap();
    assert_eq!(haven.pack_version("big").unwrap(), None, "rolled back whole");
    assert!(matches!(haven.article("big-00000"), Err(Error::NotFound { .. })));
    haven.install_pack(&big_pack(10)).unwrap();
    assert_eq!(haven.pack_version("big").unwrap(), Some(pack.version), "the store still takes writes");
}
