"""The layering holds: only villagedesk.ui imports PySide6 (and the other contracts in pyproject)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NO_QT = ["protocol", "core", "storage", "services", "sync", "printing", "media"]


def test_import_linter_contracts_hold() -> None:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is part of the dev dependencies"
    r = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_no_qt_outside_ui_by_reading_every_file() -> None:
    # A second, independent check that also catches imports import-linter cannot see (inside functions).
    offenders = []
    for pkg in [*(ROOT / "villagedesk" / p for p in NO_QT), ROOT / "sync_server"]:
        for path in pkg.rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] == "PySide6"]
    assert offenders == []


def test_core_runs_without_qt_loaded() -> None:
    code = (
        "import sys, villagedesk.core.lifecycle, villagedesk.storage.store, villagedesk.services.applications;"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'PySide6 was imported'"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
