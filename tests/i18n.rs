//! Languages end to end: pushed UI strings, new languages without a release,
//! right-to-left, and bad pushed strings that change nothing.

use haven_core::Error;
use haven_core::i18n::Direction;
use haven_e2e::{Fixture, device};

#[test]
fn pushed_strings_override_shipped_ones_and_survive_a_restart() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("sq", "GB"));
    let shipped = haven.home().unwrap().title;
    haven.install_ui_strings("sq", "home-title = Si mund t'ju ndihmojmë sot?\n").unwrap();
    assert_eq!(haven.home().unwrap().title, "Si mund t'ju ndihmojmë sot?");
    assert_ne!(shipped, "Si mund t'ju ndihmojmë sot?");
    drop(haven);
    let again = fixture.open(device("sq", "GB"));
    assert_eq!(again.home().unwrap().title, "Si mund t'ju ndihmojmë sot?");
}

#[test]
fn a_broken_push_is_refused_and_the_previous_strings_stay() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("ro", "GB"));
    haven.install_ui_strings("ro", "home-title = Cu ce te putem ajuta azi?\n").unwrap();
    let cases = [
        ("home-title = {\n", "syntax"),
        ("home-title = Bun venit\nhome-title = Din nou\n", "duplicate"),
        ("no-such-message = x\n", "does not exist in English"),
        ("home-region = Țara ta: { $tara }\n", "variables"),
        ("article-count = { $count ->\n    [two] două\n   *[other] multe\n}\n", "plural category [two]"),
    ];
    for (source, expected) in cases {
        match haven.install_ui_strings("ro", source) {
            Err(Error::Content(e)) => assert!(e.to_string().contains(expected), "{source:?}: {e}"),
            other => panic!("{source:?} should be refused, got {other:?}"),
        }
        assert_eq!(haven.home().unwrap().title, "Cu ce te putem ajuta azi?", "{source:?} changed nothing");
    }
    let huge = format!("home-title = {}\n", "a".repeat(70 * 1024));
    assert!(haven.install_ui_strings("ro", &huge).is_err());
    assert!(haven.install_ui_strings("xx", "home-title = x\n").is_err());
}

#[test]
fn a_new_language_can_arrive_without_a_release() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("bg-BG", "GB"));
    assert_eq!(haven.home().unwrap().locale.tag, "en", "no Bulgarian UI ships");
    haven.install_ui_strings("bg", "home-title = Как можем да помогнем?\n").unwrap();
    let home = haven.home().unwrap();
    assert_eq!(home.locale.tag, "bg");
    assert_eq!(home.title, "Как можем да помогнем?");
    assert_eq!(home.urgent_title, "Urgent help", "messages not pushed yet fall back to English");
}

#[test]
fn arabic_and_persian_read_right_to_left() {
    let fixture = Fixture::new();
    for tag in ["ar", "fa"] {
        let haven = fixture.open(device(tag, "GB"));
        let home = haven.home().unwrap();
        assert_eq!(home.locale.tag, tag);
        assert_eq!(home.locale.direction, Direction::Rtl);
        assert_ne!(home.title, "How can we help?");
        let languages = haven.languages().unwrap();
        let own = languages.items.iter().find(|l| l.tag == tag).unwrap();
        assert_eq!(own.direction, Direction::Rtl);
    }
    let languages = fixture.open(device("en", "GB")).languages().unwrap();
    let names: Vec<&str> = languages.items.iter().map(|l| l.endonym.as_str()).collect();
    for endonym in ["English", "Shqip", "Română", "Українська", "العربية", "简体中文", "ትግርኛ", "فارسی", "Tiếng Việt"]
    {
        assert!(names.contains(&endonym), "{endonym} is listed by its own name: {names:?}");
    }
}
