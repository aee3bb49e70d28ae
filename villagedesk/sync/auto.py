"""Sync by itself when the township becomes reachable, and by hand (``trigger``).

A background thread runs :func:`villagedesk.sync.commands.sync_once` whenever there is work (or a quiet
interval has passed, to fetch the township's changes). After a failure it waits with exponential backoff
and full jitter, so a laptop that regains its link mid-afternoon sends within a minute or two without
hammering a dead link all morning. The GUI passes ``on_result``/``on_progress`` callbacks and marshals
them to its own thread; this module imports no GUI toolkit.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from typing import Any

from villagedesk.sync.engine import EXIT_RETRY, SyncConfig, SyncProgress, SyncResult
from villagedesk.sync.storeapi import SyncStore


class AutoSync:
    def __init__(
        self,
        store: SyncStore,
        *,
        interval_s: float = 300.0,
        retry_base_s: float = 15.0,
        retry_cap_s: float = 900.0,
        config: SyncConfig | None = None,
        on_result: Callable[[SyncResult], None] | None = None,
        on_progress: Callable[[SyncProgress], None] | None = None,
        sync: Callable[..., SyncResult] | None = None,
    ) -> None:
        from villagedesk.sync import commands

        self.store = store
        self.interval_s = interval_s
        self.retry_base_s = retry_base_s
        self.retry_cap_s = retry_cap_s
        self.config = config
        self.on_result = on_result
        self.on_progress = on_progress
        self._sync = sync or commands.sync_once
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._failures = 0
        self._rng = random.Random()
        self.last: SyncResult | None = None

    def start(self) -> AutoSync:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="villagedesk-autosync", daemon=True)
            self._thread.start()
        return self

    def trigger(self) -> None:
        """Sync now (the "Sync" button); also call it after saving work that should travel."""
        self._failures = 0
        self._wake.set()

    def stop(self, timeout: float | None = 30.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _delay(self) -> float:
        if self._failures == 0:
            return self.interval_s
        return self._rng.uniform(
            self.retry_base_s / 2, min(self.retry_cap_s, self.retry_base_s * 2**self._failures)
        )

    def _run(self) -> None:
        while not self._stop.is_set():
            if self.store.device() is not None:
                kwargs: dict[str, Any] = {"progress": self.on_progress}
                if self.config is not None:
                    kwargs["config"] = self.config
                result = self._sync(self.store, **kwargs)
                self.last = result
                self._failures = self._failures + 1 if result.exit_code == EXIT_RETRY else 0
                if self.on_result is not None:
                    self.on_result(result)
            self._wake.wait(self._delay())
            self._wake.clear()
