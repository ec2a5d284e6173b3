"""Result links between the render farm's coordinator and its workers."""
import os
from multiprocessing import Pipe, Process
from multiprocessing.connection import Client, Listener

AUTHKEY = os.environ["FARM_AUTHKEY"].encode()


def collect_results(port):
    listener = Listener(("0.0.0.0", port))
    conn = listener.accept()
    try:
        while True:
            # expect: deserialization
            result = conn.recv()
            if result is None:
                break
            yield result
    finally:
        conn.close()
        listener.close()


def fetch_job(coordinator_host):
    conn = Client((coordinator_host, 6001))
    # expect: deserialization
    job = conn.recv()
    conn.close()
    return job


def poll_status(address):
    # expect: deserialization
    return Client(address).recv()


def authenticated_fetch(coordinator_host):
    with Client((coordinator_host, 6002), authkey=AUTHKEY) as conn:
        return conn.recv_bytes().decode("utf-8")


def _child(conn):
    conn.send({"pid": os.getpid()})
    conn.close()


def local_probe():
    parent, child = Pipe()
    proc = Process(target=_child, args=(child,))
    proc.start()
    info = parent.recv()
    proc.join()
    return info
