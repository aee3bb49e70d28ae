"""Every table model of the desk passes Qt's model tester, empty and with real rows."""

from __future__ import annotations

from typing import Any

from conftest import sign_in, wait_idle
from PySide6.QtWidgets import QTableView

from villagedesk.ui.demo import fill_demo
from villagedesk.ui.main_window import PAGE_KEYS
from villagedesk.ui.models import RowsModel


def test_rows_model_empty_and_reset(qtmodeltester: Any) -> None:
    model: RowsModel[tuple[int, str]] = RowsModel([("n", lambda r: r[0]), (lambda: "text", lambda r: r[1])])
    qtmodeltester.check(model)
    model.set_rows([(1, "一"), (2, "གཉིས")])
    qtmodeltester.check(model)
    assert model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "text"


def test_every_screen_model_with_demo_data(qtbot: Any, request: Any, ui_store: Any, make_window: Any) -> None:
    from pytestqt.modeltest import ModelTester

    fill_demo(ui_store)
    w = make_window(ui_store)
    sign_in(qtbot, w, pin="1234")
    w.pages["applicants"].search.setText("扎西")
    checked = 0
    for key in PAGE_KEYS:
        w.go(key)
        wait_idle(qtbot, w)
        for view in w.pages[key].findChildren(QTableView):
            model = view.model()
            assert isinstance(model, RowsModel)
            tester = ModelTester(request.config)
            tester.check(model, force_py=True)
            # Watched while the screen reloads its rows (a reset) and retranslates its headers.
            w.pages[key].refresh()
            wait_idle(qtbot, w)
            model.retranslate()
            tester._cleanup()
            checked += 1
            checked += model.rowCount() > 0
    assert checked >= 20  # 13 models, most of them with rows
