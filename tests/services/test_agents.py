"""Roster, PIN sign-in with a memory-hard hash, back-off after wrong PINs, lock, AB岗 takeover."""

from __future__ import annotations

import pytest

from villagedesk.core.errors import ValidationError
from villagedesk.core.models import Agent
from villagedesk.protocol.states import EventKind
from villagedesk.services import agents, applications
from villagedesk.storage.store import Store
from villagedesk.ui.demo import AGENTS, APPLICANTS, VILLAGE


@pytest.fixture
def roster_store(store: Store) -> Store:
    agents.receive_roster(store, AGENTS)
    return store


def test_roster_comes_down_and_is_not_pushed_back(roster_store: Store) -> None:
    assert [a.agent_id for a in agents.roster(roster_store)] == ["agent-b", "agent-a"]  # sorted by name
    assert roster_store.outbox_counts()["pending"] == 0
    agents.receive_roster(roster_store, [Agent("agent-b", "扎西", village_code=VILLAGE, active=False)])
    assert [a.agent_id for a in agents.roster(roster_store)] == ["agent-a"]


def test_pin_is_hashed_and_checked(roster_store: Store) -> None:
    agents.set_pin(roster_store, "agent-a", "2468")
    with roster_store.reader() as uow:
        stored = uow.setting("agent_pin:agent-a")
    assert stored.startswith("$argon2id$") and "2468" not in stored
    assert agents.sign_in(roster_store, "agent-a", "2468").agent_id == "agent-a"
    with pytest.raises(ValidationError) as e:
        agents.sign_in(roster_store, "agent-a", "1111")
    assert e.value.code == "agent.wrong_pin" and e.value.params["left"] == agents.MAX_FAILURES - 1


def test_pin_rules_and_change_needs_old_pin(roster_store: Store) -> None:
    for bad in ("12", "abcd", "123456789"):
        with pytest.raises(ValidationError) as e:
            agents.set_pin(roster_store, "agent-a", bad)
        assert e.value.code == "agent.pin_format"
    agents.set_pin(roster_store, "agent-a", "1234")
    with pytest.raises(ValidationError) as e:
        agents.set_pin(roster_store, "agent-a", "5678")
    assert e.value.code == "agent.pin_needed"
    with pytest.raises(ValidationError):
        agents.set_pin(roster_store, "agent-a", "5678", old_pin="0000")
    agents.set_pin(roster_store, "agent-a", "5678", old_pin="1234")
    agents.sign_in(roster_store, "agent-a", "5678")
    with pytest.raises(ValidationError) as e:
        agents.sign_in(roster_store, "agent-b", "1234")
    assert e.value.code == "agent.no_pin"


def test_back_off_after_five_wrong_pins(roster_store: Store) -> None:
    agents.set_pin(roster_store, "agent-a", "1234")
    clock = [1000.0]
    for _ in range(agents.MAX_FAILURES):
        with pytest.raises(ValidationError):
            agents.sign_in(roster_store, "agent-a", "0000", now=lambda: clock[0])
    with pytest.raises(ValidationError) as e:
        agents.sign_in(roster_store, "agent-a", "1234", now=lambda: clock[0])  # even the right PIN waits
    assert e.value.code == "agent.locked_out"
    clock[0] += agents.BACKOFF_SECONDS + 1
    assert agents.sign_in(roster_store, "agent-a", "1234", now=lambda: clock[0]).name == "泽仁卓玛"


def test_inactivity_lock() -> None:
    t = [0.0]
    lock = agents.InactivityLock(10, now=lambda: t[0])
    t[0] = 599
    assert not lock.check()
    lock.touch()
    t[0] = 599 + 599
    assert not lock.check()
    t[0] += 1
    assert lock.check()
    lock.touch()  # input on a locked desk does not unlock it
    assert lock.check()
    lock.unlock()
    assert not lock.check()


def test_ab_takeover_moves_open_work_and_is_recorded(roster_store: Store) -> None:
    with roster_store.unit_of_work() as uow:
        uow.save_applicant(APPLICANTS[0])
    with roster_store.reader() as uow:
        item = next(i for i in uow.catalog().items if i.village_can_proxy)
    app = applications.start_application(
        roster_store, item_code=item.code, applicant_id_number=APPLICANTS[0].id_number, agent_id="agent-a"
    )
    result = agents.take_over_work(roster_store, from_agent="agent-a", to_agent="agent-b", reason="请假")
    assert result.applications == (app.uuid,)
    with roster_store.reader() as uow:
        moved = uow.require_application(app.uuid)
        kinds = [e.kind for e in uow.events(app.uuid)]
    assert moved.current_agent == "agent-b" and moved.responsible_agent == "agent-a"
    assert EventKind.TAKEOVER in kinds
    assert agents.takeover_log(roster_store)[-1]["to"] == "agent-b"
    assert agents.open_work_of(roster_store, "agent-a") == []
    with pytest.raises(ValidationError):
        agents.take_over_work(roster_store, from_agent="agent-b", to_agent="agent-b")
