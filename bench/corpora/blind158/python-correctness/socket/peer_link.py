"""Peer links for the cluster gossip protocol."""
import logging
import socket
import struct

log = logging.getLogger(__name__)

HEADER = struct.Struct("!HI")


class PeerLink:
    def __init__(self, host: str, port: int, timeout: float = 5.0):
        self.addr = (host, port)
        self.sock = socket.create_connection(self.addr, timeout=timeout)

    def send(self, kind: int, payload: bytes) -> None:
        self.sock.sendall(HEADER.pack(kind, len(payload)) + payload)

    def close(self) -> None:
        try:
            # expect: resource-leak
            self.sock.shutdown(socket.SHUT_RDWR)
            self.sock.close()
        except OSError:
            log.debug("peer %s already gone", self.addr)

    def close_fixed(self) -> None:
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            log.debug("peer %s already gone", self.addr)
        finally:
            self.sock.close()


def probe(host: str, port: int) -> bool:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(1.0)
    try:
        sock.connect((host, port))
        return True
    except OSError:
        return False
    finally:
        sock.close()


def drain_and_close(conn: socket.socket) -> None:
    try:
        # expect: resource-leak
        conn.shutdown(socket.SHUT_WR)
        while conn.recv(4096):
            pass
        conn.close()
    except OSError as exc:
        log.warning("drain failed: %s", exc)


def hang_up(conns) -> None:
    for conn in conns:
        try:
            # expect: resource-leak
            conn.shutdown(socket.SHUT_RDWR)
            conn.close()
        except (OSError, socket.timeout):
            pass


def hang_up_fixed(conns) -> None:
    for conn in conns:
        with conn:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
