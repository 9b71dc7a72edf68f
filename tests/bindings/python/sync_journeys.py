"""Signed content sync from a loopback hub that `cargo xtask bindings`
starts (haven-hub keygen, trust, publish, serve), with its root list."""

import os
import threading

import haven
from runner import Fixture, check, expect_raises

HavenError = haven.HavenError


class Collect(haven.SyncListener):
    def __init__(self):
        self.progress = []
        self.result = None
        self.error = None
        self.done = threading.Event()

    def on_progress(self, text):
        self.progress.append(text)

    def on_finished(self, result):
        self.result = result
        self.done.set()

    def on_failed(self, error, text):
        self.error = (error, text)
        self.done.set()


def run(r):
    url = os.environ["HAVEN_TEST_HUB"]
    with open(os.environ["HAVEN_TEST_ROOTS"], encoding="utf-8") as f:
        roots = f.read()
    options = haven.OpenOptions(device_locales=["en-GB"], region="GB", trust_root_json=roots)

    def sync(app):
        listener = Collect()
        handle = app.start_sync(True, listener)
        check(listener.done.wait(120), "the sync finished")
        del handle
        check(listener.error is None, f"no failure: {listener.error}")
        return listener

    def syncs_signed_content_from_a_loopback_hub():
        with Fixture() as f:
            app = f.open(options)
            app.set_sync_source(url)
            first = sync(app)
            check(first.result.publishers_updated == 1, f"one publisher updated: {first.result}")
            check(first.result.bytes_downloaded > 0, "packs were downloaded")
            check(any("Checking" in p for p in first.progress), f"progress lines: {first.progress}")
            check(len(app.content_freshness()) == 1, "the content's age is shown")
            again = sync(app)
            check(again.result.changes == ["Everything is up to date."], f"nothing new: {again.result.changes}")
            check(again.result.bytes_downloaded == 0, "no pack bytes the second time")

    def content_from_an_untrusted_root_is_refused():
        with Fixture() as f:
            app = f.open(haven.OpenOptions(device_locales=["en-GB"], region="GB"))  # the app's own roots
            app.set_sync_source(url)
            listener = Collect()
            handle = app.start_sync(True, listener)
            check(listener.done.wait(120), "the sync finished")
            del handle
            check(listener.error is not None, "refused")
            check(isinstance(listener.error[0], HavenError.SyncRefused), f"typed: {listener.error}")
            check(app.content_freshness() == [], "nothing was applied")

    def a_plain_http_address_elsewhere_is_refused():
        with Fixture() as f:
            app = f.open(options)
            expect_raises(HavenError.SyncRefused, lambda: app.set_sync_source("http://example.org/haven"))

    r.journey("syncs signed content from a loopback hub", syncs_signed_content_from_a_loopback_hub)
    r.journey("content from an untrusted root is refused", content_from_an_untrusted_root_is_refused)
    r.journey("a plain HTTP address elsewhere is refused", a_plain_http_address_elsewhere_is_refused)
