"""Build the township window's .ts files (zh_CN, bo, en) and their .qm files.

    .venv/bin/python translations/township_fill.py

Runs pyside6-lupdate over villagedesk/ui/township, fills the translations from township_strings.py (and,
for Tibetan, the village app's reviewed table where the source string is the same), then lrelease.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from township_strings import BO, ZH  # noqa: E402

BIN = Path(sys.executable).parent
LANGS = ("zh_CN", "bo", "en")


def _village_bo() -> dict[str, str]:
    try:
        from fill import TABLE  # the village app's reviewed strings
    except ImportError:
        return {}
    return {k: v[1] for k, v in TABLE.items() if v[1]}


def main() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "villagedesk/ui/township").glob("*.py"))
    ts = [str(HERE / f"villagedesk_township_{lang}.ts") for lang in LANGS]
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *files, "-ts", *ts, "-no-obsolete", "-locations", "none", "-silent"],
        check=True,
        cwd=ROOT,
    )
    village_bo = _village_bo()
    missing: set[str] = set()
    for lang, path in zip(LANGS, ts, strict=True):
        tree = ET.parse(path)
        root = tree.getroot()
        root.set("language", {"zh_CN": "zh_CN", "bo": "bo_CN", "en": "en"}[lang])
        for msg in root.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            assert tr is not None
            finished = True
            if lang == "en":
                text = source
            elif lang == "zh_CN":
                if source not in ZH:
                    missing.add(source)
                    continue
                text = ZH[source]
            else:
                bo = BO.get(source) or village_bo.get(source)
                text = bo or ZH.get(source, source)
                finished = bool(bo)
            tr.text = text
            if finished:
                tr.attrib.pop("type", None)
            else:
                tr.set("type", "unfinished")
        ET.indent(tree, space="    ")
        body = ET.tostring(root, encoding="unicode")
        Path(path).write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
        )
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", *ts], check=True, cwd=ROOT)
    if missing:
        print("no Chinese for:", *sorted(missing), sep="\n  ")
        raise SystemExit(1)


if __name__ == "__main__":
    main()
