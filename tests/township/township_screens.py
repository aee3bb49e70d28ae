"""Screenshots of every township screen in Chinese and Tibetan (docs/screenshots/township-*.png).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/township/township_screens.py

A real server (subprocess, TLS) with two villages' work in it: one synced, one by USB; then the window
signs in and each tab is grabbed once per language.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "sync"))
sys.path.insert(0, str(HERE))

from PIL import Image, ImageDraw  # noqa: E402
from sync_harness import (  # noqa: E402
    VILLAGE_A,
    VILLAGE_B,
    ServerProc,
    add_application,
    add_other_records,
    enrolled_store,
    free_port,
    setup_places,
)
from tw_helpers import PASSWORD  # noqa: E402

from villagedesk.sync import commands  # noqa: E402
from villagedesk.sync.staff_api import StaffApi  # noqa: E402

OUT = Path(os.environ.get("VILLAGEDESK_SHOTS_DIR") or HERE.parents[1] / "docs" / "screenshots")
STAFF = (
    ("clerk", "clerk", None),
    ("director", "director", None),
    ("admin", "admin", None),
    ("canlian", "dept_reviewer", "县残疾人联合会"),
)
# Each screen as the role that works in it (the window shows each role only its own screens).
SCREENS = (
    ("clerk", ("arrivals", "window", "deadlines", "handovers", "complaints", "audit")),
    ("director", ("reports", "agents", "calendar")),
    ("admin", ("catalog", "staff")),
    ("canlian", ("dept_tasks",)),
)


def _photo(path: Path, text: str) -> Path:
    img = Image.new("RGB", (900, 620), (240, 238, 228))
    d = ImageDraw.Draw(img)
    d.rectangle((30, 30, 870, 590), outline=(60, 60, 60), width=5)
    d.text((60, 60), text, fill=(0, 0, 0))
    for i in range(8):
        d.line((60, 140 + 50 * i, 820, 140 + 50 * i), fill=(150, 150, 150), width=2)
    img.save(path)
    return path


def seed(sp: ServerProc, tmp: Path) -> None:
    files = tmp / "files"
    files.mkdir()
    store_a = enrolled_store(tmp / "a", sp, VILLAGE_A)
    apps = []
    for i in range(4):
        photos = [_photo(files / f"a{i}-{k}.png", f"ID card / hukou page {k + 1}") for k in range(7)]
        apps.append(add_application(store_a, i, photos, item="MZ-004" if i % 2 == 0 else "MZ-008"))
    add_other_records(store_a, 1, apps[0].uuid, apps[0].applicant_id_number)
    commands.sync_once(store_a)
    store_b = enrolled_store(tmp / "b", sp, VILLAGE_B)
    for i in range(2):
        photos = [_photo(files / f"b{i}-{k}.png", f"page {k + 1}") for k in range(7)]
        add_application(store_b, 20 + i, photos, item="RS-002")
    commands.export_batch(store_b, tmp / "b.vdb")
    api = StaffApi(sp.url, fingerprint=sp.fingerprint)
    api.login("clerk", PASSWORD)
    api.import_batch(tmp / "b.vdb")
    adm = StaffApi(sp.url, fingerprint=sp.fingerprint)
    adm.login("admin", PASSWORD)
    for n, (vid, name) in enumerate(((VILLAGE_A, "扎西"), (VILLAGE_A, "卓玛"), (VILLAGE_B, "格桑"))):
        adm.put_agent(
            {
                "agent_id": f"ag{n}",
                "name": name,
                "name_bo": "",
                "village_code": vid,
                "phone": "13800000000",
                "active": True,
            }
        )
    rows = api.arrivals()["items"]
    first, second = rows[0], rows[1]
    _, v = api.act(first["uuid"], "accept", first["version"])
    _, v = api.act(first["uuid"], "route", v, to=["民政局（乡镇民政办/社会事务办公室）", "县残疾人联合会"])
    api.act(first["uuid"], "decide", v, task="T1", decision="approve", note="同意")
    api.act(second["uuid"], "accept", second["version"])
    adm.edit_local_holidays([{"day": "2027-02-07", "name": "藏历新年"}])
    boss = StaffApi(sp.url, fingerprint=sp.fingerprint)
    boss.login("director", PASSWORD)
    boss.export_report("pdf", "village")  # publishes an audit head
    store_a.close()
    store_b.close()


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from villagedesk.ui.township.app import build, install_translations

    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="vd-tw-shots-"))
    sp = ServerProc(tmp / "server", free_port())
    sp.data_dir.mkdir()
    admin = sp.admin()
    setup_places(admin)
    for user, role, dept in STAFF:
        admin.add_staff(user, PASSWORD, role, "炉城镇", dept)
    admin.engine.dispose()
    sp.start()
    try:
        seed(sp, tmp)
        app = QApplication.instance() or QApplication([])
        for lang, tag in (("zh_CN", "zh"), ("bo", "bo")):
            win = build(
                app, server_url=sp.url, fingerprint=sp.fingerprint, language=lang, print_dir=tmp / "printed"
            )
            install_translations(app, lang)
            win.resize(1280, 800)
            win.show()

            def idle(win: Any = win) -> None:
                deadline = time.monotonic() + 30
                while (win.pending or time.monotonic() < deadline - 29.5) and time.monotonic() < deadline:
                    app.processEvents()
                    time.sleep(0.02)
                app.processEvents()

            idle()
            win.grab().save(str(OUT / f"township-signin-{tag}.png"))
            win.close()
            for user, screens in SCREENS:
                win = build(
                    app,
                    server_url=sp.url,
                    fingerprint=sp.fingerprint,
                    language=lang,
                    print_dir=tmp / "printed",
                )
                win.resize(1280, 800)
                win.show()
                win.sign_in.user.setText(user)
                win.sign_in.password.setText(PASSWORD)
                win.sign_in.sign_in()
                idle(win)
                idle(win)
                for name in screens:
                    page = win.panel if name == "window" else getattr(win, name)
                    win.tabs.setCurrentWidget(page)
                    if name == "window":
                        row = (
                            win.deadlines.model.rows()[0]
                            if win.deadlines.model.rows()
                            else win.arrivals.model.rows()[0]
                        )
                        win.open_application(row["uuid"])
                    if name == "catalog":
                        idle(win)
                        win.catalog.items.selectRow(3)
                    if name == "audit":
                        win.audit.refresh()
                    idle(win)
                    idle(win)
                    win.grab().save(str(OUT / f"township-{name}-{tag}.png"))
                win.close()
                win.deleteLater()
                app.processEvents()
    finally:
        sp.kill()
    print("screenshots in", OUT)


if __name__ == "__main__":
    main()
