"""Bridge between the render farm coordinator and its workers.

Workers on other hosts connect to the coordinator over TCP; local helper
processes talk to the coordinator through pipes.
"""
import json
import logging
import os
from multiprocessing import Pipe, Process
from multiprocessing.connection import Client, Listener

log = logging.getLogger(__name__)

COORDINATOR = (os.environ.get("COORDINATOR_HOST", "coordinator.farm.internal"), 6010)
STATUS_PORT = 6011


def _authkey():
    with open("/run/secrets/farm_authkey", "rb") as fh:
        return fh.read().strip()


def fetch_job():
    """Ask the coordinator for the next job (authenticated connection)."""
    with Client(COORDINATOR, authkey=_authkey()) as conn:
        conn.send({"op": "next"})
        return conn.recv()


def fetch_job_legacy(host):
    """Old workers still connect without a key during the migration."""
    conn = Client((host, 6010))
    conn.send({"op": "next"})
    # expect: deserialization
    job = conn.recv()
    conn.close()
    return job


def status_server():
    """Accept status reports from any worker on the farm network."""
    listener = Listener(("0.0.0.0", STATUS_PORT))
    while True:
        conn = listener.accept()
        try:
            # expect: deserialization
            report = conn.recv()
            log.info("worker %s at %s%%", report.get("worker"), report.get("progress"))
        except EOFError:
            pass
        finally:
            conn.close()


def heartbeat_server():
    """Heartbeats are JSON bytes, never pickles."""
    listener = Listener(("0.0.0.0", STATUS_PORT + 1), authkey=_authkey())
    while True:
        with listener.accept() as conn:
            beat = json.loads(conn.recv_bytes(maxlength=4096))
            log.debug("heartbeat %s", beat.get("worker"))


def _thumbnailer(child):
    frame = child.recv()
    child.send({"frame": frame, "thumb": f"/tmp/thumbs/{frame}.png"})
    child.close()


def make_thumbnail(frame_no):
    parent, child = Pipe()
    proc = Process(target=_thumbnailer, args=(child,))
    proc.start()
    parent.send(frame_no)
    result = parent.recv()
    proc.join()
    return result
