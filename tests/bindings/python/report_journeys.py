"""Report a concern, end to end: a draft filled in, changed and reloaded,
sealed into the outbox and delivered to the loopback hub's intake, which
`haven-hub reports list/export` then shows holding exactly that report.
The hub's signed content points the form at its intake and its helpline
key; the phone learns both by a verified sync."""

import os
import subprocess
import threading
import time

import haven
from runner import Fixture, check, device, expect_raises

HavenError = haven.HavenError
State = haven.ReportState
HELPLINE = "gb-modern-slavery-helpline"


class Deliveries(haven.OutboxListener):
    def __init__(self):
        self.changes = []
        self.result = None
        self.error = None
        self.done = threading.Event()

    def on_change(self, item):
        self.changes.append(item)

    def on_finished(self, result):
        self.result = result
        self.done.set()

    def on_failed(self, error):
        self.error = error
        self.done.set()


class SyncDone(haven.SyncListener):
    def __init__(self):
        self.failure = None
        self.done = threading.Event()

    def on_progress(self, text):
        pass

    def on_finished(self, result):
        self.done.set()

    def on_failed(self, error, text):
        self.failure = error
        self.done.set()


def sync_from(app, url):
    app.set_sync_source(url)
    listener = SyncDone()
    handle = app.start_sync(True, listener)
    check(listener.done.wait(120), "the sync finished")
    del handle
    check(listener.failure is None, f"the sync worked: {listener.failure!r}")


def deliver(app, single_attempt):
    listener = Deliveries()
    handle = app.start_delivery(single_attempt, listener)
    check(listener.done.wait(120), "the delivery run finished")
    del handle
    check(listener.error is None, f"the run did not fail as a whole: {listener.error!r}")
    return listener


def fill_in(app, canary):
    """Answers the form's questions; `people` carries `canary`. Returns the draft id."""
    draft = app.report_form(HELPLINE).draft_id
    app.set_answer(draft, "reporter_role", haven.Answer.CHOICE("saw_something"))
    app.set_answer(draft, "control_methods", haven.Answer.MULTI_CHOICE(["documents_withheld", "debt_bondage"]))
    app.set_answer(draft, "work_type", haven.Answer.CHOICE("car_wash"))
    place = haven.PlaceAnswer(
        text="Hand car wash behind the retail park", postcode="LS1", location=haven.Location(lat=53.79612, lon=-1.54785)
    )
    app.set_answer(draft, "place", haven.Answer.PLACE(place))
    app.set_answer(draft, "when", haven.Answer.DATETIME("2026-11-20T18:00"))
    app.set_answer(draft, "people", haven.Answer.TEXT(f"Four young men, {canary}"))
    contact = haven.ContactAnswer(
        mode=haven.ContactMode.PHONE, value="07911 123456", safe_times="weekdays after 6pm", may_leave_message=False
    )
    app.set_answer(draft, "contact", haven.Answer.CONTACT(contact))
    return draft


def hub_tool(*args):
    done = subprocess.run(
        [os.environ["HAVEN_TEST_HUB_BIN"], *args], capture_output=True, text=True, check=False, timeout=60
    )
    check(done.returncode == 0, f"haven-hub {args[0]} {args[1]} succeeded")
    return done.stdout


def run(r):
    url = os.environ["HAVEN_TEST_HUB"]
    down_url = os.environ["HAVEN_TEST_HUB_DOWN"]
    intake_db = os.environ["HAVEN_TEST_INTAKE_DB"]
    helpline_key = os.environ["HAVEN_TEST_HELPLINE_KEY"]
    with open(os.environ["HAVEN_TEST_ROOTS"], encoding="utf-8") as f:
        roots = f.read()
    options = haven.OpenOptions(
        device_locales=["en-GB"], region="GB", time_zone="Europe/London", trust_root_json=roots
    )

    def a_report_is_delivered_to_the_hub_once():
        canary = f"python-canary-{time.time_ns()}"
        with Fixture() as f:
            app = f.open(options)
            sync_from(app, url)
            check(any(n.helpline_id == HELPLINE for n in app.outbox().new_reports), "the helpline takes reports")
            draft = fill_in(app, "first words")
            changed = app.set_answer(draft, "people", haven.Answer.TEXT(f"Four young men, {canary}"))
            check(changed.draft_id == draft, "the same draft")
            check(app.report_form(HELPLINE).draft_id == draft, "the form resumes the open draft")
            del app

            app = f.open(options)  # a restart
            last = app.set_report_step(draft, 5)
            check(last.step_index == 5, f"every step is reachable: {last.progress_text}")
            people = next(x for x in app.set_report_step(draft, 4).fields if x.id == "people")
            check(people.value == haven.Answer.TEXT(f"Four young men, {canary}"), "the edit outlived a restart")
            listed = [i for i in app.outbox().items if i.id == draft]
            check(len(listed) == 1 and listed[0].state == State.DRAFT and listed[0].can_edit, "listed as a draft")
            review = app.report_review(draft)
            check(review.can_submit and review.problems_text is None, f"ready to send: {review.problems_text}")
            check(any(canary in i.value_text for i in review.items), "the review shows the answers")

            queued = app.submit_report(draft)
            check(queued.state == State.QUEUED, f"sealed and queued: {queued.state}")
            expect_raises(
                HavenError.ReportRefused,
                lambda: app.set_answer(draft, "people", haven.Answer.TEXT("too late")),
            )

            run = deliver(app, False)
            check(run.result.delivered == 1 and run.result.waiting == 0, f"delivered: {run.result}")
            check(run.result.text != "", "a summary line")
            check(State.RECEIVED in [c.state for c in run.changes], "the listener heard it arrive")
            item = app.outbox_item(draft)
            check(item.state == State.RECEIVED and item.reference, f"received: {item}")
            check(item.reference in item.reference_text, "the reference is shown")
            check(all(i.state != State.QUEUED for i in app.outbox().items), "nothing left to send")
            check(deliver(app, False).result.delivered == 0, "nothing is sent twice")

            lines = hub_tool("reports", "list", "--db", intake_db).splitlines()
            held = [line for line in lines if line.startswith(item.reference)]
            check(len(held) == 1, f"the hub holds it once: {lines}")
            exported = hub_tool(
                "reports", "export", "--db", intake_db, "--identity", helpline_key, "--format", "json"
            )
            check(canary in exported, "the helpline's key opens it with the edited answer")

            app.delete_draft(draft)
            check(all(i.id != draft for i in app.outbox().items), "the receipt can be forgotten")

    def a_refused_answer_is_typed_and_the_draft_keeps_what_it_had():
        with Fixture() as f:
            app = f.open(device())
            draft = app.report_form(HELPLINE).draft_id
            app.set_answer(draft, "when", haven.Answer.DATETIME("2026-11-20T18:00"))
            e = expect_raises(
                HavenError.InvalidAnswer,
                lambda: app.set_answer(draft, "when", haven.Answer.DATETIME("not a date")),
            )
            check(e.field_id == "when" and e.text, f"names the question, says why: {e!r}")
            check("not a date" not in e.reason and "not a date" not in e.text, "never echoes the answer")
            review = app.report_review(draft)
            kept = next(i for i in review.items if i.field_id == "when")
            check(kept.answered and kept.value_text, f"the earlier answer is kept: {kept}")
            check(not review.can_submit and review.problems_text, "the required question is missing")
            expect_raises(
                HavenError.InvalidAnswer,
                lambda: app.set_answer(draft, "reporter_role", haven.Answer.CHOICE("nope")),
            )
            expect_raises(HavenError.ReportRefused, lambda: app.submit_report(draft))  # reporter_role is required
            expect_raises(HavenError.NotFound, lambda: app.report_form("no-such-helpline"))
            check([i.id for i in app.outbox().items] == [draft], "the draft is still there")

    def with_the_hub_down_the_report_waits_in_the_outbox():
        with Fixture() as f:
            app = f.open(options)
            sync_from(app, down_url)
            draft = fill_in(app, "nobody hears this")
            app.submit_report(draft)
            run = deliver(app, True)
            check(run.result.delivered == 0 and run.result.waiting == 1, f"still waiting: {run.result}")
            item = app.outbox_item(draft)
            check(item.state == State.QUEUED and item.attempts == 1, f"queued after one try: {item}")
            check(item.reference is None and item.can_cancel, "no reference; it can be taken back")
            view = app.cancel_report(draft)
            check(next(i for i in view.items if i.id == draft).state == State.DRAFT, "a draft again")

    def dropping_the_delivery_handle_stops_the_run():
        with Fixture() as f:
            app = f.open(options)
            sync_from(app, down_url)
            draft = fill_in(app, "stopped mid-way")
            app.submit_report(draft)
            listener = Deliveries()
            handle = app.start_delivery(False, listener)
            deadline = time.monotonic() + 30
            while not any(c.state == State.QUEUED and c.attempts == 1 for c in list(listener.changes)):
                check(time.monotonic() < deadline, "the first attempt failed")
                time.sleep(0.01)
            del handle  # dropping it cancels the run
            time.sleep(3)  # the first retry would come within 2 s
            check(not listener.done.is_set(), f"nothing finished after the drop: {listener.result}")
            item = app.outbox_item(draft)
            check(item.state == State.QUEUED and item.attempts == 1, f"no further attempt: {item}")

    r.journey(
        "a report draft is kept, changed, reloaded, sealed and delivered to the hub once",
        a_report_is_delivered_to_the_hub_once,
    )
    r.journey(
        "a refused answer raises InvalidAnswer and the draft keeps what it had",
        a_refused_answer_is_typed_and_the_draft_keeps_what_it_had,
    )
    r.journey(
        "with the hub down, delivery fails cleanly and the report waits in the outbox",
        with_the_hub_down_the_report_waits_in_the_outbox,
    )
    r.journey(
        "dropping the delivery handle stops the run between retries; the report stays queued",
        dropping_the_delivery_handle_stops_the_run,
    )
