"""The township window's HTTP client for the staff API (``/v1/staff/*`` and ``/v1/township/*``).

Township mode keeps no second copy of the truth: every screen reads and acts through this client. One
keep-alive ``requests.Session``; HTTPS is trusted by the server certificate's pin (as the village engine
does), plain HTTP only for loopback or a test. Refusals come back as the server's code and parameters so
the window words them in its own language; a stale action is a :class:`StaleActionError`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from villagedesk.core.errors import ConflictError
from villagedesk.sync.errors import AuthError, NetworkError, ProtocolError, RemoteError
from villagedesk.sync.transport import PinnedAdapter


class _PinnedPool(PinnedAdapter):
    """The village engine's pinned adapter, with room for the window's few parallel background calls."""

    def __init__(self, fingerprint: str) -> None:
        self._fingerprint = fingerprint.lower()
        HTTPAdapter.__init__(self, pool_connections=1, pool_maxsize=6, max_retries=0)


class StaleActionError(ConflictError):
    """Someone else acted on the application first; reload it and decide again."""

    def __init__(self, message: str, *, code: str, **params: Any) -> None:
        super().__init__(message, code=code, **params)


class StaffApi:
    def __init__(self, base_url: str, *, fingerprint: str | None = None, timeout: float = 60.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.token: str | None = None
        self.username = ""
        self.role = ""
        self.township = ""
        self.department = ""
        # What the server lets this account do (sync_server/township/roles.py); the window hides the rest.
        self.permissions: frozenset[str] = frozenset()
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "VillageDesk-township"
        self._verify = True
        if self.base_url.startswith("https://"):
            if not fingerprint:
                raise ProtocolError("an HTTPS server needs its certificate pin", code="sync.no_pin")
            self.session.mount("https://", _PinnedPool(fingerprint))
            self._verify = False  # trust is the pin, checked on every connection

    def close(self) -> None:
        self.session.close()

    # ------------------------------------------------------------------ plumbing

    def _request(self, method: str, path: str, **kw: Any) -> requests.Response:
        headers = dict(kw.pop("headers", {}) or {})
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            resp = self.session.request(
                method, self.base_url + path, headers=headers, timeout=self.timeout, verify=self._verify, **kw
            )
        except requests.RequestException as exc:
            raise NetworkError(f"cannot reach the township server: {exc}", code="net.unreachable") from None
        if resp.status_code >= 400:
            self._raise(resp)
        return resp

    @staticmethod
    def _raise(resp: requests.Response) -> None:
        try:
            err = resp.json()["error"]
            code, message, params = str(err["code"]), str(err["message"]), dict(err.get("params") or {})
        except (ValueError, KeyError, TypeError):
            raise ProtocolError(
                f"unexpected answer from the server (HTTP {resp.status_code})",
                code="proto.unexpected",
                status=resp.status_code,
            ) from None
        if code.startswith("conflict."):
            raise StaleActionError(message, code=code, **params)
        if code.startswith("auth."):
            raise AuthError(message, code=code, status=resp.status_code, **params)
        raise RemoteError(message, code=code, status=resp.status_code, **params)

    def _json(self, method: str, path: str, **kw: Any) -> dict[str, Any]:
        resp = self._request(method, path, **kw)
        try:
            data = resp.json()
        except ValueError:
            raise ProtocolError("the server did not answer JSON", code="proto.unexpected") from None
        if not isinstance(data, dict):
            raise ProtocolError("the server did not answer an object", code="proto.unexpected")
        return data

    # ------------------------------------------------------------------ session

    def login(self, username: str, password: str) -> dict[str, Any]:
        data = self._json("POST", "/v1/staff/login", json={"username": username, "password": password})
        self.token = str(data["token"])
        self.username, self.role, self.township = username, str(data["role"]), str(data["township"])
        self.me()
        return data

    def me(self) -> dict[str, Any]:
        """The signed-in account's role, department and permissions, as the server sees them."""
        data = self._json("GET", "/v1/township/me")
        self.role, self.department = str(data["role"]), str(data.get("department") or "")
        self.permissions = frozenset(str(p) for p in data.get("permissions", []))
        return data

    def can(self, permission: str) -> bool:
        return permission in self.permissions

    def logout(self) -> None:
        self.token = None
        self.username = self.role = self.township = self.department = ""
        self.permissions = frozenset()

    # ------------------------------------------------------------------ applications

    def applications(self, *, village: str | None = None, state: str | None = None) -> list[dict[str, Any]]:
        params = {k: v for k, v in {"village": village, "state": state}.items() if v}
        return list(self._json("GET", "/v1/staff/applications", params=params)["applications"])

    def application(self, key: str) -> tuple[dict[str, Any], int]:
        data = self._json("GET", f"/v1/staff/applications/{key}")
        return dict(data["payload"]), int(data["version"])

    def act(self, key: str, action: str, base_version: int, **params: Any) -> tuple[dict[str, Any], int]:
        """One township action, refused with :class:`StaleActionError` if the application moved on."""
        data = self._json(
            "POST",
            f"/v1/staff/applications/{key}/actions",
            json={"action": action, "base_version": base_version, "params": params},
        )
        return dict(data["payload"]), int(data["version"])

    def context(self, uuid_: str) -> dict[str, Any]:
        """Applicant, item (as of the application's catalog version), agent and dates for the slips."""
        return self._json("GET", f"/v1/township/applications/{uuid_}/context")

    def events(self, uuid_: str) -> list[dict[str, Any]]:
        return list(self._json("GET", f"/v1/township/applications/{uuid_}/events")["events"])

    def blob(self, sha256: str) -> bytes:
        return self._request("GET", f"/v1/township/blobs/{sha256}").content

    def upload_document(self, pdf: bytes) -> str:
        return str(self._json("POST", "/v1/township/documents", data=pdf)["sha256"])

    # ------------------------------------------------------------------ boards

    def villages(self) -> list[dict[str, Any]]:
        return list(self._json("GET", "/v1/township/villages")["villages"])

    def arrivals(self, village: str | None = None) -> dict[str, Any]:
        return self._json("GET", "/v1/township/arrivals", params={"village": village} if village else {})

    def tasks(self, department: str | None = None) -> dict[str, Any]:
        """Applications routed to a department (a department reviewer's own, whatever is asked)."""
        return self._json(
            "GET", "/v1/township/tasks", params={"department": department} if department else {}
        )

    def deadlines(self, **filters: Any) -> dict[str, Any]:
        return self._json("GET", "/v1/township/deadlines", params={k: v for k, v in filters.items() if v})

    def report(
        self, dimension: str = "village", *, month: str | None = None, year: str | None = None
    ) -> dict[str, Any]:
        params = {k: v for k, v in {"dimension": dimension, "month": month, "year": year}.items() if v}
        return self._json("GET", "/v1/township/reports", params=params)

    def export_report(self, fmt: str, dimension: str = "village", *, month: str | None = None) -> bytes:
        params = {k: v for k, v in {"format": fmt, "dimension": dimension, "month": month}.items() if v}
        return self._request("GET", "/v1/township/reports/export", params=params).content

    # ------------------------------------------------------------------ USB

    def import_batch(self, path: Path) -> dict[str, Any]:
        with path.open("rb") as f:
            return self._json("POST", "/v1/township/import-batch", data=f)

    def export_batch(self, village: str, out: Path) -> dict[str, Any]:
        """Save a village's down batch; the audit head is read from the manifest inside the file (the
        copy the village will verify), not from the reply's headers."""
        from villagedesk.protocol.batchformat import Manifest, read_manifest_unverified

        resp = self._request("POST", f"/v1/township/villages/{village}/export-batch")
        out.write_bytes(resp.content)
        manifest = read_manifest_unverified(out)
        head = Manifest(manifest).audit_head if manifest is not None else None
        return {
            "entries": int(manifest["entries"]["count"])
            if manifest is not None
            else int(resp.headers.get("X-VD-Entries", "0")),
            "audit_seq": head[0] if head else 0,
            "audit_head": head[1] if head else "",
        }

    # ------------------------------------------------------------------ management

    def calendar(self, year: int | None = None) -> dict[str, Any]:
        return self._json("GET", "/v1/township/calendar", params={"year": year} if year else {})

    def edit_local_holidays(
        self, add: list[dict[str, str]], remove: list[str] | None = None
    ) -> dict[str, Any]:
        return self._json("POST", "/v1/township/calendar/local", json={"add": add, "remove": remove or []})

    def enter_official_year(self, year: int, entries: list[dict[str, str]]) -> dict[str, Any]:
        return self._json("POST", "/v1/township/calendar/official", json={"year": year, "entries": entries})

    def catalog(self) -> dict[str, Any]:
        return self._json("GET", "/v1/township/catalog")

    def publish_catalog(self, catalog: dict[str, Any]) -> dict[str, Any]:
        return self._json("POST", "/v1/township/catalog", json=catalog)

    def agents(self) -> dict[str, Any]:
        return self._json("GET", "/v1/township/agents")

    def put_agent(self, agent: dict[str, Any]) -> dict[str, Any]:
        return self._json("POST", "/v1/township/agents", json=agent)

    def enroll_code(self, village: str) -> str:
        return str(self._json("POST", "/v1/township/enroll-codes", json={"village": village})["code"])

    def devices(self) -> list[dict[str, Any]]:
        return list(self._json("GET", "/v1/township/devices")["devices"])

    def revoke_device(self, device_id: str) -> None:
        self._json("POST", f"/v1/township/devices/{device_id}/revoke")

    def staff(self) -> list[dict[str, Any]]:
        return list(self._json("GET", "/v1/township/staff")["staff"])

    def put_staff(
        self, username: str, password: str, role: str, department: str | None = None
    ) -> dict[str, Any]:
        body = {"username": username, "password": password, "role": role, "department": department}
        return self._json("POST", "/v1/township/staff", json=body)

    def complaints(self, status: str | None = None) -> list[dict[str, Any]]:
        return list(
            self._json("GET", "/v1/township/complaints", params={"status": status} if status else {})[
                "complaints"
            ]
        )

    def update_complaint(self, record_id: str, **changes: Any) -> dict[str, Any]:
        return self._json("POST", f"/v1/township/complaints/{record_id}", json=changes)

    def handovers(self, village: str | None = None) -> list[dict[str, Any]]:
        return list(
            self._json("GET", "/v1/township/handovers", params={"village": village} if village else {})[
                "handovers"
            ]
        )

    def countersign(self, record_id: str, checked: list[int], base_version: int) -> dict[str, Any]:
        return self._json(
            "POST",
            f"/v1/township/handovers/{record_id}/countersign",
            json={"checked": checked, "base_version": base_version},
        )

    def audit_check(self, seq: int | None = None, head: str | None = None) -> dict[str, Any]:
        params: dict[str, Any] = {"seq": seq, "hash": head} if seq is not None and head else {}
        return self._json("GET", "/v1/township/audit/verify", params=params)
