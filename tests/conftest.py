"""Shared fixtures. Tests never touch a real profile: every store lives in a temporary directory."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from villagedesk.core.catalog import parse_catalog
from villagedesk.core.models import Catalog
from villagedesk.paths import demo_catalog_path
from villagedesk.storage.store import Store


@pytest.fixture(scope="session")
def demo_catalog() -> Catalog:
    return parse_catalog(demo_catalog_path().read_bytes())


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "data")
    s.ensure_catalog(demo_catalog_path())
    yield s
    s.close()
