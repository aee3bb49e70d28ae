"""Server-side helpers for the township tests: a village device that pushes real records, a fixed clock."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from sync_server import service as service_mod
from sync_server.service import Device, Server
from villagedesk.core import codec, tracking
from villagedesk.core.catalog import parse_catalog
from villagedesk.core.models import (
    Application,
    Complaint,
    Consultation,
    HomeVisit,
    MaterialCheck,
    Rating,
    RatingLevel,
)
from villagedesk.paths import demo_catalog_path
from villagedesk.protocol.messages import PushEntry
from villagedesk.protocol.states import ApplicationState, MaterialStatus

VILLAGE_A = "513301100201"
VILLAGE_B = "513301100202"
VILLAGE_OTHER = "513301200101"
TOWNSHIP = "炉城镇"
OTHER_TOWNSHIP = "姑咱镇"
PASSWORD = "correct horse 1"
DEPT_MZ = "民政局"  # routing bodies, as the clerk types or picks them when routing
DEPT_RS = "人社局"
CATALOG = parse_catalog(demo_catalog_path().read_bytes())


def setup(server: Server) -> None:
    server.add_village(VILLAGE_A, "甲村", TOWNSHIP)
    server.add_village(VILLAGE_B, "乙村", TOWNSHIP)
    server.add_village(VILLAGE_OTHER, "外乡村", OTHER_TOWNSHIP)
    server.add_staff("clerk", PASSWORD, "clerk", TOWNSHIP)
    server.add_staff("clerk2", PASSWORD, "clerk", TOWNSHIP)
    server.add_staff("director", PASSWORD, "director", TOWNSHIP)
    server.add_staff("admin", PASSWORD, "admin", TOWNSHIP)
    server.add_staff("guest", PASSWORD, "viewer", TOWNSHIP)  # the old name: a director now
    server.add_staff("minzheng", PASSWORD, "dept_reviewer", TOWNSHIP, DEPT_MZ)
    server.add_staff("renshe", PASSWORD, "dept_reviewer", TOWNSHIP, DEPT_RS)
    server.add_staff("outsider", PASSWORD, "admin", OTHER_TOWNSHIP)


@contextlib.contextmanager
def clock_at(mp: pytest.MonkeyPatch, when: dt.datetime) -> Iterator[None]:
    """The server's 'now' for events (deadlines are the township's date, never a laptop's)."""
    mp.setattr(service_mod, "utcnow", lambda: when)
    yield


def china(day: str, hour: int = 10) -> dt.datetime:
    d = dt.date.fromisoformat(day)
    return dt.datetime(d.year, d.month, d.day, hour - 8, 0, tzinfo=dt.UTC)


@dataclasses.dataclass
class VillageDevice:
    server: Server
    device: Device
    seq: int = 0
    tracking_seq: int = 0

    @classmethod
    def enroll(cls, server: Server, village: str) -> VillageDevice:
        data = server.enroll(server.create_enroll_code(village), "test laptop")
        return cls(server, server.device(data["device_id"]))

    @property
    def village(self) -> str:
        return self.device.village_code

    def push(self, record_type: str, record_id: str, payload: dict[str, Any], op: str = "upsert") -> str:
        self.seq += 1
        entry = PushEntry(
            device_seq=self.seq, record_type=record_type, record_id=record_id, op=op, payload=payload
        )
        _hw, results = self.server.push(self.server.device(self.device.device_id), [entry])
        assert results[-1].status in ("applied", "duplicate"), results
        return results[-1].status

    def application(self, item: str, agent: str, *, free_proxy: bool = False) -> Application:
        self.tracking_seq += 1
        it = CATALOG.item(item)
        app = Application(
            uuid=str(uuid.uuid4()),
            item_code=item,
            catalog_version=CATALOG.version,
            applicant_id_number="513301195001011234",
            responsible_agent=agent,
            state=ApplicationState.QUEUED,
            tracking_number=str(tracking.make(self.village, self.device.ordinal, self.tracking_seq)),
            current_agent=agent,
            village_code=self.village,
            checklist=tuple(
                MaterialCheck(material_key=m.key, status=MaterialStatus.ORIGINAL_KEPT, count=1)
                for m in it.materials
            ),
            free_proxy=free_proxy,
        )
        self.push("application", app.uuid, codec.encode(app))
        return app

    def consultation(self, agent: str, day: str) -> None:
        rid = str(uuid.uuid4())
        c = Consultation(rid, self.village, agent, "低保怎么申请？", asked_at=china(day))
        self.push("consultation", rid, codec.encode(c))

    def home_visit(self, agent: str, day: str, *, free_proxy: bool = False) -> None:
        rid = str(uuid.uuid4())
        v = HomeVisit(
            rid, self.village, agent, "513301195001011234", dt.date.fromisoformat(day), free_proxy=free_proxy
        )
        self.push("home_visit", rid, codec.encode(v))

    def complaint(self, agent: str, day: str, text: str = "等待太久") -> str:
        rid = str(uuid.uuid4())
        c = Complaint(
            rid, self.village, agent, "513301195001011234", text, received_on=dt.date.fromisoformat(day)
        )
        self.push("complaint", rid, codec.encode(c))
        return rid

    def rating(self, app_uuid: str, level: RatingLevel, day: str) -> None:
        rid = str(uuid.uuid4())
        r = Rating(rid, self.village, app_uuid, level, rated_on=dt.date.fromisoformat(day))
        self.push("rating", rid, codec.encode(r))


def act(
    server: Server, mp: pytest.MonkeyPatch, day: str, app_uuid: str, action: str, **params: Any
) -> Application:
    with clock_at(mp, china(day)):
        return server.staff_action(
            "staff:clerk", app_uuid, action, params, base_version=None, today=dt.date.fromisoformat(day)
        )


def arrive(
    dev: VillageDevice, mp: pytest.MonkeyPatch, day: str, item: str, agent: str, **kw: Any
) -> Application:
    with clock_at(mp, china(day)):
        return dev.application(item, agent, **kw)
