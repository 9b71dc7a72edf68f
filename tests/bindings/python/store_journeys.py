"""Opening, keys, closing and typed errors."""

import haven
from runner import Fixture, MemorySecretStore, check, device, expect_raises

HavenError = haven.HavenError


def run(r):
    def opens_with_a_python_secret_store():
        with Fixture() as f:
            app = f.open()
            check(app.is_unlocked(), "open after first launch")
            check(not f.secrets.is_empty(), "Haven saved its key through the Python store")
            check(app.pack_version("builtin") is not None, "the built-in pack is installed")

    def reopening_reads_the_same_data():
        with Fixture() as f:
            f.open().set_region("GB")
            again = f.open(device(region=None))
            check(again.home().region.code == "GB", "the saved region outlives a restart")

    def a_wrong_key_raises_wrong_key():
        with Fixture() as f:
            f.open().close_store()
            wrong = MemorySecretStore(bytes([7]) * 32)
            expect_raises(HavenError.WrongKey, lambda: haven.Haven.open(f.dir, wrong, device()))

    def a_failing_platform_store_raises_secret_store():
        class Failing(haven.SecretStore):
            def load(self):
                return None

            def save(self, key):
                raise HavenError.SecretStore("keystore unavailable")

            def delete(self):
                pass

        with Fixture() as f:
            e = expect_raises(HavenError.SecretStore, lambda: haven.Haven.open(f.dir, Failing(), device()))
            check("keystore unavailable" in e.reason, f"the shell's reason comes back: {e.reason}")

    def an_unexpected_exception_in_the_platform_store_is_reported():
        class Buggy(haven.SecretStore):
            def load(self):
                raise RuntimeError("bug in the shell")

            def save(self, key):
                pass

            def delete(self):
                pass

        with Fixture() as f:
            e = expect_raises(HavenError.SecretStore, lambda: haven.Haven.open(f.dir, Buggy(), device()))
            check("bug in the shell" not in e.reason, f"the exception's own text stays out: {e.reason}")

    def closed_store_raises_locked():
        with Fixture() as f:
            app = f.open()
            app.close_store()
            check(not app.is_unlocked(), "closed")
            expect_raises(HavenError.Locked, app.home)

    def broken_ui_strings_raise_invalid_content():
        with Fixture() as f:
            app = f.open()
            before = app.home().title
            e = expect_raises(
                HavenError.InvalidContent,
                lambda: app.install_ui_strings("en", "home-title = { $unclosed\nnot fluent at all {{{"),
            )
            check(e.reason, "the reason says what is wrong")
            check(app.home().title == before, "nothing changed")

    def bad_arguments_raise_typed_errors_without_echo():
        with Fixture() as f:
            app = f.open()
            e = expect_raises(HavenError.InvalidArgument, lambda: app.set_region("my-secret-place"))
            check("secret" not in e.reason, f"reason echoes the argument: {e.reason}")
            expect_raises(HavenError.InvalidArgument, lambda: app.set_language("klingon"))
            expect_raises(HavenError.NotFound, lambda: app.article("no-such-article"))

    r.journey("opens with a SecretStore written in Python, which keeps the key", opens_with_a_python_secret_store)
    r.journey("reopening with the same store reads the same data", reopening_reads_the_same_data)
    r.journey("a wrong key raises HavenError.WrongKey", a_wrong_key_raises_wrong_key)
    r.journey(
        "a platform store that fails raises HavenError.SecretStore with its reason",
        a_failing_platform_store_raises_secret_store,
    )
    r.journey(
        "an unexpected exception in the platform store is reported, not fatal",
        an_unexpected_exception_in_the_platform_store_is_reported,
    )
    r.journey("after close_store, views raise HavenError.Locked", closed_store_raises_locked)
    r.journey("broken UI strings raise HavenError.InvalidContent and change nothing", broken_ui_strings_raise_invalid_content)
    r.journey("bad arguments raise typed errors that do not echo them", bad_arguments_raise_typed_errors_without_echo)
