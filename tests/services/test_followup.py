"""Follow-up list: arrivals, working-day countdowns from the township's acceptance date, delivery + rating."""

from __future__ import annotations

import datetime as dt

import pytest

from villagedesk.core.errors import ValidationError
from villagedesk.core.models import RatingLevel
from villagedesk.core.workdays import countdown
from villagedesk.protocol.states import ApplicationState as S
from villagedesk.services import followup, records
from villagedesk.services.calendar import ensure_calendar, work_calendar
from villagedesk.storage.store import Store
from villagedesk.ui.demo import fill_demo


@pytest.fixture
def demo(store: Store) -> tuple[Store, dict[str, str]]:
    ensure_calendar(store)
    return store, fill_demo(store, today=dt.date(2026, 11, 2))


def test_states_and_order(demo: tuple[Store, dict[str, str]]) -> None:
    store, made = demo
    rows = followup.follow_up(store, today=dt.date(2026, 11, 2))
    states = [r.state for r in rows]
    assert states[0] is S.RETURNED and S.RESULT_READY in states and S.AWAITING_MATERIALS in states
    assert S.QUEUED not in states and S.DRAFT not in states
    by_uuid = {r.uuid: r for r in rows}
    assert by_uuid[made["returned"]].applicant_name


def test_countdown_is_in_working_days_from_acceptance(demo: tuple[Store, dict[str, str]]) -> None:
    store, made = demo
    cal = work_calendar(store)
    rows = {r.uuid: r for r in followup.follow_up(store, today=dt.date(2026, 11, 2))}
    row = rows[made["accepted"]]
    assert row.due is not None and row.days_left is not None
    # Accepted on 2026-10-21: the due date counts working days from the day after (National Day is past).
    with store.reader() as uow:
        app = uow.require_application(row.uuid)
        item = uow.item(app.item_code, app.catalog_version)
    assert cal.working_days_between(dt.date(2026, 10, 21), row.due) == item.committed_time_limit
    assert row.days_left == countdown(cal, dt.date(2026, 11, 2), row.due)
    overdue = rows[made["overdue"]]  # accepted 40 days ago: every demo item's limit is used up
    assert overdue.due is not None and overdue.due < dt.date(2026, 11, 2)
    assert overdue.days_left == -cal.working_days_between(overdue.due, dt.date(2026, 11, 2)) < 0


def test_deliver_with_rating(demo: tuple[Store, dict[str, str]]) -> None:
    store, made = demo
    uuid = made["result_ready"]
    with pytest.raises(ValidationError):
        followup.deliver_result(
            store,
            uuid,
            agent_id="agent-a",
            signed_by="王建华",
            how="thumbprint",
            rating=RatingLevel.DISSATISFIED,
        )
    with store.reader() as uow:
        assert uow.require_application(uuid).state is S.RESULT_READY  # nothing half-done
    app = followup.deliver_result(
        store, uuid, agent_id="agent-a", signed_by="王建华", how="thumbprint", rating=RatingLevel.SATISFIED
    )
    assert app.state is S.DELIVERED
    assert records.rating_of(store, app) is not None
    assert uuid not in {r.uuid for r in followup.follow_up(store)}


def test_township_word_for_a_returned_application(demo: tuple[Store, dict[str, str]]) -> None:
    store, made = demo
    ev = followup.township_word(store, made["returned"])
    assert ev is not None and "照片模糊" in str(ev.payload)


def test_clock_read_directly_matches_the_codec() -> None:
    from villagedesk.core import codec
    from villagedesk.core.models import Clock, ClockPause
    from villagedesk.protocol.states import ClockState

    clocks = [
        Clock(),
        Clock(ClockState.RUNNING, dt.date(2026, 1, 5), (), 0),
        Clock(
            ClockState.STOPPED,
            dt.date(2026, 1, 5),
            (
                ClockPause("hearing", dt.date(2026, 1, 7), dt.date(2026, 1, 9), "听证"),
                ClockPause("x", dt.date(2026, 1, 12)),
            ),
            3,
        ),
    ]
    for c in clocks:
        assert followup._clock(codec.encode(c)) == c
