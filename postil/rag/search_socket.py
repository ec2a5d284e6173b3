"""A running postil answers ``postil search`` over a private socket in ``.postil/``.

The language server (the editor's, or a ``postil serve`` the user started) listens on
``.postil/search.sock`` of a workspace that has an index, so a one-shot ``postil search`` asks
it (one JSON line each way) instead of starting an interpreter that imports and opens the
index itself. Nothing is started for it: with no server there is no socket, and the command
searches on its own, as it does whenever the answer is not a good one.

Who may talk: ``.postil/`` is the user's own directory (mode 0700, see ``core.workdir``), the
socket is made there with mode 0600, and each side asks the kernel who the other is
(``SO_PEERCRED``) and hangs up on anyone but the same user. A socket left by a server that
died is removed by the next one; one with a live server is left to it. The client connects
only to a socket (never a link) owned by the user in a directory only the user can write;
what either side reads is size-bounded and checked field by field (anything else is no
answer). The socket is reached through ``/proc/self/fd`` and a descriptor of its directory
where there is one, so a workspace path longer than a socket address (~107 bytes) works.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import struct
import threading
from collections.abc import Callable
from pathlib import Path

NAME = "search.sock"
MAX_REQUEST = 64 * 1024
MAX_ANSWER = 64 * 1024 * 1024
CONNECT_TIMEOUT = 1.0  # seconds: a live server accepts at once
REQUEST_TIMEOUT = 5.0  # seconds: the client sends its one line at once
SEARCH_TIMEOUT = 10.0  # seconds: a search of the index as it is (the server may open it first)
UPDATE_TIMEOUT = 60.0  # seconds: the server refreshes the index first (``update``)
MAX_K = 1000
# Who is at the other end is asked of the kernel (Linux): elsewhere there is no socket, and no asking.
SUPPORTED = hasattr(socket, "AF_UNIX") and hasattr(socket, "SO_PEERCRED")
_RESULT_FIELDS = {"path": str, "start": int, "end": int, "text": str, "header": str, "kind": str, "reason": str,
                  "score": (int, float), "sources": list, "tokens": int}


class _Address:
    """The socket's address in ``directory``: through a descriptor of the directory (held while
    the address is in use) where ``/proc/self/fd`` exists, else its path."""

    def __init__(self, directory: Path) -> None:
        self.fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
        self.path = directory / NAME
        via = f"/proc/self/fd/{self.fd}"
        self.address = f"{via}/{NAME}" if os.path.isdir(via) else str(self.path)

    def private(self) -> bool:
        """Whether the directory is a real directory of this user that no one else can write."""
        st = os.fstat(self.fd)
        return stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not st.st_mode & 0o022

    def socket_stat(self) -> os.stat_result | None:
        try:
            return os.stat(NAME, dir_fd=self.fd, follow_symlinks=False)
        except OSError:
            return None

    def close(self) -> None:
        os.close(self.fd)


def _peer_uid(conn: socket.socket) -> int:
    _pid, uid, _gid = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))
    return uid


def _read_line(conn: socket.socket, limit: int) -> bytes | None:
    """One line from ``conn`` (without its newline), or None when it is longer than ``limit``
    or the other side closed before the newline."""
    data = bytearray()
    while True:
        part = conn.recv(65536)
        if not part:
            return None
        data += part
        end = data.find(b"\n")
        if end >= 0:
            return bytes(data[:end]) if end <= limit else None
        if len(data) > limit:
            return None


# -- the server's side -------------------------------------------------------------
def parse_request(line: bytes) -> dict | str:
    """The request ``{"query", "k", "docs", "update"}`` a line holds, or what is wrong with it."""
    try:
        request = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return "not a JSON line"
    if not isinstance(request, dict) or not isinstance(request.get("query"), str):
        return 'expected {"query": "...", "k": N, "docs": false, "update": false}'
    k = request.get("k", 10)
    if not isinstance(k, int) or isinstance(k, bool) or not 0 < k <= MAX_K:
        return f"k must be a whole number from 1 to {MAX_K}"
    if not all(isinstance(request.get(flag, False), bool) for flag in ("docs", "update")):
        return "docs and update must be true or false"
    return {"query": request["query"], "k": k, "docs": request.get("docs", False), "update": request.get("update", False)}


class SearchSocket:
    """Answers search requests on ``directory/search.sock`` on a thread of its own;
    ``answer(request)`` gives the reply object (``{"results", "messages", "hint"}`` or
    ``{"error"}``) and is called for one request at a time."""

    def __init__(self, directory: Path, answer: Callable[[dict], dict], on_message: Callable[[str], None] = print):
        self.directory = directory
        self._answer = answer
        self._say = on_message
        self._address: _Address | None = None
        self._listener: socket.socket | None = None
        self._inode: tuple[int, int] | None = None
        self._thread: threading.Thread | None = None
        self.answered = 0  # requests answered with results

    def start(self) -> bool:
        """Listen (False, said once, when another live server has the socket or it cannot be made)."""
        if not SUPPORTED:
            self._say("postil: this system cannot tell who connects to a socket: searches are not answered here")
            return False
        try:
            address = _Address(self.directory)
        except OSError as exc:
            self._say(f"postil: cannot answer searches in {self.directory}: {exc.strerror or exc}")
            return False
        try:
            listener = self._listen(address)
        except OSError as exc:
            listener = f"cannot answer searches on {address.path}: {exc.strerror or exc}"
        if isinstance(listener, str):
            self._say(f"postil: {listener}")
            address.close()
            return False
        st = address.socket_stat()
        self._inode = (st.st_dev, st.st_ino) if st is not None else None
        self._address, self._listener = address, listener
        self._thread = threading.Thread(target=self._serve, name="postil-search-socket", daemon=True)
        self._thread.start()
        return True

    def _listen(self, address: _Address) -> socket.socket | str:
        """A socket listening at ``address``, or why there is none."""
        if not address.private():
            return f"{self.directory} can be written by others: search socket not made"
        if address.socket_stat() is not None and not self._remove_stale(address):
            return f"another postil answers searches on {address.path}; this one does not"
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)
        try:
            listener.bind(address.address)
            os.chmod(address.address, 0o600)  # the directory (0700) keeps others out meanwhile
            listener.listen(8)
        except OSError:
            listener.close()
            raise
        return listener

    @staticmethod
    def _remove_stale(address: _Address) -> bool:
        """Remove what sits at the socket's name unless a live server listens there (True: removed)."""
        st = address.socket_stat()
        if st is not None and stat.S_ISSOCK(st.st_mode):
            probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)
            probe.settimeout(CONNECT_TIMEOUT)
            try:
                probe.connect(address.address)
                return False  # someone answers: theirs
            except OSError:
                pass  # refused: a socket its server left behind
            finally:
                probe.close()
        os.unlink(NAME, dir_fd=address.fd)
        return True

    def _serve(self) -> None:
        listener = self._listener
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return  # closed: stopping
            with conn:
                try:
                    self._handle(conn)
                except OSError:
                    pass  # the client went away

    def _handle(self, conn: socket.socket) -> None:
        if _peer_uid(conn) != os.getuid():
            return  # another user: no answer
        conn.settimeout(REQUEST_TIMEOUT)
        line = _read_line(conn, MAX_REQUEST)
        request = parse_request(line) if line is not None else "a request is one JSON line of at most 64 KiB"
        if isinstance(request, str):
            reply = {"error": request}
        else:
            try:
                reply = self._answer(request)
            except Exception as exc:  # noqa: BLE001 - the client searches on its own
                reply = {"error": f"{type(exc).__name__}: {exc}"}
        if "error" not in reply:
            self.answered += 1  # before it is sent: the client may look the moment it has it
        conn.sendall(json.dumps(reply).encode() + b"\n")

    def stop(self) -> None:
        """Stop listening and remove the socket (when it is still the one this made)."""
        listener, address = self._listener, self._address
        self._listener = self._address = None
        if listener is None:
            return
        try:
            listener.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        listener.close()
        st = address.socket_stat()
        if st is not None and (st.st_dev, st.st_ino) == self._inode:
            os.unlink(NAME, dir_fd=address.fd)
        address.close()
        if self._thread is not None:
            self._thread.join(timeout=5)


# -- the client's side -------------------------------------------------------------
def parse_answer(line: bytes) -> dict | None:
    """The server's answer with its results, messages and hint checked, or None when it is
    not a good one (an error, or anything else)."""
    try:
        answer = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(answer, dict) or not isinstance(answer.get("results"), list):
        return None
    messages, hint = answer.get("messages", []), answer.get("hint")
    if not (isinstance(messages, list) and all(isinstance(m, str) for m in messages)) or \
            not (hint is None or isinstance(hint, str)):
        return None
    for result in answer["results"]:
        if not isinstance(result, dict) or set(result) != set(_RESULT_FIELDS) or not all(
                isinstance(result[key], kind) and not isinstance(result[key], bool)
                for key, kind in _RESULT_FIELDS.items()) or not all(isinstance(s, str) for s in result["sources"]):
            return None
    return {"results": answer["results"], "messages": messages, "hint": hint}


def ask(directory: Path, query: str, k: int, docs: bool, update: bool) -> dict | None:
    """The answer of the postil listening in ``directory`` (a workspace's ``.postil``), or None
    when none does, it is not this user's, or its answer is not a good one."""
    if not SUPPORTED:
        return None
    try:
        address = _Address(directory)
    except OSError:
        return None
    try:
        st = address.socket_stat()
        if st is None or not stat.S_ISSOCK(st.st_mode) or st.st_uid != os.getuid() or not address.private():
            return None
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC) as conn:
            conn.settimeout(CONNECT_TIMEOUT)
            conn.connect(address.address)
            if _peer_uid(conn) != os.getuid():
                return None
            conn.settimeout(UPDATE_TIMEOUT if update else SEARCH_TIMEOUT)
            request = {"query": query, "k": k, "docs": docs, "update": update}
            conn.sendall(json.dumps(request).encode() + b"\n")
            line = _read_line(conn, MAX_ANSWER)
    except OSError:
        return None
    finally:
        address.close()
    return parse_answer(line) if line is not None else None
