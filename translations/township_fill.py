"""Build the township window's .ts files (zh_CN, bo, en), their .qm files and REVIEW-township-bo.md.

    .venv/bin/python translations/township_fill.py

Runs pyside6-lupdate over villagedesk/ui/township, fills the translations from township_strings.py (Tibetan:
BO, else the village app's reviewed table where it says the same thing), runs lupdate again so the files
have lupdate's own formatting (tests/township/test_township_translations.py checks that lupdate leaves them
unchanged), then lrelease. A string without Chinese or Tibetan stays unfinished, is listed, and the exit
status is 1: add it to township_strings.py and run this again.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from fill import TABLE as VILLAGE  # noqa: E402  (the village app's reviewed strings)
from township_strings import BO, SAME_AS_VILLAGE, ZH  # noqa: E402

BIN = Path(sys.executable).parent
LANGS = ("zh_CN", "bo", "en")
REVIEW = HERE / "REVIEW-township-bo.md"
SAME = " (same as the village app)"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "villagedesk/ui/township").glob("*.py"))


def ts_files() -> list[Path]:
    return [HERE / f"villagedesk_township_{lang}.ts" for lang in LANGS]


def tibetan(context: str, source: str) -> tuple[str, str] | None:
    """(Tibetan, review note) for one message, or None if there is none yet."""
    for key in (f"{context}|{source}", source):
        if key in BO:
            return BO[key]
        if key in SAME_AS_VILLAGE:
            _zh, bo, note = VILLAGE[SAME_AS_VILLAGE[key]]
            return bo, note + SAME
    village = VILLAGE.get(source)
    # Only where the Chinese is the same too: "Accept" is 采用 in the village app but 受理 here.
    if village is not None and village[0] == ZH.get(source):
        return village[1], village[2] + SAME
    return None


def lupdate() -> None:
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *sources(),
            "-ts",
            *map(str, ts_files()),
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
        ],
        check=True,
        cwd=ROOT,
    )


def review_rows(bo_ts: Path) -> dict[str, tuple[str, str, str, str]]:
    """Review rows (English shown, Chinese, Tibetan, note) of every translated message of the Tibetan file."""
    rows: dict[str, tuple[str, str, str, str]] = {}
    for ctx in ET.parse(bo_ts).getroot().iter("context"):
        context = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            found = tibetan(context, source)
            if found is None:
                continue
            own = f"{context}|{source}" in BO
            key = f"{context}|{source}" if own else source
            rows[key] = (f"{source} ({context})" if own else source, ZH.get(source, ""), *found)
    return rows


def fill() -> tuple[set[str], set[str]]:
    """Fill the three files; returns the sources with no Chinese and with no Tibetan."""
    no_zh: set[str] = set()
    no_bo: set[str] = set()
    for lang, path in zip(LANGS, ts_files(), strict=True):
        tree = ET.parse(path)
        root = tree.getroot()
        root.set("language", {"zh_CN": "zh_CN", "bo": "bo_CN", "en": "en"}[lang])
        for ctx in root.iter("context"):
            context = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                source = msg.findtext("source") or ""
                tr = msg.find("translation")
                assert tr is not None
                text: str | None
                if lang == "en":
                    text = source
                elif lang == "zh_CN":
                    text = ZH.get(source)
                    if text is None:
                        no_zh.add(source)
                else:
                    found = tibetan(context, source)
                    text = found[0] if found else None
                    if found is None:
                        no_bo.add(source)
                if text is None:
                    # Unfinished: the Chinese (or the source) shows until a translation is added.
                    tr.text = ZH.get(source, source)
                    tr.set("type", "unfinished")
                else:
                    tr.text = text
                    tr.attrib.pop("type", None)
        ET.indent(tree, space="    ")
        body = ET.tostring(root, encoding="unicode")
        path.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
        )
    return no_zh, no_bo


def review_text(rows: dict[str, tuple[str, str, str, str]]) -> str:
    lines = [
        "# Tibetan strings of the township window for review by a Tibetan-reading translator",
        "",
        "Generated by `translations/township_fill.py` from `township_strings.py` (and the village app's",
        "`strings_*.py` where both windows say the same thing); edit those, not this file.",
        "",
        "Terms come from `../shared/data/glossary-zh-bo.tsv`. **A**: an attested glossary term used as it is.",
        "**C**: a phrase or sentence composed from attested terms (the grammar and word choice need a",
        "translator's check). **N**: contains a concept the glossary marks NOT ATTESTED or does not list; the",
        "closest attested wording is used and the Chinese term is shown in brackets where nothing attested",
        "comes close. Every C and N line below needs review before the township window is used in Tibetan.",
        "Lines marked *same as the village app* are the village app's reviewed Tibetan, taken as it is.",
        "",
        "| review | English source | Chinese | Tibetan (current) | note |",
        "|---|---|---|---|---|",
    ]
    ordered = sorted(rows.values(), key=lambda r: (r[3][:1] != "N", r[0]))
    counts = {k: sum(1 for r in ordered if r[3][:1] == k) for k in "ACN"}
    for shown, zh, bo, note in ordered:
        if note[:1] == "A":
            continue
        esc = [x.replace("|", "\\|").replace("\n", " ") for x in (shown, zh, bo, note)]
        lines.append(f"| {note[:1]} | {esc[0]} | {esc[1]} | {esc[2]} | {esc[3]} |")
    lines += ["", "## Attested terms used as they are", ""]
    lines += [f"- {shown}: {bo}" for shown, _zh, bo, note in ordered if note[:1] == "A"]
    lines += [
        "",
        f"Strings: {len(ordered)} (A {counts['A']}, C {counts['C']}, N {counts['N']}).",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    lupdate()
    no_zh, no_bo = fill()
    lupdate()  # lupdate's own formatting, so that running it again changes nothing
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", *map(str, ts_files())], check=True, cwd=ROOT)
    rows = review_rows(ts_files()[LANGS.index("bo")])
    REVIEW.write_text(review_text(rows), encoding="utf-8")
    bad_marks = sorted(k for k, r in rows.items() if r[3][:1] not in ("A", "C", "N"))
    used = set()
    for ctx in ET.parse(ts_files()[0]).getroot().iter("context"):
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            used |= {source, f"{ctx.findtext('name')}|{source}"}
    unused = sorted(k for k in (*ZH, *BO, *SAME_AS_VILLAGE) if k not in used)
    if unused:
        # Not an error: the window may have dropped a string; the entry can go from township_strings.py.
        print("not used by the window any more:", *unused, sep="\n  ")
    for title, items in (
        ("no Chinese for:", sorted(no_zh)),
        ("no Tibetan for:", sorted(no_bo)),
        ("no review mark (A, C or N) for:", bad_marks),
    ):
        if items:
            print(title, *items, sep="\n  ")
    return 1 if no_zh or no_bo or bad_marks else 0


if __name__ == "__main__":
    sys.exit(main())
