"""Start township mode: fonts, the township translations, the window.

    python -m villagedesk.ui.township --server https://township-pc:8443 --fingerprint SHA256 --lang zh_CN

The village app's translations are loaded too (shared words); the township's own .qm wins for its strings
because each tr() context is the township widget's class name.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from villagedesk.paths import translations_dir
from villagedesk.sync.staff_api import StaffApi
from villagedesk.ui.fonts import apply_app_font, load_fonts
from villagedesk.ui.township.window import TownshipWindow

_installed: list[QTranslator] = []


def install_translations(app: QCoreApplication, language: str) -> bool:
    """Install villagedesk_<lang>.qm and villagedesk_township_<lang>.qm; True if the township one loaded."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    ok = False
    for name in (f"villagedesk_{language}", f"villagedesk_township_{language}"):
        t = QTranslator(app)
        if t.load(name, str(translations_dir())):
            app.installTranslator(t)
            _installed.append(t)
            ok = name.startswith("villagedesk_township")
    return ok


def build(
    app: QApplication, *, server_url: str, fingerprint: str | None, language: str, print_dir: Path
) -> TownshipWindow:
    load_fonts()
    apply_app_font(app)
    install_translations(app, language)
    return TownshipWindow(
        server_url=server_url,
        print_dir=print_dir,
        api_factory=lambda url: StaffApi(url, fingerprint=fingerprint),
        slip_lang="bilingual" if language == "bo" else "zh",
    )


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="villagedesk-township")
    p.add_argument("--server", required=True)
    p.add_argument("--fingerprint", default=None, help="the server certificate's SHA-256 (HTTPS)")
    p.add_argument("--lang", default="zh_CN", choices=["zh_CN", "bo", "en"])
    p.add_argument("--print-dir", type=Path, default=Path.home() / "VillageDesk" / "township-printed")
    args = p.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    win = build(
        app,
        server_url=args.server,
        fingerprint=args.fingerprint,
        language=args.lang,
        print_dir=args.print_dir,
    )
    win.show()
    code = app.exec()
    win.runner.wait()
    return int(code)
