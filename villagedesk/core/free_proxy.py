"""Free proxy service (免费代办) for disabled and elderly applicants.

The default age is 60: the 《老年人权益保障法》 (Art. 2) defines the elderly as citizens aged 60 and over,
and that is the threshold most county 代办 schemes use. It is a setting (``threshold_age``); age is computed
from the birth date in the ID number on the application date, never from a typed-in age.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from villagedesk.core.idnumber import age_on
from villagedesk.core.models import Applicant, ServiceItem

DEFAULT_THRESHOLD_AGE = 60


@dataclass(frozen=True)
class FreeProxyDecision:
    eligible: bool
    reasons: tuple[str, ...]  # "disability", "age"; empty when not eligible
    age: int
    item_proxyable: bool


def free_proxy(
    applicant: Applicant,
    item: ServiceItem,
    on: dt.date,
    *,
    threshold_age: int = DEFAULT_THRESHOLD_AGE,
) -> FreeProxyDecision:
    age = age_on(applicant.birth_date, on)
    reasons: list[str] = []
    if applicant.disability:
        reasons.append("disability")
    if age >= threshold_age:
        reasons.append("age")
    ok = bool(reasons) and item.village_can_proxy
    return FreeProxyDecision(ok, tuple(reasons) if ok else (), age, item.village_can_proxy)
