"""The fault proxy against real loopback servers: each fault measured, not assumed."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from .faultproxy import FaultProxy, Faults

REPO = Path(__file__).resolve().parents[2]


class TcpServer:
    """A threaded loopback server that counts accepted connections and what each one received."""

    def __init__(self, handler: Callable[[socket.socket, TcpServer], None]) -> None:
        self._handler = handler
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._sock.getsockname()[1]
        self.accepted = 0
        self.received: list[int] = []
        self.peer_reset = threading.Event()
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._accepter = threading.Thread(target=self._accept_loop, daemon=True)
        self._accepter.start()

    def _accept_loop(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            with self._lock:
                self.accepted += 1
                self._conns.append(conn)
            t = threading.Thread(target=self._run, args=(conn,), daemon=True)
            self._threads.append(t)
            t.start()

    def _run(self, conn: socket.socket) -> None:
        try:
            self._handler(conn, self)
        except ConnectionResetError:
            self.peer_reset.set()
        except OSError:
            pass
        finally:
            conn.close()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread; close() alone does not
        self._sock.close()
        with self._lock:
            for conn in self._conns:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
        for t in [self._accepter, *self._threads]:
            t.join(2)


def echo(conn: socket.socket, server: TcpServer) -> None:
    while data := conn.recv(65536):
        conn.sendall(data)


def source(nbytes: int) -> Callable[[socket.socket, TcpServer], None]:
    payload = random.Random(nbytes).randbytes(nbytes)

    def handler(conn: socket.socket, server: TcpServer) -> None:
        conn.sendall(payload)

    return handler


def sink(conn: socket.socket, server: TcpServer) -> None:
    total = 0
    try:
        while data := conn.recv(65536):
            total += len(data)
    finally:
        server.received.append(total)
    conn.sendall(str(total).encode())


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[socket.socket, TcpServer], None]], TcpServer]]:
    servers: list[TcpServer] = []

    def make(handler: Callable[[socket.socket, TcpServer], None]) -> TcpServer:
        servers.append(TcpServer(handler))
        return servers[-1]

    yield make
    for s in servers:
        s.close()


@pytest.fixture
def proxy_for() -> Iterator[Callable[[int], FaultProxy]]:
    proxies: list[FaultProxy] = []

    def make(port: int) -> FaultProxy:
        proxies.append(FaultProxy("127.0.0.1", port).start())
        return proxies[-1]

    yield make
    for p in proxies:
        p.stop()


def connect(proxy: FaultProxy, timeout: float = 5.0) -> socket.socket:
    return socket.create_connection(("127.0.0.1", proxy.port), timeout=timeout)


def read_all(sock: socket.socket) -> bytes:
    chunks = []
    while data := sock.recv(65536):
        chunks.append(data)
    return b"".join(chunks)


def echo_roundtrip(sock: socket.socket, message: bytes) -> float:
    start = time.monotonic()
    sock.sendall(message)
    got = b""
    while len(got) < len(message):
        got += sock.recv(65536)
    assert got == message
    return time.monotonic() - start


def test_forwards_both_directions_intact_and_counts(serve, proxy_for) -> None:
    server = serve(echo)
    proxy = proxy_for(server.port)
    payload = random.Random(1).randbytes(1_000_000)
    with connect(proxy) as sock:
        sender = threading.Thread(target=lambda: (sock.sendall(payload), sock.shutdown(socket.SHUT_WR)))
        sender.start()
        assert read_all(sock) == payload
        sender.join()
    proxy.wait_idle()
    stats = proxy.stats()
    assert (stats.bytes_up, stats.bytes_down) == (len(payload), len(payload))
    assert (stats.bytes_in_up, stats.bytes_in_down) == (len(payload), len(payload))
    assert (stats.connections_opened, stats.upstream_connections, stats.resets_injected) == (1, 1, 0)
    assert server.accepted == 1


def test_bandwidth_limits_a_download(serve, proxy_for) -> None:
    server = serve(source(64 * 1024))
    proxy = proxy_for(server.port)
    proxy.set_faults(Faults(down_bps=256_000))
    start = time.monotonic()
    with connect(proxy) as sock:
        assert len(read_all(sock)) == 64 * 1024
    elapsed = time.monotonic() - start
    expected = 64 * 1024 * 8 / 256_000
    assert expected * 0.75 <= elapsed <= expected * 1.25, elapsed


def test_bandwidth_limits_an_upload(serve, proxy_for) -> None:
    server = serve(sink)
    proxy = proxy_for(server.port)
    proxy.set_faults(Faults(up_bps=512_000))
    start = time.monotonic()
    with connect(proxy) as sock:
        sock.sendall(bytes(48 * 1024))
        sock.shutdown(socket.SHUT_WR)
        assert read_all(sock) == str(48 * 1024).encode()
    elapsed = time.monotonic() - start
    expected = 48 * 1024 * 8 / 512_000
    assert expected * 0.75 <= elapsed <= expected * 1.25, elapsed


def test_link_bandwidth_is_shared_between_connections(serve, proxy_for) -> None:
    server = serve(source(16 * 1024))
    proxy = proxy_for(server.port)
    # Per connection the two would each take 0.5 s; the shared link makes both take about 1 s.
    proxy.set_faults(Faults(down_bps=256_000, link_down_bps=256_000))
    times: list[float] = []

    def fetch() -> None:
        with connect(proxy) as sock:
            assert len(read_all(sock)) == 16 * 1024
        times.append(time.monotonic() - start)

    start = time.monotonic()
    threads = [threading.Thread(target=fetch) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    expected = 2 * 16 * 1024 * 8 / 256_000
    assert len(times) == 2
    assert expected * 0.75 <= max(times) <= expected * 1.25, times


def test_bandwidth_change_reaches_an_open_connection(serve, proxy_for) -> None:
    server = serve(source(256 * 1024))
    proxy = proxy_for(server.port)
    proxy.set_faults(Faults(down_bps=64_000))
    with connect(proxy) as sock:
        got = sock.recv(65536)
        time.sleep(0.3)
        slow = proxy.stats().bytes_down
        assert slow < 8 * 1024  # 64 kbit/s is 8 KB/s
        proxy.set_faults(down_bps=None)
        start = time.monotonic()
        got += read_all(sock)
        assert time.monotonic() - start < 0.5
    assert len(got) == 256 * 1024


def test_latency_adds_twice_the_one_way_delay_to_the_rtt(serve, proxy_for) -> None:
    server = serve(echo)
    proxy = proxy_for(server.port)
    with connect(proxy) as sock:
        baseline = min(echo_roundtrip(sock, b"ping") for _ in range(3))
        proxy.set_faults(Faults(latency_ms=100))
        delayed = [echo_roundtrip(sock, b"ping") for _ in range(3)]
    assert baseline < 0.05
    assert all(0.2 <= rtt <= 0.35 for rtt in delayed), delayed


def test_jitter_keeps_the_byte_order(serve, proxy_for) -> None:
    server = serve(echo)
    proxy = proxy_for(server.port)
    proxy.set_faults(Faults(latency_ms=30, jitter_ms=25, up_bps=2_000_000))
    messages = [f"{i:05d};".encode() for i in range(400)]
    with connect(proxy) as sock:
        for m in messages:
            sock.sendall(m)  # many small writes, each with its own random delay
        sock.shutdown(socket.SHUT_WR)
        assert read_all(sock) == b"".join(messages)


def test_reset_after_n_downstream_bytes(serve, proxy_for) -> None:
    server = serve(source(1_000_000))
    proxy = proxy_for(server.port)
    proxy.set_faults(Faults(reset_after_bytes=100_000, reset_direction="down"))
    received = 0
    with connect(proxy) as sock, pytest.raises(ConnectionResetError):
        while data := sock.recv(65536):
            received += len(data)
    assert 50_000 <= received <= 100_000
    proxy.wait_idle()
    stats = proxy.stats()
    assert stats.bytes_down == 100_000
    assert stats.resets_injected == 1


def test_reset_after_n_upstream_bytes_resets_both_sides(serve, proxy_for) -> None:
    server = serve(sink)
    proxy = proxy_for(server.port)
    proxy.set_faults(Faults(reset_after_bytes=50_000, reset_direction="up"))
    with connect(proxy) as sock, pytest.raises((ConnectionResetError, BrokenPipeError)):
        for _ in range(100):
            sock.sendall(bytes(10_000))
        read_all(sock)
    assert server.peer_reset.wait(2)
    assert server.received == [50_000]
    assert proxy.stats().bytes_up == 50_000


@pytest.mark.parametrize("each", [True, False])
def test_reset_each_connection_or_once(serve, proxy_for, each: bool) -> None:
    server = serve(source(30_000))
    proxy = proxy_for(server.port)
    proxy.set_faults(Faults(reset_after_bytes=10_000, reset_direction="down", reset_each_connection=each))
    outcomes = []
    for _ in range(3):
        with connect(proxy) as sock:
            try:
                outcomes.append(len(read_all(sock)))
            except ConnectionResetError:
                outcomes.append("reset")
    assert outcomes == (["reset"] * 3 if each else ["reset", 30_000, 30_000])


def test_reset_all_drops_open_connections(serve, proxy_for) -> None:
    server = serve(echo)
    proxy = proxy_for(server.port)
    socks = [connect(proxy) for _ in range(3)]
    for s in socks:
        echo_roundtrip(s, b"hello")
    assert proxy.reset_all() == 3
    for s in socks:
        with s, pytest.raises(ConnectionResetError):
            s.recv(10)
    assert proxy.stats().resets_injected == 3


def test_stall_from_the_start_times_the_client_out(serve, proxy_for) -> None:
    server = serve(echo)
    proxy = proxy_for(server.port)
    proxy.set_faults(Faults(stall_after_bytes=0))
    with connect(proxy, timeout=0.4) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\n\r\n" * 100)  # read and swallowed
        with pytest.raises(TimeoutError):
            sock.recv(10)
    assert server.accepted == 0
    assert proxy.stats().stalls == 1


def test_stall_after_n_bytes_never_closes(serve, proxy_for) -> None:
    server = serve(source(200_000))
    proxy = proxy_for(server.port)
    proxy.set_faults(Faults(stall_after_bytes=10_000, stall_direction="down"))
    got = b""
    with connect(proxy) as sock:
        while len(got) < 10_000:
            data = sock.recv(65536)
            assert data, "a stalled connection must not close"
            got += data
        sock.settimeout(0.5)
        with pytest.raises(TimeoutError):
            sock.recv(65536)  # neither more bytes nor a close
        # The target finished and closed long ago; the client still sees an open, silent connection.
        assert proxy.stats().active_connections == 1
    assert len(got) == 10_000
    proxy.wait_idle()  # once the client gives up, the stalled connection is released


def test_slow_close_delays_the_fin(serve, proxy_for) -> None:
    server = serve(source(10))
    proxy = proxy_for(server.port)
    proxy.set_faults(Faults(slow_close_s=0.5))
    with connect(proxy) as sock:
        start = time.monotonic()
        got = b""
        while len(got) < 10:
            got += sock.recv(100)
        assert time.monotonic() - start < 0.2
        assert sock.recv(100) == b""
        assert time.monotonic() - start >= 0.5


@pytest.fixture
def http_target() -> Iterator[tuple[ThreadingHTTPServer, list[str]]]:
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.path)
            body = b'{"ok": true}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield server, seen
    server.shutdown()
    server.server_close()
    t.join(2)


def test_captive_portal_answers_without_touching_the_target(http_target, proxy_for) -> None:
    server, seen = http_target
    proxy = proxy_for(server.server_address[1])
    proxy.set_faults(Faults(captive="login"))
    conn = http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=5)
    conn.request("POST", "/sync/push", body=b'{"entries": []}' * 1000, headers={"Content-Type": "x"})
    resp = conn.getresponse()
    body = resp.read()
    assert resp.status == 200
    assert resp.getheader("Content-Type", "").startswith("text/html")
    assert b"<form" in body
    conn.request("GET", "/sync/pull?cursor=3")  # same keep-alive connection, answered again
    assert conn.getresponse().read() == body
    conn.close()

    proxy.set_faults(Faults(captive="redirect"))
    conn = http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=5)
    conn.request("GET", "/")
    resp = conn.getresponse()
    resp.read()
    assert resp.status == 302 and resp.getheader("Location", "").startswith("http://")
    conn.close()

    proxy.set_faults(Faults(captive="bare"))
    conn = http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=5)
    conn.request("GET", "/sync/pull")
    resp = conn.getresponse()
    assert (resp.status, resp.read()) == (200, b"")
    conn.close()

    assert seen == []
    stats = proxy.stats()
    assert stats.upstream_connections == 0 and stats.captive_responses == 4

    proxy.clear_faults()
    conn = http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=5)
    conn.request("GET", "/real")
    assert conn.getresponse().read() == b'{"ok": true}'
    conn.close()
    assert seen == ["/real"]


def test_captive_portal_breaks_a_tls_handshake(http_target, proxy_for) -> None:
    import ssl

    server, seen = http_target
    proxy = proxy_for(server.server_address[1])
    proxy.set_faults(Faults(captive="login"))
    ctx = ssl.create_default_context()
    with connect(proxy) as raw, pytest.raises(ssl.SSLError):
        ctx.wrap_socket(raw, server_hostname="township.example")
    assert seen == []


def test_refuse_and_reset_new_connections(serve, proxy_for) -> None:
    server = serve(echo)
    proxy = proxy_for(server.port)
    held = connect(proxy)
    proxy.set_faults(Faults(drop_new="refuse"))
    with pytest.raises(ConnectionRefusedError):
        connect(proxy)
    with held:
        echo_roundtrip(held, b"open connections keep working")
    proxy.set_faults(Faults(drop_new="reset"))
    # On loopback the RST can beat connect() itself; either way the client sees a reset.
    with pytest.raises(ConnectionResetError), connect(proxy) as sock:
        sock.recv(10)
    proxy.clear_faults()  # listens again on the same port
    with connect(proxy) as sock:
        echo_roundtrip(sock, b"back")
    assert server.accepted == 2


def test_unreachable_target_resets_the_client(proxy_for) -> None:
    with socket.create_server(("127.0.0.1", 0)) as placeholder:
        port = placeholder.getsockname()[1]
    proxy = proxy_for(port)  # nothing listens on the target port any more
    with pytest.raises(ConnectionResetError), connect(proxy) as sock:
        sock.recv(10)
    assert proxy.stats().upstream_failures == 1


def test_refuses_a_target_that_is_not_loopback() -> None:
    with pytest.raises(ValueError, match="loopback"):
        FaultProxy("192.0.2.1", 80)


def test_stop_ends_the_thread_with_connections_open(serve) -> None:
    server = serve(echo)
    before = set(threading.enumerate())
    proxy = FaultProxy("127.0.0.1", server.port, faults=Faults(latency_ms=50)).start()
    socks = [connect(proxy) for _ in range(5)]
    socks[0].sendall(b"in flight")
    proxy.set_faults(stall_after_bytes=0)
    socks.append(connect(proxy))
    start = time.monotonic()
    proxy.stop()
    assert time.monotonic() - start < 2
    assert set(threading.enumerate()) - before - set(server._threads) == set()
    for s in socks:
        s.close()


def test_context_manager_and_port() -> None:
    with socket.create_server(("127.0.0.1", 0)) as target:
        with FaultProxy("127.0.0.1", target.getsockname()[1]) as proxy:
            assert proxy.port > 0 and proxy.address == ("127.0.0.1", proxy.port)
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", proxy.port), timeout=1)


def test_cli_prints_the_port_and_forwards(serve) -> None:
    server = serve(echo)
    cli = [sys.executable, str(REPO / "bench" / "faultproxy_cli.py"), "--target", f"127.0.0.1:{server.port}"]
    proc = subprocess.Popen(
        [*cli, "--kbit", "640", "--delay-ms", "20"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline())
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            assert echo_roundtrip(sock, b"x" * 100) >= 0.04
    finally:
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=5)
    assert proc.returncode == 0
    stats = json.loads(out.strip().splitlines()[-1])
    assert stats["bytes_up"] == 100 and stats["connections_opened"] == 1
