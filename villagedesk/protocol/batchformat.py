"""The USB batch: one signed, encrypted, self-verifying file carrying the same entries and blobs as the
network.

A batch is a ZIP archive with exactly these members::

    entries.jsonl        one JSON object per line: push entries (up) or changes (down)   [sealed]
    blobs/<sha256>       each attachment, named by the SHA-256 of its plain bytes          [sealed]
    manifest.json        format, direction, village, device, batch id, counts, plain sizes and hashes of
                         all the above; a down batch also carries the township's audit-chain head
                         ("audit": {seq, head}). No personal data: codes, counts and hashes only.
    manifest.sig         hex HMAC-SHA256 of manifest.json under the village's batch key

The batch key is a random secret the server makes per village and hands to each device at enrollment,
so both ends know it and nobody else does: a stick found on the road can be neither read, altered nor
forged. "Sealed" members are encrypted with AES-256-GCM under a key derived from the batch key and the
batch id (HKDF-SHA256), in segments of 64 KiB each with its own tag; a segment's nonce says which member,
which segment and whether it is the last, so segments can be neither reordered, swapped between members
nor cut off (the STREAM construction). Names, photos and ID numbers never touch the stick in clear.

Reading verifies everything before anything is used: the member list (no other names, so no path tricks;
nothing is ever extracted by name), the signature, then every member's stored size against the signed
plain size, every segment's tag and every member's hash, reading at most the signed sizes (a
decompression bomb stops at its declared size). Any failure refuses the whole batch.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import io
import json
import os
import re
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from villagedesk.protocol import errors as E

FORMAT = "villagedesk-batch/2"
_OLDER_FORMATS = ("villagedesk-batch/1",)  # signed but not encrypted; refused, to be exported again
SEALING = "AES-256-GCM/64KiB"
_SEGMENT = 64 * 1024
_TAG = 16
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
ENTRIES = "entries.jsonl"
_BLOB_RE = re.compile(r"^blobs/([0-9a-f]{64})$")
_HEAD_RE = re.compile(r"^[0-9a-f]{64}$")
# Manifest key of a down batch: {"seq": int, "head": sha256 hex}, the township's audit-chain head.
AUDIT = "audit"
_MAX_MANIFEST = 64 * 1024 * 1024
_BUF = 256 * 1024


def sealed_size(plain: int) -> int:
    """The stored size of a sealed member of ``plain`` bytes (every segment carries a tag; an empty
    member is one empty final segment)."""
    return plain + max(1, -(-plain // _SEGMENT)) * _TAG


def _contents_key(key: bytes, batch_id: str) -> AESGCM:
    hkdf = HKDF(algorithm=SHA256(), length=32, salt=batch_id.encode(), info=b"villagedesk batch/2 contents")
    return AESGCM(hkdf.derive(key))


def _nonce(member: str, index: int, last: bool) -> bytes:
    return (
        hashlib.sha256(member.encode()).digest()[:7]
        + index.to_bytes(4, "big")
        + (b"\x01" if last else b"\x00")
    )


class _Sealer:
    """Writes a member's plain bytes as sealed segments to ``dst``."""

    def __init__(self, aead: AESGCM, member: str, dst: IO[bytes]) -> None:
        self._aead, self._member, self._dst = aead, member, dst
        self._buf = bytearray()
        self._index = 0

    def write(self, data: bytes) -> None:
        self._buf += data
        while len(self._buf) > _SEGMENT:  # the last segment is written by close(), marked as last
            self._emit(bytes(self._buf[:_SEGMENT]), last=False)
            del self._buf[:_SEGMENT]

    def close(self) -> None:
        self._emit(bytes(self._buf), last=True)
        self._buf.clear()

    def _emit(self, plain: bytes, *, last: bool) -> None:
        nonce = _nonce(self._member, self._index, last)
        self._dst.write(self._aead.encrypt(nonce, plain, self._member.encode()))
        self._index += 1


def _unsealed(aead: AESGCM, member: str, src: IO[bytes], plain: int) -> Generator[bytes, None, None]:
    """The plain bytes of a sealed member of ``plain`` bytes, segment by segment, each checked; reads at
    most the sealed size."""
    segments = max(1, -(-plain // _SEGMENT))
    for i in range(segments):
        last = i == segments - 1
        want = (plain - i * _SEGMENT if last else _SEGMENT) + _TAG
        sealed = src.read(want)
        while len(sealed) < want and (more := src.read(want - len(sealed))):
            sealed += more
        if len(sealed) != want:
            raise BatchError(f"{member} is cut short", E.BATCH_HASH_MISMATCH, member=member)
        try:
            plain_bytes = aead.decrypt(_nonce(member, i, last), sealed, member.encode())
        except InvalidTag:
            raise BatchError(f"{member} was altered", E.BATCH_HASH_MISMATCH, member=member) from None
        yield plain_bytes
    if src.read(1):
        raise BatchError(f"{member} is longer than declared", E.BATCH_HASH_MISMATCH, member=member)


class _ChunkReader(io.RawIOBase):
    """A readable file over an iterator of byte chunks (a sealed member being opened)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while not self._pending:
            try:
                self._pending = next(self._chunks)
            except StopIteration:
                return 0
        n = min(len(b), len(self._pending))
        b[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


class BatchError(Exception):
    """A batch refused whole; ``code`` is one of ``villagedesk.protocol.errors.BATCH_*``."""

    def __init__(self, message: str, code: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Manifest:
    data: dict[str, Any]

    @property
    def direction(self) -> str:
        return str(self.data["direction"])

    @property
    def village_code(self) -> str:
        return str(self.data["village_code"])

    @property
    def device_id(self) -> str:
        return str(self.data.get("device_id", ""))

    @property
    def blobs(self) -> list[dict[str, Any]]:
        return list(self.data["blobs"])

    @property
    def audit_head(self) -> tuple[int, str] | None:
        """The township's audit-chain head ``(seq, sha256)`` when the batch was written (down batches).

        It sits inside the signed manifest, so it cannot be altered without breaking the signature; a
        village keeps the last one it received, and the township can check its chain against it."""
        raw = self.data.get(AUDIT)
        if raw is None:
            return None
        if (
            not isinstance(raw, dict)
            or not isinstance(raw.get("seq"), int)
            or isinstance(raw.get("seq"), bool)
            or raw["seq"] < 0
            or not isinstance(raw.get("head"), str)
            or not _HEAD_RE.match(raw["head"])
        ):
            raise BatchError("the audit head in the manifest is malformed", E.BATCH_CORRUPT)
        return int(raw["seq"]), str(raw["head"])


def read_manifest_unverified(path: Path) -> dict[str, Any] | None:
    """The manifest of a batch, NOT verified (the reader may not hold the village's key): for showing
    what a batch just written says, e.g. its audit head, never for deciding anything."""
    try:
        with zipfile.ZipFile(path) as zf, zf.open(MANIFEST) as f:
            data = json.loads(b"".join(_read_limited(f, _MAX_MANIFEST, MANIFEST)))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, BatchError):
        return None
    return data if isinstance(data, dict) and data.get("format") == FORMAT else None


def sign(key: bytes, manifest_bytes: bytes) -> str:
    return hmac.new(key, manifest_bytes, hashlib.sha256).hexdigest()


def write_batch(
    out: Path,
    *,
    header: dict[str, Any],
    entries: Iterable[dict[str, Any]],
    blobs: Iterable[tuple[str, Path]],
    key: bytes,
) -> dict[str, Any]:
    """Write atomically (temp file, fsync, rename), then read it back to prove it verifies."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".batch-", suffix=".tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    batch_id = str(header.get("batch_id") or uuid.uuid4())
    aead = _contents_key(key, batch_id)
    try:
        with zipfile.ZipFile(tmp, "w") as zf:
            h = hashlib.sha256()
            size = count = 0
            with zf.open(zipfile.ZipInfo(ENTRIES), "w", force_zip64=True) as f:
                sealer = _Sealer(aead, ENTRIES, f)
                for e in entries:
                    line = json.dumps(e, ensure_ascii=False, sort_keys=True).encode() + b"\n"
                    h.update(line)
                    sealer.write(line)
                    size += len(line)
                    count += 1
                sealer.close()
            blob_list = []
            seen: set[str] = set()
            for sha, path in blobs:
                if sha in seen:
                    continue
                seen.add(sha)
                name = f"blobs/{sha}"
                info = zipfile.ZipInfo(name)
                info.compress_type = zipfile.ZIP_STORED  # sealed bytes do not compress
                bh = hashlib.sha256()
                n = 0
                with path.open("rb") as src, zf.open(info, "w", force_zip64=True) as dst:
                    sealer = _Sealer(aead, name, dst)
                    while block := src.read(_BUF):
                        bh.update(block)
                        sealer.write(block)
                        n += len(block)
                    sealer.close()
                if bh.hexdigest() != sha:
                    raise BatchError(f"local file {sha} is damaged", E.BATCH_HASH_MISMATCH, sha256=sha)
                blob_list.append({"sha256": sha, "size": n})
            manifest = {
                **header,
                "format": FORMAT,
                "sealing": SEALING,
                "batch_id": batch_id,
                "entries": {"count": count, "size": size, "sha256": h.hexdigest()},
                "blobs": blob_list,
            }
            mbytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode()
            zi = zipfile.ZipInfo(MANIFEST)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(zi, mbytes)
            zf.writestr(SIGNATURE, sign(key, mbytes))
        with tmp.open("rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    dir_fd = os.open(out.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    with open_batch(out, lambda m: key, max_total=1 << 62) as verified:
        return verified.manifest.data


class VerifiedBatch:
    """A batch whose signature and every member's tags and hash have been checked."""

    def __init__(self, zf: zipfile.ZipFile, manifest: Manifest, aead: AESGCM) -> None:
        self._zf = zf
        self.manifest = manifest
        self._aead = aead
        self._sizes = {str(b["sha256"]): int(b["size"]) for b in manifest.blobs}

    def _plain(self, name: str, size: int) -> Generator[bytes, None, None]:
        with self._zf.open(name) as f:
            yield from _unsealed(self._aead, name, f, size)

    def entries(self) -> Iterator[dict[str, Any]]:
        rest = b""
        for chunk in self._plain(ENTRIES, int(self.manifest.data["entries"]["size"])):
            *lines, rest = (rest + chunk).split(b"\n")
            for line in lines:
                if line.strip():
                    obj = json.loads(line)
                    if not isinstance(obj, dict):
                        raise BatchError("an entry is not an object", E.BATCH_CORRUPT)
                    yield obj
        if rest.strip():
            raise BatchError("the last entry is cut short", E.BATCH_CORRUPT)

    @contextlib.contextmanager
    def open_blob(self, sha: str) -> Iterator[IO[bytes]]:
        chunks = self._plain(f"blobs/{sha}", self._sizes[sha])
        try:
            yield io.BufferedReader(_ChunkReader(chunks), _BUF)
        finally:
            chunks.close()

    def copy_blob(self, sha: str, dest: IO[bytes]) -> None:
        for chunk in self._plain(f"blobs/{sha}", self._sizes[sha]):
            dest.write(chunk)


def _read_limited(f: IO[bytes], limit: int, name: str) -> Iterator[bytes]:
    total = 0
    while block := f.read(_BUF):
        total += len(block)
        if total > limit:
            raise BatchError(f"{name} is larger than declared", E.BATCH_HASH_MISMATCH, member=name)
        yield block


class open_batch:
    """``with open_batch(path, key_for) as batch:`` verifies fully or raises :class:`BatchError`.

    ``key_for(manifest)`` returns the HMAC key for the manifest's village (or raises BatchError).
    """

    def __init__(self, path: Path, key_for: Callable[[Manifest], bytes], *, max_total: int) -> None:
        self.path = path
        self.key_for = key_for
        self.max_total = max_total
        self._zf: zipfile.ZipFile | None = None

    def __enter__(self) -> VerifiedBatch:
        try:
            size = self.path.stat().st_size
        except OSError as exc:
            raise BatchError(f"cannot read the batch: {exc}", E.BATCH_CORRUPT) from None
        if size > self.max_total:
            raise BatchError("the batch is larger than allowed", E.LIMIT_BATCH, limit=self.max_total)
        try:
            self._zf = zipfile.ZipFile(self.path)
            return self._verify(self._zf)
        except zipfile.BadZipFile as exc:
            self.close()
            raise BatchError(f"not a readable batch (damaged or cut short): {exc}", E.BATCH_CORRUPT) from None
        except (EOFError, OSError, ValueError, KeyError, zipfile.LargeZipFile) as exc:
            self.close()
            raise BatchError(f"not a readable batch: {type(exc).__name__}: {exc}", E.BATCH_CORRUPT) from None
        except BaseException:
            self.close()
            raise

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._zf is not None:
            self._zf.close()
            self._zf = None

    def _verify(self, zf: zipfile.ZipFile) -> VerifiedBatch:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        if len(names) != len(set(names)):
            raise BatchError("a member appears twice", E.BATCH_UNSAFE_MEMBER)
        for n in names:
            if n not in (MANIFEST, SIGNATURE, ENTRIES) and not _BLOB_RE.match(n):
                raise BatchError(f"unexpected member {n[:100]!r}", E.BATCH_UNSAFE_MEMBER, member=n[:100])
        for required in (MANIFEST, SIGNATURE, ENTRIES):
            if required not in names:
                raise BatchError(f"{required} is missing", E.BATCH_CORRUPT, member=required)
        by_name = {i.filename: i for i in infos}
        if by_name[MANIFEST].file_size > _MAX_MANIFEST or by_name[SIGNATURE].file_size > 200:
            raise BatchError("the manifest is implausibly large", E.BATCH_CORRUPT)
        with zf.open(MANIFEST) as f:
            mbytes = b"".join(_read_limited(f, _MAX_MANIFEST, MANIFEST))
        with zf.open(SIGNATURE) as f:
            sig = f.read(200).decode("ascii", "replace").strip()
        try:
            data = json.loads(mbytes)
        except ValueError:
            raise BatchError("the manifest is not JSON", E.BATCH_CORRUPT) from None
        if isinstance(data, dict) and data.get("format") in _OLDER_FORMATS:
            raise BatchError(
                "a batch written by an older VillageDesk (not encrypted): export it again", E.BATCH_FOREIGN
            )
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("sealing") != SEALING:
            raise BatchError("not a VillageDesk batch", E.BATCH_FOREIGN)
        manifest = Manifest(data)
        key = self.key_for(manifest)
        if not hmac.compare_digest(sign(key, mbytes), sig):
            raise BatchError(
                "the batch's signature does not match: altered or not for this village", E.BATCH_BAD_SIGNATURE
            )
        # From here the manifest is authentic; check that the members are what it says.
        aead = _contents_key(key, str(data["batch_id"]))
        ent = data["entries"]
        self._check_member(zf, aead, ENTRIES, int(ent["size"]), str(ent["sha256"]))
        declared = {b["sha256"]: int(b["size"]) for b in manifest.blobs}
        present = {m.group(1) for n in names if (m := _BLOB_RE.match(n))}
        if set(declared) != present:
            raise BatchError("the files in the batch are not the ones listed", E.BATCH_HASH_MISMATCH)
        for sha, size in declared.items():
            self._check_member(zf, aead, f"blobs/{sha}", size, sha)
        return VerifiedBatch(zf, manifest, aead)

    @staticmethod
    def _check_member(zf: zipfile.ZipFile, aead: AESGCM, name: str, size: int, sha: str) -> None:
        if size < 0 or zf.getinfo(name).file_size != sealed_size(size):
            raise BatchError(f"{name} has the wrong size", E.BATCH_HASH_MISMATCH, member=name)
        h = hashlib.sha256()
        n = 0
        with zf.open(name) as f:
            for block in _unsealed(aead, name, f, size):
                h.update(block)
                n += len(block)
        if n != size or h.hexdigest() != sha:
            raise BatchError(f"{name} does not match its hash", E.BATCH_HASH_MISMATCH, member=name)
