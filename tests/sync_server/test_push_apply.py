"""How the server applies a push: entries refused in the middle of a request change nothing of their own,
the others are applied, and the change numbers stay one increasing sequence with the counter at its end.

A push is applied first without a savepoint per entry; when an entry is refused the transaction is rolled
back and the push applied again entry by entry (sync_server/service.py, ``Server.push``). These tests pin
what either path must give."""

from __future__ import annotations

from pathlib import Path

from sync_harness import VILLAGE_A, VILLAGE_B, ServerProc, enrolled_store
from test_server_auth import transport

from villagedesk.core import codec
from villagedesk.core.models import Consultation
from villagedesk.protocol.messages import (
    ChangesResponse,
    HelloResponse,
    PushEntry,
    PushRequest,
    PushResponse,
)


def _consultation(seq: int, cid: str, village: str, question: str) -> PushEntry:
    return PushEntry(
        device_seq=seq,
        record_type="consultation",
        record_id=cid,
        op="upsert",
        payload=codec.encode(Consultation(cid, village, "agent-1", question)),
    )


def _changes(t: object) -> list[tuple[int, str]]:
    page = t.call("GET", "/v1/changes", ChangesResponse, params={"since": 0})  # type: ignore[attr-defined]
    assert not page.has_more
    return [(c.change_seq, c.record_id) for c in page.changes]


def test_refused_entries_in_the_middle(tmp_path: Path, srv: ServerProc) -> None:
    store = enrolled_store(tmp_path / "a1", srv, VILLAGE_A)
    ta = transport(srv, store)
    entries = (
        _consultation(1, "c1", VILLAGE_A, "first"),
        _consultation(2, "x2", VILLAGE_B, "not ours"),  # another village's record: refused
        _consultation(3, "c3", VILLAGE_A, "third"),
        PushEntry(
            device_seq=4,
            record_type="application_event",
            record_id="e4",
            op="append",
            payload={
                "event_id": "e4",
                "application_uuid": "no-such-application",
                "kind": "note",
                "actor": "a",
                "device_time": "2026-11-27T10:00:00",
            },
        ),
        _consultation(5, "c5", VILLAGE_A, "fifth"),
    )
    resp = ta.call("POST", "/v1/push", PushResponse, json_body=PushRequest(entries=entries))
    assert [r.status for r in resp.results] == ["applied", "rejected", "applied", "rejected", "applied"]
    assert [r.code for r in resp.results if r.status == "rejected"] == [
        "record.other_village",
        "event.unknown_application",
    ]
    assert resp.high_water == 5

    records = srv.admin().records_of()
    assert {k[1] for k in records if k[0] == "consultation"} == {"c1", "c3", "c5"}
    assert not any(k[1] in ("x2", "e4") for k in records)

    seen = _changes(ta)
    assert [rid for _, rid in seen] == ["c1", "c3", "c5"]  # each once, in the order applied
    seqs = [s for s, _ in seen]
    assert seqs == sorted(set(seqs))
    hello = ta.call("GET", "/v1/hello", HelloResponse)
    assert hello.change_seq == seqs[-1]  # the counter stands at the last change written

    # The next push numbers on from there, and a replay of the whole first push changes nothing.
    again = ta.call("POST", "/v1/push", PushResponse, json_body=PushRequest(entries=entries))
    assert [r.status for r in again.results] == [
        "duplicate",
        "rejected",
        "duplicate",
        "rejected",
        "duplicate",
    ]
    more = ta.call(
        "POST",
        "/v1/push",
        PushResponse,
        json_body=PushRequest(entries=(_consultation(6, "c6", VILLAGE_A, "sixth"),)),
    )
    assert [r.status for r in more.results] == ["applied"]
    seen2 = _changes(ta)
    assert seen2[:3] == seen
    assert [rid for _, rid in seen2[3:]] == ["c6"]
    assert seen2[3][0] > seqs[-1]


def test_all_refused_writes_nothing(tmp_path: Path, srv: ServerProc) -> None:
    store = enrolled_store(tmp_path / "a1", srv, VILLAGE_A)
    ta = transport(srv, store)
    hello0 = ta.call("GET", "/v1/hello", HelloResponse)
    entries = (_consultation(1, "x1", VILLAGE_B, "no"), _consultation(2, "x2", VILLAGE_B, "no"))
    resp = ta.call("POST", "/v1/push", PushResponse, json_body=PushRequest(entries=entries))
    assert [r.status for r in resp.results] == ["rejected", "rejected"]
    assert resp.high_water == 2  # refused entries are answered once, not asked for again
    assert _changes(ta) == []
    hello = ta.call("GET", "/v1/hello", HelloResponse)
    assert hello.change_seq == hello0.change_seq
