"""Typed settings kept in the store (they travel with a backup of the data directory)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from villagedesk.core.free_proxy import DEFAULT_THRESHOLD_AGE
from villagedesk.storage.store import Store


@dataclass(frozen=True)
class Settings:
    language: str = "zh_CN"  # zh_CN (default), bo, en
    free_proxy_age: int = DEFAULT_THRESHOLD_AGE
    keep_original_photos: bool = False  # keep the uncompressed photo on the laptop
    large_text: bool = False
    lock_after_minutes: int = 10
    slip_language: str = "bilingual"  # bilingual | zh | bo


def load_settings(store: Store) -> Settings:
    with store.reader() as uow:
        values: dict[str, Any] = {}
        for f in fields(Settings):
            v = uow.setting(f.name)
            if v is not None:
                values[f.name] = v
    return Settings(**values)


def save_settings(store: Store, settings: Settings) -> None:
    with store.unit_of_work(record_outbox=False) as uow:
        for f in fields(Settings):
            uow.set_setting(f.name, getattr(settings, f.name))
