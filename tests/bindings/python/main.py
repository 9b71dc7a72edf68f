"""The Python journeys through the generated bindings.

Run with the generated `haven.py` and the library beside it on the path
(`cargo xtask bindings` does). Each area is a module with `run(runner)`.
"""

import sys

import background_journeys
import content_journeys
import report_journeys
import safety_journeys
import store_journeys
import sync_journeys
from runner import Runner


def main():
    r = Runner()
    store_journeys.run(r)
    content_journeys.run(r)
    safety_journeys.run(r)
    background_journeys.run(r)
    sync_journeys.run(r)
    report_journeys.run(r)
    return r.finish()


if __name__ == "__main__":
    sys.exit(main())
