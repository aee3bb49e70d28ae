"""Server tests run on SQLite and on PostgreSQL (VILLAGEDESK_TEST_PG_URL; required when CI=true)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "sync"))

from sync_harness import FAST_ENV, ServerProc, database_url, start_server


@pytest.fixture(autouse=True)
def _fast_sync(monkeypatch: pytest.MonkeyPatch) -> None:
    for k, v in FAST_ENV.items():
        monkeypatch.setenv(k, v)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str | None:
    return database_url(str(request.param))


@pytest.fixture
def srv(tmp_path: Path, backend: str | None) -> Iterator[ServerProc]:
    sp = start_server(tmp_path, backend)
    yield sp
    sp.close()
