"""Start the window: fonts, language, the store, the main window; and the smoke form for tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from villagedesk.paths import demo_catalog_path, translations_dir


def _ensure_platform() -> None:
    # Without a display (a test machine, SSH) use the offscreen platform instead of aborting.
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def install_translator(app: object, language: str) -> object | None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator(app)  # type: ignore[arg-type]
    try:
        folder = translations_dir()
    except FileNotFoundError:
        return None
    if translator.load(f"villagedesk_{language}", str(folder)):
        app.installTranslator(translator)  # type: ignore[attr-defined]
        return translator
    return None


def run_gui(data_dir: Path, *, smoke_screenshot: str | None = None) -> int:
    if smoke_screenshot:
        _ensure_platform()
    else:
        _ensure_platform()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from villagedesk.services.calendar import ensure_calendar
    from villagedesk.services.settings import load_settings
    from villagedesk.storage.store import Store
    from villagedesk.ui.fonts import apply_app_font, load_fonts
    from villagedesk.ui.main_window import MainWindow
    from villagedesk.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("VillageDesk")
    load_fonts()
    store = Store.open(data_dir)
    store.ensure_catalog(demo_catalog_path())
    ensure_calendar(store)
    settings = load_settings(store)
    apply_app_font(app, large=settings.large_text)
    install_translator(app, settings.language)
    runner = TaskRunner()
    window = MainWindow(store, runner)
    window.show()
    if smoke_screenshot:

        def shoot() -> None:
            runner.wait(10_000)
            app.processEvents()
            window.grab().save(smoke_screenshot)
            app.quit()

        QTimer.singleShot(300, shoot)
    code = app.exec()
    runner.wait()
    store.close()
    return int(code)
