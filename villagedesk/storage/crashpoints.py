"""Named points where a test can make the process die as a power cut would (``os._exit``).

``VILLAGEDESK_CRASH_AT=<name>`` is read at each call, so a crash test runs the real code path in a
subprocess and kills it at exactly one step. In normal use the variable is unset and this costs a lookup.
"""

from __future__ import annotations

import os

ENV = "VILLAGEDESK_CRASH_AT"


def crashpoint(name: str) -> None:
    if os.environ.get(ENV) == name:
        os._exit(137)
