"""Connection wrappers for the message broker."""
import socket


class BrokerConnection:
    def __init__(self, host, port=5672):
        self.host = host
        self.port = port
        # expect: return-in-init
        return self.connect()

    def connect(self):
        self.sock = socket.create_connection((self.host, self.port))
        return self


class ReplicaSet:
    def __init__(self, hosts):
        self.hosts = list(hosts)
        if not self.hosts:
            # expect: return-in-init
            return False
        self.primary = self.hosts[0]


class ChannelPool:
    def __init__(self, conn, size):
        self.conn = conn
        for i in range(size):
            # expect: return-in-init
            yield conn.channel(i)


class LazyConnection:
    def __init__(self, host, eager=False):
        self.host = host
        self.sock = None
        if not eager:
            return
        self.sock = socket.create_connection((host, 5672))


class RetryingConnection:
    def __init__(self, host, attempts=3):
        self.host = host

        def backoff(n):
            return min(2 ** n, 30)

        self.delays = [backoff(n) for n in range(attempts)]
