# library: multiprocessing.connection (Listener / Client)
import os
from multiprocessing.connection import Client, Listener


def serve_jobs(handle):
    listener = Listener((os.environ.get("JOBS_HOST", "127.0.0.1"), 6000))
    while True:
        conn = listener.accept()
        # expect: deserialization
        job = conn.recv()
        handle(job)
        conn.close()


def serve_jobs_authenticated(handle):
    key = os.environ["WORKER_AUTHKEY"].encode()
    with Listener(("127.0.0.1", 6001), authkey=key) as listener:
        with listener.accept() as conn:
            handle(conn.recv())


def read_status(conn):
    raw = conn.recv_bytes(4096)
    return raw.decode("utf-8")


def submit(job):
    with Client(("127.0.0.1", 6001), authkey=os.environ["WORKER_AUTHKEY"].encode()) as conn:
        conn.send(job)
