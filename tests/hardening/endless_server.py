"""A local HTTP server whose answers never end (the tests of bounded answer reads)."""

from __future__ import annotations

import socket
import threading
import time

PIECE = b"[" + b"1," * 32767  # 64 KB of a JSON array that never closes


class EndlessServer:
    """Answers every request with a 200 and a chunked body that never ends: ``pace`` seconds
    between pieces of ``piece`` bytes."""

    def __init__(self, piece: bytes, pace: float) -> None:
        self.piece, self.pace = piece, pace
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.sent = 0
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn = self.listener.accept()[0]
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        try:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
            while self.listener.fileno() != -1:
                conn.sendall(b"%x\r\n%s\r\n" % (len(self.piece), self.piece))
                self.sent += len(self.piece)
                time.sleep(self.pace)
        except OSError:
            pass
        finally:
            conn.close()

    def close(self) -> None:
        self.listener.close()
