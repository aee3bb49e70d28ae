"""The ``villagedesk`` command as a user runs it: a real process each time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

from villagedesk import __version__


def run(*args: str, data_dir: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "villagedesk"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return subprocess.run(
        cmd + list(args), capture_output=True, text=True, timeout=120, env={**os.environ, **env}
    )


def test_version_and_help() -> None:
    r = run("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"VillageDesk {__version__}"
    r = run("--help")
    assert r.returncode == 0
    for command in ("add-application", "sync", "enroll", "export-batch", "import-batch", "check-id"):
        assert command in r.stdout


def test_smoke_screenshot_offscreen(tmp_path: Path) -> None:
    png = tmp_path / "smoke.png"
    r = run("--smoke-screenshot", str(png), data_dir=tmp_path / "d", QT_QPA_PLATFORM="offscreen")
    assert r.returncode == 0, r.stderr
    with Image.open(png) as im:
        assert im.size[0] >= 1000 and im.size[1] >= 600
        # Not a blank window: the catalog table and text drew many distinct colours.
        assert len(im.convert("RGB").getcolors(1_000_000) or []) > 50


def test_data_dir_env_and_nothing_written_elsewhere(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "envdata"
    r = run(
        "deadline", "--start", "2025-09-26", "--days", "20", VILLAGEDESK_DATA_DIR=str(data), HOME=str(home)
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "2025-10-30"
    assert (data / "villagedesk.sqlite3").exists()
    assert list(home.rglob("*")) == []


def test_deadline_in_an_unofficial_year_is_provisional(tmp_path: Path) -> None:
    r = run("deadline", "--start", "2026-02-13", "--days", "5", data_dir=tmp_path)
    assert r.stdout.strip() == "2026-02-27"
    r = run(
        "deadline",
        "--start",
        str(__import__("datetime").date.today().year + 2) + "-03-02",
        "--days",
        "5",
        data_dir=tmp_path,
    )
    assert "provisional" in r.stdout


def test_check_id_explains_the_broken_rule(tmp_path: Path) -> None:
    r = run("check-id", "513322195803121019", data_dir=tmp_path)
    assert r.returncode == 1 and "id.check_char" in r.stderr and '"expected": "8"' in r.stderr
    r = run("check-id", "513323197602302248", data_dir=tmp_path)
    assert r.returncode == 1 and "id.birth_date_invalid" in r.stderr
    r = run("check-id", "51333419900720035x", data_dir=tmp_path)
    assert r.returncode == 0 and "51333419900720035X" in r.stdout and "1990-07-20" in r.stdout


def test_add_application_needs_enrollment_and_keeps_nothing_half_done(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    scan = tmp_path / "form.pdf"
    c = Canvas(str(scan))
    c.drawString(72, 720, "application form")
    c.save()
    r = run(
        "add-application",
        "--item",
        "MZ-006",
        "--applicant-id",
        "513326194209090926",
        "--name",
        "志玛",
        "--attach",
        f"MZ-006-M1={scan}",
        data_dir=tmp_path / "d",
    )
    assert r.returncode == 1 and "device.not_enrolled" in r.stderr
    r = run(
        "add-application",
        "--item",
        "MZ-006",
        "--applicant-id",
        "513326194209090926",
        "--name",
        "志玛",
        "--attach",
        "NOPE-M1=/nonexistent",
        data_dir=tmp_path / "d",
    )
    assert r.returncode == 1 and "application.no_material" in r.stderr
    r = run(
        "add-application",
        "--item",
        "MZ-006",
        "--applicant-id",
        "513326194209090926",
        "--name",
        "志玛",
        "--attach",
        f"MZ-006-M1={tmp_path / 'missing.jpg'}",
        data_dir=tmp_path / "d",
    )
    assert r.returncode == 1 and "media.unreadable" in r.stderr
    r = run("list", data_dir=tmp_path / "d")
    assert r.returncode == 0 and r.stdout.strip() == ""  # nothing half-made was left behind
