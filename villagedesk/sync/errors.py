"""What can go wrong while syncing, grouped by what the caller should do about it.

- :class:`NetworkError` (and :class:`CaptivePortalError`, :class:`ServerBusyError`): try again later.
- :class:`AuthError`: enroll again; retrying does not help.
- :class:`RemoteError`: the server refused this request with a code (``code``/``params`` from the wire).
- :class:`ProtocolError`: the server answered something this client does not understand.
"""

from __future__ import annotations

from typing import Any

from villagedesk.core.errors import VillageDeskError


class SyncError(VillageDeskError):
    code = "sync.error"
    retryable = False


class NetworkError(SyncError):
    code = "net.unreachable"
    retryable = True


class CaptivePortalError(NetworkError):
    """A 200 page that is not our server's answer: a Wi-Fi login page, a proxy's error page."""

    code = "net.captive_portal"


class ServerBusyError(NetworkError):
    code = "server.busy"

    def __init__(self, message: str, *, retry_after: float | None = None, **params: Any) -> None:
        super().__init__(message, **params)
        self.retry_after = retry_after


class ProtocolError(SyncError):
    code = "proto.unexpected"


class RemoteError(SyncError):
    """The server's coded refusal."""

    def __init__(self, message: str, *, code: str, status: int = 0, **params: Any) -> None:
        super().__init__(message, code=code, **params)
        self.status = status


class AuthError(RemoteError):
    pass
