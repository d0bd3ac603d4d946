"""A TCP proxy in front of the shared PostgreSQL server, so a test can take the server away.

The shared server other engineers use must never be stopped; instead a station talks to it
through this proxy, and the test cuts the connections, refuses new ones, or lets a COMMIT
through and then loses the server's answer (the "did it save?" case a kiosk must survive).
"""

from __future__ import annotations

import contextlib
import socket
import threading

# psycopg sends COMMIT as a simple query: 'Q', length 11, "COMMIT\0"
COMMIT_MESSAGE = b"Q\x00\x00\x00\x0bCOMMIT\x00"


class FlakyProxy:
    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = 0
        self.lose_next_commit_reply = threading.Event()
        self.commits_lost = 0
        # Stall: the next COMMIT (and everything after it on that connection, both ways) is
        # held, the sockets stay open and keep being acknowledged: a network path that goes
        # silent mid-transaction without closing anything.
        self.stall_next_commit = threading.Event()
        self.stalled = threading.Event()  # set once a connection has stalled
        self._released = threading.Event()
        self.hold_new_connections = threading.Event()  # accept, then forward nothing at all
        self._listener: socket.socket | None = None
        self._sockets: set[socket.socket] = set()
        self._lock = threading.Lock()

    # -- control ----------------------------------------------------------------------------

    def start(self) -> None:
        """Accept connections (again, on the same port once it was chosen)."""
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        """The server goes away: open connections drop, new ones are refused."""
        self._released.set()
        if self._listener is not None:
            _close(self._listener)  # shutdown wakes the thread blocked in accept()
            self._listener = None
        with self._lock:
            doomed, self._sockets = self._sockets, set()
        for sock in doomed:
            _close(sock)

    # -- plumbing ---------------------------------------------------------------------------

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # stopped
            if self.hold_new_connections.is_set():
                with self._lock:
                    self._sockets.add(client)  # open and silent until stop()
                continue
            try:
                server = socket.create_connection(self.target)
            except OSError:
                _close(client)
                continue
            with self._lock:
                self._sockets |= {client, server}
            commit_sent = threading.Event()
            silent = threading.Event()  # this connection stalled: nothing more either way
            threading.Thread(
                target=self._to_server, args=(client, server, commit_sent, silent), daemon=True
            ).start()
            threading.Thread(
                target=self._to_client, args=(server, client, commit_sent, silent), daemon=True
            ).start()

    def _to_server(self, client: socket.socket, server: socket.socket, commit_sent, silent) -> None:
        while data := _recv(client):
            if COMMIT_MESSAGE in data and self.stall_next_commit.is_set():
                self.stall_next_commit.clear()
                silent.set()
                self.stalled.set()
                self._released.wait()  # forwards nothing more; the test's teardown releases
                break
            if COMMIT_MESSAGE in data and self.lose_next_commit_reply.is_set():
                self.lose_next_commit_reply.clear()
                commit_sent.set()
            if not _send(server, data):
                break
        _close(server)

    def _to_client(self, server: socket.socket, client: socket.socket, commit_sent, silent) -> None:
        while data := _recv(server):
            if silent.is_set():
                break
            if commit_sent.is_set():
                # The server has answered the COMMIT (it is durable); the kiosk never hears it.
                self.commits_lost += 1
                break
            if not _send(client, data):
                break
        if silent.is_set():  # not even the server's goodbye reaches the station
            self._released.wait()
        _close(client)
        _close(server)


def _recv(sock: socket.socket) -> bytes:
    try:
        return sock.recv(65536)
    except OSError:
        return b""


def _send(sock: socket.socket, data: bytes) -> bool:
    try:
        sock.sendall(data)
    except OSError:
        return False
    return True


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
