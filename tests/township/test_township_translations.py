"""The township window's translations (translations/villagedesk_township_*.ts, built by township_fill.py):
nothing stale, nothing unfinished, real Tibetan and Chinese, placeholders and accelerators kept, Tibetan
punctuation sane, the same Tibetan as the village app where both say the same thing, and the review list
(REVIEW-township-bo.md) true to the tables."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from tw_helpers import PASSWORD

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "translations"
LANGS = ("zh_CN", "bo", "en")
BIN = Path(sys.executable).parent
TIBETAN = re.compile("[\u0f00-\u0fff]")
HAN = re.compile("[\u4e00-\u9fff]")


def _ts(lang: str) -> Path:
    return TS / f"villagedesk_township_{lang}.ts"


def _messages(lang: str) -> list[tuple[str, str, str, str | None]]:
    """(context, source, translation, type) of every message."""
    out = []
    for ctx in ET.parse(_ts(lang)).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            out.append(
                (ctx.findtext("name") or "", msg.findtext("source") or "", tr.text or "", tr.get("type"))
            )
    return out


@pytest.fixture(scope="module")
def township_fill() -> Iterator[ModuleType]:
    sys.path.insert(0, str(TS))
    try:
        import township_fill as module

        yield module
    finally:
        sys.path.remove(str(TS))


def test_the_township_files_exist_and_are_not_empty() -> None:
    for lang in LANGS:
        assert len(_messages(lang)) > 200, lang


def test_lupdate_leaves_the_ts_files_unchanged(tmp_path: Path) -> None:
    lupdate = BIN / "pyside6-lupdate"
    assert lupdate.exists(), "pyside6-lupdate (from pyside6-essentials) is needed"
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "villagedesk/ui/township").glob("*.py"))
    copies = []
    for lang in LANGS:
        copy = tmp_path / _ts(lang).name
        shutil.copy(_ts(lang), copy)
        copies.append(copy)
    subprocess.run(
        [str(lupdate), *sources, "-ts", *map(str, copies), "-no-obsolete", "-locations", "none", "-silent"],
        cwd=REPO,
        check=True,
    )
    for copy in copies:
        assert copy.read_text(encoding="utf-8") == (TS / copy.name).read_text(encoding="utf-8"), (
            f"{copy.name} is stale: run .venv/bin/python translations/township_fill.py"
        )


@pytest.mark.parametrize("lang", LANGS)
def test_nothing_unfinished(lang: str) -> None:
    unfinished = [s for _c, s, t, kind in _messages(lang) if kind is not None or not t]
    assert unfinished == []


def test_tibetan_is_tibetan_and_chinese_is_chinese() -> None:
    not_bo = [s for _c, s, t, _k in _messages("bo") if not TIBETAN.search(t)]
    not_zh = [s for _c, s, t, _k in _messages("zh_CN") if not HAN.search(t)]
    assert not_bo == [] and not_zh == []
    copied = [s for _c, s, t, _k in _messages("bo") + _messages("zh_CN") if s == t]
    assert copied == []


def _marks(text: str) -> list[str]:
    # Qt placeholders (%1, %n, %L1), Python format fields ({name}) and menu accelerators (&x, not &&).
    return sorted(re.findall(r"%L?\d+|%n|\{[^{}]*\}|(?<!&)&(?=[^&\s])", text))


@pytest.mark.parametrize("lang", ("zh_CN", "bo"))
def test_placeholders_and_accelerators_are_kept(lang: str) -> None:
    wrong = [(s, t) for _c, s, t, _k in _messages(lang) if _marks(s) != _marks(t)]
    assert wrong == []


def test_marks_are_found() -> None:
    # The check above must be able to fail.
    assert _marks("Page %1 of %2 &Next {n}") == ["%1", "%2", "&", "{n}"]
    assert _marks("a && b") == []


def test_tibetan_punctuation() -> None:
    """No doubled tsheg or shad, no tsheg before a shad except after ང, no shad opening a string."""
    bad = []
    for _c, s, t, _k in _messages("bo"):
        if "་་" in t or "།།" in t or re.search("(?<!ང)་།", t) or re.match(r"\s*།", t):
            bad.append((s, t))
        # A tsheg never stands before closing punctuation, and never ends the string.
        if re.search("་[)\\]:,.]", t) or t.rstrip().endswith("་"):
            bad.append((s, t))
    assert bad == []


def test_the_files_say_what_the_tables_say(township_fill: ModuleType) -> None:
    # Someone edited township_strings.py but did not run township_fill.py.
    for lang in ("zh_CN", "bo"):
        for context, source, text, _k in _messages(lang):
            if lang == "zh_CN":
                assert text == township_fill.ZH[source], source
            else:
                found = township_fill.tibetan(context, source)
                assert found is not None and text == found[0], source


def test_same_words_as_the_village_app(township_fill: ModuleType) -> None:
    """Where the village app has the same English and the same Chinese, both windows say it in the same Tibetan."""
    village = township_fill.VILLAGE
    differ = [
        (s, t, village[s][1])
        for c, s, t, _k in _messages("bo")
        if s in village
        and village[s][0] == township_fill.ZH.get(s)
        and t != village[s][1]
        # A per-screen wording (BO key "Context|source") is deliberate, and its note says why.
        and f"{c}|{s}" not in township_fill.BO
    ]
    assert differ == []


def test_every_tibetan_string_has_a_review_mark(township_fill: ModuleType) -> None:
    rows = township_fill.review_rows(_ts("bo"))
    assert len(rows) >= len({s for _c, s, _t, _k in _messages("bo")})
    assert {note[:1] for _shown, _zh, _bo, note in rows.values()} <= {"A", "C", "N"}
    # An A string is a glossary term as it is: no Chinese left in brackets.
    assert [r for r in rows.values() if r[3].startswith("A") and HAN.search(r[2])] == []
    # Chinese shown in a Tibetan string means a not-attested concept: it must be marked N.
    assert [r for r in rows.values() if HAN.search(r[2]) and not r[3].startswith("N")] == []


def test_review_list_is_current(township_fill: ModuleType) -> None:
    review = (TS / "REVIEW-township-bo.md").read_text(encoding="utf-8")
    assert review == township_fill.review_text(township_fill.review_rows(_ts("bo"))), (
        "REVIEW-township-bo.md is stale: run .venv/bin/python translations/township_fill.py"
    )
    for _c, s, t, _k in _messages("bo"):
        assert t.replace("|", "\\|") in review, s


# -- the window in Tibetan: every label, button, tab and column header has the room its text needs


def _clipped(window: Any) -> list[str]:
    """Visible labels, buttons, combo boxes and column headers whose text needs more room than they have."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QHeaderView,
        QLabel,
        QStyle,
        QStyleOptionComboBox,
    )

    bad = []
    for c in window.findChildren(QComboBox):
        if c.isVisible() and not c.isEditable() and c.currentText():
            opt = QStyleOptionComboBox()
            c.initStyleOption(opt)
            text = QSize(c.fontMetrics().horizontalAdvance(c.currentText()), c.fontMetrics().height())
            need = c.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, opt, text, c).width()
            if c.width() < need:
                bad.append(f"QComboBox {c.currentText()!r}: {c.width()} < {need}")
    for w in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if not w.isVisible() or not w.text() or w.width() <= 1:
            continue
        if isinstance(w, QLabel) and (w.wordWrap() or w.text().startswith("<")):
            continue
        hint = w.sizeHint()
        if w.width() + 1 < hint.width() or w.height() + 1 < min(hint.height(), w.maximumHeight()):
            bad.append(
                f"{type(w).__name__} {w.text()!r}: {w.width()}x{w.height()} < {hint.width()}x{hint.height()}"
            )
    for h in window.findChildren(QHeaderView):
        model = h.model()
        if not h.isVisible() or h.orientation() != Qt.Orientation.Horizontal or model is None:
            continue
        for col in range(model.columnCount()):
            need = h.sectionSizeFromContents(col).width()
            if not h.isSectionHidden(col) and h.sectionSize(col) + 1 < need:
                text = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                bad.append(f"column {text!r}: {h.sectionSize(col)} < {need}")
    return bad


@pytest.fixture
def in_tibetan(qapp: Any) -> Iterator[None]:
    from villagedesk.ui.fonts import apply_app_font, load_fonts
    from villagedesk.ui.township.app import install_translations

    font = qapp.font()
    load_fonts()
    apply_app_font(qapp)
    assert install_translations(qapp, "bo"), "villagedesk_township_bo.qm did not load: run township_fill.py"
    try:
        yield
    finally:
        install_translations(qapp, "none")  # removes the Tibetan translators again
        qapp.setFont(font)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("tw_server", ["sqlite"], indirect=True)
@pytest.mark.parametrize("user", ["clerk", "minzheng", "director", "admin"])
def test_tibetan_fits_at_1366x768(
    qtbot: Any, client: Any, tmp_path: Path, in_tibetan: None, user: str
) -> None:
    from PySide6.QtCore import Qt

    from villagedesk.sync.staff_api import StaffApi
    from villagedesk.ui.township.dialogs import (
        ClockDialog,
        DecideDialog,
        NotAcceptDialog,
        ReturnDialog,
        RouteDialog,
    )
    from villagedesk.ui.township.window import TownshipWindow

    win = TownshipWindow(
        server_url=client.url, print_dir=tmp_path / "printed", api_factory=StaffApi, slip_lang="bilingual"
    )
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    assert win.sign_in.button.text() == "ཐོ་འཇུག"  # the Tibetan is really installed
    problems = {"sign-in": _clipped(win)}
    win.sign_in.user.setText(user)
    win.sign_in.password.setText(PASSWORD)
    qtbot.mouseClick(win.sign_in.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.stack.currentIndex() == 1 and win.pending == 0, timeout=30_000)
    for page in win.visible_pages():
        win.tabs.setCurrentWidget(page)
        qtbot.waitUntil(lambda: win.pending == 0, timeout=30_000)
        qtbot.wait(30)
        problems[type(page).__name__] = _clipped(win)
        need = win.minimumSizeHint()
        if need.width() > 1366 or need.height() > 768:
            problems[type(page).__name__].append(f"window needs {need.width()}x{need.height()}")
    if user == "clerk":
        mats = [("M1", "申请人居民身份证"), ("M2", "申请人居民户口簿（首页及本人页）")]
        for dialog in (
            ReturnDialog(mats, win),
            NotAcceptDialog("康定市人民政府 · 康定市人民法院", win),
            RouteDialog(["民政局", "人社局"], win),
            DecideDialog([{"task_id": "T1", "body": "民政局", "state": "pending"}], win),
            ClockDialog(False, win),
            ClockDialog(True, win),
        ):
            dialog.show()
            qtbot.wait(30)
            problems[f"{type(dialog).__name__} {dialog.windowTitle()}"] = _clipped(dialog)
            dialog.close()
    assert {k: v for k, v in problems.items() if v} == {}


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_dialog_buttons_speak_tibetan(qtbot: Any, in_tibetan: None) -> None:
    """Qt has no Tibetan of its own: the dialogs' OK and Cancel are the window's words."""
    from PySide6.QtWidgets import QDialogButtonBox

    from villagedesk.ui.township.dialogs import NotAcceptDialog, ReturnDialog

    for dlg in (ReturnDialog([("M1", "申请人居民身份证")]), NotAcceptDialog("")):
        qtbot.addWidget(dlg)
        box = dlg.findChild(QDialogButtonBox)
        assert box is not None
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        assert (ok.text(), cancel.text()) == ("གཏན་འཁེལ", "འདོར་བ")
