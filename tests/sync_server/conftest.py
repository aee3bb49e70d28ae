"""Server tests run on SQLite and on PostgreSQL (VILLAGEDESK_TEST_PG_URL; required when CI=true)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "sync"))

from sync_harness import FAST_ENV, ServerProc, pg_url, reset_pg, start_server


def database_url(kind: str) -> str | None:
    if kind == "sqlite":
        return None
    url = pg_url()
    if url is None:
        if os.environ.get("CI") == "true":
            pytest.fail("VILLAGEDESK_TEST_PG_URL is not set: CI must run the server tests on PostgreSQL")
        pytest.skip("PostgreSQL: set VILLAGEDESK_TEST_PG_URL (CI does)")
    reset_pg(url)
    return url


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
