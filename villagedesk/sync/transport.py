"""HTTP for a plateau link: one keep-alive TLS connection pinned to the township's certificate, gzip JSON,
timeouts scaled to the bytes in flight, and nothing taken for success unless it proves it is our server.

Every request carries a fresh ``X-VD-Nonce``; a reply counts only if it is JSON, names our protocol and
echoes that nonce. A captive portal's login page, a transparent proxy's cached page or a bare ``200``
cannot do that, so they surface as :class:`CaptivePortalError` (try later), never as a success.
"""

from __future__ import annotations

import gzip
import json
import secrets
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import requests
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError
from requests.adapters import HTTPAdapter

from villagedesk.protocol import PROTOCOL_NAME
from villagedesk.protocol.messages import BLOB_SHA_HEADER, NONCE_HEADER, PROTO_HEADER
from villagedesk.sync.errors import (
    AuthError,
    CaptivePortalError,
    NetworkError,
    ProtocolError,
    RemoteError,
    ServerBusyError,
)

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class LinkConfig:
    connect_timeout: float = 30.0
    min_read_timeout: float = 60.0
    # The slowest link we plan for (20 kbit/s); a read may take 3x the time these bytes need at it.
    assumed_bytes_per_s: float = 2500.0
    gzip_min_bytes: int = 1024

    def read_timeout(self, nbytes: int) -> float:
        return max(self.min_read_timeout, 3.0 * nbytes / self.assumed_bytes_per_s)


class PinnedAdapter(HTTPAdapter):
    """Accept exactly one server certificate, by its SHA-256 (no CA, no hostname: the pin is the trust)."""

    def __init__(self, fingerprint: str) -> None:
        self._fingerprint = fingerprint.lower()
        super().__init__(pool_connections=1, pool_maxsize=1, max_retries=0)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["assert_fingerprint"] = self._fingerprint
        kwargs["cert_reqs"] = "CERT_NONE"
        # A context of our own: without one, urllib3 loads the system's CA certificates for every new
        # connection (tens of milliseconds of a laptop's battery), only for the pin to decide anyway.
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        kwargs["ssl_context"] = ctx
        super().init_poolmanager(*args, **kwargs)


@dataclass
class Counters:
    bytes_sent: int = 0
    bytes_received: int = 0
    requests: int = 0


class Transport:
    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        fingerprint: str | None = None,
        link: LinkConfig | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.link = link or LinkConfig()
        self.token = token
        self.counters = Counters()
        self.session = requests.Session()
        # The environment is read once, here, not on every request (requests scans it for proxy
        # settings and .netrc each time); a proxy configured for this server is still used.
        self.session.proxies.update(requests.utils.get_environ_proxies(self.base_url))
        self.session.trust_env = False
        self._verify: bool = True
        self.session.headers["User-Agent"] = "VillageDesk-sync"
        self.session.headers["Accept-Encoding"] = "gzip"
        if self.base_url.startswith("https://"):
            if not fingerprint:
                raise ProtocolError("an HTTPS server needs its certificate pin", code="sync.no_pin")
            self.session.mount("https://", PinnedAdapter(fingerprint))
            # Trust comes from the pin, checked on every connection; passed per request because the
            # environment's REQUESTS_CA_BUNDLE would otherwise switch CA verification back on.
            self._verify = False
        else:
            self.session.mount("http://", HTTPAdapter(pool_connections=1, pool_maxsize=1, max_retries=0))

    def close(self) -> None:
        self.session.close()

    # ------------------------------------------------------------------ plumbing

    def _headers(self, nonce: str, extra: dict[str, str] | None) -> dict[str, str]:
        h = {NONCE_HEADER: nonce}
        if self.token:
            h["Authorization"] = f"Bearer {self.token}"
        if extra:
            h.update(extra)
        return h

    def _send(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None,
        headers: dict[str, str],
        params: dict[str, Any] | None,
        stream: bool = False,
        expect_bytes: int = 0,
    ) -> requests.Response:
        timeout = (self.link.connect_timeout, self.link.read_timeout(len(body or b"") + expect_bytes))
        try:
            resp = self.session.request(
                method,
                self.base_url + path,
                data=body,
                headers=headers,
                params=params,
                timeout=timeout,
                stream=stream,
                allow_redirects=False,  # a redirect is a portal's, never ours
                verify=self._verify,
            )
        except requests.exceptions.SSLError as exc:
            # A pin mismatch is what a portal that intercepts TLS looks like: try later, elsewhere.
            raise CaptivePortalError(f"TLS failed: {exc}", code="net.tls") from None
        except requests.exceptions.RequestException as exc:
            raise NetworkError(f"network failure: {type(exc).__name__}: {exc}") from None
        self.counters.requests += 1
        self.counters.bytes_sent += len(body or b"")
        return resp

    def _check_ours(self, resp: requests.Response, nonce: str) -> dict[str, Any]:
        """The body as a dict if and only if the reply is our server's answer to this request."""
        ctype = resp.headers.get("content-type", "")
        if resp.status_code in (429, 502, 503, 504) and not ctype.startswith("application/json"):
            raise ServerBusyError(f"server busy ({resp.status_code})", retry_after=_retry_after(resp))
        if not ctype.startswith("application/json"):
            raise CaptivePortalError(
                f"not the server's answer (HTTP {resp.status_code}, {ctype or 'no content type'})",
                status=resp.status_code,
            )
        try:
            raw = resp.content
            self.counters.bytes_received += len(raw)
            data = json.loads(raw)
        except (ValueError, requests.exceptions.RequestException) as exc:
            raise NetworkError(f"truncated or garbled answer: {exc}") from None
        if not isinstance(data, dict) or data.get("proto") != PROTOCOL_NAME or data.get("nonce") != nonce:
            raise CaptivePortalError(
                "an answer that is not from the township server", status=resp.status_code
            )
        return data

    def _raise_for(self, resp: requests.Response, data: dict[str, Any]) -> None:
        err = data.get("error")
        if not isinstance(err, dict):
            raise ProtocolError(f"HTTP {resp.status_code} without an error body")
        code = str(err.get("code", "error"))
        message = str(err.get("message", code))
        params = err.get("params") if isinstance(err.get("params"), dict) else {}
        assert isinstance(params, dict)
        if resp.status_code in (429, 503) or code == "server.busy":
            raise ServerBusyError(message, retry_after=_retry_after(resp), **params)
        if resp.status_code >= 500:
            raise NetworkError(message, code=code, **params)
        cls = AuthError if code.startswith("auth.") or code.startswith("enroll.") else RemoteError
        raise cls(message, code=code, status=resp.status_code, **params)

    # ------------------------------------------------------------------ API

    def call(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        json_body: BaseModel | None = None,
        raw: bytes | None = None,
        headers: dict[str, str] | None = None,
        params: dict[str, Any] | None = None,
        expect_bytes: int = 2048,
    ) -> M:
        nonce = secrets.token_hex(12)
        extra = dict(headers or {})
        body = raw
        if json_body is not None:
            body = json_body.model_dump_json().encode()
            extra["Content-Type"] = "application/json"
            if len(body) >= self.link.gzip_min_bytes:
                body = gzip.compress(body, compresslevel=6)
                extra["Content-Encoding"] = "gzip"
        elif raw is not None:
            extra.setdefault("Content-Type", "application/octet-stream")
        resp = self._send(
            method,
            path,
            body=body,
            headers=self._headers(nonce, extra),
            params=params,
            expect_bytes=expect_bytes,
        )
        data = self._check_ours(resp, nonce)
        if resp.status_code >= 300:
            self._raise_for(resp, data)
        try:
            return model.model_validate(data)
        except PydanticValidationError as exc:
            raise ProtocolError(f"unexpected answer: {exc.error_count()} problems") from None

    def download(self, path: str, *, offset: int, sha256: str, expect_bytes: int) -> Iterator[bytes]:
        """Stream a blob from ``offset``; the caller verifies the whole file's hash at the end."""
        nonce = secrets.token_hex(12)
        h = {"Range": f"bytes={offset}-"} if offset else {}
        h["Accept-Encoding"] = "identity"
        resp = self._send(
            "GET",
            path,
            body=None,
            headers=self._headers(nonce, h),
            params=None,
            stream=True,
            expect_bytes=expect_bytes,
        )
        if resp.headers.get("content-type", "").startswith("application/json"):
            data = self._check_ours(resp, nonce)
            self._raise_for(resp, data)
        if (
            resp.status_code not in (200, 206)
            or resp.headers.get(NONCE_HEADER) != nonce
            or resp.headers.get(PROTO_HEADER) != PROTOCOL_NAME
            or resp.headers.get(BLOB_SHA_HEADER) != sha256
        ):
            resp.close()
            raise CaptivePortalError("a download answer that is not from the township server")
        if offset and resp.status_code != 206:
            resp.close()
            raise ProtocolError("the server ignored the resume offset")
        try:
            for piece in resp.iter_content(64 * 1024):
                self.counters.bytes_received += len(piece)
                yield piece
        except requests.exceptions.RequestException as exc:
            raise NetworkError(f"download interrupted: {exc}") from None
        finally:
            resp.close()


def _retry_after(resp: requests.Response) -> float | None:
    value = resp.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
