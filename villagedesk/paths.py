"""The one module that knows where VillageDesk keeps things.

Everything goes under one data directory: ``--data-dir``, else ``$VILLAGEDESK_DATA_DIR``, else the
platform's per-user data directory. Nothing is written elsewhere except files the user names.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "VILLAGEDESK_DATA_DIR"
_PACKAGE_DIR = Path(__file__).resolve().parent


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("VillageDesk", appauthor=False))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "villagedesk.sqlite3"

    @property
    def blobs(self) -> Path:
        return self.root / "blobs"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def scanner_inbox(self) -> Path:
        return self.root / "scanner-inbox"

    def ensure(self) -> DataPaths:
        for d in (self.root, self.blobs, self.backups, self.logs):
            d.mkdir(parents=True, exist_ok=True)
        return self


def resources_dir() -> Path:
    """Fonts, icons and the demo catalog: ``resources/`` beside the package in a checkout."""
    for candidate in (_PACKAGE_DIR / "_resources", _PACKAGE_DIR.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("VillageDesk resources directory not found")


def translations_dir() -> Path:
    for candidate in (_PACKAGE_DIR / "_translations", _PACKAGE_DIR.parent / "translations"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("VillageDesk translations directory not found")


def demo_catalog_path() -> Path:
    return resources_dir() / "catalog" / "catalog-sample.json"
