"""Safety through the bindings: quick exit and the covers, unlock with
backoff, the calculator disguise, the duress code, panic wipe, settings and
lock events (docs/safety.md is the contract)."""

import gc
import queue

import haven
from runner import Fixture, check, device, expect_raises

HavenError = haven.HavenError
Cover = haven.Cover
Disguise = haven.Disguise
UnlockOutcome = haven.UnlockOutcome

CODE = "2468"
DURESS = "1357"

KEYS = {
    "+": haven.CalcKey.OPERATOR(op=haven.Op.ADD),
    "*": haven.CalcKey.OPERATOR(op=haven.Op.MULTIPLY),
    "=": haven.CalcKey.EQUALS(),
}


def type_on(app, text):
    """Types `text` on the calculator, one key per character; the last screen."""
    view = None
    for c in text:
        key = haven.CalcKey.DIGIT(digit=int(c)) if c.isdigit() else KEYS[c]
        view = app.calculator_press(key)
    return view


class QueueListener(haven.LockListener):
    """Forwards lock changes to a queue the journey reads."""

    def __init__(self):
        self.heard = queue.Queue()

    def on_lock_change(self, view):
        self.heard.put(view)


def with_settings(app, **changes):
    settings = app.safety_settings()
    for name, value in changes.items():
        setattr(settings, name, value)
    return settings


def run(r):
    def quick_exit_then_wrong_and_right_codes():
        with Fixture() as f:
            app = f.open()
            app.set_unlock_code(None, CODE, False)
            view = app.lock()
            check(view.locked and view.cover == Cover.CODE_PROMPT, f"locked behind the prompt: {view}")
            expect_raises(HavenError.Locked, app.home)
            wrong = app.unlock("0000")
            check(wrong.is_wrong_code(), f"wrong code: {wrong}")
            check(app.unlock_view(wrong).message is not None, "the prompt says the code was wrong")
            check(app.unlock(CODE).is_unlocked(), "the right code opens")
            check(app.home().title, "home again")

    def wrong_codes_back_off():
        with Fixture() as f:
            app = f.open()
            app.set_unlock_code(None, CODE, False)
            app.lock()
            outcomes = [app.unlock("9999") for _ in range(3)]
            last = outcomes[-1]
            check(last.is_wrong_code() and last.wait_secs > 0, f"a wait after three: {outcomes}")
            waiting = app.unlock(CODE)
            check(waiting.is_wait() and waiting.wait_secs > 0, f"the right code waits too: {waiting}")
            check(not app.is_unlocked(), "still locked")
            e = expect_raises(HavenError.Safety, lambda: app.unlock("12ab"))
            check("12ab" not in e.reason, f"the reason does not echo the code: {e.reason}")

    def the_calculator_computes_and_the_code_opens():
        with Fixture() as f:
            app = f.open()
            app.set_unlock_code(None, CODE, False)
            app.set_safety_settings(with_settings(app, disguise=Disguise.CALCULATOR))
            check(app.lock().cover == Cover.CALCULATOR, "the calculator covers Haven")
            total = type_on(app, "12+3*4=")
            check(total.display == "24" and not total.unlocked, f"12 + 3 x 4 = 24, got {total.display}")
            labels = [b.accessibility_label for row in total.rows for b in row]
            check(len(labels) == 24 and all(labels), "every key is labelled")
            check(not app.is_unlocked(), "a sum opens nothing")
            opened = type_on(app, CODE + "=")
            check(opened.unlocked and app.is_unlocked(), "the code and = open Haven")

    def the_notes_cover_is_worded_while_locked():
        with Fixture() as f:
            app = f.open()
            app.set_unlock_code(None, CODE, False)
            app.set_safety_settings(with_settings(app, disguise=Disguise.NOTES))
            check(app.lock().cover == Cover.NOTES, "the notes cover")
            cover = app.cover_view()
            check(cover.notes_title and cover.notes_placeholder, f"worded while locked: {cover}")
            typed = ["2", "24", "246", "buy milk", "24689"]
            check(not any(app.note_typed(t) for t in typed) and not app.is_unlocked(), "a note is only a note")
            check(app.note_typed(CODE) and app.is_unlocked(), "the whole code opens at once: no wait was owed")

    def the_duress_code_wipes_silently():
        with Fixture() as f:
            app = f.open(device(region=None))
            app.set_unlock_code(None, CODE, False)
            app.set_duress_code(DURESS)
            app.set_region("GB")
            app.lock()
            check(app.unlock(DURESS).is_unlocked(), "answers Unlocked")
            check(app.home().region is None, "the saved region went with the wipe")
            check(app.pack_version("builtin") is not None, "the built-in content is back")
            check(app.lock().cover == Cover.CODE_PROMPT, "the codes stay, so nothing looks different")
            check(app.unlock(CODE).is_unlocked(), "the real code opens the fresh Haven")

    def panic_wipe_leaves_a_fresh_haven():
        with Fixture() as f:
            app = f.open(device(region=None))
            app.set_region("GB")
            app.wipe()
            check(app.is_unlocked(), "open after the wipe")
            check(app.home().region is None, "nothing saved survives")

    def impossible_settings_are_refused_and_auto_lock_works():
        with Fixture() as f:
            app = f.open()
            expect_raises(HavenError.Safety, lambda: app.set_safety_settings(with_settings(app, disguise=Disguise.NOTES)))
            expect_raises(HavenError.Safety, lambda: app.set_duress_code(DURESS))
            app.set_safety_settings(with_settings(app, auto_lock_after_secs=0))
            check(app.app_backgrounded().locked, "locked as the app left")
            check(app.app_foregrounded().cover == Cover.NOTHING, "no code: nothing to cover")
            app.resume()
            check(app.is_unlocked(), "resume opens a Haven without a code")
            view = app.safety_view()
            check([d.id for d in view.disguises] == ["haven", "calculator", "notes", "weather"], "disguise ids")
            enabled = [d.disguise for d in view.disguises if d.enabled]
            check(enabled == [Disguise.HAVEN], f"a disguise needs a code: {enabled}")

    def a_lock_listener_stops_when_its_handle_goes():
        with Fixture() as f:
            app = f.open()
            listener = QueueListener()
            handle = app.subscribe_lock_events(listener)
            app.lock()
            heard = listener.heard.get(timeout=5)
            check(heard.locked, f"the lock arrived: {heard}")
            app.resume()
            check(not listener.heard.get(timeout=5).locked, "and the return")
            del handle
            gc.collect()
            app.lock()
            try:
                late = listener.heard.get(timeout=0.3)
            except queue.Empty:
                late = None
            check(late is None, f"silent once the handle is gone: {late}")

    r.journey(
        "quick exit locks behind the code prompt; a wrong code is refused, the right one opens",
        quick_exit_then_wrong_and_right_codes,
    )
    r.journey("wrong codes back off, and during the wait even the right code is not tried", wrong_codes_back_off)
    r.journey("the calculator disguise computes, and the code then = opens Haven", the_calculator_computes_and_the_code_opens)
    r.journey(
        "the notes disguise draws its cover while locked, and the code typed there opens Haven",
        the_notes_cover_is_worded_while_locked,
    )
    r.journey("the duress code answers like the real one and Haven comes back fresh", the_duress_code_wipes_silently)
    r.journey("panic wipe leaves a fresh Haven open", panic_wipe_leaves_a_fresh_haven)
    r.journey(
        "impossible settings raise HavenError.Safety; auto-lock at 0 locks on leaving",
        impossible_settings_are_refused_and_auto_lock_works,
    )
    r.journey("a lock listener hears the lock, and nothing once its handle is dropped", a_lock_listener_stops_when_its_handle_goes)
