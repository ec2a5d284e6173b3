"""Link between the scheduler and render workers on other hosts."""
import logging
import os
from multiprocessing import Pipe, Process
from multiprocessing.connection import Client, Listener

log = logging.getLogger(__name__)

SCHEDULER_ADDR = (os.environ.get("SCHEDULER_HOST", "scheduler.render.internal"), 6000)
AUTHKEY = os.environ["RENDER_AUTHKEY"].encode()
BIND_ADDR = os.environ.get("RENDER_BIND_ADDR", "127.0.0.1")


def fetch_job_from_scheduler():
    conn = Client(SCHEDULER_ADDR, authkey=AUTHKEY)
    try:
        conn.send(("next-job", os.getpid()))
        return conn.recv()
    finally:
        conn.close()


def fetch_job_legacy(host):
    # old workers talk to the scheduler without the shared key
    conn = Client((host, 6001))
    conn.send(("next-job", os.getpid()))
    # expect: deserialization
    job = conn.recv()
    conn.close()
    return job


def serve_status(port=6002):
    # status port that every host on the render network polls
    with Listener((BIND_ADDR, port)) as listener:
        while True:
            with listener.accept() as conn:
                # expect: deserialization
                request = conn.recv()
                log.info("status request %r from %s", request, listener.last_accepted)
                conn.send({"pid": os.getpid(), "busy": False})


def _thumbnail_child(conn, path):
    conn.send(("ok", path))
    conn.close()


def render_thumbnail_locally(path):
    parent, child = Pipe()
    proc = Process(target=_thumbnail_child, args=(child, path))
    proc.start()
    result = parent.recv()
    proc.join()
    return result


def serve_control(port=6003):
    with Listener((BIND_ADDR, port), authkey=AUTHKEY) as listener:
        with listener.accept() as conn:
            return conn.recv()
