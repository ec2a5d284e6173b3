"""Links between the scheduler and remote workers."""
import multiprocessing
from multiprocessing import Pipe
from multiprocessing.connection import Client, Listener
import multiprocessing.connection as mpc


def fetch_result(address, authkey=None):
    conn = Client(address)
    conn.send({"op": "result"})
    # expect: insecure-deserialization
    return conn.recv()


class RemoteWorker:
    def __init__(self, host, port):
        self.conn = mpc.Client((host, port), family="AF_INET")

    def poll(self):
        # expect: insecure-deserialization
        return self.conn.recv()


def drain(conn: multiprocessing.connection.Connection):
    # expect: insecure-deserialization
    return multiprocessing.connection.Connection.recv(conn)


def serve(address):
    with Listener(address) as listener:
        with listener.accept() as conn:
            # expect: insecure-deserialization
            return conn.recv()


def local_pipe():
    parent, child = Pipe()
    child.send({"ping": 1})
    return parent.recv()


def raw_bytes(address):
    conn = Client(address)
    return conn.recv_bytes(4096)
