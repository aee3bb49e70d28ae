"""Each township role, allowed and refused, over real HTTP on loopback (SQLite and PostgreSQL).

The matrix is sync_server/township/roles.py (the table in docs/architecture.md). Every refusal is a 403
with the code ``auth.forbidden`` and the permission and role as parameters, for the window to word.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import requests
from tw_helpers import CATALOG, DEPT_MZ, DEPT_RS, VILLAGE_A, VILLAGE_B, VillageDevice, clock_at

from sync_server.service import CHINA, Server
from villagedesk.core import codec
from villagedesk.core.models import Handover, HandoverDirection, HandoverLine

from .conftest import LiveServer, login

ROLES = ("clerk", "dept_reviewer", "director", "admin")
USER = {"clerk": "clerk", "dept_reviewer": "minzheng", "director": "director", "admin": "admin"}


def _act(client: LiveServer, h: dict[str, str], uuid_: str, action: str, **params: Any) -> requests.Response:
    version = client.get(f"/v1/staff/applications/{uuid_}", headers=login(client, "clerk")).json()["version"]
    return client.post(
        f"/v1/staff/applications/{uuid_}/actions",
        json={"action": action, "base_version": version, "params": params},
        headers=h,
    )


def _refused(r: requests.Response, role: str) -> None:
    assert r.status_code == 403, r.text
    err = r.json()["error"]
    assert err["code"] == "auth.forbidden" and err["params"]["role"] == role, err


def _world(server: Server) -> dict[str, Any]:
    a = VillageDevice.enroll(server, VILLAGE_A)
    today = dt.datetime.now(CHINA).date()
    complaint = a.complaint("a1", today.isoformat())
    app = a.application("MZ-004", "a1")
    ho = Handover(
        "H1",
        VILLAGE_A,
        "a1",
        HandoverDirection.TO_TOWNSHIP,
        lines=(HandoverLine(app.uuid, app.tracking_number, "户口簿原件", 1),),
        created_on=today,
    )
    a.push("handover", "H1", codec.encode(ho))
    return {"app": app.uuid, "complaint": complaint, "device": a.device.device_id}


def _cases(w: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], set[str]]]:
    """(method, path, request keywords, the roles allowed). A refused role is asked before an allowed one,
    so a write that succeeds cannot change what a later role sees."""
    year = dt.datetime.now(CHINA).year
    cat = codec.encode(CATALOG)
    cat["version"] = "roles-test"
    agent = {"agent_id": "ag9", "name": "代办员9", "village_code": VILLAGE_B, "phone": "", "name_bo": ""}
    return [
        ("GET", "/v1/township/villages", {}, set(ROLES)),
        ("GET", "/v1/township/catalog", {}, set(ROLES)),
        ("GET", "/v1/township/calendar", {}, set(ROLES)),
        ("GET", "/v1/township/arrivals", {}, {"clerk", "director"}),
        ("GET", "/v1/township/deadlines", {}, {"clerk", "director"}),
        ("GET", f"/v1/township/applications/{w['app']}/events", {}, {"clerk", "director"}),
        ("GET", f"/v1/township/applications/{w['app']}/context", {}, {"clerk", "director"}),
        ("GET", "/v1/township/reports", {}, {"director"}),
        ("GET", "/v1/township/reports/export", {"params": {"format": "csv"}}, {"director"}),
        ("GET", "/v1/township/audit/verify", {}, {"clerk", "director", "admin"}),
        ("GET", "/v1/township/complaints", {}, {"clerk", "director"}),
        ("GET", "/v1/township/handovers", {}, {"clerk", "director"}),
        ("GET", "/v1/township/agents", {}, {"director", "admin"}),
        ("GET", "/v1/township/devices", {}, {"director", "admin"}),
        ("GET", "/v1/township/staff", {}, {"admin"}),
        ("POST", "/v1/township/documents", {"data": b"%PDF-1.4 decision"}, {"clerk", "dept_reviewer"}),
        ("POST", "/v1/township/import-batch", {"data": b"not a batch"}, {"clerk"}),
        (
            "POST",
            f"/v1/township/complaints/{w['complaint']}",
            {"json": {"status": "in_progress"}},
            {"clerk", "director"},
        ),
        ("POST", "/v1/township/handovers/H1/countersign", {"json": {"checked": [0]}}, {"clerk"}),
        (
            "POST",
            "/v1/township/calendar/local",
            {"json": {"add": [{"day": f"{year + 1}-03-03", "name": "本地节日"}]}},
            {"director", "admin"},
        ),
        ("POST", "/v1/township/catalog", {"json": cat}, {"admin"}),
        ("POST", "/v1/township/agents", {"json": agent}, {"admin"}),
        ("POST", "/v1/township/enroll-codes", {"json": {"village": VILLAGE_B}}, {"admin"}),
        (
            "POST",
            "/v1/township/staff",
            {"json": {"username": "new1", "password": "pw-new-1", "role": "clerk"}},
            {"admin"},
        ),
        ("POST", f"/v1/township/devices/{w['device']}/revoke", {}, {"admin"}),
    ]


def test_each_role_allowed_and_refused(tw_server: Server, client: LiveServer) -> None:
    w = _world(tw_server)
    heads = {role: login(client, USER[role]) for role in ROLES}
    for method, path, kw, allowed in _cases(w):
        for role in sorted(ROLES, key=lambda r: r in allowed):  # refused roles first
            r = client.session.request(method, client.url + path, headers=heads[role], timeout=60, **kw)
            if role in allowed:
                assert r.status_code == 200, (role, method, path, r.text)
            else:
                _refused(r, role)
    # Application actions: the window clerk only (a department reviewer only decides its own task).
    for role in ("dept_reviewer", "director", "admin"):
        _refused(_act(client, heads[role], w["app"], "accept"), role)
    assert _act(client, heads["clerk"], w["app"], "accept").status_code == 200
    me = {role: client.get("/v1/township/me", headers=heads[role]).json() for role in ROLES}
    assert {role: m["role"] for role, m in me.items()} == {r: r for r in ROLES}
    assert me["dept_reviewer"]["department"] == DEPT_MZ
    assert "applications.act" in me["clerk"]["permissions"]
    assert "applications.act" not in me["director"]["permissions"]
    assert "staff" in me["admin"]["permissions"] and "applications.read" not in me["admin"]["permissions"]
    # The legacy name "viewer" became a director: reads, never acts.
    guest = login(client, "guest")
    assert client.get("/v1/township/me", headers=guest).json()["role"] == "director"
    _refused(_act(client, guest, w["app"], "route", to=[DEPT_MZ]), "director")


def test_department_reviewer_sees_and_decides_only_its_department(
    tw_server: Server, client: LiveServer
) -> None:
    a = VillageDevice.enroll(tw_server, VILLAGE_A)
    routed, other = a.application("MZ-004", "a1"), a.application("MZ-004", "a1")
    clerk, mz, rs = login(client, "clerk"), login(client, "minzheng"), login(client, "renshe")
    for uuid_ in (routed.uuid, other.uuid):
        assert _act(client, clerk, uuid_, "accept").status_code == 200
    assert _act(client, clerk, routed.uuid, "route", to=[DEPT_MZ, DEPT_RS]).status_code == 200
    assert _act(client, clerk, other.uuid, "route", to=[DEPT_RS]).status_code == 200
    # Its queue holds what was routed to it, whatever department it asks for.
    q = client.get("/v1/township/tasks", params={"department": DEPT_RS}, headers=mz).json()
    assert q["department"] == DEPT_MZ and [(t["uuid"], t["task"]["task_id"]) for t in q["tasks"]] == [
        (routed.uuid, "T1")
    ]
    assert client.get(f"/v1/township/applications/{routed.uuid}/context", headers=mz).status_code == 200
    r = client.get(f"/v1/township/applications/{other.uuid}/context", headers=mz)
    _refused(r, "dept_reviewer")
    assert r.json()["error"]["params"]["department"] == DEPT_MZ
    _refused(client.get("/v1/township/arrivals", headers=mz), "dept_reviewer")
    # Another department's decision is refused and changes nothing; its own goes through.
    r = _act(client, mz, routed.uuid, "decide", task="T2", decision="approve")
    _refused(r, "dept_reviewer")
    assert r.json()["error"]["params"]["body"] == DEPT_RS
    _refused(_act(client, mz, routed.uuid, "decide", decision="approve"), "dept_reviewer")  # no task named
    _refused(_act(client, mz, routed.uuid, "stop", reason="on_site_inspection"), "dept_reviewer")
    payload, _ = tw_server.application(routed.uuid)
    assert [t["state"] for t in payload["review_tasks"]] == ["pending", "pending"]
    r = _act(client, mz, routed.uuid, "decide", task="T1", decision="approve", note="符合")
    assert r.status_code == 200, r.text
    r = _act(client, rs, routed.uuid, "decide", task="T2", decision="deny", note="不符合")
    assert r.status_code == 200, r.text
    payload, _ = tw_server.application(routed.uuid)
    assert payload["state"] == "denied"
    assert [(t["body"], t["decided_by"]) for t in payload["review_tasks"]] == [
        (DEPT_MZ, "staff:minzheng"),
        (DEPT_RS, "staff:renshe"),
    ]
    # The clerk still records a decision on a department's behalf.
    assert _act(client, clerk, other.uuid, "decide", task="T1", decision="approve").status_code == 200


def test_staff_accounts_by_the_administrator(tw_server: Server, client: LiveServer) -> None:
    adm = login(client, "admin")
    body = {"username": "kelsang", "password": "pw-kelsang-1", "role": "dept_reviewer"}
    r = client.post("/v1/township/staff", json=body, headers=adm)
    assert r.json()["error"]["code"] == "staff.department_required"
    r = client.post("/v1/township/staff", json={**body, "department": DEPT_RS}, headers=adm)
    assert r.status_code == 200, r.text
    r = client.post(
        "/v1/township/staff", json={**body, "township": "姑咱镇", "department": DEPT_RS}, headers=adm
    )
    assert r.status_code == 403 and r.json()["error"]["code"] == "auth.forbidden"  # not another township's
    rows = {s["username"]: s for s in client.get("/v1/township/staff", headers=adm).json()["staff"]}
    assert (rows["kelsang"]["role"], rows["kelsang"]["department"]) == ("dept_reviewer", DEPT_RS)
    assert "outsider" not in rows  # another township's administrator
    r = client.post("/v1/staff/login", json={"username": "kelsang", "password": "pw-kelsang-1"})
    assert r.status_code == 200 and r.json()["role"] == "dept_reviewer"


def test_devices_last_sync(tw_server: Server, client: LiveServer, monkeypatch: pytest.MonkeyPatch) -> None:
    a = VillageDevice.enroll(tw_server, VILLAGE_A)
    b = VillageDevice.enroll(tw_server, VILLAGE_B)
    when = dt.datetime(2026, 11, 20, 3, 15, tzinfo=dt.UTC)
    with clock_at(monkeypatch, when):
        tw_server.hello(tw_server.device(a.device.device_id))
    devs = {
        d["village"]: d
        for d in client.get("/v1/township/devices", headers=login(client, "admin")).json()["devices"]
    }
    assert devs[VILLAGE_A]["last_seen_at"] == when.isoformat()
    assert devs[VILLAGE_B]["last_seen_at"] is None
    b.application("MZ-008", "b1")  # a push is not a sync pass: no write per request
    devs = {d["village"]: d for d in tw_server.list_devices()}
    assert devs[VILLAGE_B]["last_seen_at"] is None
