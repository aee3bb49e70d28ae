"""Report figures against a hand-computed fixture (2025 official calendar; see each comment's arithmetic)."""

from __future__ import annotations

import dataclasses
import io

import pytest
from openpyxl import load_workbook
from tw_helpers import VILLAGE_A, VILLAGE_B, VillageDevice, act, arrive, china, clock_at

from sync_server.service import Server
from sync_server.township import index, reports
from villagedesk.core import codec
from villagedesk.core.models import Application, RatingLevel
from villagedesk.protocol.states import ApplicationState, MaterialStatus

from .conftest import LiveServer, login


def resend(dev: VillageDevice, mp: pytest.MonkeyPatch, day: str, app_uuid: str) -> None:
    """The village completes the returned pieces and queues the application again, as the app does."""
    payload, version = dev.server.application(app_uuid)
    returned = codec.decode(Application, payload)
    assert returned.state is ApplicationState.RETURNED
    fixed = tuple(
        dataclasses.replace(c, status=MaterialStatus.ORIGINAL_KEPT, reason="", count=1)
        for c in returned.checklist
    )
    again = dataclasses.replace(returned, state=ApplicationState.QUEUED, checklist=fixed, version=version + 1)
    with clock_at(mp, china(day)):
        dev.push("application", app_uuid, codec.encode(again))
    assert dev.server.application(app_uuid)[0]["state"] == "received"


def build_fixture(server: Server, mp: pytest.MonkeyPatch) -> dict[str, str]:
    a = VillageDevice.enroll(server, VILLAGE_A)
    b = VillageDevice.enroll(server, VILLAGE_B)
    # Village A, agent a1.
    # app1: MZ-004 (20 working days) accepted Fri 2025-09-26, approved Thu 10-30: the 20th working day
    # (9/28 and 10/11 are make-up days; 10/1-10/8 holidays) -> on time, 20 working days taken.
    app1 = arrive(a, mp, "2025-09-26", "MZ-004", "a1")
    act(server, mp, "2025-09-26", app1.uuid, "accept")
    act(server, mp, "2025-10-30", app1.uuid, "decide", decision="approve")
    # app2: same item, accepted 9/26, clock stopped Thu 10/09 and resumed Mon 10/13 (3 working days off:
    # 10/10, Sat 10/11 make-up, 10/13), approved Tue 11/04 = the new due date -> on time, 23 - 3 = 20 days.
    app2 = arrive(a, mp, "2025-09-26", "MZ-004", "a1")
    act(server, mp, "2025-09-26", app2.uuid, "accept")
    act(server, mp, "2025-10-09", app2.uuid, "stop", reason="on_site_inspection")
    act(server, mp, "2025-10-13", app2.uuid, "resume")
    act(server, mp, "2025-11-04", app2.uuid, "decide", decision="approve")
    # app3: received 10/09, not accepted 10/10.
    app3 = arrive(a, mp, "2025-10-09", "MZ-003", "a1")
    act(
        server,
        mp,
        "2025-10-10",
        app3.uuid,
        "not_accept",
        reason="不属于本机关职权范围",
        legal_basis="《行政许可法》第三十二条",
    )
    a.consultation("a1", "2025-10-15")
    a.consultation("a1", "2025-10-16")
    a.complaint("a1", "2025-10-20")
    a.rating(app1.uuid, RatingLevel.VERY_SATISFIED, "2025-10-31")
    # Village B, agent b1.
    # app4: MZ-008 (5 working days) accepted Fri 10/10: due Thu 10/16 (10/11 Sat is a make-up day);
    # approved Fri 10/24 -> late; 11 working days taken (10/11, 13-17, 20-24). A free proxy service.
    app4 = arrive(b, mp, "2025-10-10", "MZ-008", "b1", free_proxy=True)
    act(server, mp, "2025-10-10", app4.uuid, "accept")
    act(server, mp, "2025-10-24", app4.uuid, "decide", decision="approve")
    # app5: received 10/20, returned 10/21 with a defective material.
    app5 = arrive(b, mp, "2025-10-20", "MZ-008", "b1")
    act(server, mp, "2025-10-21", app5.uuid, "return", materials=[{"key": "MZ-008-M1", "reason": "照片模糊"}])
    # ... corrected and sent again on 10/23 (it arrives a second time: still ONE received, on 10/20),
    # accepted 10/24 (a second acceptance for village B in October).
    resend(b, mp, "2025-10-23", app5.uuid)
    act(server, mp, "2025-10-24", app5.uuid, "accept")
    b.consultation("b1", "2025-09-30")
    b.home_visit("b1", "2025-10-22", free_proxy=True)
    b.rating(app4.uuid, RatingLevel.DISSATISFIED, "2025-10-27")
    return {"app1": app1.uuid, "app2": app2.uuid, "app3": app3.uuid, "app4": app4.uuid, "app5": app5.uuid}


EXPECTED_OCT = {
    VILLAGE_A: dict(
        received=1,
        accepted=0,
        returned=0,
        not_accepted=1,
        completed=1,
        on_time=1,
        avg_working_days=20.0,
        consultations=2,
        home_visits=0,
        complaints=1,
        ratings=1,
        good_ratings=1,
        bad_ratings=0,
        free_proxy=0,
    ),
    VILLAGE_B: dict(
        received=2,  # app4 and app5; app5's second arrival (10/23) is not a second one received
        accepted=2,
        returned=1,
        not_accepted=0,
        completed=1,
        on_time=0,
        avg_working_days=11.0,
        consultations=0,
        home_visits=1,
        complaints=0,
        ratings=1,
        good_ratings=0,
        bad_ratings=1,
        free_proxy=1,
    ),
}
EXPECTED_OCT_TOTAL = dict(
    received=3,
    accepted=2,
    returned=1,
    not_accepted=1,
    completed=2,
    on_time=1,
    avg_working_days=15.5,
    consultations=2,
    home_visits=1,
    complaints=1,
    ratings=2,
    good_ratings=1,
    bad_ratings=1,
    free_proxy=1,
)


def test_report_matches_hand_computed_fixture(tw_server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    build_fixture(tw_server, monkeypatch)
    index.catch_up(tw_server)
    with tw_server.engine.connect() as conn:
        rows, total = reports.report(conn, "village", month="2025-10")
        sept, sept_total = reports.report(conn, "village", month="2025-09")
        nov, _ = reports.report(conn, "village", month="2025-11")
        by_agent, _ = reports.report(conn, "agent", month="2025-10")
        by_dept, _ = reports.report(conn, "department", month="2025-10")
        by_month, _ = reports.report(conn, "month", year="2025")
    got = {r.key: {k: r.as_dict()[k] for k in EXPECTED_OCT[VILLAGE_A]} for r in rows}
    assert got == EXPECTED_OCT
    assert {k: total.as_dict()[k] for k in EXPECTED_OCT_TOTAL} == EXPECTED_OCT_TOTAL
    assert total.on_time_rate == 0.5
    assert {r.key: (r.received, r.accepted) for r in sept} == {VILLAGE_A: (2, 2), VILLAGE_B: (0, 0)}
    assert sept_total.consultations == 1
    assert [(r.key, r.completed, r.on_time, r.avg_working_days) for r in nov] == [(VILLAGE_A, 1, 1, 20.0)]
    assert {r.key: r.completed for r in by_agent} == {"a1": 1, "b1": 1}
    # Consultations, visits and complaints name no item, so they fall under no department ("").
    assert {r.key: (r.received, r.consultations) for r in by_dept} == {
        "民政局（乡镇民政办/社会事务办公室）": (3, 0),
        "": (0, 2),
    }
    assert {r.key: r.completed for r in by_month} == {"2025-09": 0, "2025-10": 2, "2025-11": 1}
    assert [r.label for r in rows] == ["甲村", "乙村"]


def test_reindexing_is_idempotent_and_incremental(tw_server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    build_fixture(tw_server, monkeypatch)
    first = index.catch_up(tw_server)
    assert first > 0
    assert index.catch_up(tw_server) == 0  # nothing new: nothing read
    b = VillageDevice.enroll(tw_server, VILLAGE_B)
    with clock_at(monkeypatch, china("2025-10-28")):
        b.application("MZ-008", "b2")
    assert index.catch_up(tw_server) > 0
    with tw_server.engine.connect() as conn:
        _rows, total = reports.report(conn, "village", month="2025-10")
    assert total.received == EXPECTED_OCT_TOTAL["received"] + 1


def test_xlsx_and_csv_read_back(
    client: LiveServer, tw_server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_fixture(tw_server, monkeypatch)
    h = login(client, "director")
    r = client.get("/v1/township/reports/export", params={"format": "xlsx", "month": "2025-10"}, headers=h)
    assert r.status_code == 200, r.text
    wb = load_workbook(io.BytesIO(r.content))
    ws = wb.worksheets[0]
    table = [list(row) for row in ws.iter_rows(values_only=True)]
    header = table[0]
    col = {h_.split(" ")[-1] if " " in str(h_) else h_: i for i, h_ in enumerate(header)}
    assert header[0] == "编码 Key"
    by_key = {row[0]: row for row in table[1:]}
    assert by_key[VILLAGE_A][col["Received"]] == 1
    assert by_key[VILLAGE_B][col["Received"]] == 2
    assert by_key[VILLAGE_B][header.index("按时办结 On time")] == 0
    assert by_key[VILLAGE_B][header.index("平均工作日 Avg working days")] == 11.0
    total = by_key["*"]
    assert total[header.index("办结 Completed")] == 2
    assert total[header.index("按时率 On-time rate")] == 0.5
    assert total[header.index("免费代办 Free proxy")] == 1
    assert total[header.index("不满意")] == 1
    r = client.get("/v1/township/reports/export", params={"format": "csv", "month": "2025-10"}, headers=h)
    text = r.content.decode("utf-8-sig").splitlines()
    assert text[0].startswith("编码 Key,名称 Name,收件 Received")
    assert text[1].startswith(f"{VILLAGE_A},甲村,1,0,0,1,1,1,1.0,20.0,2,0,1,1,1,0,0")
