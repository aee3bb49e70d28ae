"""Plain functions behind the headless commands (``villagedesk enroll|sync|export|export-batch|import-batch``).

Exit codes of a sync: 0 everything is through, 2 the network or the server failed (a retry may help),
3 entries were refused by the server and wait in quarantine.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import ssl
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from villagedesk.core.errors import ValidationError
from villagedesk.protocol.messages import EnrollRequest, EnrollResponse
from villagedesk.sync.engine import (
    EXIT_OK,
    EXIT_QUARANTINED,
    EXIT_RETRY,
    SyncConfig,
    SyncEngine,
    SyncProgress,
    SyncResult,
    parse_credential,
)
from villagedesk.sync.errors import AuthError, NetworkError, SyncError
from villagedesk.sync.storeapi import SyncStore
from villagedesk.sync.transport import LinkConfig, Transport

__all__ = [
    "EXIT_OK",
    "EXIT_QUARANTINED",
    "EXIT_RETRY",
    "SyncConfig",
    "SyncProgress",
    "SyncResult",
    "enroll",
    "export_batch",
    "export_jsonl",
    "fetch_blob",
    "import_batch",
    "sync_once",
]

LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def _parse_code(code: str) -> tuple[str, str | None]:
    raw = "".join(ch for ch in code.upper() if ch.isalnum())
    if len(raw) == 8:
        return raw, None
    if len(raw) == 34:
        return raw[:8], raw[8:]
    raise ValidationError(
        "an enrollment code has 8 characters, or 34 with the certificate pin", code="enroll.code_format"
    )


def _short_fp(sha256_hex: str) -> str:
    return base64.b32encode(bytes.fromhex(sha256_hex)[:16]).decode().rstrip("=")


def server_cert_sha256(host: str, port: int, timeout: float = 30.0) -> str:
    pem = ssl.get_server_certificate((host, port), timeout=timeout)
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()


def enroll(
    store: SyncStore, server_url: str, code: str, *, device_name: str = "", link: LinkConfig | None = None
) -> int:
    """Enroll this laptop with a one-time code; returns 0 (errors raise with a code)."""
    secret, short_fp = _parse_code(code)
    parts = urlsplit(server_url)
    host = parts.hostname or ""
    fingerprint = ""
    if parts.scheme == "https":
        if short_fp is None:
            raise ValidationError(
                "this code has no certificate pin; ask for the long code", code="enroll.no_pin"
            )
        try:
            fingerprint = server_cert_sha256(host, parts.port or 443, (link or LinkConfig()).connect_timeout)
        except OSError as exc:
            raise NetworkError(f"cannot reach the server: {exc}") from None
        if _short_fp(fingerprint) != short_fp:
            raise AuthError(
                "the server's certificate is not the one this code was made for",
                code="enroll.pin_mismatch",
            )
    elif parts.scheme == "http":
        if host not in LOOPBACK:
            raise ValidationError("plain HTTP is only for a server on this computer", code="enroll.insecure")
    else:
        raise ValidationError("the server address starts with https://", code="enroll.url", url=server_url)
    transport = Transport(server_url, fingerprint=fingerprint or None, link=link)
    try:
        resp = transport.call(
            "POST",
            "/v1/enroll",
            EnrollResponse,
            json_body=EnrollRequest(code=secret, device_name=device_name),
        )
    finally:
        transport.close()
    credential = json.dumps(
        {"token": resp.credential, "batch_key": resp.batch_key, "server_id": resp.server_id}, sort_keys=True
    )
    store.set_enrollment(
        device_id=resp.device_id,
        village_code=resp.village_code,
        ordinal=resp.ordinal,
        server_url=server_url,
        credential=credential,
        server_fingerprint=fingerprint,
    )
    return EXIT_OK


def sync_once(
    store: SyncStore,
    progress: Callable[[SyncProgress], None] | None = None,
    *,
    config: SyncConfig | None = None,
) -> SyncResult:
    """One full pass up and down. Never raises for network trouble: see ``result.exit_code``."""
    try:
        engine = SyncEngine(store, config=config or config_from_env(), progress=progress)
    except SyncError as exc:
        return SyncResult(exit_code=EXIT_RETRY, code=exc.code, message=exc.message)
    return engine.run()


def config_from_env() -> SyncConfig:
    """Tests and benchmarks shorten the waits through the environment; people never need to."""
    env = os.environ
    link = LinkConfig(
        connect_timeout=float(env.get("VILLAGEDESK_SYNC_CONNECT_TIMEOUT", 30)),
        min_read_timeout=float(env.get("VILLAGEDESK_SYNC_READ_TIMEOUT", 60)),
        assumed_bytes_per_s=float(env.get("VILLAGEDESK_SYNC_ASSUMED_BPS", 2500)),
    )
    return SyncConfig(
        link=link,
        backoff_base=float(env.get("VILLAGEDESK_SYNC_BACKOFF", 1.0)),
        backoff_cap=float(env.get("VILLAGEDESK_SYNC_BACKOFF_CAP", 600.0)),
        max_failures=int(env.get("VILLAGEDESK_SYNC_MAX_FAILURES", 8)),
        chunk_size=int(env.get("VILLAGEDESK_SYNC_CHUNK", 64 * 1024)),
        max_chunk=int(env.get("VILLAGEDESK_SYNC_MAX_CHUNK", 256 * 1024)),
        max_pack=int(env.get("VILLAGEDESK_SYNC_MAX_PACK", 4 * 1024 * 1024)),  # 0: one file per request
        push_bytes=int(env.get("VILLAGEDESK_SYNC_PUSH_BYTES", 2 * 1024 * 1024)),
    )


def fetch_blob(store: SyncStore, sha256: str, *, config: SyncConfig | None = None) -> Path:
    """Fetch one attachment from the township (resumable), verify it, and return its local path."""
    if store.blobs.has(sha256):
        return Path(store.blobs.path(sha256))
    engine = SyncEngine(store, config=config or config_from_env())
    partial = store.blobs.begin_partial(sha256)
    try:
        while True:
            try:
                for piece in engine.transport.download(
                    f"/v1/blobs/{sha256}", offset=partial.offset, sha256=sha256, expect_bytes=1024 * 1024
                ):
                    partial.write(piece)
                break
            except NetworkError as exc:
                engine._failed(exc)
        partial.commit()
    finally:
        engine.transport.close()
    return Path(store.blobs.path(sha256))


def export_batch(store: SyncStore, out_path: Path) -> int:
    """Write every unsent outbox entry and its files to a signed USB batch; returns the entry count."""
    from villagedesk.sync.usb import write_up_batch

    return write_up_batch(store, Path(out_path))


def import_batch(store: SyncStore, path: Path) -> dict[str, Any]:
    """Apply a signed batch from the township (refused whole if damaged, foreign or out of order)."""
    from villagedesk.sync.usb import read_down_batch

    return read_down_batch(store, Path(path))


def export_jsonl(rows: Iterator[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def application_rows(store: Any) -> Iterator[dict[str, Any]]:
    """The server export's fields, as this laptop sees them."""
    with store.reader() as uow:
        apps = uow.list_applications(limit=1_000_000)
    for app in apps:
        atts = []
        for check in app.checklist:
            for a in check.attachments:
                atts.append({"material": check.material_key, "sha256": a.sha256, "size": a.size})
        yield {
            "uuid": app.uuid,
            "tracking_number": app.tracking_number,
            "village": app.village_code,
            "item_code": app.item_code,
            "applicant_id_number": app.applicant_id_number,
            "state": app.state.value,
            "version": app.version,
            "attachments": atts,
        }


# ---- the argparse glue villagedesk.cli calls (cli_<command>(store, args) -> exit code) ----


def cli_enroll(store: SyncStore, args: argparse.Namespace) -> int:
    enroll(store, args.server, args.code)
    dev = store.device()
    print(f"enrolled: village {dev.village_code}, device {dev.ordinal:02d}")
    return EXIT_OK


def cli_sync(store: SyncStore, args: argparse.Namespace) -> int:
    def show(p: SyncProgress) -> None:
        if p.phase in ("upload", "push", "pull") and sys.stderr.isatty():
            print(
                f"\r{p.phase}: {p.items_done}/{p.items_total} items, {p.bytes_sent} B up",
                end="",
                file=sys.stderr,
            )

    r = sync_once(store, show)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"sent {r.pushed} (+{r.duplicates} already there), refused {r.rejected}, received {r.pulled}, "
        f"files {r.blobs_uploaded}; {r.bytes_sent} B up, {r.bytes_received} B down"
    )
    if r.exit_code == EXIT_RETRY:
        print(f"sync failed [{r.code}]: {r.message} (try again later)", file=sys.stderr)
    elif r.exit_code == EXIT_QUARANTINED:
        print(f"[{r.code}] {r.message}", file=sys.stderr)
        for entry, code, params in store.quarantined():
            print(
                f"  #{entry.device_seq} {entry.record_type} {entry.record_id}: {code} {json.dumps(params, ensure_ascii=False)}",
                file=sys.stderr,
            )
    else:
        print("everything is through")
    return r.exit_code


def cli_export(store: SyncStore, args: argparse.Namespace) -> int:
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            export_jsonl(application_rows(store), f)
    else:
        export_jsonl(application_rows(store), sys.stdout)
    return EXIT_OK


def cli_export_batch(store: SyncStore, args: argparse.Namespace) -> int:
    n = export_batch(store, Path(args.out))
    print(f"wrote {args.out}: {n} entries (verified)")
    return EXIT_OK


def cli_import_batch(store: SyncStore, args: argparse.Namespace) -> int:
    summary = import_batch(store, Path(args.file))
    print(json.dumps(summary, ensure_ascii=False))
    return EXIT_OK


def credential_of(store: SyncStore) -> dict[str, str]:
    dev = store.device()
    if dev is None:
        raise AuthError("this laptop is not enrolled yet", code="sync.not_enrolled")
    return parse_credential(dev.credential)
