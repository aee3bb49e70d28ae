"""Render every document to PNG under docs/slips/ (committed, linked from the README).

    .venv/bin/python tests/printing/make_slip_pngs.py

A4 at 80 dpi, the 80 mm roll at 110 dpi (both readable on screen, each file under 300 KB).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import slip_samples as s

from villagedesk import printing as P

OUT = s.REPO / "docs" / "slips"
DOCS = {
    "receipt": (P.build_receipt, s.receipt),
    "notification": (P.build_notification, s.notification),
    "notification-returned": (P.build_notification, lambda: s.notification(returned=True)),
    "acceptance-notice": (P.build_acceptance_notice, s.acceptance),
    "not-accepted-notice": (P.build_not_accepted_notice, s.not_accepted),
    "delivery-record": (P.build_delivery_record, s.delivery),
    "handover-list": (P.build_handover_list, s.handover),
    "service-guide": (P.build_service_guide, s.guide),
}
EXTRA = [
    ("receipt", "a4", "zh"),
    ("notification", "roll80", "bo"),
    ("receipt", "roll80", "zh"),
    ("notification", "a4", "bo"),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    jobs = [(d, size, "bilingual") for d in DOCS for size in ("a4", "roll80")] + EXTRA
    for doc, size, lang in jobs:
        build, make = DOCS[doc]
        pdf = build(make(), size=size, lang=lang)
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "d.pdf"
            src.write_bytes(pdf)
            dpi = "80" if size == "a4" else "110"
            subprocess.run(
                ["pdftoppm", "-r", dpi, "-png", "-gray", str(src), str(Path(tmp) / "p")], check=True
            )
            pages = sorted(Path(tmp).glob("p*.png"))
            for i, page in enumerate(pages, 1):
                suffix = f"-p{i}" if len(pages) > 1 else ""
                dest = OUT / f"{doc}-{size}-{lang}{suffix}.png"
                dest.write_bytes(page.read_bytes())
                print(dest.relative_to(s.REPO), dest.stat().st_size // 1024, "KB")


if __name__ == "__main__":
    main()
