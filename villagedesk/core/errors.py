"""The domain's error hierarchy.

Every error carries a stable ``code`` and ``params`` so that each user interface can say it in its own
language; ``str(err)`` is an English fallback for logs and command-line use.
"""

from __future__ import annotations

from typing import Any


class VillageDeskError(Exception):
    """Base of every error VillageDesk raises on purpose."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.params: dict[str, Any] = params

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.code


class ValidationError(VillageDeskError):
    """Bad input from a person or a file: say what is wrong, change nothing."""

    code = "validation"


class TransitionError(VillageDeskError):
    """A lifecycle change that the state machine does not allow."""

    code = "illegal_transition"


class ConflictError(VillageDeskError):
    """Someone else changed the record first; the stale action is refused."""

    code = "conflict"


class NotFoundError(VillageDeskError):
    code = "not_found"


class IntegrityError(VillageDeskError):
    """Stored data is damaged (a missing or corrupted blob, a broken chain)."""

    code = "integrity"
