"""Screenshots of every main screen in Chinese, Tibetan and English at 1366x768.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python -m villagedesk.ui.screenshots --out docs/screenshots

Fills a demo data directory (a temporary one unless ``--data-dir``), signs in, and grabs each screen.
Files are named ``<screen>-<language>.png``; ``main-window.png`` is the follow-up screen in Chinese.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

SCREENS = (
    "first-run",
    "sign-in",
    "followup",
    "applicants",
    "application",
    "catalog",
    "outbox",
    "trips",
    "records",
    "settings",
    "print-preview",
)


def _spin(app: Any, window: Any, ms: int = 250) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    for _ in range(3):
        window.desk.runner.wait(10_000)
        loop = QEventLoop()
        QTimer.singleShot(ms // 3, loop.quit)
        loop.exec()
    app.processEvents()


def shoot(out: Path, data_dir: Path, languages: tuple[str, ...]) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from villagedesk.paths import demo_catalog_path
    from villagedesk.services.calendar import ensure_calendar
    from villagedesk.storage.store import Store
    from villagedesk.ui.app import build_window
    from villagedesk.ui.demo import fill_demo

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = Store.open(data_dir)
    store.ensure_catalog(demo_catalog_path())
    ensure_calendar(store)
    made = fill_demo(store)
    window = build_window(store, app)
    window.resize(1366, 768)
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def grab(name: str, lang: str, widget: Any = None) -> None:
        _spin(app, window)
        path = out / f"{name}-{lang}.png"
        (widget or window).grab().save(str(path))
        written.append(path)

    for lang in languages:
        window.set_language(lang)
        window.desk.agent = None
        window.root.setCurrentWidget(window.first_run)
        window.first_run.retranslate()
        window.first_run.server.setText("https://township.example:8443")
        grab("first-run", lang)
        window.sign_in.lock(None)
        window.root.setCurrentWidget(window.sign_in)
        window.sign_in.refresh()
        _spin(app, window)
        window.sign_in.agent.setCurrentIndex(window.sign_in.agent.findData("agent-a"))
        window.sign_in.pin.setText("12")
        grab("sign-in", lang)
        window.sign_in.pin.setText("1234")
        window.sign_in.sign_in()
        _spin(app, window)
        window.go("followup")
        _spin(app, window)
        page = window.pages["followup"]
        rows = [r.uuid for r in page.model.rows()]
        if made.get("returned") in rows:
            page.table.selectRow(rows.index(made["returned"]))
        grab("followup", lang)
        window.go("applicants")
        ap = window.pages["applicants"]
        ap.search.setText("泽仁")
        ap.run_search()
        _spin(app, window)
        ap.clear_form()
        ap.id_number.setText("51330119450312021")  # one character short: no hint yet
        ap.id_number.setText(ap.id_number.text() + "3")  # wrong check character: the rule is explained
        ap.legal_name.setText("次仁卓玛")
        grab("applicants", lang)
        window.go("application")
        window.pages["application"].open_application(made["awaiting"])
        _spin(app, window)
        grab("application", lang)
        window.go("catalog")
        _spin(app, window)
        window.pages["catalog"].view.selectRow(2)
        grab("catalog", lang)
        window.go("outbox")
        grab("outbox", lang)
        window.go("trips")
        grab("trips", lang)
        window.go("records")
        grab("records", lang)
        window.go("settings")
        grab("settings", lang)
        window.go("catalog")
        catalog = window.pages["catalog"]
        catalog.print_guide()
        preview = catalog.last_preview
        preview.resize(1000, 720)
        _spin(app, window, 900)
        grab("print-preview", lang, preview)
        preview.close()
    main = out / "main-window.png"
    shutil.copy(out / f"followup-{languages[0]}.png", main)
    written.append(main)
    window.close()
    window.desk.runner.wait()
    store.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m villagedesk.ui.screenshots")
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--data-dir", default="")
    parser.add_argument("--languages", default="zh_CN,bo,en")
    args = parser.parse_args(argv)
    langs = tuple(x for x in args.languages.split(",") if x)
    if args.data_dir:
        paths = shoot(Path(args.out), Path(args.data_dir), langs)
    else:
        with tempfile.TemporaryDirectory(prefix="villagedesk-shots-") as tmp:
            paths = shoot(Path(args.out), Path(tmp), langs)
    for p in paths:
        print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
