"""A tiny journey runner for the Python bindings (no pytest needed).

Prints `N passed, N failed` last, the line CI counts.
"""

import shutil
import tempfile
import threading
import traceback

import haven


class Runner:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def journey(self, name, body):
        try:
            body()
            self.passed += 1
            print(f"ok   {name}")
        except BaseException as e:  # noqa: BLE001 - a journey's failure of any kind is reported, not fatal
            self.failed += 1
            print(f"FAIL {name}: {e!r}")
            traceback.print_exc()

    def finish(self):
        """Prints the closing line; returns the exit code."""
        print(f"{self.passed} passed, {self.failed} failed")
        return 0 if self.failed == 0 else 1


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def expect_raises(kind, body):
    """Runs `body`, which must raise a `kind`; returns the exception."""
    try:
        body()
    except kind as e:
        return e
    except BaseException as e:  # noqa: BLE001
        raise AssertionError(f"expected {kind.__name__}, got {e!r}") from e
    raise AssertionError(f"expected {kind.__name__}, nothing was raised")


class MemorySecretStore(haven.SecretStore):
    """The shell's side of key storage, in memory."""

    def __init__(self, initial=None):
        self._lock = threading.Lock()
        self._bytes = bytearray(initial) if initial is not None else None

    def load(self):
        with self._lock:
            return bytes(self._bytes) if self._bytes is not None else None

    def save(self, key):
        with self._lock:
            self._forget()
            self._bytes = bytearray(key)

    def delete(self):
        with self._lock:
            self._forget()

    def is_empty(self):
        return self._bytes is None

    def _forget(self):
        if self._bytes is not None:
            self._bytes[:] = bytes(len(self._bytes))
        self._bytes = None


def device(locale="en-GB", region="GB"):
    """A phone in the UK set to `locale`."""
    return haven.OpenOptions(device_locales=[locale], region=region, time_zone="Europe/London")


class Fixture:
    """A data folder and a secret store, as a fresh install has them."""

    def __init__(self, secrets=None):
        self.secrets = secrets or MemorySecretStore()
        self.dir = tempfile.mkdtemp(prefix="haven-python-")

    def open(self, options=None):
        return haven.Haven.open(self.dir, self.secrets, options or device())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        shutil.rmtree(self.dir, ignore_errors=True)
