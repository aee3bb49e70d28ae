"""Fixtures for the village sync engine: a real server subprocess, the fault proxy, enrolled stores."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from support.faultproxy import FaultProxy
from sync_harness import (
    FAST_ENV,
    ServerProc,
    database_url,
    enrolled_store,
    free_port,
    setup_places,
    start_server,
)

from villagedesk.storage.store import Store


@pytest.fixture(autouse=True)
def _fast_sync(monkeypatch: pytest.MonkeyPatch) -> None:
    for k, v in FAST_ENV.items():
        monkeypatch.setenv(k, v)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProc]:
    sp = ServerProc(tmp_path / "server", free_port())
    sp.data_dir.mkdir()
    setup_places(sp.admin())
    sp.start()
    yield sp
    sp.close()


@pytest.fixture
def proxy(server: ServerProc) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", server.port) as p:
        yield p


@pytest.fixture
def village(tmp_path: Path, server: ServerProc, proxy: FaultProxy) -> Iterator[Callable[[str, str], Store]]:
    """village(name, village_code) -> an enrolled store that talks to the server through the proxy."""
    stores: list[Store] = []

    def make(name: str, code: str) -> Store:
        s = enrolled_store(tmp_path / name, server, code, url=f"https://127.0.0.1:{proxy.port}")
        stores.append(s)
        return s

    yield make
    for s in stores:
        s.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def srv(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ServerProc]:
    """A started server with the two test villages, once on SQLite and once on PostgreSQL."""
    sp = start_server(tmp_path, database_url(str(request.param)))
    yield sp
    sp.close()
