//! `haven safety ...`: codes and disguise from the command line, with the
//! codes piped in, and a locked Haven refusing to print.

mod common;

use std::io::Write;
use std::process::Stdio;

use common::{Run, command, haven, tempdir};

fn with_input(dir: &std::path::Path, args: &[&str], input: &str) -> Run {
    let mut cmd = command(dir);
    cmd.args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("haven runs");

    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap().into()
}

#[test]
fn codes_disguise_and_wipe_from_the_command_line() {
    let dir = tempdir();
    let dir = dir.path();
    let set = with_input(dir, &["safety", "set-code", "--locale", "en"], "2468\n2468\n");
    assert_eq!(set.code, Some(0), "{}", set.stderr);
    assert_eq!(set.stdout, "Saved.\n");

    let locked = haven(dir, &["print", "home"]);
    assert_ne!(locked.code, Some(0), "a locked Haven prints nothing");
    assert!(locked.stderr.contains("locked"), "{}", locked.stderr);

    let mismatch = with_input(dir, &["safety", "set-duress", "--locale", "en"], "2468\n1357\n1358\n");
    assert!(mismatch.stderr.contains("The codes do not match."), "{}", mismatch.stderr);
    let duress = with_input(dir, &["safety", "set-duress", "--locale", "en"], "2468\n1357\n1357\n");
    assert_eq!(duress.code, Some(0), "{}", duress.stderr);

    let wrong = with_input(dir, &["safety", "disguise", "calculator", "--locale", "en"], "9999\n");
    assert!(wrong.stderr.contains("That code is not right."), "{}", wrong.stderr);
    let disguise = with_input(dir, &["safety", "disguise", "calculator", "--locale", "en"], "2468\n");
    assert_eq!(disguise.code, Some(0), "{}", disguise.stderr);
    let bad = with_input(dir, &["safety", "auto-lock", "999999", "--locale", "en"], "2468\n");
    assert!(bad.stderr.contains("a day"), "{}", bad.stderr);

    let wipe = with_input(dir, &["safety", "wipe", "--locale", "en"], "2468\n");
    assert_eq!(wipe.code, Some(0), "{}", wipe.stderr);
    let still_locked = haven(dir, &["print", "home"]);
    assert_ne!(still_locked.code, Some(0), "the code and disguise survive a wipe");
}

#[test]
fn argument_errors_are_in_the_users_language() {
    let dir = tempdir();
    let dir = dir.path();
    let cases: [(&[&str], &str); 5] = [
        (&["safety", "auto-lock", "soon", "--locale", "fr"], "Saisissez un nombre, ou never."),
        (&["safety", "wipe-after", "many", "--locale", "uk"], "Введіть число або never."),
        (
            &["safety", "disguise", "clock", "--locale", "es"],
            "Ese camuflaje no existe. Elija uno de estos: none, calculator",
        ),
        (&["safety", "clear-code", "--locale", "pl"], "Nie ustawiono kodu odblokowania."),
        (&["safety", "auto-lock", "999999", "--locale", "sq"], "të shumtën një ditë"),
    ];
    for (args, expected) in cases {
        let run = haven(dir, args);
        assert_ne!(run.code, Some(0), "{args:?}");
        assert!(run.stderr.contains(expected), "{args:?}: {}", run.stderr);
    }
    // A wrong code typed for `set-code` is refused in the user's language too.
    let short = with_input(dir, &["safety", "set-code", "--locale", "fr"], "12\n12\n");
    assert!(short.stderr.contains("Un code compte de 4 à 12 chiffres"), "{}", short.stderr);
}
