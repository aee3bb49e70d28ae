"""Follow-up: what came back from the township, what is due when, and what is waiting to be delivered.

Deadlines are the township's: counted in working days from its acceptance date (``core/workdays``),
shown as a countdown from today. The laptop's clock only decides what "today" is for the display.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from villagedesk.core.errors import ValidationError
from villagedesk.core.models import Application, ApplicationEvent, Clock, ClockPause, RatingLevel, ServiceItem
from villagedesk.core.workdays import WorkCalendar, clock_deadline, countdown
from villagedesk.protocol.states import ApplicationState as S
from villagedesk.protocol.states import ClockState, EventKind
from villagedesk.services import applications as apps_service
from villagedesk.services import records
from villagedesk.services.calendar import work_calendar
from villagedesk.storage.store import Store

# What the agent must act on comes first.
FOLLOW_UP_STATES: tuple[S, ...] = (
    S.RETURNED,
    S.RESULT_READY,
    S.AWAITING_MATERIALS,
    S.NOT_ACCEPTED,
    S.RECEIVED,
    S.ACCEPTED,
    S.IN_REVIEW,
    S.APPROVED,
    S.DENIED,
)
_ORDER = {s: i for i, s in enumerate(FOLLOW_UP_STATES)}


@dataclass(frozen=True)
class FollowUpRow:
    uuid: str
    tracking_number: str
    state: S
    applicant_id_number: str
    applicant_name: str
    applicant_name_bo: str
    item_name: str
    item_name_bo: str
    due: dt.date | None  # None before acceptance or while the clock is stopped
    days_left: int | None  # working days; 0 due today, negative overdue
    provisional: bool  # the deadline touches a year without the official schedule yet
    paused: bool


def follow_up(
    store: Store,
    *,
    today: dt.date | None = None,
    calendar: WorkCalendar | None = None,
    limit: int = 5000,
) -> list[FollowUpRow]:
    """The list reads summaries (columns and the clock), never whole records: it stays fast with
    100,000 applications on the laptop."""
    today = today or dt.date.today()
    cal = calendar or work_calendar(store)
    items: dict[tuple[str, str], ServiceItem] = {}
    with store.reader() as uow:
        apps = uow.application_summaries(
            states=[s.value for s in FOLLOW_UP_STATES], limit=limit, with_sizes=False
        )
        people = uow.applicant_names([a.applicant_id_number for a in apps])
        for a in apps:
            key = (a.item_code, a.catalog_version)
            if key not in items:
                items[key] = uow.item(*key)
    rows: list[tuple[tuple[int, int, str], FollowUpRow]] = []
    order = {s.value: i for s, i in _ORDER.items()}
    for a in apps:
        item = items[(a.item_code, a.catalog_version)]
        name, name_bo = people.get(a.applicant_id_number, ("", ""))
        due: dt.date | None = None
        left: int | None = None
        provisional = paused = False
        if a.state in (S.ACCEPTED, S.IN_REVIEW) and a.clock.get("started_on"):
            dl = clock_deadline(cal, _clock(a.clock), item.committed_time_limit, item.time_unit)
            if dl is not None:
                due, provisional, paused = dl.due, dl.provisional, dl.paused
                if due is not None:
                    left = countdown(cal, today, due)
        sort_key = (order[a.state.value], left if left is not None else 10**6, a.tracking_number)
        rows.append(
            (
                sort_key,
                FollowUpRow(
                    uuid=a.uuid,
                    tracking_number=a.tracking_number,
                    state=a.state,
                    applicant_id_number=a.applicant_id_number,
                    applicant_name=name,
                    applicant_name_bo=name_bo,
                    item_name=item.name_zh,
                    item_name_bo=item.name_bo,
                    due=due,
                    days_left=left,
                    provisional=provisional,
                    paused=paused,
                ),
            )
        )
    rows.sort(key=lambda kr: kr[0])  # the key is made once per row: sorting 5,000 rows stays cheap
    return [r for _k, r in rows]


def _clock(d: dict[str, Any]) -> Clock:
    """The encoded clock, read directly (the generic decoder is the slow part of a 5,000-row list)."""

    def day(v: object) -> dt.date | None:
        return dt.date.fromisoformat(str(v)) if v else None

    pauses = tuple(
        ClockPause(
            str(p.get("reason", "")),
            dt.date.fromisoformat(str(p["stopped_on"])),
            day(p.get("resumed_on")),
            str(p.get("note", "")),
        )
        for p in d.get("pauses") or ()
    )
    return Clock(
        ClockState(d.get("state", "not_started")),
        day(d.get("started_on")),
        pauses,
        int(d.get("extension_days", 0)),
    )


def township_word(store: Store, app_uuid: str) -> ApplicationEvent | None:
    """The township's latest event that carries words for the agent (return list, refusal reason...)."""
    with store.reader() as uow:
        events = uow.events(app_uuid)
    for ev in reversed(events):
        if ev.kind in (EventKind.NOTIFICATION_ISSUED, EventKind.TRANSITION) and ev.payload:
            return ev
    return None


def deliver_result(
    store: Store,
    app_uuid: str,
    *,
    agent_id: str,
    signed_by: str,
    how: str,
    rating: RatingLevel | None,
    comment: str = "",
) -> Application:
    """Record the hand-over of the result (signature or thumbprint) and the villager's rating, if given."""
    # Checked before delivering, so a refused rating does not leave a delivery without it.
    if rating in (RatingLevel.DISSATISFIED, RatingLevel.VERY_DISSATISFIED) and not comment.strip():
        raise ValidationError("say what went wrong", code="rating.comment_required")
    app = apps_service.deliver(store, app_uuid, agent_id=agent_id, signed_by=signed_by, how=how)
    if rating is not None:
        records.add_rating(store, application_uuid=app_uuid, level=rating, comment=comment)
    return app
