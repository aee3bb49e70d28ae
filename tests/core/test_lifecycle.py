"""The lifecycle state machine: every action from every state, legal or refused, and the paths through."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from villagedesk.core import lifecycle as L
from villagedesk.core.errors import TransitionError, ValidationError
from villagedesk.core.models import Application, Material, MaterialCheck, ReviewTask, ServiceItem
from villagedesk.protocol.states import ApplicationState as S
from villagedesk.protocol.states import (
    ClockState,
    ClockStopReason,
    EventKind,
    MaterialStatus,
    ReviewTaskState,
)

NOW = dt.datetime(2026, 3, 2, 10, 0)
TODAY = dt.date(2026, 3, 2)
ITEM = ServiceItem(
    code="MZ-001",
    name_zh="最低生活保障审核确认",
    committed_time_limit=30,
    statutory_time_limit=30,
    materials=(
        Material("MZ-001-M1", "申请书", required=True),
        Material("MZ-001-M2", "身份证", required=True),
        Material("MZ-001-M3", "残疾人证", required=False),
    ),
)
V = L.Ctx("agent-a", L.Side.VILLAGE, NOW)
V2 = L.Ctx("agent-b", L.Side.VILLAGE, NOW)
T = L.Ctx("clerk", L.Side.TOWNSHIP, NOW)


def complete_checklist() -> tuple[MaterialCheck, ...]:
    return (
        MaterialCheck("MZ-001-M1", MaterialStatus.ORIGINAL_KEPT, 1),
        MaterialCheck("MZ-001-M2", MaterialStatus.ORIGINAL_SEEN_COPY_KEPT, 1),
        MaterialCheck("MZ-001-M3", MaterialStatus.NOT_APPLICABLE),
    )


def draft() -> Application:
    return Application(
        uuid="u1",
        item_code="MZ-001",
        catalog_version="v1",
        applicant_id_number="513322195803121018",
        responsible_agent="agent-a",
        current_agent="agent-a",
        checklist=tuple(MaterialCheck(m.key) for m in ITEM.materials),
    )


def in_state(state: S) -> Application:
    """An application as it would be in ``state`` (fields consistent with that state)."""
    app = dataclasses.replace(draft(), state=state, checklist=complete_checklist(), tracking_number="")
    if state not in (S.DRAFT, S.AWAITING_MATERIALS, S.READY):
        app = dataclasses.replace(app, tracking_number="513322101201-01-00001-7")
    if state is S.RETURNED:
        app = dataclasses.replace(
            app,
            checklist=(
                MaterialCheck("MZ-001-M1", MaterialStatus.DEFECTIVE, 1, reason="没有签字"),
                *complete_checklist()[1:],
            ),
        )
    if state in (S.ACCEPTED, S.IN_REVIEW):
        app = dataclasses.replace(
            app, clock=dataclasses.replace(app.clock, state=ClockState.RUNNING, started_on=TODAY)
        )
    if state is S.IN_REVIEW:
        app = dataclasses.replace(app, review_tasks=(ReviewTask("T1", "民政局"), ReviewTask("T2", "残联")))
    return app


# Each action, performed with reasonable arguments by its usual side.
ACTIONS: dict[L.Action, tuple[L.Side, Callable[[Application, L.Ctx], L.Result]]] = {
    L.Action.NOTIFY_MISSING: (
        L.Side.VILLAGE,
        lambda a, c: L.notify_missing(
            dataclasses.replace(
                a, checklist=(MaterialCheck("MZ-001-M1", MaterialStatus.MISSING), *complete_checklist()[1:])
            ),
            ITEM,
            c,
        ),
    ),
    L.Action.COMPLETE: (
        L.Side.VILLAGE,
        lambda a, c: L.complete(dataclasses.replace(a, checklist=complete_checklist()), ITEM, c),
    ),
    L.Action.REOPEN: (L.Side.VILLAGE, L.reopen),
    L.Action.QUEUE: (L.Side.VILLAGE, lambda a, c: L.queue(a, "513322101201-01-00001-7", c)),
    L.Action.RECEIVE: (L.Side.TOWNSHIP, L.receive),
    L.Action.ACCEPT: (L.Side.TOWNSHIP, lambda a, c: L.accept(a, c, today=TODAY)),
    L.Action.RETURN: (
        L.Side.TOWNSHIP,
        lambda a, c: L.return_for_correction(
            a, [MaterialCheck("MZ-001-M2", MaterialStatus.DEFECTIVE, reason="模糊")], c
        ),
    ),
    L.Action.NOT_ACCEPT: (L.Side.TOWNSHIP, lambda a, c: L.not_accept(a, c, reason="不属于本机关职权范围")),
    L.Action.ROUTE: (L.Side.TOWNSHIP, lambda a, c: L.route(a, ["县民政局-复核"], c)),
    L.Action.DECIDE_TASK: (L.Side.TOWNSHIP, lambda a, c: L.decide_task(a, "T1", ReviewTaskState.APPROVED, c)),
    L.Action.DECIDE: (L.Side.TOWNSHIP, lambda a, c: L.decide(a, True, c)),
    L.Action.RESULT_READY: (L.Side.TOWNSHIP, L.result_ready),
    L.Action.DELIVER: (L.Side.VILLAGE, lambda a, c: L.deliver(a, c, signed_by="丹增")),
    L.Action.WITHDRAW: (L.Side.VILLAGE, lambda a, c: L.withdraw(a, c, reason="不办了")),
}


@pytest.mark.parametrize("state", list(S))
@pytest.mark.parametrize("action", list(L.Action))
def test_every_action_from_every_state(state: S, action: L.Action) -> None:
    app = in_state(state)
    _usual_side, perform = ACTIONS[action]
    for side in L.Side:
        ctx = L.Ctx("x", side, NOW)
        rule = L.TRANSITIONS.get((action, state))
        legal = rule is not None and rule[1] is side
        village_withdraw_request = (
            action is L.Action.WITHDRAW
            and side is L.Side.VILLAGE
            and state in (S.RECEIVED, S.ACCEPTED, S.IN_REVIEW)
        )
        if legal:
            new, events = perform(app, ctx)
            assert new.state in rule[0]
            assert new.version > app.version
            assert events and all(e.application_uuid == app.uuid for e in events)
            transitions = [e for e in events if e.kind == EventKind.TRANSITION]
            if new.state is not state or action is not L.Action.DECIDE_TASK:
                assert transitions and transitions[-1].to_state is new.state
            else:  # one body of several decided: still in review, recorded as a task decision
                assert [e.kind for e in events] == [EventKind.TASK_DECIDED]
        elif village_withdraw_request:
            new, events = perform(app, ctx)
            assert new.state is state and new.withdrawal_requested
            assert [e.kind for e in events] == [EventKind.WITHDRAWAL_REQUESTED]
        else:
            with pytest.raises(TransitionError) as err:
                perform(app, ctx)
            assert err.value.code in ("lifecycle.illegal", "lifecycle.wrong_side")
            assert app.state is state  # nothing changed


def test_terminal_states_allow_nothing() -> None:
    for state in (S.NOT_ACCEPTED, S.DELIVERED, S.WITHDRAWN):
        assert L.allowed_actions(state) == []


def test_happy_path_with_parallel_review() -> None:
    app = draft()
    app, _ = L.set_checklist(app, complete_checklist(), V)
    app, _ = L.complete(app, ITEM, V)
    app, _ = L.queue(app, "513322101201-01-00001-7", V)
    app, _ = L.receive(app, T)
    app, _ = L.accept(app, T, today=TODAY)
    assert app.clock.state is ClockState.RUNNING and app.clock.started_on == TODAY
    app, evs = L.route(app, ["县民政局", "县残联"], T)
    assert app.state is S.IN_REVIEW and [t.body for t in app.review_tasks] == ["县民政局", "县残联"]
    assert EventKind.ROUTED in [e.kind for e in evs]
    app, _ = L.decide_task(app, "T2", ReviewTaskState.APPROVED, T, note="同意")
    assert app.state is S.IN_REVIEW  # one body still deciding
    with pytest.raises(TransitionError, match="already decided"):
        L.decide_task(app, "T2", ReviewTaskState.DENIED, T)
    app, evs = L.decide_task(app, "T1", ReviewTaskState.APPROVED, T)
    assert app.state is S.APPROVED and app.clock.state is ClockState.FINISHED
    assert evs[-1].payload.get("derived") is True
    app, _ = L.result_ready(app, T)
    app, evs = L.deliver(app, V, signed_by="丹增", how="thumbprint")
    assert app.state is S.DELIVERED and evs[0].payload["how"] == "thumbprint"


def test_parallel_review_any_denial_denies() -> None:
    app = in_state(S.IN_REVIEW)
    app, _ = L.decide_task(app, "T1", ReviewTaskState.DENIED, T, note="不符合条件")
    assert app.state is S.IN_REVIEW
    app, _ = L.decide_task(app, "T2", ReviewTaskState.APPROVED, T)
    assert app.state is S.DENIED
    app, _ = L.result_ready(app, T)
    assert app.state is S.RESULT_READY


def test_overall_review_state() -> None:
    p, a, d = ReviewTaskState.PENDING, ReviewTaskState.APPROVED, ReviewTaskState.DENIED
    tasks = lambda *states: [ReviewTask(f"T{i}", f"b{i}", s) for i, s in enumerate(states)]  # noqa: E731
    assert L.overall_review_state([]) is S.IN_REVIEW
    assert L.overall_review_state(tasks(a, p)) is S.IN_REVIEW
    assert L.overall_review_state(tasks(a, a, a)) is S.APPROVED
    assert L.overall_review_state(tasks(a, d)) is S.DENIED
    assert L.overall_review_state(tasks(d, p)) is S.IN_REVIEW


def test_routing_adds_bodies_but_not_twice() -> None:
    app = in_state(S.ACCEPTED)
    app, _ = L.route(app, ["县民政局"], T)
    app, _ = L.route(app, ["县财政局"], T)
    assert [t.task_id for t in app.review_tasks] == ["T1", "T2"]
    with pytest.raises(ValidationError) as err:
        L.route(app, ["县民政局"], T)
    assert err.value.code == "lifecycle.route_duplicate"
    with pytest.raises(ValidationError):
        L.route(app, ["  "], T)


def test_one_time_notification_then_completion() -> None:
    app = draft()
    checklist = (
        MaterialCheck("MZ-001-M1", MaterialStatus.MISSING),
        MaterialCheck("MZ-001-M2", MaterialStatus.DEFECTIVE, 1, reason="复印件不清楚"),
        MaterialCheck("MZ-001-M3", MaterialStatus.NOT_APPLICABLE),
    )
    app, _ = L.set_checklist(app, checklist, V)
    missing = L.missing_materials(app, ITEM)
    assert [c.material_key for c in missing] == ["MZ-001-M1", "MZ-001-M2"]
    app, evs = L.notify_missing(app, ITEM, V)
    assert app.state is S.AWAITING_MATERIALS
    note = next(e for e in evs if e.kind == EventKind.NOTIFICATION_ISSUED)
    assert [m["key"] for m in note.payload["materials"]] == ["MZ-001-M1", "MZ-001-M2"]  # type: ignore[index]
    # It is one-time: a second notification for the same application is refused.
    with pytest.raises(TransitionError):
        L.notify_missing(app, ITEM, V)
    with pytest.raises(ValidationError) as err:
        L.complete(app, ITEM, V)
    assert err.value.code == "checklist.incomplete"
    app, _ = L.set_checklist(app, complete_checklist(), V)
    app, _ = L.complete(app, ITEM, V)
    assert app.state is S.READY


def test_notification_needs_every_material_checked() -> None:
    app, _ = L.set_checklist(draft(), (MaterialCheck("MZ-001-M1", MaterialStatus.MISSING),), V)
    with pytest.raises(ValidationError) as err:
        L.notify_missing(app, ITEM, V)
    assert err.value.code == "checklist.unchecked"
    with pytest.raises(TransitionError) as err2:
        L.notify_missing(dataclasses.replace(app, checklist=complete_checklist()), ITEM, V)
    assert err2.value.code == "lifecycle.nothing_missing"


def test_defective_needs_a_reason() -> None:
    with pytest.raises(ValidationError) as err:
        L.set_checklist(draft(), (MaterialCheck("MZ-001-M1", MaterialStatus.DEFECTIVE),), V)
    assert err.value.code == "checklist.defect_reason"


def test_correction_loop_reopens_exactly_the_listed_pieces() -> None:
    app = in_state(S.RECEIVED)
    app, evs = L.return_for_correction(
        app, [MaterialCheck("MZ-001-M2", MaterialStatus.DEFECTIVE, reason="照片模糊，请重新复印")], T
    )
    assert app.state is S.RETURNED
    assert app.check("MZ-001-M2").status is MaterialStatus.DEFECTIVE
    assert EventKind.NOTIFICATION_ISSUED in [e.kind for e in evs]
    # A piece that was not returned cannot be changed in the correction.
    bad = tuple(
        dataclasses.replace(c, status=MaterialStatus.COPY) if c.material_key == "MZ-001-M1" else c
        for c in app.checklist
    )
    with pytest.raises(TransitionError) as err:
        L.set_checklist(app, bad, V)
    assert err.value.code == "lifecycle.not_returned_material"
    fixed = tuple(
        dataclasses.replace(c, status=MaterialStatus.ORIGINAL_SEEN_COPY_KEPT, reason="")
        if c.material_key == "MZ-001-M2"
        else c
        for c in app.checklist
    )
    app, _ = L.set_checklist(app, fixed, V)
    app, _ = L.complete(app, ITEM, V)
    number = app.tracking_number
    app, _ = L.queue(app, "513322101201-01-00099-0", V)
    assert app.state is S.QUEUED and app.tracking_number == number  # the receipt number is kept
    app, _ = L.receive(app, T)
    app, _ = L.accept(app, T, today=TODAY)
    assert app.state is S.ACCEPTED


def test_return_needs_a_real_list() -> None:
    app = in_state(S.RECEIVED)
    with pytest.raises(ValidationError):
        L.return_for_correction(app, [], T)
    with pytest.raises(ValidationError) as err:
        L.return_for_correction(app, [MaterialCheck("NOPE-M1", MaterialStatus.MISSING)], T)
    assert err.value.code == "lifecycle.return_unknown"
    with pytest.raises(ValidationError):
        L.return_for_correction(app, [MaterialCheck("MZ-001-M1", MaterialStatus.COPY)], T)


def test_not_accept_needs_reason() -> None:
    with pytest.raises(ValidationError):
        L.not_accept(in_state(S.RECEIVED), T, reason=" ")
    app, evs = L.not_accept(
        in_state(S.RECEIVED), T, reason="不属于受理范围", legal_basis="《行政许可法》第三十二条"
    )
    assert app.state is S.NOT_ACCEPTED and evs[0].payload["legal_basis"]


def test_clock_stop_resume_extend() -> None:
    app = in_state(S.ACCEPTED)
    app, evs = L.stop_clock(app, ClockStopReason.PUBLIC_NOTICE, T, today=dt.date(2026, 3, 5), note="公示7天")
    assert app.clock.state is ClockState.STOPPED and evs[0].kind == EventKind.CLOCK_STOPPED
    with pytest.raises(TransitionError):
        L.stop_clock(app, ClockStopReason.HEARING, T, today=dt.date(2026, 3, 6))
    with pytest.raises(ValidationError):
        L.resume_clock(app, T, today=dt.date(2026, 3, 4))
    app, _ = L.resume_clock(app, T, today=dt.date(2026, 3, 12))
    assert app.clock.pauses[0].resumed_on == dt.date(2026, 3, 12)
    with pytest.raises(TransitionError):
        L.resume_clock(app, T, today=dt.date(2026, 3, 13))
    app, _ = L.extend_clock(app, 10, T, reason="情况复杂，经负责人批准延长")
    assert app.clock.extension_days == 10
    with pytest.raises(ValidationError):
        L.extend_clock(app, 0, T, reason="x")
    with pytest.raises(ValidationError):
        L.extend_clock(app, 5, T, reason="")
    with pytest.raises(TransitionError):
        L.stop_clock(app, ClockStopReason.HEARING, V, today=TODAY)  # villages do not run the clock
    with pytest.raises(TransitionError):
        L.stop_clock(in_state(S.RECEIVED), ClockStopReason.HEARING, T, today=TODAY)


def test_takeover_is_recorded_and_keeps_first_responsible() -> None:
    app = draft()
    app, evs = L.take_over(app, V2, reason="A岗休假")
    assert app.current_agent == "agent-b" and app.responsible_agent == "agent-a"
    assert evs[0].kind == EventKind.TAKEOVER and evs[0].payload["previous"] == "agent-a"
    with pytest.raises(TransitionError):
        L.take_over(app, V2)
    with pytest.raises(TransitionError):
        L.take_over(in_state(S.IN_REVIEW), V)


def test_withdrawal_after_township_acted_is_decided_by_township() -> None:
    app, _ = L.withdraw(in_state(S.ACCEPTED), V, reason="已外出务工")
    assert app.state is S.ACCEPTED and app.withdrawal_requested
    refused, evs = L.refuse_withdrawal(app, T, reason="已进入审批")
    assert not refused.withdrawal_requested and evs[0].kind == EventKind.WITHDRAWAL_REFUSED
    done, _ = L.withdraw(app, T, reason="申请人撤回")
    assert done.state is S.WITHDRAWN
    with pytest.raises(TransitionError):
        L.withdraw(in_state(S.RESULT_READY), V)
    with pytest.raises(TransitionError):
        L.refuse_withdrawal(in_state(S.ACCEPTED), T, reason="x")


def test_queue_needs_a_tracking_number() -> None:
    with pytest.raises(ValidationError):
        L.queue(in_state(S.READY), "", V)


def test_events_carry_device_time_for_display_only() -> None:
    _, evs = L.complete(dataclasses.replace(draft(), checklist=complete_checklist()), ITEM, V)
    assert evs[0].device_time == NOW and evs[0].actor == "agent-a"
    assert evs[0].from_state is S.DRAFT and evs[0].to_state is S.READY
