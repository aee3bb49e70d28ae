"""The headless commands end to end, as an operator types them: both programs, real processes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from PIL import Image, ImageDraw
from sync_harness import PYTHON, REPO, VILLAGE_A, ServerProc, id_number

from villagedesk.core.catalog import parse_catalog
from villagedesk.paths import demo_catalog_path


def village_cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "villagedesk", "--data-dir", str(data), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=180,
    )


def photo(path: Path, text: str) -> Path:
    img = Image.new("RGB", (800, 600), "white")
    d = ImageDraw.Draw(img)
    for i in range(12):
        d.text((40, 40 + 40 * i), f"{text} line {i} 513301199001011234", fill="black")
    img.save(path, "JPEG", quality=90)
    return path


def test_operator_commands(tmp_path: Path, server: ServerProc) -> None:
    data = tmp_path / "laptop"
    code = server.cli("enroll-code", "--village", VILLAGE_A).stdout.strip().splitlines()[-1]
    r = village_cli(data, "enroll", "--server", server.url, "--code", code)
    assert r.returncode == 0, r.stderr

    item = next(
        i
        for i in parse_catalog(demo_catalog_path().read_bytes()).items
        if i.village_can_proxy and i.materials
    )
    attach = [f"{m.key}={photo(tmp_path / f'{m.key}.jpg', m.key)}" for m in item.materials if m.required][:3]
    r = village_cli(
        data,
        "add-application",
        "--item",
        item.code,
        "--applicant-id",
        id_number(7),
        "--name",
        "次仁",
        *[arg for a in attach for arg in ("--attach", a)],
    )
    assert r.returncode == 0, r.stderr
    tracking = r.stdout.strip().splitlines()[-1]

    r = village_cli(data, "sync")
    assert r.returncode == 0, r.stderr + r.stdout
    srv_rows = [json.loads(x) for x in server.cli("export", "--format", "jsonl").stdout.splitlines()]
    assert [row["tracking_number"] for row in srv_rows] == [tracking]
    assert srv_rows[0]["state"] == "received" and len(srv_rows[0]["attachments"]) == len(attach)
    r = village_cli(data, "export", "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    cli_rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert {k: cli_rows[0][k] for k in ("uuid", "tracking_number", "state", "attachments")} == {
        k: srv_rows[0][k] for k in ("uuid", "tracking_number", "state", "attachments")
    }

    # USB both ways through the two programs
    server.cli("review", tracking, "accept")
    down = tmp_path / "down.vdb"
    assert server.cli("export-batch", "--village", VILLAGE_A, "--out", str(down)).returncode == 0
    r = village_cli(data, "import-batch", str(down))
    assert r.returncode == 0, r.stderr
    r = village_cli(data, "export", "--format", "jsonl")
    assert json.loads(r.stdout.splitlines()[0])["state"] == "accepted"
    up = tmp_path / "up.vdb"
    r = village_cli(data, "export-batch", "--out", str(up))
    assert r.returncode == 0, r.stderr
    r = server.cli("import-batch", str(up))
    assert r.returncode == 0, r.stderr
    # a damaged stick: refused with its code, exit 1
    up.write_bytes(up.read_bytes()[:-40])
    r = server.cli("import-batch", str(up), check=False)
    assert r.returncode == 1 and "batch.corrupt" in r.stderr

    # no server: exit 2 and a message that says so
    server.kill()
    r = village_cli(data, "sync")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "net." in r.stderr
