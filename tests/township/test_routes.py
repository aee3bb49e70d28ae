"""The township staff API over real HTTP on loopback: the window's whole back end."""

from __future__ import annotations

import datetime as dt

import pytest
from tw_helpers import CATALOG, VILLAGE_A, VILLAGE_B, VILLAGE_OTHER, VillageDevice

from sync_server.service import CHINA, Server
from villagedesk.core import codec
from villagedesk.core.models import Handover, HandoverDirection, HandoverLine
from villagedesk.protocol import errors as E

from .conftest import LiveServer, login


def _act(client: LiveServer, h: dict[str, str], uuid_: str, action: str, base: int, **params: object):  # type: ignore[no-untyped-def]
    return client.post(
        f"/v1/staff/applications/{uuid_}/actions",
        json={"action": action, "base_version": base, "params": params},
        headers=h,
    )


def test_arrivals_accept_deadline_and_local_holiday(tw_server: Server, client: LiveServer) -> None:
    a = VillageDevice.enroll(tw_server, VILLAGE_A)
    app = a.application("MZ-008", "a1")
    b = VillageDevice.enroll(tw_server, VILLAGE_B)
    b.application("MZ-004", "b1")
    h = login(client, "clerk")
    arr = client.get("/v1/township/arrivals", headers=h).json()
    assert {i["village"] for i in arr["items"]} == {VILLAGE_A, VILLAGE_B}
    assert arr["by_village"][VILLAGE_A]["total"] == 1 and arr["by_village"][VILLAGE_A]["0-1"] == 1
    assert arr["items"][0]["age_days"] == 0
    only_a = client.get("/v1/township/arrivals", params={"village": VILLAGE_A}, headers=h).json()
    assert [i["uuid"] for i in only_a["items"]] == [app.uuid]
    base = only_a["items"][0]["version"]
    r = _act(client, h, app.uuid, "accept", base)
    assert r.status_code == 200, r.text
    board = client.get("/v1/township/deadlines", params={"soon": 5}, headers=h).json()
    (row,) = board["applications"]
    assert row["countdown"] == 5 and row["status"] == "due_soon"  # MZ-008: 5 working days
    assert board["by_village"] == [
        {"village": VILLAGE_A, "name": "甲村", "open": 1, "overdue": 0, "due_soon": 1}
    ]
    assert (
        client.get("/v1/township/deadlines", params={"soon": 3}, headers=h).json()["by_village"][0][
            "due_soon"
        ]
        == 0
    )
    # A local holiday on the due date moves it to the next working day and reaches the villages.
    d = login(client, "director")
    due = dt.date.fromisoformat(row["due_on"])
    r = client.post(
        "/v1/township/calendar/local", json={"add": [{"day": due.isoformat(), "name": "藏历新年"}]}, headers=d
    )
    assert r.status_code == 200, r.text
    (row2,) = client.get("/v1/township/deadlines", headers=h).json()["applications"]
    # Still 5 working days to go, but the holiday is not one of them: the date moves.
    assert row2["countdown"] == 5 and row2["due_on"] > row["due_on"]
    changes, _, _ = tw_server.changes(VILLAGE_B, 0, 1000)
    cal = [c for c in changes if c.record_type == "calendar_entry"][-1].payload
    assert {"day": due.isoformat(), "kind": "holiday", "source": "local", "name": "藏历新年"} in cal[
        "entries"
    ]
    # A clerk may not edit the calendar.
    assert client.post("/v1/township/calendar/local", json={"add": []}, headers=h).status_code == 403


def test_stale_action_refused_and_parallel_review(tw_server: Server, client: LiveServer) -> None:
    a = VillageDevice.enroll(tw_server, VILLAGE_A)
    app = a.application("MZ-004", "a1")
    h1, h2 = login(client, "clerk"), login(client, "clerk2")
    v = client.get(f"/v1/staff/applications/{app.uuid}", headers=h1).json()["version"]
    assert _act(client, h1, app.uuid, "accept", v).status_code == 200
    late = _act(client, h2, app.uuid, "not_accept", v, reason="材料不全")
    assert late.status_code == 409 and late.json()["error"]["code"] == E.CONFLICT_STALE
    v += 1
    assert _act(client, h1, app.uuid, "route", v, to=["民政办", "县残联"]).status_code == 200
    doc = client.post("/v1/township/documents", data=b"%PDF-1.4 decision", headers=h1)
    assert doc.status_code == 200, doc.text
    sha = doc.json()["sha256"]
    r = _act(client, h1, app.uuid, "decide", v + 1, task="T1", decision="approve", document_sha256=sha)
    assert r.json()["payload"]["state"] == "in_review"
    r = _act(client, h2, app.uuid, "decide", v + 2, task="T2", decision="approve", note="同意")
    assert r.json()["payload"]["state"] == "approved"
    r = _act(client, h1, app.uuid, "result_ready", v + 3)
    assert r.json()["payload"]["state"] == "result_ready"
    # The decision document flows to the village that owns the application.
    assert tw_server.owns_blob(VILLAGE_A, sha)
    assert client.get(f"/v1/township/blobs/{sha}", headers=h1).content == b"%PDF-1.4 decision"
    events = client.get(f"/v1/township/applications/{app.uuid}/events", headers=h1).json()["events"]
    assert [e["kind"] for e in events].count("task_decided") == 2
    assert client.post("/v1/township/documents", data=b"not a pdf", headers=h1).status_code == 400


def test_scope_and_roles(tw_server: Server, client: LiveServer) -> None:
    o = VillageDevice.enroll(tw_server, VILLAGE_OTHER)
    app = o.application("MZ-004", "x1")
    h = login(client, "clerk")
    assert client.get("/v1/township/arrivals", headers=h).json()["items"] == []
    assert _act(client, h, app.uuid, "accept", 2).status_code == 403
    g = login(client, "guest")
    assert _act(client, g, app.uuid, "accept", 2).status_code == 403
    assert client.post("/v1/township/enroll-codes", json={"village": VILLAGE_A}, headers=h).status_code == 403
    d = login(client, "admin")
    assert (
        client.post("/v1/township/enroll-codes", json={"village": VILLAGE_OTHER}, headers=d).status_code
        == 403
    )
    assert client.get("/v1/township/arrivals").status_code == 401


def test_catalog_agents_devices(tw_server: Server, client: LiveServer) -> None:
    d = login(client, "admin")
    a = VillageDevice.enroll(tw_server, VILLAGE_A)
    old = a.application("MZ-004", "a1")
    cat = codec.encode(CATALOG)
    cat["version"] = "2026-12-township"
    cat["items"][0]["name_zh"] = "最低生活保障审核确认（新）"
    cat["items"][0]["name_bo"] = "ཞབས་ཞུ་ཚོད་ལྟ"  # test data: any Tibetan the catalog carries is shown
    r = client.post("/v1/township/catalog", json=cat, headers=d)
    assert r.status_code == 200, r.text
    assert (
        client.post("/v1/township/catalog", json=cat, headers=d).json()["error"]["code"]
        == "catalog.version_exists"
    )
    got = client.get("/v1/township/catalog", headers=d).json()
    assert got["catalog"]["version"] == "2026-12-township" and got["published_versions"] == [
        "2026-12-township"
    ]
    for village in (VILLAGE_A, VILLAGE_B):
        changes, _, _ = tw_server.changes(village, 0, 1000)
        assert any(c.record_type == "catalog" and c.record_id == "2026-12-township" for c in changes)
    page = client.get("/catalog").text
    assert "最低生活保障审核确认（新）" in page and '<span class="bo" lang="bo">ཞབས་ཞུ་ཚོད་ལྟ</span>' in page
    payload, _ = tw_server.application(old.uuid)
    assert payload["catalog_version"] == CATALOG.version  # the application keeps its version
    # Agents: at least two per village.
    for i, village in enumerate((VILLAGE_A, VILLAGE_A, VILLAGE_B)):
        body = {
            "agent_id": f"ag{i}",
            "name": f"代办员{i}",
            "village_code": village,
            "phone": "",
            "name_bo": "",
            "active": True,
        }
        assert client.post("/v1/township/agents", json=body, headers=d).status_code == 200
    roster = client.get("/v1/township/agents", headers=d).json()
    assert len(roster["by_village"][VILLAGE_A]) == 2 and roster["short_of_agents"] == [VILLAGE_B]
    code = client.post("/v1/township/enroll-codes", json={"village": VILLAGE_B}, headers=d).json()["code"]
    assert tw_server.enroll(code)["village_code"] == VILLAGE_B
    devs = client.get("/v1/township/devices", headers=d).json()["devices"]
    assert {x["village"] for x in devs} == {VILLAGE_A, VILLAGE_B}
    target = next(x for x in devs if x["village"] == VILLAGE_A)
    assert client.post(f"/v1/township/devices/{target['device_id']}/revoke", headers=d).status_code == 200
    with pytest.raises(Exception, match="revoked"):
        tw_server.device(target["device_id"])


def test_complaints_handovers_and_usb_export(tw_server: Server, client: LiveServer) -> None:
    a = VillageDevice.enroll(tw_server, VILLAGE_A)
    today = dt.datetime.now(CHINA).date()
    rid = a.complaint("a1", today.isoformat())
    app = a.application("MZ-004", "a1")
    ho = Handover(
        "H1",
        VILLAGE_A,
        "a1",
        HandoverDirection.TO_TOWNSHIP,
        lines=(
            HandoverLine(app.uuid, app.tracking_number, "户口簿原件", 1),
            HandoverLine(app.uuid, app.tracking_number, "残疾证原件", 1),
        ),
        created_on=today,
    )
    a.push("handover", "H1", codec.encode(ho))
    h = login(client, "clerk")
    (c,) = client.get("/v1/township/complaints", headers=h).json()["complaints"]
    assert c["record_id"] == rid and c["overdue"] is False and c["due_on"] > today.isoformat()
    r = client.post(f"/v1/township/complaints/{rid}", json={"status": "resolved"}, headers=h)
    assert r.json()["error"]["code"] == "complaint.resolution_required"
    r = client.post(
        f"/v1/township/complaints/{rid}",
        json={"status": "resolved", "resolution": "已电话回复", "base_version": 1},
        headers=h,
    )
    assert r.status_code == 200, r.text
    assert (
        client.get("/v1/township/complaints", params={"status": "resolved"}, headers=h).json()["complaints"][
            0
        ]["resolution"]
        == "已电话回复"
    )
    (lst,) = client.get("/v1/township/handovers", headers=h).json()["handovers"]
    r = client.post(
        "/v1/township/handovers/H1/countersign",
        json={"checked": [0, 1], "base_version": lst["version"]},
        headers=h,
    )
    assert r.status_code == 200, r.text
    signed = r.json()["handover"]
    assert signed["countersigned_by"] == "clerk" and all(x["checked"] for x in signed["lines"])
    # Both changes flow down to the village.
    changes, _, _ = tw_server.changes(VILLAGE_A, 0, 1000)
    assert any(
        ch.record_type == "handover" and ch.payload.get("countersigned_by") == "clerk" for ch in changes
    )
    # USB export of what the village's laptops would pull, with the audit head published.
    r = client.post(f"/v1/township/villages/{VILLAGE_A}/export-batch", headers=h)
    assert (
        r.status_code == 200
        and int(r.headers["X-VD-Entries"]) > 0
        and len(r.headers["X-VD-Audit-Head"]) == 64
    )
    chk = client.get("/v1/township/audit/verify", headers=h).json()
    assert chk["intact"] and chk["heads_checked"] == 1


def test_public_catalog_page(client: LiveServer) -> None:
    r = client.get("/catalog")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    item = CATALOG.items[0]
    assert item.name_zh in html and item.materials[0].name_zh in html
    assert 'lang="bo"' in html and "ཞབས་ཞུའི་ལྟེ་གནས" in html  # glossary-attested labels
    assert html.count('class="item"') == len(CATALOG.items)
    font = client.get("/catalog/fonts/tibetan.ttf")
    assert font.status_code == 200 and font.content[:4] in (b"\x00\x01\x00\x00", b"OTTO", b"true")
    assert client.get("/catalog/fonts/../../etc/passwd").status_code == 404


def test_next_years_official_schedule_replaces_the_estimate(tw_server: Server, client: LiveServer) -> None:
    d = login(client, "director")
    year = dt.datetime.now(CHINA).year + 1
    before = client.get("/v1/township/calendar", params={"year": year}, headers=d).json()
    if year in before["official_years"]:
        pytest.fail(f"chinesecalendar already has {year}: move this test a year on")
    assert before["entries"] and {e["source"] for e in before["entries"]} == {"statutory"}
    notice = [
        {"day": f"{year}-01-01", "kind": "holiday", "name": "元旦"},
        {"day": f"{year}-02-06", "kind": "workday", "name": "春节调休上班"},
    ]
    r = client.post("/v1/township/calendar/official", json={"year": year, "entries": notice}, headers=d)
    assert r.status_code == 200, r.text
    after = client.get("/v1/township/calendar", params={"year": year}, headers=d).json()
    assert year in after["official_years"]
    assert [(e["day"], e["kind"], e["source"]) for e in after["entries"]] == [
        (f"{year}-01-01", "holiday", "official"),
        (f"{year}-02-06", "workday", "official"),
    ]
    bad = client.post(
        "/v1/township/calendar/official",
        json={"year": year, "entries": [{"day": f"{year + 1}-01-01", "kind": "holiday"}]},
        headers=d,
    )
    assert bad.json()["error"]["code"] == "calendar.official_entry"
