"""One sync pass: hello, blobs the server lacks, push the outbox, pull the village's changes.

The invariants it keeps (docs/sync.md): an outbox entry is marked through only from the server's
high-water mark, never guessed; a rejected entry is quarantined and the rest go on; the pull cursor moves
in the same transaction as the changes it covers; an interrupted upload resumes from the server's byte.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import random
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from villagedesk.core.errors import IntegrityError, ValidationError, VillageDeskError
from villagedesk.protocol import errors as E
from villagedesk.protocol.messages import (
    CHUNK_SHA_HEADER,
    OFFSET_HEADER,
    PACK_HEADER,
    PACK_MAX_ENTRIES,
    SIZE_HEADER,
    ChangesResponse,
    HelloResponse,
    MissingBlobsRequest,
    MissingBlobsResponse,
    PackResponse,
    PushEntry,
    PushRequest,
    PushResponse,
    UploadStatus,
)
from villagedesk.sync.errors import (
    AuthError,
    NetworkError,
    ProtocolError,
    RemoteError,
    ServerBusyError,
    SyncError,
)
from villagedesk.sync.storeapi import RemoteChange, SyncStore
from villagedesk.sync.transport import LinkConfig, Transport

T = TypeVar("T")

EXIT_OK = 0
EXIT_RETRY = 2
EXIT_QUARANTINED = 3


@dataclass(frozen=True)
class SyncConfig:
    link: LinkConfig = field(default_factory=LinkConfig)
    chunk_size: int = 64 * 1024  # 91% link use at 64 kbit/s and 800 ms RTT; a drop loses <= 8 s
    min_chunk: int = 32 * 1024
    max_chunk: int = 256 * 1024
    # Small whole files travel several to a request (a pack) while requests come back quickly; the pack
    # grows from one chunk's size to this and falls back to one chunk's size on a link that drops.
    max_pack: int = 4 * 1024 * 1024
    push_batch: int = 100
    # Files per push round: an application is pushed soon after its photos are up, so a pass the link
    # cuts short still delivers whole applications, and a busy township applies pushes as they come.
    push_bytes: int = 2 * 1024 * 1024
    pull_page: int = 500
    backoff_base: float = 1.0
    backoff_cap: float = 600.0
    max_failures: int = 8  # consecutive failures before the pass gives up (exit 2)
    deadline_s: float = 3600.0
    sleep: Callable[[float], None] = time.sleep


@dataclass
class SyncProgress:
    phase: str  # "hello" | "upload" | "push" | "pull" | "done"
    items_done: int = 0
    items_total: int = 0
    bytes_done: int = 0
    bytes_total: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0


@dataclass
class SyncResult:
    exit_code: int = EXIT_OK
    code: str = ""
    message: str = "everything is through"
    pushed: int = 0
    duplicates: int = 0
    rejected: int = 0
    pulled: int = 0
    blobs_uploaded: int = 0
    blob_bytes_uploaded: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    quarantined: int = 0
    pull_errors: list[dict[str, Any]] = field(default_factory=list)


def parse_credential(credential: str) -> dict[str, str]:
    """The stored credential: JSON with the bearer token and the village's batch key (docs/sync.md)."""
    try:
        data = json.loads(credential)
    except ValueError:
        return {"token": credential}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {"token": credential}


class SyncEngine:
    def __init__(
        self,
        store: SyncStore,
        *,
        config: SyncConfig | None = None,
        progress: Callable[[SyncProgress], None] | None = None,
        transport: Transport | None = None,
    ) -> None:
        self.store = store
        self.config = config or SyncConfig()
        self._progress_cb = progress
        dev = store.device()
        if dev is None:
            raise AuthError("this laptop is not enrolled yet", code="sync.not_enrolled")
        self.device = dev
        self.credential = parse_credential(dev.credential)
        self.transport = transport or Transport(
            dev.server_url,
            token=self.credential["token"],
            fingerprint=dev.server_fingerprint or None,
            link=self.config.link,
        )
        self.result = SyncResult()
        self.progress = SyncProgress(phase="hello")
        self._failures = 0
        self._started = time.monotonic()
        self._rng = random.Random()
        self.chunk_size = self.config.chunk_size
        self._chunk_streak = 0
        self._link_dropped = False
        self._chunk_cap = self.config.max_chunk
        self._missing_rounds = 0
        self.push_limit = self.config.push_batch
        self.pack_budget = self.chunk_size
        self._pack_cap = self.config.max_pack
        self._packs_on = self.config.max_pack > 0

    # ------------------------------------------------------------------ helpers

    def _report(self, **changes: Any) -> None:
        for k, v in changes.items():
            setattr(self.progress, k, v)
        self.progress.bytes_sent = self.transport.counters.bytes_sent
        self.progress.bytes_received = self.transport.counters.bytes_received
        if self._progress_cb is not None:
            self._progress_cb(dataclasses.replace(self.progress))

    def _retrying(self, fn: Callable[[], T]) -> T:
        """Run an idempotent request, backing off (full jitter, Retry-After honoured) on network trouble."""
        while True:
            try:
                out = fn()
                self._failures = 0
                return out
            except NetworkError as exc:
                self._failed(exc)

    def _failed(self, exc: NetworkError) -> None:
        self._failures += 1
        elapsed = time.monotonic() - self._started
        if self._failures >= self.config.max_failures or elapsed > self.config.deadline_s:
            raise exc
        delay = self._rng.uniform(
            0, min(self.config.backoff_cap, self.config.backoff_base * 2**self._failures)
        )
        if isinstance(exc, ServerBusyError) and exc.retry_after is not None:
            delay = min(max(delay, exc.retry_after), self.config.backoff_cap)
        self.config.sleep(delay)

    # ------------------------------------------------------------------ the pass

    def run(self) -> SyncResult:
        try:
            hello = self._retrying(lambda: self.transport.call("GET", "/v1/hello", HelloResponse))
            if hello.village_code != self.device.village_code:
                raise ProtocolError(
                    "the server thinks this laptop is in another village", code="sync.village_changed"
                )
            if hello.tracking_high:
                # Restored from an old backup: never print a tracking number the township already has.
                self.store.bump_tracking_seq(hello.tracking_high)
            self._chunk_cap = max(4096, min(self.config.max_chunk, hello.limits.max_chunk))
            self.chunk_size = max(4096, min(self.chunk_size, self._chunk_cap))
            self._pack_cap = max(self.chunk_size, min(self.config.max_pack, hello.limits.max_request - 4096))
            self.pack_budget = min(self.pack_budget, self._pack_cap)
            self.push_limit = min(self.config.push_batch, hello.limits.max_entries)
            self._push_all(hello.high_water)
            self._pull_all()
        except SyncError as exc:
            self.result.exit_code = EXIT_RETRY
            self.result.code = exc.code
            self.result.message = exc.message
        finally:
            self.transport.close()
        self.result.bytes_sent = self.transport.counters.bytes_sent
        self.result.bytes_received = self.transport.counters.bytes_received
        self.result.quarantined = len(self.store.quarantined())
        if self.result.exit_code == EXIT_OK and self.result.quarantined:
            self.result.exit_code = EXIT_QUARANTINED
            self.result.code = "sync.quarantined"
            self.result.message = (
                f"{self.result.quarantined} entries were refused by the server and need attention"
            )
        now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        if self.result.exit_code == EXIT_RETRY:
            self.store.set_sync_status(
                last_error=self.result.code, last_error_at=now, last_message=self.result.message
            )
        else:
            self.store.set_sync_status(
                last_success_at=now, last_error=None, quarantined=self.result.quarantined
            )
        self._report(phase="done")
        return self.result

    # ------------------------------------------------------------------ push

    def _push_all(self, server_hw: int) -> None:
        stuck = 0
        self._server_hw = server_hw
        while True:
            entries = self._round(list(self.store.pending_outbox(limit=self.push_limit)))
            if not entries:
                if self._server_hw > self.store.last_device_seq():
                    # Restored from an old backup: the server holds entries this copy never knew, and
                    # new work must be numbered after them.
                    self.store.bump_device_seq(self._server_hw)
                return
            self._report(phase="push", items_total=self.result.pushed + len(entries))
            wire = self._prepare(entries)
            resp = self._retrying(
                lambda wire=wire: self.transport.call(  # type: ignore[misc]
                    "POST",
                    "/v1/push",
                    PushResponse,
                    json_body=PushRequest(entries=tuple(wire)),
                    expect_bytes=200 * len(wire),
                )
            )
            self._server_hw = max(self._server_hw, resp.high_water)
            before = self.store.outbox_high_water()
            progressed = self._handle_push(wire, resp)
            if progressed or self.store.outbox_high_water() > before:
                stuck = 0
            else:
                stuck += 1
                if stuck > 3:
                    raise ProtocolError("the server accepts none of the outbox", code="sync.push_stuck")
            self._report(items_done=self.result.pushed)

    def _round(self, entries: list[Any]) -> list[Any]:
        """The oldest entries whose files add up to about ``push_bytes`` (at least one entry)."""
        total = 0
        seen: set[str] = set()
        for i, e in enumerate(entries):
            for sha in e.blobs:
                if sha not in seen and self.store.blobs.has(sha):
                    seen.add(sha)
                    total += self.store.blobs.size(sha)
            if total >= self.config.push_bytes:
                return entries[: i + 1]
        return entries

    def _prepare(self, entries: Sequence[Any]) -> list[PushEntry]:
        """Upload what the server lacks; entries whose files are gone locally travel as 'skip'."""
        wanted: dict[str, None] = {}
        for e in entries:
            for sha in e.blobs:
                wanted[sha] = None
        refused: dict[str, tuple[str, dict[str, Any]]] = {
            sha: ("blob.missing_local", {"sha256": sha}) for sha in wanted if not self._blob_ok(sha)
        }
        usable = [s for s in wanted if s not in refused]
        if usable:
            answer = self._retrying(
                lambda: self.transport.call(
                    "POST",
                    "/v1/blobs/missing",
                    MissingBlobsResponse,
                    json_body=MissingBlobsRequest(sha256=tuple(usable)),
                )
            )
            refused.update(self._upload_many(list(answer.missing), answer.offsets))
        out = []
        for e in entries:
            bad = sorted(set(e.blobs) & set(refused))
            if bad:
                # The entry cannot travel (a file gone here, or refused there, e.g. too large): it waits
                # in quarantine with the reason, and the rest of the queue goes on.
                code, params = refused[bad[0]]
                self.store.quarantine(e.device_seq, code, {**params, "sha256": bad})
                out.append(_skip(e.device_seq, code))
            else:
                out.append(
                    PushEntry(
                        device_seq=e.device_seq,
                        record_type=e.record_type,
                        record_id=e.record_id,
                        op=e.op,
                        payload=e.payload,
                        blobs=tuple(e.blobs),
                    )
                )
        return out

    def _blob_ok(self, sha: str) -> bool:
        try:
            self.store.blobs.verify(sha)
        except (IntegrityError, ValidationError, OSError):
            return False
        return True

    def _handle_push(self, wire: list[PushEntry], resp: PushResponse) -> bool:
        hw = resp.high_water
        reused: list[int] = []
        gap_expected: int | None = None
        missing: list[str] = []
        for r in resp.results:
            if r.status == "applied":
                self.result.pushed += 1
            elif r.status == "duplicate":
                self.result.duplicates += 1
            elif r.status == "rejected":
                self.result.rejected += 1
                if r.code != E.CLIENT_SKIPPED:  # a skip keeps the reason this laptop gave it
                    self.store.quarantine(r.device_seq, r.code, dict(r.params))
            elif r.status == "seq_reused":
                reused.append(r.device_seq)
            elif r.status == "gap":
                gap_expected = int(r.params.get("expected", hw + 1))
            elif r.status == "missing_blobs":
                missing = [str(s) for s in r.params.get("sha256", [])]
        if reused:
            # New work numbered over entries the server already holds: keep everything before the first
            # clash, and renumber the rest past the server's mark so it is sent again, not dropped.
            self.store.ack_outbox(min(min(reused) - 1, hw))
            self.store.bump_device_seq(hw)
            return True
        # Only what this request covered: entries past it that the server also holds (an old backup)
        # are checked by their own replay, never assumed to be the same.
        self.store.ack_outbox(min(hw, max(e.device_seq for e in wire)))
        if gap_expected is not None:
            # Entries between the server's mark and our oldest pending one are gone from this laptop
            # (quarantined here, or the server lost them): tell the server to step over them.
            first = min(e.device_seq for e in wire)
            skips = [_skip(s, "client.lost") for s in range(gap_expected, first)]
            if skips:
                r2 = self._retrying(
                    lambda: self.transport.call(
                        "POST", "/v1/push", PushResponse, json_body=PushRequest(entries=tuple(skips))
                    )
                )
                self.store.ack_outbox(r2.high_water)
                return True
            return False
        if missing:
            self._missing_rounds += 1
            if self._missing_rounds > 5:
                raise ProtocolError("the server keeps asking for files it was sent", code="sync.blobs_stuck")
            usable = [s for s in missing if self._blob_ok(s)]
            refused = self._upload_many(usable)
            bad = sorted((set(missing) - set(usable)) | set(refused))
            if bad:
                seq = next(r.device_seq for r in resp.results if r.status == "missing_blobs")
                code = refused[bad[0]][0] if bad[0] in refused else "blob.missing_local"
                self.store.quarantine(seq, code, {"sha256": bad})
                r3 = self._retrying(
                    lambda: self.transport.call(
                        "POST", "/v1/push", PushResponse, json_body=PushRequest(entries=(_skip(seq, code),))
                    )
                )
                self.store.ack_outbox(r3.high_water)
            return True
        return bool(resp.results)

    # ------------------------------------------------------------------ blobs

    def _upload_many(
        self, shas: list[str], offsets: dict[str, int] | None = None
    ) -> dict[str, tuple[str, dict[str, Any]]]:
        """Upload each; returns the ones the server refused for good, with its code and parameters.

        Whole small files go several to a request (a pack) while the link is quick and has not dropped
        in this pass; everything else, and whatever a pack did not deliver, goes on the resumable
        per-file path, which asks the server for its byte first."""
        total = sum(self.store.blobs.size(s) for s in shas)
        self._report(phase="upload", bytes_total=total, bytes_done=0, items_total=len(shas), items_done=0)
        refused: dict[str, tuple[str, dict[str, Any]]] = {}
        queue = deque(shas)
        done = 0
        while queue:
            sha = queue.popleft()
            held = None if offsets is None else offsets.get(sha, 0)
            size = self.store.blobs.size(sha)
            if held == 0 and self._packs_on and not self._link_dropped and size <= self.pack_budget:
                group, nbytes = [sha], size
                while (
                    queue
                    and len(group) < PACK_MAX_ENTRIES
                    and (offsets or {}).get(queue[0], 0) == 0
                    and nbytes + self.store.blobs.size(queue[0]) <= self.pack_budget
                ):
                    nxt = queue.popleft()
                    group.append(nxt)
                    nbytes += self.store.blobs.size(nxt)
                again = self._upload_pack(group)
                done += len(group) - len(again)
                self._report(items_done=done)
                # What the pack did not deliver goes next, one by one, asking the server's byte first.
                for s in reversed(again):
                    queue.appendleft(s)
                if again:
                    offsets = {**(offsets or {}), **{s: -1 for s in again}}
                continue
            try:
                self._upload(sha, None if held is None or held < 0 else held)
            except AuthError:
                raise
            except RemoteError as exc:
                refused[sha] = (exc.code, dict(exc.params))
            done += 1
            self._report(items_done=done)
        return refused

    def _upload_pack(self, shas: list[str]) -> list[str]:
        """Send whole files in one request; returns those the server did not store."""
        sizes = [self.store.blobs.size(s) for s in shas]
        parts = []
        for sha in shas:
            with open(self.store.blobs.path(sha), "rb") as f:
                parts.append(f.read())
        body = b"".join(parts)
        manifest = ",".join(f"{sha}:{n}" for sha, n in zip(shas, sizes, strict=True))
        t0 = time.monotonic()
        try:
            resp = self.transport.call(
                "POST",
                "/v1/blobs/pack",
                PackResponse,
                raw=body,
                headers={PACK_HEADER: manifest},
                expect_bytes=100 * len(shas),
            )
        except NetworkError as exc:
            # Some files may have landed: the per-file path asks before it sends.
            self._adapt_chunk(0.0, ok=False)
            self._failed(exc)
            return shas
        except AuthError:
            raise
        except RemoteError:
            # A server without packs, or one refusing this pack whole: the per-file path says why.
            self._packs_on = False
            return shas
        self._adapt_pack(len(body), time.monotonic() - t0)
        self._failures = 0
        stored = set(resp.stored)
        sent = 0
        for sha, n in zip(shas, sizes, strict=True):
            if sha in stored:
                self.result.blobs_uploaded += 1
                self.result.blob_bytes_uploaded += n
                sent += n
        self._report(bytes_done=self.progress.bytes_done + sent)
        return [s for s in shas if s not in stored]

    def _adapt_pack(self, nbytes: int, seconds: float) -> None:
        """Grow the pack while requests come back within a second; shrink it when one takes over four
        (on a 64 kbit/s link a chunk alone takes that long, and packs stay at one chunk's size)."""
        if seconds < 1.0 and not self._link_dropped:
            self.pack_budget = min(self._pack_cap, max(self.pack_budget, nbytes) * 2)
        elif seconds > 4.0:
            self.pack_budget = max(self.chunk_size, self.pack_budget // 2)

    def _upload(self, sha: str, known_offset: int | None = None) -> None:
        """Resumable upload. ``known_offset`` comes from the missing-blobs answer; without it, ask first.
        A wrong guess costs nothing: the server answers the true offset."""
        size = self.store.blobs.size(sha)
        path = f"/v1/blobs/{sha}/upload"
        if known_offset is None:
            status = self._retrying(lambda: self.transport.call("GET", path, UploadStatus))
        else:
            status = UploadStatus(sha256=sha, offset=known_offset, complete=False)
        offset = status.offset
        checksum_failures = 0
        with open(self.store.blobs.path(sha), "rb") as f:
            while not status.complete:
                f.seek(offset)
                chunk = f.read(min(self.chunk_size, size - offset))
                headers = {
                    OFFSET_HEADER: str(offset),
                    SIZE_HEADER: str(size),
                    CHUNK_SHA_HEADER: hashlib.sha256(chunk).hexdigest(),
                }
                try:
                    t0 = time.monotonic()
                    status = self.transport.call(
                        "PATCH", path, UploadStatus, raw=chunk, headers=headers, expect_bytes=512
                    )
                    self._adapt_chunk(time.monotonic() - t0, ok=True)
                    self._adapt_pack(len(chunk), time.monotonic() - t0)
                    self._failures = 0
                    self.result.blob_bytes_uploaded += len(chunk)
                    offset = status.offset
                    self._report(bytes_done=self.progress.bytes_done + len(chunk))
                except RemoteError as exc:
                    if exc.code == E.BLOB_OFFSET_MISMATCH:
                        offset = int(exc.params.get("offset", 0))
                    elif exc.code == E.BLOB_CHUNK_CHECKSUM and checksum_failures < 5:
                        checksum_failures += 1
                    elif exc.code == E.BLOB_HASH_MISMATCH and checksum_failures < 5:
                        checksum_failures += 1  # the server discarded it; start again
                        offset = 0
                    else:
                        raise
                except NetworkError as exc:
                    # The chunk may or may not have landed: ask, never guess.
                    self._adapt_chunk(0.0, ok=False)
                    self._failed(exc)
                    status = self._retrying(lambda: self.transport.call("GET", path, UploadStatus))
                    offset = status.offset
        self.result.blobs_uploaded += 1

    def _adapt_chunk(self, seconds: float, *, ok: bool) -> None:
        """Halve the chunk when the link drops it or crawls (less to resend); double it after a run of
        quick successes (fewer round trips). Bounds: the config's min and max and the server's limit."""
        floor = min(self.config.min_chunk, self.config.chunk_size)
        if not ok or seconds > 10.0:
            self.chunk_size = max(floor, self.chunk_size // 2)
            self._chunk_streak = 0
            self._link_dropped = self._link_dropped or not ok
            self.pack_budget = self.chunk_size
            return
        self._chunk_streak += 1
        # A link that dropped a chunk in this pass is not trusted with bigger ones again.
        if self._chunk_streak >= 8 and seconds < 2.0 and not self._link_dropped:
            self.chunk_size = min(self._chunk_cap, self.chunk_size * 2)
            self._chunk_streak = 0

    # ------------------------------------------------------------------ pull

    def _pull_all(self) -> None:
        cursor = self.store.sync_cursor()
        self._report(phase="pull", items_done=0, items_total=0)
        while True:
            since = cursor
            page = self._retrying(
                lambda since=since: self.transport.call(  # type: ignore[misc]
                    "GET",
                    "/v1/changes",
                    ChangesResponse,
                    params={"since": since, "limit": self.config.pull_page},
                    expect_bytes=2000 * self.config.pull_page,
                )
            )
            if page.next_cursor < cursor:
                raise ProtocolError("the server's cursor went backwards", code="sync.cursor_backwards")
            changes = [
                RemoteChange(c.change_seq, c.record_type, c.record_id, c.op, dict(c.payload))
                for c in page.changes
            ]
            self._apply(changes, page.next_cursor)
            self.result.pulled += len(changes)
            cursor = page.next_cursor
            self._report(items_done=self.result.pulled)
            if not page.has_more:
                return

    def _apply(self, changes: list[RemoteChange], cursor: int) -> None:
        try:
            self.store.apply_remote(changes, cursor)
            return
        except VillageDeskError:
            pass
        # One bad change must not wedge the pull: apply one by one, note and step over the bad one.
        for ch in changes:
            try:
                self.store.apply_remote([ch], ch.change_seq)
            except VillageDeskError as exc:
                self.result.pull_errors.append({"change_seq": ch.change_seq, "code": exc.code})
                self.store.apply_remote([], ch.change_seq)
        self.store.apply_remote([], cursor)


def _skip(seq: int, code: str) -> PushEntry:
    return PushEntry(device_seq=seq, record_type="", record_id="", op="skip", payload={"code": code})
