"""Fixtures for the desk: a fresh data directory per test, the real window, helpers to wait for the
background tasks. No application singleton here: pytest-qt's ``qapp`` is the one QApplication."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from villagedesk.paths import demo_catalog_path
from villagedesk.services import agents
from villagedesk.services.calendar import ensure_calendar
from villagedesk.storage.store import Store
from villagedesk.ui.demo import AGENTS, enroll_demo


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform says this about every top-level window; it is not a problem of the app.
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))


@pytest.fixture
def ui_store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "data")
    store.ensure_catalog(demo_catalog_path())
    ensure_calendar(store)
    agents.receive_roster(store, AGENTS)
    enroll_demo(store)
    yield store
    store.close()


def wait_idle(qtbot: Any, window: Any, timeout: int = 15_000) -> None:
    """Until no background task is running and no callback is pending (callbacks may start tasks)."""
    runner = window.desk.runner
    for _ in range(20):
        qtbot.waitUntil(lambda: not runner._live, timeout=timeout)
        qtbot.wait(20)
        if not runner._live:
            return


@pytest.fixture
def make_window(qapp: Any, qtbot: Any) -> Iterator[Callable[[Store], Any]]:
    from villagedesk.ui.app import build_window

    made: list[Any] = []

    def make(store: Store) -> Any:
        window = build_window(store, qapp)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        wait_idle(qtbot, window)
        made.append(window)
        return window

    yield make
    for w in made:
        wait_idle(qtbot, w)
        w.close()
        if w.desk.languages is not None:
            w.desk.languages.uninstall()


def sign_in(qtbot: Any, window: Any, agent_id: str = "agent-a", pin: str = "1234") -> None:
    page = window.sign_in
    wait_idle(qtbot, window)
    page.agent.setCurrentIndex(page.agent.findData(agent_id))
    qtbot.keyClicks(page.pin, pin)
    if page.pin2.isVisible():
        qtbot.keyClicks(page.pin2, pin)
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert window.root.currentWidget() is window.desk_widget, page.message.text()
