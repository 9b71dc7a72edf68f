//! The report screens: a report filled in key by key, a refused answer
//! shown in the user's language, the review, and the queued report.

use crossterm::event::KeyCode;

use super::Harness;

#[test]
fn a_report_is_filled_in_step_by_step_reviewed_and_queued() {
    let mut h = Harness::new();
    assert!(h.draw().contains("Report a concern"));
    // Home: country, search, then "Report a concern".
    h.keys(&[KeyCode::Down, KeyCode::Down, KeyCode::Enter]);
    let reports = h.draw();
    assert!(reports.contains("New report to Modern Slavery & Exploitation Helpline"), "{reports}");
    h.keys(&[KeyCode::Enter]);
    let form = h.draw();
    assert!(form.contains("Step 1 of 6 · About you"), "{form}");
    assert!(form.contains("( ) I saw something"), "{form}");

    // Moving on without an answer is stopped, with the reason.
    h.keys(&[KeyCode::Tab]);
    assert!(h.draw().contains("Please answer this question."));
    h.keys(&[KeyCode::Down, KeyCode::Enter]);
    assert!(h.draw().contains("(•) I saw something"));
    h.keys(&[KeyCode::Tab]);
    let step2 = h.draw();
    assert!(step2.contains("Step 2 of 6"), "{step2}");
    h.keys(&[KeyCode::Enter, KeyCode::Down, KeyCode::Char(' ')]);
    let chosen = h.draw();
    assert!(
        chosen.contains("[x] Passports or ID documents taken away") && chosen.contains("[x] Made to pay off a debt")
    );

    // When: a date in the future is refused, the screen says why, and a real one is kept.
    h.keys(&[KeyCode::Tab, KeyCode::Tab]);
    assert!(h.draw().contains("Step 4 of 6"));
    h.type_text("2999-01-01 10:00");
    h.keys(&[KeyCode::Enter]);
    assert!(h.draw().contains("This date is in the future."));
    for _ in 0.."2999-01-01 10:00".len() {
        h.keys(&[KeyCode::Backspace]);
    }
    h.type_text("2026-11-20 18:00");
    h.keys(&[KeyCode::Enter, KeyCode::Tab]);

    // Details: letters are text here, even "q".
    h.type_text("Four men, quiet, no coats");
    h.keys(&[KeyCode::Enter, KeyCode::Tab, KeyCode::Tab]);
    let review = h.draw();
    assert!(review.contains("Check your report"), "{review}");
    assert!(review.contains("Four men, quiet, no coats"), "{review}");
    assert!(review.contains("2026-11-20 18:00"), "{review}");
    assert!(review.contains("Stay anonymous"), "{review}");

    // "Send report" is selected on the review; offline, it waits in the outbox.
    h.keys(&[KeyCode::Enter]);
    let outbox = h.draw();
    assert!(outbox.contains("Your reports"), "{outbox}");
    assert!(outbox.contains("Waiting to send"), "{outbox}");
    assert!(outbox.contains("Cancel sending"), "{outbox}");
}
