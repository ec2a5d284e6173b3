"""Client side of the job queue (multiprocessing.connection)."""
from multiprocessing.connection import Client, Listener
import json
import os

ADDRESS = ("jobs.internal", 6000)


def next_job():
    conn = Client(ADDRESS)
    conn.send({"op": "next"})
    # expect: unsafe-deserialization
    job = conn.recv()
    conn.close()
    return job


def next_job_authenticated():
    conn = Client(ADDRESS, authkey=os.environb[b"JOBS_AUTHKEY"])
    conn.send({"op": "next"})
    job = conn.recv()
    conn.close()
    return job


def next_job_bytes():
    conn = Client(ADDRESS)
    conn.send_bytes(b'{"op": "next"}')
    job = json.loads(conn.recv_bytes(65536))
    conn.close()
    return job
