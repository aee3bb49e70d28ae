"""Property test: any sequence of work, flaky syncs (requests dropped before or after the server commits),
abandoned passes and USB batches ends, after clean syncs, with both laptops and the server in agreement."""

from __future__ import annotations

import itertools
import random
from pathlib import Path
from typing import Any

import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_harness import (
    ServerProc,
    add_application,
    add_other_records,
    check_invariants,
    enrolled_store,
    make_file,
)

from sync_server.batches import export_batch as server_export
from sync_server.batches import import_batch as server_import
from villagedesk.storage.store import Store
from villagedesk.sync import commands
from villagedesk.sync.engine import EXIT_OK, SyncEngine, parse_credential
from villagedesk.sync.errors import NetworkError
from villagedesk.sync.staff_api import StaffApi
from villagedesk.sync.transport import Transport

_village_codes = itertools.count(513301300001)
STAFF_PASSWORD = "correct horse battery staple"


class FlakyTransport(Transport):
    """Drops a request before it leaves, or loses the reply after the server acted on it."""

    def __init__(self, *args: Any, rng: random.Random, p: float, die_after: int | None, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.rng = rng
        self.p = p
        self.die_after = die_after
        self.calls = 0

    def _send(self, method: str, path: str, **kw: Any) -> requests.Response:
        self.calls += 1
        if self.die_after is not None and self.calls > self.die_after:
            raise NetworkError("the laptop went to sleep")
        r = self.rng.random()
        if r < self.p / 2:
            raise NetworkError("dropped before the server saw it")
        resp = super()._send(method, path, **kw)
        if r > 1 - self.p / 2:
            resp.content  # noqa: B018 - the server has acted; the reply is lost on the way back
            raise NetworkError("reply lost")
        return resp


def flaky_sync(store: Store, seed: int, p: float, die_after: int | None) -> int:
    dev = store.device()
    t = FlakyTransport(
        dev.server_url,
        token=parse_credential(dev.credential)["token"],
        fingerprint=dev.server_fingerprint,
        rng=random.Random(seed),
        p=p,
        die_after=die_after,
    )
    return SyncEngine(store, config=commands.config_from_env(), transport=t).run().exit_code


OPS = st.lists(
    st.tuples(
        st.sampled_from(["work", "records", "sync", "flaky", "abandon", "usb_up", "usb_down", "township"]),
        st.integers(0, 1),
        st.integers(0, 10_000),
    ),
    min_size=3,
    max_size=9,
)


@settings(max_examples=8, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(ops=OPS)
def test_any_history_converges(
    ops: list[tuple[str, int, int]], tmp_path_factory: Any, server: ServerProc
) -> None:
    tmp: Path = tmp_path_factory.mktemp("model")
    code = str(next(_village_codes))
    admin = server.admin()
    admin.add_village(code, f"村{code[-3:]}", "炉城镇")
    stores = [enrolled_store(tmp / f"s{i}", server, code) for i in range(2)]
    photos = [make_file(tmp, f"m{i}.jpg", 9_000 + i, i) for i in range(4)]
    n_apps = 0
    answered: dict[str, tuple[str, str]] = {}  # complaint -> the township's (status, due_on)
    # Applicants belong to one village, and every example shares the server: give each example its own
    # applicants (at most 27 per example: 9 steps x 3), or a later example's would be another village's.
    base = (int(code) - 513301300001) * 27
    people: dict[int, int] = {}

    def person(seed: int) -> int:
        return base + people.setdefault(seed, len(people))

    api: StaffApi | None = None
    try:
        for op, who, seed in ops:
            s = stores[who]
            if op == "work":
                add_application(s, person(seed), [photos[seed % 4], photos[(seed + 1) % 4]])
                n_apps += 1
            elif op == "records":
                app = add_application(s, person(seed + 1), [photos[seed % 4]])
                n_apps += 1
                add_other_records(s, seed, app.uuid, app.applicant_id_number)
            elif op == "sync":
                commands.sync_once(s)
            elif op == "flaky":
                flaky_sync(s, seed, 0.3, None)
            elif op == "abandon":
                flaky_sync(s, seed, 0.0, seed % 7)
            elif op == "usb_up":
                p = tmp / f"up{seed}.vdb"
                commands.export_batch(s, p)
                server_import(admin, p)
            elif op == "usb_down":
                p = tmp / f"down{seed}.vdb"
                server_export(admin, code, p)
                commands.import_batch(s, p)
            elif op == "township":
                # The township answers a complaint the laptops may still hold an older copy of.
                complaints = sorted(rid for rt, rid in admin.records_of(code) if rt == "complaint")
                if not complaints:  # give it one to answer
                    app = add_application(s, person(seed + 2), [photos[seed % 4]])
                    n_apps += 1
                    add_other_records(s, seed, app.uuid, app.applicant_id_number)
                    commands.sync_once(s)
                    complaints = sorted(rid for rt, rid in admin.records_of(code) if rt == "complaint")
                if complaints:
                    if api is None:
                        admin.add_staff("model-clerk", STAFF_PASSWORD, "clerk", "炉城镇")
                        api = StaffApi(server.url, fingerprint=server.fingerprint)
                        api.login("model-clerk", STAFF_PASSWORD)
                    rid = complaints[seed % len(complaints)]
                    status, due = ("in_progress", "open")[seed % 2], f"2026-12-{10 + seed % 18:02d}"
                    api.update_complaint(rid, status=status, due_on=due)
                    answered[rid] = (status, due)
        for s in stores * 2:
            assert commands.sync_once(s).exit_code == EXIT_OK
        check_invariants(admin, stores, code, expect_apps=n_apps)
        recs = admin.records_of(code)
        for rid, (status, due) in answered.items():
            got = recs[("complaint", rid)]
            assert (got["status"], got["due_on"]) == (status, due), f"the township's answer to {rid} was lost"
    finally:
        if api is not None:
            api.close()
        for s in stores:
            s.close()
