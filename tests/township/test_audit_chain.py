"""The audit chain: intact after real staff actions; an edit is caught; an edit plus a recomputed chain is
caught by the published head (the one printed on the monthly report or carried in a batch)."""

from __future__ import annotations

import io
import itertools
import json

import pytest
from sqlalchemy import select, update
from tw_helpers import VILLAGE_A, VillageDevice, act, arrive

from sync_server.service import Server
from sync_server.township import audit
from sync_server.township.tables import tw_audit

from .conftest import LiveServer, login


def _actions(server: Server, mp: pytest.MonkeyPatch) -> None:
    a = VillageDevice.enroll(server, VILLAGE_A)
    for _ in range(3):
        app = arrive(a, mp, "2025-10-09", "MZ-004", "a1")
        act(server, mp, "2025-10-09", app.uuid, "accept")
        act(server, mp, "2025-10-10", app.uuid, "route", to=["民政办", "残联"])


def _recompute_from(server: Server, first: int) -> None:
    """What an attacker with database access would do after an edit: rewrite every later hash."""
    with server.tx() as conn:
        rows = conn.execute(select(tw_audit).where(tw_audit.c.seq >= first).order_by(tw_audit.c.seq)).all()
        prev = (
            conn.execute(select(tw_audit.c.hash).where(tw_audit.c.seq == first - 1)).scalar() or audit.GENESIS
        )
        for r in rows:
            entry = {
                "seq": r.seq,
                "at": r.at,
                "actor": r.actor,
                "action": r.action,
                "target": r.target,
                "params": json.loads(r.params),
            }
            h = audit.entry_hash(prev, entry)
            conn.execute(update(tw_audit).where(tw_audit.c.seq == r.seq).values(prev_hash=prev, hash=h))
            prev = h


def test_staff_actions_are_chained(tw_server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    _actions(tw_server, monkeypatch)
    with tw_server.engine.connect() as conn:
        check = audit.verify_chain(conn)
        rows = conn.execute(select(tw_audit).order_by(tw_audit.c.seq)).all()
    assert check.intact and check.length == 6
    assert [r.action for r in rows] == ["accept", "route"] * 3
    assert rows[1].prev_hash == rows[0].hash
    assert json.loads(rows[1].params)["to"] == ["民政办", "残联"]


def test_edit_is_caught_at_the_edited_entry(tw_server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    _actions(tw_server, monkeypatch)
    with tw_server.tx() as conn:
        conn.execute(update(tw_audit).where(tw_audit.c.seq == 3).values(actor="staff:someone_else"))
    with tw_server.engine.connect() as conn:
        check = audit.verify_chain(conn)
    assert not check.intact
    assert (check.first_broken_seq, check.reason) == (3, "hash")


def test_deleted_entry_is_caught(tw_server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    _actions(tw_server, monkeypatch)
    with tw_server.tx() as conn:
        conn.execute(tw_audit.delete().where(tw_audit.c.seq == 4))
    with tw_server.engine.connect() as conn:
        check = audit.verify_chain(conn)
    assert (check.intact, check.first_broken_seq, check.reason) == (False, 4, "gap")


def test_edit_and_recompute_is_caught_by_the_published_head(
    tw_server: Server, client: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    _actions(tw_server, monkeypatch)
    h = login(client, "director")
    # The monthly PDF prints the head and records it as published.
    pdf = client.get("/v1/township/reports/export", params={"format": "pdf", "month": "2025-10"}, headers=h)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF-")
    printed_seq, printed_hash = int(pdf.headers["X-VD-Audit-Seq"]), pdf.headers["X-VD-Audit-Head"]
    assert printed_seq == 7  # 6 actions + the report itself
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf.content)) as doc:
        text = "".join(p.extract_text() or "" for p in doc.pages).replace("\n", "")
    assert printed_hash in text  # it is on the paper
    assert client.get("/v1/township/audit/verify", headers=h).json()["intact"] is True
    # Tamper with entry 2, then recompute every later hash so that the links all hold again.
    with tw_server.tx() as conn:
        conn.execute(update(tw_audit).where(tw_audit.c.seq == 2).values(params='{"to": ["别处"]}'))
    _recompute_from(tw_server, 2)
    with tw_server.engine.connect() as conn:
        rows = conn.execute(select(tw_audit).order_by(tw_audit.c.seq)).all()
        assert all(r.prev_hash == p.hash for p, r in itertools.pairwise(rows))  # the links hold
    res = client.get("/v1/township/audit/verify", headers=h).json()
    assert res["intact"] is False
    assert (res["first_broken_seq"], res["reason"]) == (printed_seq, "published_head")
    # Even if the attacker also rewrote the table of published heads, the paper copy catches it.
    from sync_server.township.tables import tw_audit_heads

    with tw_server.tx() as conn:
        conn.execute(tw_audit_heads.delete())
    assert client.get("/v1/township/audit/verify", headers=h).json()["intact"] is True
    res = client.get(
        "/v1/township/audit/verify", params={"seq": printed_seq, "hash": printed_hash}, headers=h
    ).json()
    assert res["intact"] is False and res["reason"] == "published_head"
