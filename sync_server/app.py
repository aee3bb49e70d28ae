"""The HTTP face of the server (FastAPI). Every JSON reply is an Envelope echoing the request's nonce.

Database work runs in worker threads (``anyio.to_thread``) so that a slow upload on a village link
never holds up another village's pull.
"""

import contextlib
import gzip
import json
import logging
import os
import zlib
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any, TypeVar

import anyio
from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync_server.service import Device, Server, StaffUser
from villagedesk.core.errors import VillageDeskError
from villagedesk.protocol import PROTOCOL_NAME
from villagedesk.protocol import errors as E
from villagedesk.protocol.messages import (
    BLOB_SHA_HEADER,
    CHUNK_SHA_HEADER,
    NONCE_HEADER,
    OFFSET_HEADER,
    PACK_HEADER,
    PACK_MAX_ENTRIES,
    PROTO_HEADER,
    SIZE_HEADER,
    ApplicationDetail,
    ApplicationList,
    ChangesResponse,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    ErrorResponse,
    HelloResponse,
    LoginRequest,
    LoginResponse,
    MissingBlobsRequest,
    MissingBlobsResponse,
    PackResponse,
    PushRequest,
    PushResponse,
    StaffAction,
    UploadStatus,
)

log = logging.getLogger("villagedesk.server")
M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")


def _nonce(request: Request) -> str:
    return request.headers.get(NONCE_HEADER, "")[:64]


def _headers(request: Request) -> dict[str, str]:
    return {NONCE_HEADER: _nonce(request), PROTO_HEADER: PROTOCOL_NAME}


def reply(
    request: Request, model: BaseModel, status: int = 200, extra: dict[str, str] | None = None
) -> Response:
    """JSON with the nonce filled in, gzip-compressed when the client accepts it and it is worth it."""
    data = model.model_dump(mode="json")
    data["nonce"] = _nonce(request)
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    headers = _headers(request)
    if extra:
        headers.update(extra)
    if len(body) > 512 and "gzip" in request.headers.get("accept-encoding", ""):
        body = gzip.compress(body, compresslevel=6)
        headers["Content-Encoding"] = "gzip"
        headers["Vary"] = "Accept-Encoding"
    return Response(content=body, status_code=status, media_type="application/json", headers=headers)


def error_reply(request: Request, code: str, message: str, params: dict[str, Any] | None = None) -> Response:
    status = E.http_status(code)
    extra = {"Retry-After": "5"} if status in (429, 503) else None
    body = ErrorResponse(error=ErrorBody(code=code, message=message, params=params or {}))
    return reply(request, body, status, extra)


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, decompressed, refusing anything over ``limit`` bytes either way."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise VillageDeskError("request too large", code=E.LIMIT_REQUEST, limit=limit)
    chunks: list[bytes] = []
    total = 0
    async for piece in request.stream():
        total += len(piece)
        if total > limit:
            raise VillageDeskError("request too large", code=E.LIMIT_REQUEST, limit=limit)
        chunks.append(piece)
    raw = b"".join(chunks)
    if request.headers.get("content-encoding", "").lower() == "gzip":
        # Bounded decompression: a small bomb is refused once it passes the limit, never expanded whole.
        d = zlib.decompressobj(wbits=31)
        try:
            out = d.decompress(raw, limit + 1)
        except zlib.error:
            raise VillageDeskError("bad gzip body", code=E.PROTO_BAD_REQUEST) from None
        if len(out) > limit or d.unconsumed_tail:
            raise VillageDeskError("request too large", code=E.LIMIT_REQUEST, limit=limit)
        raw = out
    return raw


async def parse(request: Request, model: type[M], limit: int) -> M:
    raw = await read_body(request, limit)
    try:
        return model.model_validate_json(raw)
    except PydanticValidationError as exc:
        raise VillageDeskError(
            "the request does not follow the protocol",
            code=E.PROTO_BAD_REQUEST,
            detail=exc.errors(include_url=False, include_context=False, include_input=False)[:5],
        ) from None


async def run(fn: Callable[..., T], *args: Any) -> T:
    return await anyio.to_thread.run_sync(fn, *args)


def _bearer(authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None


def _pack_manifest(header: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for item in header.split(","):
        sha, _, size = item.strip().partition(":")
        if not size.isdigit() or len(size) > 12:
            raise VillageDeskError("a pack needs its manifest header", code=E.PROTO_BAD_REQUEST)
        out.append((sha.lower(), int(size)))
    return out


def create_app(server: Server) -> FastAPI:
    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Database work runs in worker threads. Fewer threads than villages syncing at once: past a few,
        # more threads only fight over the GIL (and the one SQLite writer) and every request slows.
        threads = int(os.environ.get("VILLAGEDESK_SERVER_THREADS", "8"))
        if threads > 0:
            anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield

    app = FastAPI(
        title="VillageDesk township sync server",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        lifespan=lifespan,
    )
    app.state.server = server

    @app.exception_handler(VillageDeskError)
    async def _domain_error(request: Request, exc: VillageDeskError) -> Response:
        return error_reply(request, exc.code, exc.message, exc.params)

    @app.exception_handler(OperationalError)
    async def _db_busy(request: Request, exc: OperationalError) -> Response:
        log.warning("database busy: %s", exc)
        return error_reply(request, E.SERVER_BUSY, "the server is busy; try again shortly")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            return error_reply(request, E.PROTO_NOT_FOUND, "no such endpoint")
        return error_reply(request, E.PROTO_BAD_REQUEST, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _bad_params(request: Request, exc: RequestValidationError) -> Response:
        return error_reply(request, E.PROTO_BAD_REQUEST, "bad request parameters")

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> Response:
        log.exception("internal error")
        return error_reply(request, E.SERVER_INTERNAL, "internal server error")

    async def device_auth(authorization: Annotated[str | None, Header()] = None) -> Device:
        return await run(server.authenticate_device, _bearer(authorization))

    async def staff_auth(authorization: Annotated[str | None, Header()] = None) -> StaffUser:
        return await run(server.authenticate_staff, _bearer(authorization))

    DeviceDep = Annotated[Device, Depends(device_auth)]
    StaffDep = Annotated[StaffUser, Depends(staff_auth)]

    # ---- device endpoints ----

    @app.post("/v1/enroll")
    async def enroll(request: Request) -> Response:
        req = await parse(request, EnrollRequest, 64 * 1024)
        data = await run(server.enroll, req.code, req.device_name)
        return reply(request, EnrollResponse(**data))

    @app.get("/v1/hello")
    async def hello(request: Request, device: DeviceDep) -> Response:
        return reply(request, HelloResponse(**await run(server.hello, device)))

    @app.post("/v1/push")
    async def push(request: Request, device: DeviceDep) -> Response:
        req = await parse(request, PushRequest, server.limits.max_request)
        hw, results = await run(server.push, device, req.entries)
        return reply(request, PushResponse(high_water=hw, results=tuple(results)))

    @app.get("/v1/changes")
    async def changes(
        request: Request,
        device: DeviceDep,
        since: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=1000)] = 500,
    ) -> Response:
        def work() -> tuple[list[Any], int, bool, int]:
            rows, cursor, more = server.changes(device.village_code, since, limit)
            return rows, cursor, more, server.high_water(device.device_id)

        rows, cursor, more, hw = await run(work)
        return reply(
            request, ChangesResponse(changes=tuple(rows), next_cursor=cursor, has_more=more, high_water=hw)
        )

    @app.post("/v1/blobs/missing")
    async def missing(request: Request, device: DeviceDep) -> Response:
        req = await parse(request, MissingBlobsRequest, server.limits.max_request)

        def work() -> tuple[list[str], dict[str, int]]:
            out = server.missing_blobs(device.village_code, req.sha256)
            held = server.blobs.partial_offsets(out) if out else {}
            return out, {sha: n for sha, (n, _) in held.items() if n}

        out, offsets = await run(work)
        return reply(request, MissingBlobsResponse(missing=tuple(out), offsets=offsets))

    @app.get("/v1/blobs/{sha}/upload")
    async def upload_status(request: Request, sha: str, device: DeviceDep) -> Response:
        offset, complete = await run(server.upload_status, device.village_code, sha)
        return reply(request, UploadStatus(sha256=sha, offset=offset, complete=complete))

    @app.patch("/v1/blobs/{sha}/upload")
    async def upload_chunk(request: Request, sha: str, device: DeviceDep) -> Response:
        try:
            offset = int(request.headers[OFFSET_HEADER])
            size = int(request.headers[SIZE_HEADER])
            chunk_sha = request.headers[CHUNK_SHA_HEADER].lower()
        except (KeyError, ValueError):
            raise VillageDeskError(
                "an upload chunk needs offset, size and checksum headers", code=E.PROTO_BAD_REQUEST
            ) from None
        if server.blobs.has(sha) and await run(server.owns_blob, device.village_code, sha):
            await run(server.blobs.drop_partial, sha)
            return reply(request, UploadStatus(sha256=sha, offset=server.blobs.size(sha), complete=True))
        server.blobs.check_size(size)
        stream: AsyncIterator[bytes] = request.stream()
        new_offset, complete = await server.blobs.write_chunk(
            sha,
            offset=offset,
            size=size,
            chunk_sha=chunk_sha,
            body=stream,
            on_complete=lambda: server.register_blob(sha, device.village_code),
        )
        return reply(request, UploadStatus(sha256=sha, offset=new_offset, complete=complete))

    @app.post("/v1/blobs/pack")
    async def upload_pack(request: Request, device: DeviceDep) -> Response:
        """Many small whole files in one request: a village's photos cost one round trip per pack, not
        one per photo. Each file is verified against its name; what arrived whole is kept even if the
        connection drops; anything refused goes again on the resumable per-file path."""
        manifest = _pack_manifest(request.headers.get(PACK_HEADER, ""))
        server.blobs.check_pack(manifest, max_total=server.limits.max_request, max_entries=PACK_MAX_ENTRIES)
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) != sum(n for _, n in manifest):
            raise VillageDeskError("the pack's length does not match its manifest", code=E.PROTO_BAD_REQUEST)
        pack = await server.blobs.receive_pack(manifest, request.stream())
        await run(server.register_pack, pack, device.village_code)
        return reply(
            request,
            PackResponse(
                stored=tuple(sha for sha, _, _ in pack.stored),
                refused={sha: ErrorBody(code=c, params=p) for sha, (c, p) in pack.refused.items()},
            ),
        )

    @app.get("/v1/blobs/{sha}")
    async def download(request: Request, sha: str, device: DeviceDep) -> Response:
        if not server.blobs.has(sha) or not await run(server.owns_blob, device.village_code, sha):
            raise VillageDeskError("no such file for this village", code=E.BLOB_NOT_FOUND, sha256=sha)
        headers = _headers(request)
        headers[BLOB_SHA_HEADER] = sha
        return server.blobs.response(sha, request.headers.get("range"), headers)

    # ---- staff endpoints (the township windows build on these) ----

    @app.post("/v1/staff/login")
    async def login(request: Request) -> Response:
        req = await parse(request, LoginRequest, 64 * 1024)
        token, user, expires = await run(server.login, req.username, req.password)
        return reply(
            request, LoginResponse(token=token, role=user.role, township=user.township, expires_at=expires)
        )

    @app.get("/v1/staff/applications")
    async def list_apps(
        request: Request,
        staff: StaffDep,
        village: str | None = None,
        state: str | None = None,
        limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    ) -> Response:
        rows = await run(lambda: server.list_applications(staff, village=village, state=state, limit=limit))
        return reply(request, ApplicationList(applications=tuple(rows)))

    @app.get("/v1/staff/applications/{key}")
    async def get_app(request: Request, key: str, staff: StaffDep) -> Response:
        uuid_, _ = await run(server.find_application, key)
        payload, version = await run(server.application, uuid_, staff)
        return reply(request, ApplicationDetail(payload=payload, version=version))

    @app.post("/v1/staff/applications/{key}/actions")
    async def act(request: Request, key: str, staff: StaffDep) -> Response:
        req = await parse(request, StaffAction, 1024 * 1024)
        uuid_, _ = await run(server.find_application, key)
        new = await run(
            lambda: server.staff_action(
                f"staff:{staff.username}",
                uuid_,
                req.action,
                req.params,
                base_version=req.base_version,
                staff=staff,
            )
        )
        from villagedesk.core import codec

        return reply(request, ApplicationDetail(payload=codec.encode(new), version=new.version))

    from sync_server.township.routes import township_router  # township hook

    app.include_router(township_router(server))  # township hook
    return app
