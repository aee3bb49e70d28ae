"""Reading a service catalog (事项清单) from its JSON form, all or nothing.

The shipped demo catalog is ``../shared/data/catalog-sample.json`` (a realistic sample, *not* an official
list; its note travels with it). Material keys are ``<item code>-M<n>`` in file order, so an application
made under one version still finds its materials after an update that appends new ones.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from villagedesk.core.errors import ValidationError
from villagedesk.core.models import Catalog, Material, ServiceItem, TimeUnit
from villagedesk.protocol.states import MaterialForm

_FORMS = {
    "原件": MaterialForm.ORIGINAL,
    "复印件": MaterialForm.COPY,
    "原件和复印件": MaterialForm.ORIGINAL_AND_COPY,
    **{f.value: f for f in MaterialForm},
}
_UNITS = {
    "工作日": TimeUnit.WORKING_DAYS,
    "自然日": TimeUnit.CALENDAR_DAYS,
    **{u.value: u for u in TimeUnit},
}
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,31}$")
# A material that is itself a colour photograph (证件照) must stay in colour when compressed.
_COLOUR_PHOTO = re.compile(r"(彩色照片|证件照|免冠.*照)")


def catalog_version_of(raw: bytes, declared: str = "") -> str:
    digest = hashlib.sha256(raw).hexdigest()[:10]
    return f"{declared}+{digest}" if declared else digest


def parse_catalog(raw: bytes | str) -> Catalog:
    """Parse and validate a whole catalog; any problem raises one error listing every problem found."""
    raw_bytes = raw.encode() if isinstance(raw, str) else raw
    try:
        doc = json.loads(raw_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"the catalog is not valid JSON: {exc}", code="catalog.not_json") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("items"), list):
        raise ValidationError("the catalog has no list of items", code="catalog.no_items")
    problems: list[str] = []
    items: list[ServiceItem] = []
    seen: set[str] = set()
    for i, entry in enumerate(doc["items"]):
        where = f"item {i + 1}"
        if not isinstance(entry, dict):
            problems.append(f"{where}: not an object")
            continue
        code = entry.get("code")
        if isinstance(code, str):
            where = f"item {i + 1} ({code})"
            if code in seen:
                problems.append(f"{where}: duplicate code {code}")
            seen.add(code)
        item = _parse_item(entry, where, problems)
        if item is not None:
            items.append(item)
    expected = doc.get("item_count")
    if isinstance(expected, int) and expected != len(doc["items"]):
        problems.append(f"item_count says {expected} but there are {len(doc['items'])} items")
    if problems:
        raise ValidationError(
            "the catalog was not imported: "
            + "; ".join(problems[:10])
            + (" ..." if len(problems) > 10 else ""),
            code="catalog.invalid",
            problems=problems,
        )
    declared = str(doc.get("version") or doc.get("compiled_on") or "")
    return Catalog(
        version=catalog_version_of(raw_bytes, declared),
        items=tuple(items),
        note=str(doc.get("dataset_note") or doc.get("note") or ""),
        is_official=bool(doc.get("is_official", False)),
    )


def _req(entry: dict[str, Any], key: str, kind: type, where: str, problems: list[str]) -> Any:
    if key not in entry:
        problems.append(f"{where}: missing {key}")
        return None
    value = entry[key]
    if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        problems.append(f"{where}: {key} must be a whole number")
        return None
    if kind is float and (isinstance(value, bool) or not isinstance(value, int | float)):
        problems.append(f"{where}: {key} must be a number")
        return None
    if kind in (str, bool, list) and not isinstance(value, kind):
        problems.append(f"{where}: {key} must be {kind.__name__}")
        return None
    if kind is str and not value.strip():
        problems.append(f"{where}: {key} is empty")
        return None
    return value


def _opt_str(entry: dict[str, Any], key: str) -> str:
    v = entry.get(key, "")
    return v if isinstance(v, str) else ""


def _parse_item(entry: dict[str, Any], where: str, problems: list[str]) -> ServiceItem | None:
    n = len(problems)
    code = _req(entry, "code", str, where, problems)
    if code is not None and not _CODE.match(code):
        problems.append(f"{where}: code {code!r} must be upper-case letters, digits and dashes")
    name = _req(entry, "name_zh", str, where, problems)
    limit = _req(entry, "time_limit_days", int, where, problems)
    unit_raw = _req(entry, "time_limit_unit", str, where, problems)
    unit = _UNITS.get(unit_raw) if unit_raw is not None else None
    if unit_raw is not None and unit is None:
        problems.append(f"{where}: unknown time_limit_unit {unit_raw!r}")
    statutory = entry.get("statutory_time_limit_days", limit)
    committed = entry.get("committed_time_limit_days", limit)
    for label, v in (("time_limit_days", limit), ("statutory", statutory), ("committed", committed)):
        if isinstance(v, int) and v < 0:
            problems.append(f"{where}: {label} is negative")
    if isinstance(statutory, int) and isinstance(committed, int) and committed > statutory:
        problems.append(f"{where}: the committed time limit exceeds the statutory one")
    fee = _req(entry, "fee", float, where, problems)
    if isinstance(fee, int | float) and fee < 0:
        problems.append(f"{where}: fee is negative")
    proxy = _req(entry, "village_can_proxy", bool, where, problems)
    raw_materials = _req(entry, "materials", list, where, problems)
    materials: list[Material] = []
    for j, m in enumerate(raw_materials or []):
        mw = f"{where} material {j + 1}"
        if not isinstance(m, dict):
            problems.append(f"{mw}: not an object")
            continue
        mname = _req(m, "name_zh", str, mw, problems)
        form_raw = _req(m, "original_or_copy", str, mw, problems)
        form = _FORMS.get(form_raw) if form_raw is not None else None
        if form_raw is not None and form is None:
            problems.append(f"{mw}: unknown original_or_copy {form_raw!r}")
        copies = m.get("copies", 1)
        if isinstance(copies, bool) or not isinstance(copies, int) or copies < 0:
            problems.append(f"{mw}: copies must be a whole number >= 0")
            copies = 1
        required = _req(m, "required", bool, mw, problems)
        if mname is None or form is None or required is None or code is None:
            continue
        materials.append(
            Material(
                key=str(m.get("key") or f"{code}-M{j + 1}"),
                name_zh=mname,
                name_bo=_opt_str(m, "name_bo"),
                required=required,
                form=form,
                copies=copies,
                notes_zh=_opt_str(m, "notes"),
                notes_bo=_opt_str(m, "notes_bo"),
                colour_photo=bool(m.get("colour_photo", bool(_COLOUR_PHOTO.search(mname)))),
            )
        )
    keys = [m.key for m in materials]
    if len(set(keys)) != len(keys):
        problems.append(f"{where}: duplicate material keys")
    if len(problems) > n:
        return None
    assert code is not None and name is not None and unit is not None and limit is not None
    return ServiceItem(
        code=code,
        name_zh=name,
        name_bo=_opt_str(entry, "name_bo"),
        department_zh=_opt_str(entry, "department_zh"),
        department_bo=_opt_str(entry, "department_bo"),
        department_en=_opt_str(entry, "department_en"),
        item_type=_opt_str(entry, "item_type"),
        legal_basis_zh=_opt_str(entry, "legal_basis_zh"),
        conditions_zh=_opt_str(entry, "conditions_zh") or _opt_str(entry, "notes"),
        process_zh=_opt_str(entry, "process_zh") or _opt_str(entry, "handling_level_zh"),
        statutory_time_limit=int(statutory),
        committed_time_limit=int(committed),
        time_unit=unit,
        time_limit_note=_opt_str(entry, "time_limit_note"),
        fee=float(fee or 0),
        fee_note=_opt_str(entry, "fee_note"),
        village_can_proxy=bool(proxy),
        notes_zh=_opt_str(entry, "notes"),
        materials=tuple(materials),
    )
