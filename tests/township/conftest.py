"""Township server fixtures: a real Server on a temporary SQLite (or the CI PostgreSQL) and its HTTP app."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

sys.path.insert(0, str(Path(__file__).parent))

from tw_helpers import PASSWORD, setup

from sync_server.app import create_app
from sync_server.cli import open_server
from sync_server.service import Server


class LiveServer:
    """The FastAPI app under uvicorn on a loopback port, in a thread: real HTTP, real sockets."""

    def __init__(self, server: Server) -> None:
        import socket
        import threading
        import time

        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = int(s.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(server), host="127.0.0.1", port=self.port, log_level="warning")
        self._uv = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._uv.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._uv.started:
            if time.monotonic() > deadline:
                raise AssertionError("uvicorn did not start")
            time.sleep(0.02)
        self.session = requests.Session()

    def get(self, path: str, **kw: object) -> requests.Response:
        return self.session.get(self.url + path, timeout=60, **kw)  # type: ignore[arg-type]

    def post(self, path: str, **kw: object) -> requests.Response:
        return self.session.post(self.url + path, timeout=60, **kw)  # type: ignore[arg-type]

    def stop(self) -> None:
        self._uv.should_exit = True
        self._thread.join(10)
        self.session.close()


def _reset_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    eng = create_engine(url)
    with eng.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    eng.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def tw_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    url = None
    if request.param == "postgresql":
        url = os.environ.get("VILLAGEDESK_TEST_PG_URL")
        if not url:
            if os.environ.get("CI") == "true":
                pytest.fail("VILLAGEDESK_TEST_PG_URL is not set: CI runs the township tests on PostgreSQL")
            pytest.skip("PostgreSQL: set VILLAGEDESK_TEST_PG_URL (CI does)")
        _reset_pg(url)
    server = open_server(tmp_path / "server", url, tls_on=False)
    setup(server)
    yield server
    server.engine.dispose()


@pytest.fixture
def client(tw_server: Server) -> Iterator[LiveServer]:
    live = LiveServer(tw_server)
    yield live
    live.stop()


def login(client: LiveServer, user: str) -> dict[str, str]:
    r = client.post("/v1/staff/login", json={"username": user, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}
