"""The application lifecycle: one explicit state machine, shared by the village client and the server.

Every function takes an :class:`Application` and returns ``(new_application, events)``; an illegal change
raises :class:`TransitionError` and changes nothing. Who may do what is part of the table: the village
(agents) owns an application until it is queued (and again while it is returned for correction); the
township owns it from ``received`` on.

    draft --notify_missing--> awaiting_materials --complete--> ready
    draft --complete--> ready --queue--> queued --receive--> received
    received --accept--> accepted --route--> in_review --(all tasks decided)--> approved | denied
    accepted --decide--> approved | denied                  (decided by the center itself)
    received/accepted --return--> returned --complete--> ready --queue--> queued ...  (correction loop)
    received --not_accept--> not_accepted
    approved | denied --result_ready--> result_ready --deliver--> delivered
    draft/awaiting_materials/ready/queued/returned/received --withdraw--> withdrawn
    after the township has acted, a withdrawal is only *requested*; the township decides.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from enum import StrEnum

from villagedesk.core.errors import TransitionError, ValidationError
from villagedesk.core.models import (
    Application,
    ApplicationEvent,
    Clock,
    ClockPause,
    MaterialCheck,
    ReviewTask,
    ServiceItem,
)
from villagedesk.protocol.states import (
    ApplicationState as S,
)
from villagedesk.protocol.states import (
    ClockState,
    ClockStopReason,
    EventKind,
    MaterialStatus,
    ReviewTaskState,
)


class Side(StrEnum):
    VILLAGE = "village"
    TOWNSHIP = "township"


class Action(StrEnum):
    NOTIFY_MISSING = "notify_missing"
    COMPLETE = "complete"
    QUEUE = "queue"
    RECEIVE = "receive"
    ACCEPT = "accept"
    RETURN = "return"
    NOT_ACCEPT = "not_accept"
    ROUTE = "route"
    DECIDE_TASK = "decide_task"
    DECIDE = "decide"
    RESULT_READY = "result_ready"
    DELIVER = "deliver"
    WITHDRAW = "withdraw"
    REOPEN = "reopen"  # back from ready/awaiting to draft to edit


# (action, from) -> (targets, side). Derived states (in_review -> approved/denied) are not actions.
TRANSITIONS: dict[tuple[Action, S], tuple[frozenset[S], Side]] = {}


def _allow(action: Action, sources: Iterable[S], targets: Iterable[S], side: Side) -> None:
    for s in sources:
        TRANSITIONS[(action, s)] = (frozenset(targets), side)


V, T = Side.VILLAGE, Side.TOWNSHIP
_allow(Action.NOTIFY_MISSING, [S.DRAFT], [S.AWAITING_MATERIALS], V)
_allow(Action.COMPLETE, [S.DRAFT, S.AWAITING_MATERIALS, S.RETURNED], [S.READY], V)
_allow(Action.REOPEN, [S.READY], [S.DRAFT], V)
_allow(Action.QUEUE, [S.READY], [S.QUEUED], V)
_allow(Action.RECEIVE, [S.QUEUED], [S.RECEIVED], T)
_allow(Action.ACCEPT, [S.RECEIVED], [S.ACCEPTED], T)
_allow(Action.RETURN, [S.RECEIVED, S.ACCEPTED], [S.RETURNED], T)
_allow(Action.NOT_ACCEPT, [S.RECEIVED], [S.NOT_ACCEPTED], T)
_allow(Action.ROUTE, [S.ACCEPTED, S.IN_REVIEW], [S.IN_REVIEW], T)
_allow(Action.DECIDE_TASK, [S.IN_REVIEW], [S.IN_REVIEW, S.APPROVED, S.DENIED], T)
_allow(Action.DECIDE, [S.ACCEPTED], [S.APPROVED, S.DENIED], T)
_allow(Action.RESULT_READY, [S.APPROVED, S.DENIED], [S.RESULT_READY], T)
_allow(Action.DELIVER, [S.RESULT_READY], [S.DELIVERED], V)
_allow(
    Action.WITHDRAW,
    [S.DRAFT, S.AWAITING_MATERIALS, S.READY, S.QUEUED, S.RETURNED],
    [S.WITHDRAWN],
    V,
)
# The township decides a withdrawal that arrives after it acted (and may withdraw on arrival).
_allow(Action.WITHDRAW, [S.RECEIVED, S.ACCEPTED, S.IN_REVIEW], [S.WITHDRAWN], T)

VILLAGE_OWNED = frozenset({S.DRAFT, S.AWAITING_MATERIALS, S.READY, S.QUEUED, S.RETURNED})
CLOCK_STATES = frozenset({S.ACCEPTED, S.IN_REVIEW})


def allowed_actions(state: S, side: Side | None = None) -> list[Action]:
    return [a for (a, s), (_, sd) in TRANSITIONS.items() if s == state and (side is None or sd == side)]


@dataclasses.dataclass(frozen=True)
class Ctx:
    """Who acts, where, and when. ``today`` is the acting side's working date (the server's for deadlines)."""

    actor: str
    side: Side
    now: dt.datetime


Result = tuple[Application, list[ApplicationEvent]]


def _check(app: Application, action: Action, ctx: Ctx) -> frozenset[S]:
    rule = TRANSITIONS.get((action, app.state))
    if rule is None:
        raise TransitionError(
            f"cannot {action.value} an application that is {app.state.value}",
            code="lifecycle.illegal",
            action=action.value,
            state=app.state.value,
        )
    targets, side = rule
    if side != ctx.side:
        raise TransitionError(
            f"{action.value} from {app.state.value} is for the {side.value}, not the {ctx.side.value}",
            code="lifecycle.wrong_side",
            action=action.value,
            state=app.state.value,
            side=ctx.side.value,
        )
    return targets


def _event(
    app: Application,
    ctx: Ctx,
    kind: EventKind,
    *,
    to: S | None = None,
    **payload: object,
) -> ApplicationEvent:
    return ApplicationEvent(
        event_id=str(uuid.uuid4()),
        application_uuid=app.uuid,
        kind=kind.value,
        actor=ctx.actor,
        device_time=ctx.now,
        from_state=app.state if to is not None else None,
        to_state=to,
        payload=dict(payload),
    )


def _move(app: Application, ctx: Ctx, action: Action, to: S, **changes: object) -> Result:
    targets = _check(app, action, ctx)
    if to not in targets:  # pragma: no cover - guarded by callers
        raise TransitionError(f"{action.value} cannot lead to {to.value}", code="lifecycle.illegal")
    ev = _event(app, ctx, EventKind.TRANSITION, to=to, action=action.value)
    new = dataclasses.replace(app, state=to, version=app.version + 1, **changes)  # type: ignore[arg-type]
    return new, [ev]


# ---------------------------------------------------------------- village side


def created(app: Application, ctx: Ctx, **payload: object) -> ApplicationEvent:
    """The first event of every application."""
    if app.state is not S.DRAFT:
        raise TransitionError("a new application starts as a draft", code="lifecycle.illegal")
    return dataclasses.replace(_event(app, ctx, EventKind.CREATED), payload=dict(payload))


def missing_materials(app: Application, item: ServiceItem) -> list[MaterialCheck]:
    """Required materials that are missing or defective (and optional ones marked so)."""
    out = []
    for m in item.materials:
        try:
            c = app.check(m.key)
        except KeyError:
            c = MaterialCheck(m.key)
        if c.status in (MaterialStatus.MISSING, MaterialStatus.DEFECTIVE):
            out.append(c)
        elif c.status is MaterialStatus.PENDING and m.required:
            out.append(dataclasses.replace(c, status=MaterialStatus.MISSING))
    return out


def unchecked_materials(app: Application, item: ServiceItem) -> list[str]:
    keys = {c.material_key: c for c in app.checklist}
    return [
        m.key
        for m in item.materials
        if keys.get(m.key, MaterialCheck(m.key)).status is MaterialStatus.PENDING
    ]


def set_checklist(app: Application, checklist: Sequence[MaterialCheck], ctx: Ctx) -> Result:
    if app.state not in (S.DRAFT, S.AWAITING_MATERIALS, S.RETURNED):
        raise TransitionError(
            f"the checklist cannot change while the application is {app.state.value}",
            code="lifecycle.checklist_locked",
            state=app.state.value,
        )
    for c in checklist:
        if c.status is MaterialStatus.DEFECTIVE and not c.reason.strip():
            raise ValidationError(
                f"material {c.material_key} is marked defective without a reason",
                code="checklist.defect_reason",
                material=c.material_key,
            )
    if app.state is S.RETURNED:
        # The correction loop reopens exactly the listed pieces; nothing else may change.
        listed = set(_returned_keys(app))
        before = {c.material_key: c for c in app.checklist}
        for c in checklist:
            if c.material_key not in listed and before.get(c.material_key) != c:
                raise TransitionError(
                    f"material {c.material_key} was not returned for correction",
                    code="lifecycle.not_returned_material",
                    material=c.material_key,
                )
    ev = _event(app, ctx, EventKind.CHECKLIST_UPDATED)
    return dataclasses.replace(app, checklist=tuple(checklist), version=app.version + 1), [ev]


def _returned_keys(app: Application) -> list[str]:
    return [
        c.material_key
        for c in app.checklist
        if c.status in (MaterialStatus.MISSING, MaterialStatus.DEFECTIVE)
    ]


def notify_missing(app: Application, item: ServiceItem, ctx: Ctx) -> Result:
    """Issue the one-time notification: everything missing, at once. It can be issued only once."""
    missing = missing_materials(app, item)
    if not missing:
        raise TransitionError("nothing is missing", code="lifecycle.nothing_missing")
    pending = unchecked_materials(app, item)
    if pending:
        raise ValidationError(
            "check every material before issuing the one-time notification",
            code="checklist.unchecked",
            materials=pending,
        )
    checklist = _with_missing(app, missing)
    app2 = dataclasses.replace(app, checklist=checklist)
    new, evs = _move(app2, ctx, Action.NOTIFY_MISSING, S.AWAITING_MATERIALS)
    evs.append(
        _event(
            app2,
            ctx,
            EventKind.NOTIFICATION_ISSUED,
            materials=[
                {"key": c.material_key, "status": c.status.value, "reason": c.reason} for c in missing
            ],
        )
    )
    return new, evs


def _with_missing(app: Application, missing: list[MaterialCheck]) -> tuple[MaterialCheck, ...]:
    by_key = {c.material_key: c for c in app.checklist}
    for c in missing:
        by_key[c.material_key] = c
    return tuple(by_key.values())


def complete(app: Application, item: ServiceItem, ctx: Ctx) -> Result:
    """All required materials are in hand: the application is ready to be queued."""
    missing = missing_materials(app, item)
    if missing:
        raise ValidationError(
            "required materials are still missing or defective",
            code="checklist.incomplete",
            materials=[c.material_key for c in missing],
        )
    pending = unchecked_materials(app, item)
    if pending:
        raise ValidationError(
            "some materials have not been checked", code="checklist.unchecked", materials=pending
        )
    return _move(app, ctx, Action.COMPLETE, S.READY)


def reopen(app: Application, ctx: Ctx) -> Result:
    return _move(app, ctx, Action.REOPEN, S.DRAFT)


def queue(app: Application, tracking_number: str, ctx: Ctx) -> Result:
    """Queue for the township; the receipt carries the tracking number (kept through corrections)."""
    if not (app.tracking_number or tracking_number):
        raise ValidationError("a tracking number is needed to queue", code="lifecycle.no_tracking_number")
    return _move(app, ctx, Action.QUEUE, S.QUEUED, tracking_number=app.tracking_number or tracking_number)


def deliver(app: Application, ctx: Ctx, *, signed_by: str, how: str = "signature") -> Result:
    if how not in ("signature", "thumbprint"):
        raise ValidationError("delivery is signed or thumbprinted", code="delivery.how", how=how)
    new, evs = _move(app, ctx, Action.DELIVER, S.DELIVERED)
    evs[0] = dataclasses.replace(evs[0], payload={**evs[0].payload, "signed_by": signed_by, "how": how})
    return new, evs


def take_over(app: Application, ctx: Ctx, *, reason: str = "") -> Result:
    """AB岗: the other agent takes over; the responsible agent (首问负责) stays on record."""
    if app.state not in VILLAGE_OWNED and app.state is not S.RESULT_READY:
        raise TransitionError(
            "only the village's open work can be taken over", code="lifecycle.takeover", state=app.state.value
        )
    if ctx.actor == (app.current_agent or app.responsible_agent):
        raise TransitionError("the agent already holds this application", code="lifecycle.takeover_self")
    ev = _event(
        app, ctx, EventKind.TAKEOVER, previous=app.current_agent or app.responsible_agent, reason=reason
    )
    return dataclasses.replace(app, current_agent=ctx.actor, version=app.version + 1), [ev]


def withdraw(app: Application, ctx: Ctx, *, reason: str = "") -> Result:
    """Withdraw. From the village after the township has acted, it becomes a request for the township."""
    if ctx.side is Side.VILLAGE and app.state not in VILLAGE_OWNED:
        if app.state not in (S.RECEIVED, S.ACCEPTED, S.IN_REVIEW):
            raise TransitionError(
                f"an application that is {app.state.value} cannot be withdrawn",
                code="lifecycle.illegal",
                action=Action.WITHDRAW.value,
                state=app.state.value,
            )
        ev = _event(app, ctx, EventKind.WITHDRAWAL_REQUESTED, reason=reason)
        return dataclasses.replace(app, withdrawal_requested=True, version=app.version + 1), [ev]
    new, evs = _move(app, ctx, Action.WITHDRAW, S.WITHDRAWN, clock=_finish(app.clock))
    evs[0] = dataclasses.replace(evs[0], payload={**evs[0].payload, "reason": reason})
    return new, evs


def refuse_withdrawal(app: Application, ctx: Ctx, *, reason: str) -> Result:
    if not app.withdrawal_requested or ctx.side is not Side.TOWNSHIP:
        raise TransitionError("no withdrawal request to refuse", code="lifecycle.no_withdrawal_request")
    ev = _event(app, ctx, EventKind.WITHDRAWAL_REFUSED, reason=reason)
    return dataclasses.replace(app, withdrawal_requested=False, version=app.version + 1), [ev]


# ---------------------------------------------------------------- township side


def receive(app: Application, ctx: Ctx) -> Result:
    return _move(app, ctx, Action.RECEIVE, S.RECEIVED)


def accept(app: Application, ctx: Ctx, *, today: dt.date) -> Result:
    """Acceptance starts the clock; deadlines count from the township's date, never the laptop's."""
    clock = Clock(state=ClockState.RUNNING, started_on=today)
    return _move(app, ctx, Action.ACCEPT, S.ACCEPTED, clock=clock)


def return_for_correction(app: Application, corrections: Sequence[MaterialCheck], ctx: Ctx) -> Result:
    """Send back with the full list of missing or defective materials (the one-time notification)."""
    if not corrections:
        raise ValidationError("list what must be corrected", code="lifecycle.return_empty")
    for c in corrections:
        if c.status not in (MaterialStatus.MISSING, MaterialStatus.DEFECTIVE):
            raise ValidationError(
                "a returned material is missing or defective",
                code="lifecycle.return_status",
                material=c.material_key,
            )
        if c.status is MaterialStatus.DEFECTIVE and not c.reason.strip():
            raise ValidationError(
                f"say what is wrong with {c.material_key}",
                code="checklist.defect_reason",
                material=c.material_key,
            )
    known = {c.material_key for c in app.checklist}
    unknown = [c.material_key for c in corrections if c.material_key not in known]
    if unknown:
        raise ValidationError(
            "unknown material in the correction list", code="lifecycle.return_unknown", materials=unknown
        )
    by_key = {c.material_key: c for c in app.checklist}
    for c in corrections:
        by_key[c.material_key] = dataclasses.replace(by_key[c.material_key], status=c.status, reason=c.reason)
    new, evs = _move(app, ctx, Action.RETURN, S.RETURNED, checklist=tuple(by_key.values()), clock=Clock())
    evs.append(
        _event(
            app,
            ctx,
            EventKind.NOTIFICATION_ISSUED,
            materials=[
                {"key": c.material_key, "status": c.status.value, "reason": c.reason} for c in corrections
            ],
        )
    )
    return new, evs


def not_accept(app: Application, ctx: Ctx, *, reason: str, legal_basis: str = "") -> Result:
    if not reason.strip():
        raise ValidationError("a reason is required", code="lifecycle.reason_required")
    new, evs = _move(app, ctx, Action.NOT_ACCEPT, S.NOT_ACCEPTED)
    evs[0] = dataclasses.replace(
        evs[0], payload={**evs[0].payload, "reason": reason, "legal_basis": legal_basis}
    )
    return new, evs


def route(app: Application, bodies: Sequence[str], ctx: Ctx) -> Result:
    """并联办理: one review task per department or county body, deciding in parallel."""
    bodies = [b.strip() for b in bodies if b.strip()]
    if not bodies:
        raise ValidationError("route to at least one department", code="lifecycle.route_empty")
    existing = {t.body for t in app.review_tasks}
    dup = [b for b in bodies if b in existing] or [b for i, b in enumerate(bodies) if b in bodies[:i]]
    if dup:
        raise ValidationError("already routed there", code="lifecycle.route_duplicate", bodies=dup)
    start = len(app.review_tasks)
    tasks = app.review_tasks + tuple(
        ReviewTask(task_id=f"T{start + i + 1}", body=b) for i, b in enumerate(bodies)
    )
    new, evs = _move(app, ctx, Action.ROUTE, S.IN_REVIEW, review_tasks=tasks)
    evs.append(_event(app, ctx, EventKind.ROUTED, bodies=bodies))
    return new, evs


def overall_review_state(tasks: Sequence[ReviewTask]) -> S:
    """All approved: approved. All decided with any denial: denied. Otherwise still in review."""
    if not tasks or any(t.state is ReviewTaskState.PENDING for t in tasks):
        return S.IN_REVIEW
    if all(t.state is ReviewTaskState.APPROVED for t in tasks):
        return S.APPROVED
    return S.DENIED


def decide_task(
    app: Application,
    task_id: str,
    decision: ReviewTaskState,
    ctx: Ctx,
    *,
    note: str = "",
    document_sha256: str = "",
) -> Result:
    _check(app, Action.DECIDE_TASK, ctx)
    if decision is ReviewTaskState.PENDING:
        raise ValidationError("a decision approves or denies", code="lifecycle.decision")
    tasks = list(app.review_tasks)
    for i, t in enumerate(tasks):
        if t.task_id == task_id:
            if t.state is not ReviewTaskState.PENDING:
                raise TransitionError(
                    f"{t.body} has already decided", code="lifecycle.task_decided", task=task_id, body=t.body
                )
            tasks[i] = dataclasses.replace(
                t, state=decision, decision_note=note, decided_by=ctx.actor, document_sha256=document_sha256
            )
            break
    else:
        raise ValidationError(f"no review task {task_id}", code="lifecycle.no_task", task=task_id)
    ev = _event(app, ctx, EventKind.TASK_DECIDED, task=task_id, decision=decision.value, note=note)
    overall = overall_review_state(tasks)
    app2 = dataclasses.replace(app, review_tasks=tuple(tasks), version=app.version + 1)
    if overall is S.IN_REVIEW:
        return app2, [ev]
    ev2 = _event(app2, ctx, EventKind.TRANSITION, to=overall, action=Action.DECIDE_TASK.value, derived=True)
    return dataclasses.replace(app2, state=overall, clock=_finish(app2.clock)), [ev, ev2]


def decide(app: Application, approve: bool, ctx: Ctx, *, note: str = "", document_sha256: str = "") -> Result:
    to = S.APPROVED if approve else S.DENIED
    new, evs = _move(app, ctx, Action.DECIDE, to, clock=_finish(app.clock))
    evs[0] = dataclasses.replace(
        evs[0], payload={**evs[0].payload, "note": note, "document_sha256": document_sha256}
    )
    return new, evs


def result_ready(app: Application, ctx: Ctx) -> Result:
    return _move(app, ctx, Action.RESULT_READY, S.RESULT_READY)


def _finish(clock: Clock) -> Clock:
    if clock.state is ClockState.NOT_STARTED:
        return clock
    return dataclasses.replace(clock, state=ClockState.FINISHED)


# ---------------------------------------------------------------- the clock


def _clock_guard(app: Application, ctx: Ctx) -> None:
    if ctx.side is not Side.TOWNSHIP:
        raise TransitionError("only the township runs the clock", code="clock.wrong_side")
    if app.state not in CLOCK_STATES:
        raise TransitionError(
            f"the clock does not run while the application is {app.state.value}",
            code="clock.not_running_state",
            state=app.state.value,
        )


def stop_clock(
    app: Application, reason: ClockStopReason, ctx: Ctx, *, today: dt.date, note: str = ""
) -> Result:
    _clock_guard(app, ctx)
    if app.clock.state is not ClockState.RUNNING:
        raise TransitionError("the clock is not running", code="clock.not_running")
    pause = ClockPause(reason=reason.value, stopped_on=today, note=note)
    clock = dataclasses.replace(app.clock, state=ClockState.STOPPED, pauses=(*app.clock.pauses, pause))
    ev = _event(app, ctx, EventKind.CLOCK_STOPPED, reason=reason.value, note=note, on=today.isoformat())
    return dataclasses.replace(app, clock=clock, version=app.version + 1), [ev]


def resume_clock(app: Application, ctx: Ctx, *, today: dt.date) -> Result:
    _clock_guard(app, ctx)
    if app.clock.state is not ClockState.STOPPED:
        raise TransitionError("the clock is not stopped", code="clock.not_stopped")
    last = app.clock.pauses[-1]
    if today < last.stopped_on:
        raise ValidationError("the clock cannot resume before it stopped", code="clock.resume_before_stop")
    pauses = (*app.clock.pauses[:-1], dataclasses.replace(last, resumed_on=today))
    clock = dataclasses.replace(app.clock, state=ClockState.RUNNING, pauses=pauses)
    ev = _event(app, ctx, EventKind.CLOCK_RESUMED, on=today.isoformat())
    return dataclasses.replace(app, clock=clock, version=app.version + 1), [ev]


def extend_clock(app: Application, days: int, ctx: Ctx, *, reason: str) -> Result:
    _clock_guard(app, ctx)
    if days <= 0:
        raise ValidationError("an extension adds at least one day", code="clock.extension_days")
    if not reason.strip():
        raise ValidationError("an extension needs a reason", code="clock.extension_reason")
    clock = dataclasses.replace(app.clock, extension_days=app.clock.extension_days + days)
    ev = _event(app, ctx, EventKind.CLOCK_EXTENDED, days=days, reason=reason)
    return dataclasses.replace(app, clock=clock, version=app.version + 1), [ev]
