"""The USB batch: one signed, self-verifying file carrying the same entries and blobs as the network.

A batch is a ZIP archive (blobs stored, text deflated) with exactly these members::

    entries.jsonl        one JSON object per line: push entries (up) or changes (down)
    blobs/<sha256>       each attachment, named by its SHA-256
    manifest.json        format, direction, village, device, counts, sizes and hashes of all the above;
                         a down batch also carries the township's audit-chain head ("audit": {seq, head})
    manifest.sig         hex HMAC-SHA256 of manifest.json under the village's batch key

The batch key is a random secret the server makes per village and hands to each device at enrollment,
so both ends know it and nobody else does: a stick found on the road cannot be altered or forged.

Reading verifies everything before anything is used: the member list (no other names, so no path tricks;
nothing is ever extracted by name), the signature, then every member's size and hash, reading at most the
signed sizes (a decompression bomb stops at its declared size). Any failure refuses the whole batch.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import shutil
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from villagedesk.protocol import errors as E

FORMAT = "villagedesk-batch/1"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
ENTRIES = "entries.jsonl"
_BLOB_RE = re.compile(r"^blobs/([0-9a-f]{64})$")
_HEAD_RE = re.compile(r"^[0-9a-f]{64}$")
# Manifest key of a down batch: {"seq": int, "head": sha256 hex}, the township's audit-chain head.
AUDIT = "audit"
_MAX_MANIFEST = 64 * 1024 * 1024
_BUF = 256 * 1024


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
    try:
        with zipfile.ZipFile(tmp, "w") as zf:
            h = hashlib.sha256()
            size = count = 0
            with zf.open(zipfile.ZipInfo(ENTRIES), "w") as f:
                for e in entries:
                    line = json.dumps(e, ensure_ascii=False, sort_keys=True).encode() + b"\n"
                    h.update(line)
                    f.write(line)
                    size += len(line)
                    count += 1
            blob_list = []
            seen: set[str] = set()
            for sha, path in blobs:
                if sha in seen:
                    continue
                seen.add(sha)
                info = zipfile.ZipInfo(f"blobs/{sha}")
                info.compress_type = zipfile.ZIP_STORED  # photos do not compress
                bh = hashlib.sha256()
                n = 0
                with path.open("rb") as src, zf.open(info, "w", force_zip64=True) as dst:
                    while block := src.read(_BUF):
                        bh.update(block)
                        dst.write(block)
                        n += len(block)
                if bh.hexdigest() != sha:
                    raise BatchError(f"local file {sha} is damaged", E.BATCH_HASH_MISMATCH, sha256=sha)
                blob_list.append({"sha256": sha, "size": n})
            manifest = {
                **header,
                "format": FORMAT,
                "batch_id": header.get("batch_id") or str(uuid.uuid4()),
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
    """A batch whose signature and every member's hash have been checked."""

    def __init__(self, zf: zipfile.ZipFile, manifest: Manifest) -> None:
        self._zf = zf
        self.manifest = manifest

    def entries(self) -> Iterator[dict[str, Any]]:
        with self._zf.open(ENTRIES) as f:
            for line in f:
                if line.strip():
                    obj = json.loads(line)
                    if not isinstance(obj, dict):
                        raise BatchError("an entry is not an object", E.BATCH_CORRUPT)
                    yield obj

    def open_blob(self, sha: str) -> IO[bytes]:
        return self._zf.open(f"blobs/{sha}")

    def copy_blob(self, sha: str, dest: IO[bytes]) -> None:
        with self._zf.open(f"blobs/{sha}") as src:
            shutil.copyfileobj(src, dest, _BUF)


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
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise BatchError("not a VillageDesk batch", E.BATCH_FOREIGN)
        manifest = Manifest(data)
        key = self.key_for(manifest)
        if not hmac.compare_digest(sign(key, mbytes), sig):
            raise BatchError(
                "the batch's signature does not match: altered or not for this village", E.BATCH_BAD_SIGNATURE
            )
        # From here the manifest is authentic; check that the members are what it says.
        ent = data["entries"]
        self._check_member(zf, ENTRIES, int(ent["size"]), str(ent["sha256"]))
        declared = {b["sha256"]: int(b["size"]) for b in manifest.blobs}
        present = {m.group(1) for n in names if (m := _BLOB_RE.match(n))}
        if set(declared) != present:
            raise BatchError("the files in the batch are not the ones listed", E.BATCH_HASH_MISMATCH)
        for sha, size in declared.items():
            self._check_member(zf, f"blobs/{sha}", size, sha)
        return VerifiedBatch(zf, manifest)

    @staticmethod
    def _check_member(zf: zipfile.ZipFile, name: str, size: int, sha: str) -> None:
        if zf.getinfo(name).file_size != size:
            raise BatchError(f"{name} has the wrong size", E.BATCH_HASH_MISMATCH, member=name)
        h = hashlib.sha256()
        n = 0
        with zf.open(name) as f:
            for block in _read_limited(f, size, name):
                h.update(block)
                n += len(block)
        if n != size or h.hexdigest() != sha:
            raise BatchError(f"{name} does not match its hash", E.BATCH_HASH_MISMATCH, member=name)
