"""Find applicants and applications from whatever the villager says: ID number, phone, tracking number or name.

Names: one Tibetan name has many Chinese spellings. Spellings that share their toneless pinyin
(丹增 / 单增 / 旦增 = "danzeng") already meet in the stored pinyin key (``storage/namekey.py``); spellings
whose pinyin differs (次仁 / 泽仁 / 才仁, 卓玛 / 志玛) are expanded here from the attested name list, so a
search for 泽仁卓玛 also finds 次仁卓玛. Tibetan script finds the Tibetan name and the Chinese spellings.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache

from villagedesk.core import tracking
from villagedesk.core.errors import ValidationError
from villagedesk.core.idnumber import normalize_id_number
from villagedesk.core.models import Applicant, Application
from villagedesk.services._name_variants import NAME_ELEMENTS
from villagedesk.storage.namekey import name_key
from villagedesk.storage.store import Store

MAX_VARIANTS = 32  # keys per query: a long name of many ambiguous elements stays a handful of index probes
_TSHEG = "\u0f0b"
_ID_LIKE = re.compile(r"^[0-9]{3,17}[0-9X]?$")
_PHONE_LIKE = re.compile(r"^1[0-9]{10}$")
_TRACKING_LIKE = re.compile(r"^[0-9]{12}-")


@dataclass(frozen=True)
class SearchResult:
    kind: str  # "tracking" | "id" | "phone" | "name" | "empty"
    applicants: list[Applicant] = field(default_factory=list)
    applications: list[Application] = field(default_factory=list)


def _is_tibetan(text: str) -> bool:
    return any("\u0f00" <= ch <= "\u0fff" for ch in text)


@cache
def _spelling_table() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Chinese spelling -> the pinyin keys of every spelling of its element; Tibetan element -> keys."""
    by_spelling: dict[str, set[str]] = {}
    by_bo: dict[str, frozenset[str]] = {}
    for bo, spellings in NAME_ELEMENTS:
        keys = frozenset(name_key(s) for s in spellings)
        by_bo[bo] = keys
        for s in spellings:
            by_spelling.setdefault(s, set()).update(keys)
    return {k: frozenset(v) for k, v in by_spelling.items()}, by_bo


def _expand(segments: list[frozenset[str]]) -> list[str]:
    out: list[str] = []
    for combo in itertools.product(*[sorted(s) for s in segments]):
        out.append("".join(combo))
        if len(out) >= MAX_VARIANTS:
            break
    return out


def name_keys(text: str) -> list[str]:
    """The pinyin keys to search for a typed name, the typed spelling's own key first."""
    by_spelling, by_bo = _spelling_table()
    cleaned = "".join(ch for ch in text if not ch.isspace() and ch not in "·•‧・.")
    if not cleaned:
        return []
    segments: list[frozenset[str]] = []
    if _is_tibetan(cleaned):
        # Longest attested element at each point; what is not in the list cannot be turned into Chinese.
        rest = cleaned.strip(_TSHEG)
        while rest:
            match = next(
                (bo for bo in sorted(by_bo, key=len, reverse=True) if rest.startswith(bo)),
                None,
            )
            if match is None:
                return []
            segments.append(by_bo[match])
            rest = rest[len(match) :].lstrip(_TSHEG)
        return _expand(segments)
    own = name_key(cleaned)
    longest = max(map(len, by_spelling))
    i = 0
    while i < len(cleaned):
        for n in range(min(longest, len(cleaned) - i), 0, -1):
            piece = cleaned[i : i + n]
            if piece in by_spelling:
                segments.append(by_spelling[piece])
                i += n
                break
        else:
            segments.append(frozenset({name_key(cleaned[i])}))
            i += 1
    keys = [own, *(k for k in _expand(segments) if k != own)]
    return [k for k in keys if k][:MAX_VARIANTS]


def search(store: Store, text: str, limit: int = 50) -> SearchResult:
    text = text.strip()
    if not text:
        return SearchResult("empty")
    compact = re.sub(r"[\s\u3000]", "", text)
    with store.reader() as uow:
        if _TRACKING_LIKE.match(compact) or compact.count("-") >= 2:
            try:
                number = tracking.normalize(compact)
            except ValidationError:
                apps = uow.applications_by_tracking_prefix(compact.upper(), limit)
            else:
                found = uow.application_by_tracking(number)
                apps = [found] if found else []
            people = uow.applicants_by_id([a.applicant_id_number for a in apps])
            return SearchResult("tracking", list(people.values()), apps)
        number = normalize_id_number(compact)
        if _ID_LIKE.match(number):
            # Digits could be the start of an ID number or a phone number: ask both indexes.
            hits = uow.search_applicants(id_prefix=number, phone_prefix=compact, limit=limit)
            kind = "phone" if _PHONE_LIKE.match(compact) and len(compact) == 11 else "id"
            return SearchResult(kind, hits, [])
        keys = name_keys(text)
        hits = uow.search_applicants(
            name_prefix=compact if not _is_tibetan(compact) else "",
            bo_prefix=compact if _is_tibetan(compact) else "",
            name_keys=keys,
            limit=limit,
        )
        return SearchResult("name", hits, [])


def applications_of(store: Store, id_number: str, limit: int = 200) -> list[Application]:
    with store.reader() as uow:
        return uow.list_applications(applicant=id_number, limit=limit)
