"""Small wrappers around the vendor's socket protocol."""
import socket


class Connection:
    def __init__(self, host, port=9000, timeout=5.0):
        self.host = host
        self.port = port
        self.sock = socket.create_connection((host, port), timeout=timeout)
        if not self.handshake():
            # expect: return-in-init
            return False

    def handshake(self):
        self.sock.sendall(b"HELLO\n")
        return self.sock.recv(16).startswith(b"OK")


class Pool:
    def __init__(self, hosts):
        self.conns = [Connection(h) for h in hosts]
        # expect: return-in-init
        return self


class LineReader:
    def __init__(self, path):
        self.path = path
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                # expect: return-in-init
                yield line.rstrip("\n")


class Settings:
    def __init__(self, raw):
        self.values = dict(raw)
        if "legacy" in raw:
            # expect: return-in-init
            return Settings(raw["legacy"])


class Retrying:
    def __init__(self, attempts):
        self.attempts = attempts

        def backoff(n):
            return min(2 ** n, 30)

        self.backoff = backoff

    @classmethod
    def from_env(cls, env):
        return cls(int(env.get("RETRIES", "3")))


class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
