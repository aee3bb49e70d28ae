"""An exclusive advisory lock on a file, shared by threads and by the server's worker processes.

POSIX only (``fcntl.flock``). Where it is missing (a township running the server on Windows) the lock
only covers this process, and ``serve`` refuses more than one worker there.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

AVAILABLE = fcntl is not None


@contextlib.contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold the lock for the ``with`` block. Each call opens its own descriptor, so two threads of one
    process exclude each other too (flock belongs to the open file, not the process)."""
    if fcntl is None:  # pragma: no cover - Windows
        yield
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
