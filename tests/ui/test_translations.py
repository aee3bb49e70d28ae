"""The translation pipeline: nothing stale, nothing unfinished, real Tibetan and Chinese, placeholders kept,
and no label or button whose text does not fit at 1366x768 in any language (also with stretched strings)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from conftest import sign_in, wait_idle

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "translations"
LANGS = ("zh_CN", "bo", "en")
BIN = Path(sys.executable).parent


def _messages(lang: str) -> list[tuple[str, str, str | None]]:
    root = ET.parse(TS / f"villagedesk_{lang}.ts").getroot()
    out = []
    for msg in root.iter("message"):
        tr = msg.find("translation")
        assert tr is not None
        out.append((msg.findtext("source") or "", tr.text or "", tr.get("type")))
    return out


def _ui_sources() -> list[str]:
    # The township window (villagedesk/ui/township, issue 6) is translated separately.
    ui = REPO / "villagedesk" / "ui"
    return sorted(
        str(p.relative_to(REPO)) for p in ui.rglob("*.py") if "township" not in p.relative_to(ui).parts
    )


def test_lupdate_leaves_the_ts_files_unchanged(tmp_path: Path) -> None:
    lupdate = BIN / "pyside6-lupdate"
    assert lupdate.exists(), "pyside6-lupdate (from pyside6-essentials) is needed"
    copies = []
    for lang in LANGS:
        copy = tmp_path / f"villagedesk_{lang}.ts"
        shutil.copy(TS / copy.name, copy)
        copies.append(copy)
    subprocess.run(
        [
            str(lupdate),
            *_ui_sources(),
            "-ts",
            *map(str, copies),
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
        ],
        cwd=REPO,
        check=True,
    )
    for copy in copies:
        assert copy.read_text(encoding="utf-8") == (TS / copy.name).read_text(encoding="utf-8"), (
            f"{copy.name} is stale: run translations/update.sh"
        )


@pytest.mark.parametrize("lang", LANGS)
def test_nothing_unfinished(lang: str) -> None:
    unfinished = [s for s, t, kind in _messages(lang) if kind is not None or not t]
    assert unfinished == []


def test_tibetan_is_tibetan_and_chinese_is_chinese() -> None:
    tibetan = re.compile("[\u0f00-\u0fff]")
    han = re.compile("[\u4e00-\u9fff]")
    not_bo = [s for s, t, _ in _messages("bo") if not tibetan.search(t)]
    not_zh = [s for s, t, _ in _messages("zh_CN") if not han.search(t)]
    assert not_bo == [] and not_zh == []
    copied = [s for s, t, _ in _messages("bo") + _messages("zh_CN") if s == t]
    assert copied == []


@pytest.mark.parametrize("lang", ("zh_CN", "bo"))
def test_placeholders_are_kept(lang: str) -> None:
    def marks(text: str) -> list[str]:
        return sorted(re.findall(r"%\d", text))

    wrong = [(s, t) for s, t, _ in _messages(lang) if marks(s) != marks(t)]
    assert wrong == []


def test_every_tibetan_string_not_attested_is_listed_for_review() -> None:
    review = (TS / "REVIEW-bo.md").read_text(encoding="utf-8")
    sys.path.insert(0, str(TS))
    try:
        from fill import TABLE
    finally:
        sys.path.remove(str(TS))
    for source, (_zh, bo, note) in TABLE.items():
        if not note.startswith("A"):
            assert bo.replace("|", "\\|") in review, source


def test_stretch_makes_strings_longer() -> None:
    from villagedesk.ui.i18n import stretch

    assert len(stretch("Sign in")) >= len("Sign in") * 1.35
    assert "%1" in stretch("Age %1.") and stretch("Age %1.").count("%") == 1
    assert stretch("<h2>x</h2>") == "<h2>x</h2>"


def _clipped(window: Any) -> list[str]:
    """Visible labels, buttons and check boxes whose text needs more room than they have."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

    bad = []
    for c in window.findChildren(QComboBox):
        if c.isVisible() and not c.isEditable() and c.currentText():
            need = (
                c.fontMetrics().horizontalAdvance(c.currentText()) + 40
            )  # frame, arrow and the style's margins
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
    return bad


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("stretched", [False, True], ids=["plain", "stretched"])
def test_text_fits_at_1366x768(
    qtbot: Any, ui_store: Any, make_window: Any, lang: str, stretched: bool
) -> None:
    from villagedesk.ui.demo import fill_demo
    from villagedesk.ui.main_window import PAGE_KEYS

    made = fill_demo(ui_store)
    w = make_window(ui_store)
    if stretched:
        w.desk.languages.stretch_mode = True
    w.set_language(lang)
    wait_idle(qtbot, w)
    w.resize(1366, 768)
    problems: dict[str, list[str]] = {}
    w.root.setCurrentWidget(w.sign_in)
    qtbot.wait(50)
    problems["sign-in"] = _clipped(w)
    sign_in(qtbot, w)
    w.pages["application"].open_application(made["awaiting"])
    w.pages["applicants"].search.setText("扎西")
    for key in PAGE_KEYS:
        w.go(key)
        wait_idle(qtbot, w)
        qtbot.wait(30)
        problems[key] = _clipped(w)
        # Layouts that need more room than the screen has would push the window past its edges.
        need = w.minimumSizeHint()
        if need.width() > 1366 or need.height() > 768 or w.width() > 1366 or w.height() > 768:
            problems[key].append(f"window needs {need.width()}x{need.height()}, is {w.width()}x{w.height()}")
    problems = {k: v for k, v in problems.items() if v}
    assert problems == {}


def test_stretch_mode_from_the_environment(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QCoreApplication

    from villagedesk.ui.i18n import STRETCH_ENV, LanguageManager

    monkeypatch.setenv(STRETCH_ENV, "1")
    manager = LanguageManager(qapp)
    try:
        assert manager.stretch_mode
        assert manager.set_language("zh_CN")
        text = QCoreApplication.translate("MainWindow", "Applicants")
        assert text.startswith("申请人") and len(text) > len("申请人")
    finally:
        manager.uninstall()
    assert QCoreApplication.translate("MainWindow", "Applicants") == "Applicants"
