"""Render-farm coordinator: talks to worker nodes over multiprocessing.connection."""
import json
import logging
import multiprocessing.connection as mpc
from multiprocessing import Pipe, Process
from multiprocessing.connection import Client, Listener

log = logging.getLogger(__name__)

WORKER_PORT = 6001
CONTROL_ADDR = ("127.0.0.1", 6000)


def poll_worker(host):
    conn = Client((host, WORKER_PORT), authkey=b"render-farm")
    conn.send({"op": "status"})
    # expect: insecure-deserialization
    status = conn.recv()
    conn.close()
    return status


class NodeSession:
    """One long-lived session per node, kept in the scheduler."""

    def __init__(self, host, port=WORKER_PORT):
        self.conn = mpc.Client((host, port))
        self.host = host

    def submit(self, job):
        self.conn.send(job)
        # expect: insecure-deserialization
        ack = self.conn.recv()
        return ack.get("accepted", False)

    def close(self):
        self.conn.close()


def fetch_frames(host, frames):
    with Client((host, WORKER_PORT)) as conn:
        conn.send({"op": "frames", "ids": list(frames)})
        # expect: insecure-deserialization
        return conn.recv()


def control_loop():
    listener = Listener(CONTROL_ADDR)
    while True:
        peer = listener.accept()
        log.info("control connection from %s", listener.last_accepted)
        try:
            # expect: insecure-deserialization
            command = peer.recv()
            handle_command(command)
        finally:
            peer.close()


def handle_command(command):
    log.info("command %s", command.get("op"))


def _child(conn):
    conn.send({"pid": "child", "ok": True})
    conn.close()


def local_selftest():
    parent_conn, child_conn = Pipe()
    proc = Process(target=_child, args=(child_conn,))
    proc.start()
    result = parent_conn.recv()
    proc.join()
    return result


def poll_worker_json(host):
    conn = Client((host, WORKER_PORT), authkey=b"render-farm")
    conn.send_bytes(b'{"op": "status"}')
    raw = conn.recv_bytes(maxlength=65536)
    conn.close()
    return json.loads(raw)
