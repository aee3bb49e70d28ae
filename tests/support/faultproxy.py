"""A fault-injecting TCP proxy for loopback tests and benchmarks.

Toxiproxy is not packaged for Debian or PyPI and the kernel here has no netem, so the plateau link
(narrow, long, dropping, sometimes a captive portal) is simulated in userspace. The proxy runs its own
asyncio loop on one background thread; tests drive it from their own thread through ``set_faults``,
``reset_all`` and ``stats``.

Model of one direction of one connection::

    socket read -> [reset/stall budget] -> [bandwidth pacing] -> [latency queue] -> socket write

Pacing happens before the delay queue, so a chunk leaves after its serialisation time plus the one-way
latency, and TCP back-pressure reaches the sender exactly as on a slow link.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import ipaddress
import random
import socket
import struct
import threading
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Final, Literal, TypeVar

Direction = Literal["up", "down", "both"]
CaptiveMode = Literal["login", "redirect", "bare"]
DropMode = Literal["refuse", "reset"]

_T = TypeVar("_T")

_READ_SIZE: Final = 64 * 1024
# Chunks queued per direction: bounds memory when latency is set without a bandwidth limit.
_QUEUE_CHUNKS: Final = 64
# Each paced slice is about this long on the wire, so a rate change or a reset lands within ~20 ms.
_SLICE_SECONDS: Final = 0.02
_MIN_SLICE: Final = 64
_CONTROL_TIMEOUT: Final = 5.0
_STOP_TIMEOUT: Final = 5.0
_HEAD_LIMIT: Final = 64 * 1024

_LOGIN_PAGE: Final = (
    b"<!DOCTYPE html><html><head><meta charset='utf-8'><title>WiFi Login</title></head>"
    b"<body><h1>Welcome to Township Free WiFi</h1>"
    b"<form method='post' action='/portal/login'>"
    b"<input name='phone' placeholder='Phone number'><input name='sms_code'>"
    b"<button type='submit'>Connect</button></form></body></html>"
)
_PORTAL_URL: Final = "http://10.255.255.1/portal/login"


@dataclass(frozen=True)
class Faults:
    """The link as it is right now. All fields default to a perfect link.

    Byte budgets (``reset_after_bytes``, ``stall_after_bytes``) count the bytes of each connection
    since it was opened, in ``*_direction`` ("up" = client to target, "both" = the sum). A budget
    that an open connection has already used up fires at its next chunk.

    Rates count payload bytes only; a real link also carries about 3.6% of TCP/IP headers. Rates,
    latency, budgets and slow close apply to open connections from their next chunk; ``captive`` and
    a stall from the start are decided when a connection is accepted; a stalled connection stays
    stalled until its client closes it, as a real one would.
    """

    up_bps: float | None = None  # bits/s client -> target, per connection
    down_bps: float | None = None  # bits/s target -> client, per connection
    link_up_bps: float | None = None  # bits/s client -> target, shared by all connections
    link_down_bps: float | None = None  # bits/s target -> client, shared by all connections
    latency_ms: float = 0.0  # one way, each direction, so the RTT grows by twice this
    jitter_ms: float = 0.0  # uniform +/-; order is still preserved
    reset_after_bytes: int | None = None
    reset_direction: Direction = "both"
    # False: the first connection to use up the budget is reset, then the fault disarms until the next
    # set_faults. True: every connection is reset after its budget ("a reset every 256 KB").
    reset_each_connection: bool = True
    stall_after_bytes: int | None = None  # 0: stall from the start, the target is never contacted
    stall_direction: Direction = "both"
    slow_close_s: float = 0.0  # FIN forwarded this long after the other side closed
    captive: CaptiveMode | None = None  # new connections are answered by a captive portal
    drop_new: DropMode | None = None  # "refuse": nothing listens; "reset": accepted then RST

    def __post_init__(self) -> None:
        for name in ("up_bps", "down_bps", "link_up_bps", "link_down_bps"):
            value = getattr(self, name)
            if value is not None and value <= 0:
                raise ValueError(f"{name} must be positive or None, got {value!r}")
        for name in ("latency_ms", "jitter_ms", "slow_close_s"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")
        if self.reset_after_bytes is not None and self.reset_after_bytes <= 0:
            raise ValueError("reset_after_bytes must be positive or None")
        if self.stall_after_bytes is not None and self.stall_after_bytes < 0:
            raise ValueError("stall_after_bytes must not be negative")

    @classmethod
    def link(cls, kbit: float, delay_ms: float = 0.0, **more: Any) -> Faults:
        """A shared symmetric link of ``kbit`` kbit/s with ``delay_ms`` one-way delay."""
        return cls(link_up_bps=kbit * 1000, link_down_bps=kbit * 1000, latency_ms=delay_ms, **more)


@dataclass(frozen=True)
class Stats:
    connections_opened: int = 0  # accepted from clients (not counting refused ones)
    upstream_connections: int = 0  # opened to the target
    upstream_failures: int = 0  # the target could not be reached; the client got an RST
    active_connections: int = 0
    bytes_in_up: int = 0  # read from clients
    bytes_up: int = 0  # delivered to the target
    bytes_in_down: int = 0  # read from the target
    bytes_down: int = 0  # delivered to clients
    resets_injected: int = 0  # by reset_after_bytes, reset_all and drop_new="reset"
    stalls: int = 0
    captive_responses: int = 0


class _Eof:
    def __init__(self, due: float) -> None:
        self.due = due


class _Reset:
    pass


_RESET: Final = _Reset()
_Item = tuple[float, bytes] | _Eof | _Reset


class _Pacer:
    """A token bucket one slice deep: each slice reserves its serialisation time on the wire.

    The one-slice credit absorbs the loop's wake-up lateness, which would otherwise be lost on every
    slice and leave the link a few percent slower than its rate.
    """

    def __init__(self) -> None:
        self._free_at = 0.0

    def reserve(self, nbytes: int, bps: float | None, now: float) -> float:
        if bps is None:
            return now
        self._free_at = max(self._free_at, now - _SLICE_SECONDS) + nbytes * 8 / bps
        return self._free_at


_LINGER_ZERO: Final = struct.pack("ii", 1, 0)


def _rst(writer: asyncio.StreamWriter | None) -> None:
    if writer is None:
        return
    sock = writer.get_extra_info("socket")
    if sock is not None:
        # Linger 0 makes close() send RST instead of FIN: what a dropped mobile link looks like.
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _LINGER_ZERO)
    writer.transport.abort()


def _rst_socket(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _LINGER_ZERO)
    sock.close()


def _is_loopback(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        return False
    return bool(infos) and all(ipaddress.ip_address(info[4][0]).is_loopback for info in infos)


def _counts(direction: Direction, d: Literal["up", "down"]) -> bool:
    return direction == "both" or direction == d


class _Link:
    """One client connection and, unless stalled from the start or captive, its target connection."""

    def __init__(self, proxy: FaultProxy, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter):
        self.proxy = proxy
        self.client_r = client_r
        self.client_w = client_w
        self.target_r: asyncio.StreamReader | None = None
        self.target_w: asyncio.StreamWriter | None = None
        self.admitted = {"up": 0, "down": 0}
        self.pacers = {"up": _Pacer(), "down": _Pacer()}
        self.last_due = {"up": 0.0, "down": 0.0}
        self.eof_sent = {"up": False, "down": False}
        self.stalled = False
        self.reset_pending = False
        self.finished = asyncio.Event()
        self.aborted = False

    def abort(self, *, injected: bool) -> None:
        if self.aborted:
            return
        self.aborted = True
        _rst(self.client_w)
        _rst(self.target_w)
        if injected:
            self.proxy._bump(resets_injected=1)
        self.finished.set()

    def budget(self, d: Literal["up", "down"], faults: Faults) -> tuple[int | None, str]:
        """Bytes this direction may still admit before a fault fires, and which fault."""
        best: int | None = None
        which = ""
        total = self.admitted["up"] + self.admitted["down"]
        armed = faults.reset_each_connection or not self.proxy._oneshot_fired
        if faults.reset_after_bytes is not None and armed and _counts(faults.reset_direction, d):
            used = total if faults.reset_direction == "both" else self.admitted[d]
            best, which = max(0, faults.reset_after_bytes - used), "reset"
        if faults.stall_after_bytes is not None and _counts(faults.stall_direction, d):
            used = total if faults.stall_direction == "both" else self.admitted[d]
            room = max(0, faults.stall_after_bytes - used)
            if best is None or room < best:
                best, which = room, "stall"
        return best, which

    def stall(self) -> None:
        if not self.stalled:
            self.stalled = True
            self.proxy._bump(stalls=1)


class FaultProxy:
    """A TCP proxy from ``listen_host:port`` to one loopback target, with runtime-switchable faults."""

    def __init__(
        self,
        target_host: str,
        target_port: int,
        *,
        listen_host: str = "127.0.0.1",
        listen_port: int = 0,
        faults: Faults | None = None,
        seed: int = 0,
        allow_remote_target: bool = False,
    ) -> None:
        # The proxy exists for loopback tests; refusing other targets keeps a typo from reaching out.
        if not allow_remote_target and not _is_loopback(target_host):
            raise ValueError(f"target {target_host!r} is not a loopback address")
        self._target = (target_host, target_port)
        self._listen = (listen_host, listen_port)
        self._faults = faults or Faults()
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._counters: dict[str, int] = {f.name: 0 for f in dataclasses.fields(Stats)}
        self._oneshot_fired = False
        self._port: int | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._listener: socket.socket | None = None
        self._unwrapped: set[socket.socket] = set()
        self._stopping: asyncio.Event | None = None
        self._links: set[_Link] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._link_up = _Pacer()
        self._link_down = _Pacer()
        self._startup_error: BaseException | None = None

    # ---- control surface (any thread) -------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the proxy is not started")
        return self._port

    @property
    def address(self) -> tuple[str, int]:
        return (self._listen[0], self.port)

    @property
    def faults(self) -> Faults:
        return self._faults

    def start(self) -> FaultProxy:
        if self._thread is not None:
            raise RuntimeError("the proxy is already started")
        ready = threading.Event()
        self._thread = threading.Thread(
            target=self._thread_main, args=(ready,), name="faultproxy", daemon=True
        )
        self._thread.start()
        if not ready.wait(_CONTROL_TIMEOUT):
            raise RuntimeError("the fault proxy did not start in time")
        if self._startup_error is not None:
            self._thread.join(_STOP_TIMEOUT)
            self._thread = None
            raise RuntimeError("the fault proxy could not listen") from self._startup_error
        return self

    def stop(self) -> None:
        """Reset every connection and end the thread; raises if the thread does not end in time."""
        thread, loop, stopping = self._thread, self._loop, self._stopping
        if thread is None:
            return
        if loop is not None and stopping is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stopping.set)
        thread.join(_STOP_TIMEOUT)
        if thread.is_alive():
            raise RuntimeError("the fault proxy thread did not stop in time")
        self._thread = None

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def set_faults(self, faults: Faults | None = None, **changes: Any) -> Faults:
        """Switch the link. With keyword changes only, they apply on top of the current faults.

        Returns once the change is in effect (a refusal means nothing listens any more).
        """
        with self._lock:
            new = dataclasses.replace(faults or self._faults, **changes) if changes else (faults or Faults())
            self._faults = new
            self._oneshot_fired = False
        if self._loop is not None:
            self._call(self._apply_listening)
        return new

    def clear_faults(self) -> None:
        self.set_faults(Faults())

    def stats(self) -> Stats:
        with self._lock:
            return Stats(**self._counters)

    def reset_stats(self) -> None:
        with self._lock:
            for name in self._counters:
                if name != "active_connections":
                    self._counters[name] = 0

    def reset_all(self) -> int:
        """RST every open connection now (the link just dropped); returns how many."""

        async def kill() -> int:
            links = list(self._links)
            for link in links:
                link.abort(injected=True)
            return len(links)

        return self._call(kill)

    def wait_idle(self, timeout: float = 5.0) -> None:
        """Wait until no connection is open through the proxy."""
        deadline = time.monotonic() + timeout
        while self.stats().active_connections:
            if time.monotonic() > deadline:
                raise TimeoutError("connections still open through the fault proxy")
            time.sleep(0.01)

    # ---- loop thread -------------------------------------------------------------------------------

    def _call(self, fn: Callable[[], Coroutine[Any, Any, _T]]) -> _T:
        loop = self._loop
        if loop is None:
            raise RuntimeError("the proxy is not started")
        return asyncio.run_coroutine_threadsafe(fn(), loop).result(_CONTROL_TIMEOUT)

    def _bump(self, **deltas: int) -> None:
        with self._lock:
            for name, delta in deltas.items():
                self._counters[name] += delta

    def _thread_main(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._main(ready))
        finally:
            ready.set()
            with contextlib.suppress(Exception):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
            self._loop = None

    async def _main(self, ready: threading.Event) -> None:
        self._stopping = asyncio.Event()
        try:
            self._listen_now()
            if self._faults.drop_new == "refuse":
                # The port was reserved above, so the port property means something while refusing.
                self._close_listener(serve_pending=False)
        except OSError as exc:
            self._startup_error = exc
            return
        ready.set()
        await self._stopping.wait()
        self._close_listener(serve_pending=False)
        for link in list(self._links):
            link.abort(injected=False)
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=_STOP_TIMEOUT / 2)
        for sock in list(self._unwrapped):
            sock.close()  # accepted, but its task was cancelled before it took the socket over

    # The listener is a plain socket watched with add_reader rather than an asyncio.Server: a Server closed
    # while a handshake is complete but not yet accepted, or accepted but not yet attached, drops that
    # connection silently, and the client then hangs where a refusal was meant.

    def _listen_now(self) -> None:
        port = self._port if self._port is not None else self._listen[1]
        listener = socket.create_server((self._listen[0], port), backlog=128)
        listener.setblocking(False)
        self._listener = listener
        self._port = listener.getsockname()[1]
        asyncio.get_running_loop().add_reader(listener.fileno(), self._on_acceptable)

    def _close_listener(self, *, serve_pending: bool) -> None:
        listener = self._listener
        if listener is None:
            return
        asyncio.get_running_loop().remove_reader(listener.fileno())
        if serve_pending:
            self._on_acceptable()  # these clients connected before the refusal; serve them
        else:
            with contextlib.suppress(OSError):
                while True:
                    conn, _ = listener.accept()
                    _rst_socket(conn)
        listener.close()
        self._listener = None

    async def _apply_listening(self) -> None:
        refusing = self._faults.drop_new == "refuse"
        if refusing and self._listener is not None:
            self._close_listener(serve_pending=True)
        elif not refusing and self._listener is None:
            self._listen_now()

    def _on_acceptable(self) -> None:
        listener = self._listener
        while listener is not None:
            try:
                conn, _ = listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return  # out of descriptors and the like: the client waits in the backlog, as on a real box
            conn.setblocking(False)
            faults = self._faults
            if faults.drop_new == "reset":
                _rst_socket(conn)
                self._bump(resets_injected=1)
                continue
            self._unwrapped.add(conn)
            task = asyncio.ensure_future(self._serve(conn, faults))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _serve(self, conn: socket.socket, faults: Faults) -> None:
        try:
            reader, writer = await asyncio.open_connection(sock=conn, limit=_HEAD_LIMIT)
        except OSError:
            conn.close()
            return
        finally:
            self._unwrapped.discard(conn)
        self._bump(connections_opened=1, active_connections=1)
        try:
            if faults.captive is not None:
                await self._captive(reader, writer, faults.captive)
            else:
                await self._forward(_Link(self, reader, writer), faults)
        finally:
            self._bump(active_connections=-1)

    # ---- forwarding --------------------------------------------------------------------------------

    async def _forward(self, link: _Link, faults: Faults) -> None:
        self._links.add(link)
        try:
            if faults.stall_after_bytes == 0:
                # Stalled from the start: a black hole that accepts, reads and never answers.
                link.stall()
                await self._drain_until_closed(link)
                return
            try:
                target_r, target_w = await asyncio.wait_for(
                    asyncio.open_connection(*self._target), _CONTROL_TIMEOUT
                )
            except (TimeoutError, OSError):
                self._bump(upstream_failures=1)
                link.abort(injected=False)
                return
            link.target_r, link.target_w = target_r, target_w
            self._bump(upstream_connections=1)
            for w in (link.client_w, target_w):
                # Zero high-water mark: drain() returns only once the bytes are in the kernel, so a byte
                # counted as delivered was delivered before any RST we send afterwards.
                w.transport.set_write_buffer_limits(high=0)
            q_up: asyncio.Queue[_Item] = asyncio.Queue(_QUEUE_CHUNKS)
            q_down: asyncio.Queue[_Item] = asyncio.Queue(_QUEUE_CHUNKS)
            pumps = [
                asyncio.ensure_future(self._pump_in(link, "up", link.client_r, q_up)),
                asyncio.ensure_future(self._pump_out(link, "up", target_w, q_up)),
                asyncio.ensure_future(self._pump_in(link, "down", target_r, q_down)),
                asyncio.ensure_future(self._pump_out(link, "down", link.client_w, q_down)),
            ]
            try:
                await link.finished.wait()
            finally:
                for pump in pumps:
                    pump.cancel()
                await asyncio.gather(*pumps, return_exceptions=True)
                if not link.aborted:
                    for w in (link.client_w, target_w):
                        w.close()
        finally:
            self._links.discard(link)

    async def _drain_until_closed(self, link: _Link) -> None:
        with contextlib.suppress(OSError):
            while data := await link.client_r.read(_READ_SIZE):
                self._bump(bytes_in_up=len(data))
        if not link.aborted:
            link.client_w.close()

    async def _pump_in(
        self, link: _Link, d: Literal["up", "down"], src: asyncio.StreamReader, q: asyncio.Queue[_Item]
    ) -> None:
        loop = asyncio.get_running_loop()
        while True:
            try:
                data = await src.read(_READ_SIZE)
            except OSError:
                link.abort(injected=False)  # the peer reset: pass the reset on
                return
            if not data:
                if link.stalled or link.reset_pending:
                    if d == "up":
                        link.finished.set()  # the client gave up on a stalled link
                    return  # a stalled link never closes towards the client
                # The FIN travels the same delay line as the data, so it never overtakes it.
                due = max(link.last_due[d], loop.time() + self._faults.latency_ms / 1000)
                await q.put(_Eof(due))
                return
            self._bump(**{f"bytes_in_{d}": len(data)})
            while data and not (link.stalled or link.reset_pending):
                faults = self._faults
                budget, which = link.budget(d, faults)
                if budget == 0:
                    if which == "stall":
                        link.stall()
                    else:
                        link.reset_pending = True
                        if not faults.reset_each_connection:
                            self._oneshot_fired = True
                        await q.put(_RESET)
                    break
                bps = faults.up_bps if d == "up" else faults.down_bps
                link_bps = faults.link_up_bps if d == "up" else faults.link_down_bps
                rates = [r for r in (bps, link_bps) if r is not None]
                size = len(data) if not rates else max(_MIN_SLICE, int(min(rates) / 8 * _SLICE_SECONDS))
                if budget is not None:
                    size = min(size, budget)
                piece, data = data[:size], data[size:]
                link.admitted[d] += len(piece)
                now = loop.time()
                shared = self._link_up if d == "up" else self._link_down
                ready_at = max(
                    link.pacers[d].reserve(len(piece), bps, now), shared.reserve(len(piece), link_bps, now)
                )
                if ready_at > now:
                    await asyncio.sleep(ready_at - now)
                delay = faults.latency_ms / 1000
                if faults.jitter_ms:
                    delay = max(0.0, delay + self._rng.uniform(-1, 1) * faults.jitter_ms / 1000)
                due = max(link.last_due[d], loop.time() + delay)
                link.last_due[d] = due
                await q.put((due, piece))

    async def _pump_out(
        self, link: _Link, d: Literal["up", "down"], dst: asyncio.StreamWriter, q: asyncio.Queue[_Item]
    ) -> None:
        loop = asyncio.get_running_loop()
        while True:
            item = await q.get()
            if isinstance(item, _Reset):
                link.abort(injected=True)
                return
            if isinstance(item, _Eof):
                wait = item.due - loop.time() + self._faults.slow_close_s
                if wait > 0:
                    await asyncio.sleep(wait)
                try:
                    if dst.can_write_eof():
                        dst.write_eof()
                except OSError:
                    link.abort(injected=False)
                    return
                link.eof_sent[d] = True
                if all(link.eof_sent.values()):
                    link.finished.set()
                return
            due, piece = item
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            # Counted before the write so that a peer never holds bytes the counters do not show yet.
            self._bump(**{f"bytes_{d}": len(piece)})
            try:
                dst.write(piece)
                await dst.drain()
            except OSError:
                link.abort(injected=False)
                return

    # ---- captive portal ----------------------------------------------------------------------------

    async def _captive(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, mode: CaptiveMode
    ) -> None:
        """Answer every HTTP request on the connection itself; the target is never contacted."""
        try:
            while True:
                first = await reader.read(1)
                if not first:
                    break
                if first == b"\x16":
                    # A TLS ClientHello: a portal answers in plain HTTP, which the client must reject.
                    writer.write(self._portal_response(mode, head_only=False, close=True))
                    await writer.drain()
                    break
                try:
                    head = first + await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                    break
                if len(head) > _HEAD_LIMIT:
                    break
                lines = head.decode("latin-1").split("\r\n")
                method = lines[0].split(" ", 1)[0].upper()
                headers = {}
                for line in lines[1:]:
                    name, sep, value = line.partition(":")
                    if sep:
                        headers[name.strip().lower()] = value.strip().lower()
                await self._discard_body(reader, headers)
                close = headers.get("connection") == "close"
                self._bump(captive_responses=1)  # before the write, so a client never sees it uncounted
                writer.write(self._portal_response(mode, head_only=method == "HEAD", close=close))
                await writer.drain()
                if close:
                    break
        except (OSError, asyncio.IncompleteReadError, ValueError):
            pass
        finally:
            writer.close()

    @staticmethod
    async def _discard_body(reader: asyncio.StreamReader, headers: dict[str, str]) -> None:
        if "chunked" in headers.get("transfer-encoding", ""):
            while True:
                size_line = await reader.readuntil(b"\r\n")
                size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while (await reader.readuntil(b"\r\n")) != b"\r\n":
                        pass  # trailers
                    return
                await reader.readexactly(size + 2)
        remaining = int(headers.get("content-length", "0") or "0")
        while remaining > 0:
            chunk = await reader.read(min(remaining, _READ_SIZE))
            if not chunk:
                raise asyncio.IncompleteReadError(b"", remaining)
            remaining -= len(chunk)

    @staticmethod
    def _portal_response(mode: CaptiveMode, *, head_only: bool, close: bool) -> bytes:
        if mode == "bare":
            status, body, extra = "200 OK", b"", ""
        elif mode == "redirect":
            status, body, extra = "302 Found", _LOGIN_PAGE, f"Location: {_PORTAL_URL}\r\n"
        else:
            status, body, extra = "200 OK", _LOGIN_PAGE, ""
        content_type = "Content-Type: text/html; charset=utf-8\r\n" if body else ""
        head = (
            f"HTTP/1.1 {status}\r\n{extra}{content_type}Content-Length: {len(body)}\r\n"
            f"Cache-Control: no-cache\r\nConnection: {'close' if close else 'keep-alive'}\r\n\r\n"
        ).encode("ascii")
        return head if head_only else head + body
