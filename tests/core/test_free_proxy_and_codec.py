from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from villagedesk.core import codec
from villagedesk.core.errors import ValidationError
from villagedesk.core.free_proxy import DEFAULT_THRESHOLD_AGE, free_proxy
from villagedesk.core.models import (
    Applicant,
    Application,
    AttachmentRef,
    Catalog,
    Clock,
    ClockPause,
    Handover,
    HandoverDirection,
    HandoverLine,
    MaterialCheck,
    ServiceItem,
)
from villagedesk.protocol.states import ClockState, MaterialStatus

ITEM = ServiceItem(code="MZ-006", name_zh="高龄津贴申领", village_can_proxy=True)
IN_PERSON = dataclasses.replace(ITEM, code="GA-004", village_can_proxy=False)
# Born 1966-03-02 (female, 丹巴).
A = Applicant("513323196603020021", "卓玛")


def test_age_threshold_on_application_date() -> None:
    assert DEFAULT_THRESHOLD_AGE == 60
    assert not free_proxy(A, ITEM, dt.date(2026, 3, 1)).eligible  # the day before the 60th birthday
    d = free_proxy(A, ITEM, dt.date(2026, 3, 2))
    assert d.eligible and d.reasons == ("age",) and d.age == 60
    assert free_proxy(A, ITEM, dt.date(2026, 3, 2), threshold_age=65).eligible is False


def test_disability_and_items_needing_presence() -> None:
    young = Applicant("51333419900720035X", "扎西", disability=True)
    assert free_proxy(young, ITEM, dt.date(2026, 1, 1)).reasons == ("disability",)
    d = free_proxy(young, IN_PERSON, dt.date(2026, 1, 1))
    assert not d.eligible and not d.item_proxyable


def test_codec_round_trip_and_strictness(demo_catalog: Catalog) -> None:
    app = Application(
        uuid="u",
        item_code="X",
        catalog_version="1",
        applicant_id_number="513322195803121018",
        responsible_agent="a",
        checklist=(
            MaterialCheck(
                "X-M1", MaterialStatus.COPY, 2, attachments=(AttachmentRef("ab" * 32, 10, "image/webp"),)
            ),
        ),
        clock=Clock(ClockState.STOPPED, dt.date(2026, 1, 5), (ClockPause("hearing", dt.date(2026, 1, 9)),)),
        created_at=dt.datetime(2026, 1, 5, 9, 30),
    )
    assert codec.decode(Application, codec.encode(app)) == app
    assert codec.decode(Catalog, codec.encode(demo_catalog)) == demo_catalog
    h = Handover(
        "h1", "513322101201", "a", HandoverDirection.TO_TOWNSHIP, (HandoverLine("u", "t", "身份证复印件", 2),)
    )
    assert codec.decode(Handover, codec.encode(h)) == h
    data = codec.encode(app)
    for broken, code in (
        ({**data, "extra": 1}, "payload.unknown_field"),
        ({k: v for k, v in data.items() if k != "uuid"}, "payload.missing_field"),
        ({**data, "state": "approved_by_magic"}, "payload.bad_value"),
        ({**data, "version": "2"}, "payload.invalid"),
        ({**data, "created_at": "yesterday"}, "payload.invalid"),
    ):
        with pytest.raises(ValidationError) as err:
            codec.decode(Application, broken)
        assert err.value.code == code
