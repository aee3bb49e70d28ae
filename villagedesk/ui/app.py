"""Start the window: fonts, language, the store, the main window; and the smoke screenshot for tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from villagedesk.paths import demo_catalog_path


def _ensure_platform() -> None:
    # Without a display (a test machine, SSH) use the offscreen platform instead of aborting.
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build_window(store: Any, app: Any, *, runner: Any = None) -> Any:
    """Everything after the QApplication exists: fonts, translator, the window (tests and screenshots use it)."""
    from villagedesk.services.calendar import ensure_calendar
    from villagedesk.services.settings import load_settings
    from villagedesk.ui.fonts import apply_app_font, load_fonts
    from villagedesk.ui.i18n import LanguageManager
    from villagedesk.ui.main_window import MainWindow
    from villagedesk.ui.tasks import TaskRunner

    load_fonts()
    store.ensure_catalog(demo_catalog_path())
    ensure_calendar(store)
    settings = load_settings(store)
    apply_app_font(app, large=settings.large_text)
    languages = LanguageManager(app)
    languages.set_language(settings.language)
    return MainWindow(store, runner or TaskRunner(), languages, settings)


def run_gui(data_dir: Path, *, smoke_screenshot: str | None = None) -> int:
    _ensure_platform()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from villagedesk.storage.store import Store

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("VillageDesk")
    store = Store.open(data_dir)
    window = build_window(store, app)
    window.show()
    if smoke_screenshot:

        def shoot() -> None:
            window.desk.runner.wait(10_000)
            app.processEvents()
            window.grab().save(smoke_screenshot)
            app.quit()

        QTimer.singleShot(300, shoot)
    code = app.exec()
    window.desk.runner.wait()
    store.close()
    return int(code)
