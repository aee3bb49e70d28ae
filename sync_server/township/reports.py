"""Report figures for the director and the county: one GROUP BY over ``tw_facts``.

Every figure counts events in the period in which they happened (an application received in March and
completed in April counts as received in March and completed in April), the way monthly 办件 statistics
are kept. "Average working days" is the mean, over completions, of the working days from acceptance to
the decision with clock stops taken out; "on time" is a completion on or before its committed deadline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Connection, func, select

from sync_server import tables as t
from sync_server.township.tables import tw_facts

Dimension = Literal["village", "agent", "item", "department", "month"]
DIMENSIONS: dict[str, Any] = {
    "village": tw_facts.c.village_code,
    "agent": tw_facts.c.agent,
    "item": tw_facts.c.item_code,
    "department": tw_facts.c.department,
    "month": tw_facts.c.month,
}
RATING_LEVELS = ("very_satisfied", "satisfied", "basically_satisfied", "dissatisfied", "very_dissatisfied")
GOOD_LEVELS = frozenset({"very_satisfied", "satisfied", "basically_satisfied"})
COLUMNS = (
    "received",
    "accepted",
    "returned",
    "not_accepted",
    "completed",
    "on_time",
    "on_time_rate",
    "avg_working_days",
    "consultations",
    "home_visits",
    "complaints",
    "ratings",
    "good_ratings",
    "bad_ratings",
    "free_proxy",
)
_KIND_TO_COLUMN = {
    "received": "received",
    "accepted": "accepted",
    "returned": "returned",
    "not_accepted": "not_accepted",
    "completed": "completed",
    "on_time": "on_time",
    "consultation": "consultations",
    "home_visit": "home_visits",
    "complaint": "complaints",
    "free_proxy": "free_proxy",
}


@dataclass
class ReportRow:
    key: str
    label: str = ""
    received: int = 0
    accepted: int = 0
    returned: int = 0
    not_accepted: int = 0
    completed: int = 0
    on_time: int = 0
    avg_working_days: float | None = None
    consultations: int = 0
    home_visits: int = 0
    complaints: int = 0
    free_proxy: int = 0
    rating_levels: dict[str, int] = field(default_factory=dict)

    @property
    def ratings(self) -> int:
        return sum(self.rating_levels.values())

    @property
    def good_ratings(self) -> int:
        return sum(n for k, n in self.rating_levels.items() if k in GOOD_LEVELS)

    @property
    def bad_ratings(self) -> int:
        return self.ratings - self.good_ratings

    @property
    def on_time_rate(self) -> float | None:
        return round(self.on_time / self.completed, 4) if self.completed else None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key, "label": self.label}
        for c in COLUMNS:
            out[c] = getattr(self, c)
        out["rating_levels"] = {lv: self.rating_levels.get(lv, 0) for lv in RATING_LEVELS}
        return out


def report(
    conn: Connection,
    dimension: str,
    *,
    month: str | None = None,
    year: str | None = None,
    villages: list[str] | None = None,
) -> tuple[list[ReportRow], ReportRow]:
    """(one row per key of the dimension, the total)."""
    if dimension not in DIMENSIONS:
        from villagedesk.core.errors import ValidationError

        raise ValidationError("unknown report dimension", code="report.dimension", dimension=dimension)
    col = DIMENSIONS[dimension]
    q = select(
        col.label("key"),
        tw_facts.c.kind,
        func.count().label("n"),
        func.avg(tw_facts.c.value).label("avg"),
        func.count(tw_facts.c.value).label("nv"),
    )
    if month:
        q = q.where(tw_facts.c.month == month)
    if year:
        q = q.where(tw_facts.c.month.like(f"{year}-%"))
    if villages is not None:
        q = q.where(tw_facts.c.village_code.in_(villages))
    q = q.group_by(col, tw_facts.c.kind)
    rows: dict[str, ReportRow] = {}
    total = ReportRow(key="*")
    sums: dict[str, tuple[float, int]] = {}
    for r in conn.execute(q).all():
        key = str(r.key or "")
        row = rows.setdefault(key, ReportRow(key=key))
        kind = str(r.kind)
        n = int(r.n)
        for target in (row, total):
            if kind.startswith("rating:"):
                lv = kind.split(":", 1)[1]
                target.rating_levels[lv] = target.rating_levels.get(lv, 0) + n
            elif kind in _KIND_TO_COLUMN:
                attr = _KIND_TO_COLUMN[kind]
                setattr(target, attr, getattr(target, attr) + n)
        if kind == "completed" and r.avg is not None:
            row.avg_working_days = round(float(r.avg), 2)
            s, c = sums.get("*", (0.0, 0))
            sums["*"] = (s + float(r.avg) * int(r.nv), c + int(r.nv))
    if "*" in sums and sums["*"][1]:
        total.avg_working_days = round(sums["*"][0] / sums["*"][1], 2)
    if dimension == "village":
        names = dict(conn.execute(select(t.villages.c.code, t.villages.c.name)).all())
        for row in rows.values():
            row.label = str(names.get(row.key, ""))
    return [rows[k] for k in sorted(rows)], total
