"""Small real files of every kind intake meets, built on the spot (no binary fixtures in the repo)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
# media_factories sits next to this file; make it importable whatever pytest's import mode is
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _load_photogen() -> ModuleType:
    # bench/ is not a package; the generator is shared by the benchmark and these tests
    name = "villagedesk_bench_photogen"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "photogen.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def photogen() -> ModuleType:
    return _load_photogen()


@pytest.fixture(scope="session")
def form_photo(photogen: ModuleType) -> object:
    """A small phone-like photo of a form (1600x1200 buffer, EXIF orientation 6 or 8, GPS)."""
    return photogen.generate(7, size=(1600, 1200))


@pytest.fixture(scope="session")
def full_size_photo(photogen: ModuleType) -> object:
    """One photo at the benchmark's real size (4000x3000): the 6% target is about this size."""
    return photogen.generate(3)


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, bytes], Path]:
    def _write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return _write
