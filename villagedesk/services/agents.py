"""The village's agents: the roster the township keeps, PIN sign-in, lock after inactivity, AB岗 takeover.

The roster is township data (record type ``agent``, written only by the township and synced down). A PIN
is local to this laptop: only its memory-hard hash (argon2id) is kept, in the local settings, never
synced. Five wrong PINs in a row make that agent wait before the next try, so a short PIN cannot be
guessed at the keyboard.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from villagedesk.core import lifecycle as L
from villagedesk.core.errors import NotFoundError, ValidationError
from villagedesk.core.models import Agent, Application
from villagedesk.protocol.states import ApplicationState
from villagedesk.storage.store import RemoteChange, Store, UnitOfWork

# Small enough for a 4 GB laptop on battery (~50 ms), still memory-hard.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
MAX_FAILURES = 5
BACKOFF_SECONDS = 30
_PIN_KEY = "agent_pin:"
_FAIL_KEY = "agent_pin_failures:"
_TAKEOVER_LOG = "agent_takeovers"

Now = Callable[[], float]


def roster(store: Store, *, include_inactive: bool = False) -> list[Agent]:
    with store.reader() as uow:
        agents = uow.list_records("agent")
    return sorted((a for a in agents if include_inactive or a.active), key=lambda a: a.name)


def get_agent(store: Store, agent_id: str) -> Agent:
    with store.reader() as uow:
        agent = uow.get_record("agent", agent_id)
    if agent is None:
        raise NotFoundError("no such agent on the roster", code="agent.not_found", agent_id=agent_id)
    return agent  # type: ignore[no-any-return]


def receive_roster(store: Store, agents: Sequence[Agent]) -> None:
    """Store a roster as if it had come down from the township (demo data, first run without network)."""
    from villagedesk.core import codec

    changes = [RemoteChange(0, "agent", a.agent_id, "upsert", codec.encode(a)) for a in agents]
    store.apply_remote(changes, store.sync_cursor())


def _check_pin(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8):
        raise ValidationError("a PIN has 4 to 8 digits", code="agent.pin_format")


def has_pin(store: Store, agent_id: str) -> bool:
    with store.reader() as uow:
        return bool(uow.setting(_PIN_KEY + agent_id))


def set_pin(store: Store, agent_id: str, pin: str, *, old_pin: str | None = None) -> None:
    """Set the agent's PIN; changing an existing PIN needs the old one."""
    get_agent(store, agent_id)
    _check_pin(pin)
    if has_pin(store, agent_id):
        if old_pin is None:
            raise ValidationError("give the current PIN to change it", code="agent.pin_needed")
        sign_in(store, agent_id, old_pin)
    digest = _HASHER.hash(pin)
    with store.unit_of_work(record_outbox=False) as uow:
        uow.set_setting(_PIN_KEY + agent_id, digest)
        uow.set_setting(_FAIL_KEY + agent_id, {"count": 0, "until": 0.0})


def sign_in(store: Store, agent_id: str, pin: str, *, now: Now = time.time) -> Agent:
    agent = get_agent(store, agent_id)
    if not agent.active:
        raise ValidationError("this agent is no longer on the roster", code="agent.inactive")
    with store.reader() as uow:
        digest = uow.setting(_PIN_KEY + agent_id)
        fails = uow.setting(_FAIL_KEY + agent_id) or {"count": 0, "until": 0.0}
    if not digest:
        raise ValidationError("this agent has no PIN on this laptop yet", code="agent.no_pin")
    wait = float(fails.get("until", 0.0)) - now()
    if wait > 0:
        raise ValidationError(
            "too many wrong PINs; wait before trying again", code="agent.locked_out", seconds=int(wait) + 1
        )
    try:
        _HASHER.verify(digest, pin)
    except (VerificationError, InvalidHashError):
        count = int(fails.get("count", 0)) + 1
        until = now() + BACKOFF_SECONDS if count >= MAX_FAILURES else 0.0
        with store.unit_of_work(record_outbox=False) as uow:
            uow.set_setting(_FAIL_KEY + agent_id, {"count": 0 if until else count, "until": until})
        raise ValidationError(
            "wrong PIN", code="agent.wrong_pin", left=max(MAX_FAILURES - count, 0)
        ) from None
    with store.unit_of_work(record_outbox=False) as uow:
        uow.set_setting(_FAIL_KEY + agent_id, {"count": 0, "until": 0.0})
    return agent


@dataclass(frozen=True)
class Takeover:
    from_agent: str
    to_agent: str
    at: dt.datetime
    applications: tuple[str, ...]
    reason: str = ""


_OPEN = frozenset(
    {
        ApplicationState.DRAFT,
        ApplicationState.AWAITING_MATERIALS,
        ApplicationState.READY,
        ApplicationState.QUEUED,
        ApplicationState.RETURNED,
        ApplicationState.RESULT_READY,
    }
)


def _open_work(uow: UnitOfWork, agent_id: str) -> list[Application]:
    apps = uow.list_applications(states=[s.value for s in _OPEN], limit=100_000)
    return [a for a in apps if (a.current_agent or a.responsible_agent) == agent_id]


def open_work_of(store: Store, agent_id: str) -> list[Application]:
    with store.reader() as uow:
        return _open_work(uow, agent_id)


def take_over_work(store: Store, *, from_agent: str, to_agent: str, reason: str = "") -> Takeover:
    """AB岗: ``to_agent`` takes over every open application of ``from_agent`` (each one a takeover event,
    which syncs); the responsible agent (首问负责) stays on each application."""
    get_agent(store, to_agent)
    if from_agent == to_agent:
        raise ValidationError("an agent cannot take over from themselves", code="agent.takeover_self")
    moved: list[str] = []
    now = dt.datetime.now().replace(microsecond=0)
    with store.unit_of_work() as uow:
        for app in _open_work(uow, from_agent):
            new, evs = L.take_over(app, L.Ctx(actor=to_agent, side=L.Side.VILLAGE, now=now), reason=reason)
            uow.save_application(new, evs)
            moved.append(app.uuid)
        log = list(uow.setting(_TAKEOVER_LOG) or [])
        log.append(
            {"from": from_agent, "to": to_agent, "at": now.isoformat(), "n": len(moved), "reason": reason}
        )
        uow.set_setting(_TAKEOVER_LOG, log[-200:])
    return Takeover(from_agent, to_agent, now, tuple(moved), reason)


def takeover_log(store: Store) -> list[dict[str, object]]:
    with store.reader() as uow:
        return list(uow.setting(_TAKEOVER_LOG) or [])


class InactivityLock:
    """Locks the desk after ``minutes`` without input (the UI feeds it every key press and click)."""

    def __init__(self, minutes: float, *, now: Now = time.monotonic) -> None:
        self.minutes = minutes
        self._now = now
        self._last = now()
        self.locked = False

    def touch(self) -> None:
        if not self.locked:
            self._last = self._now()

    def check(self) -> bool:
        """True if the desk is (now) locked."""
        if not self.locked and self.minutes > 0 and self._now() - self._last >= self.minutes * 60:
            self.locked = True
        return self.locked

    def unlock(self) -> None:
        self.locked = False
        self._last = self._now()
