"""Control channel between the scheduler and remote render workers."""
import json
import multiprocessing
import multiprocessing.connection
import os
import socket
from multiprocessing import Pipe, Process
from multiprocessing.connection import Client, Listener

SCHEDULER = (os.environ.get("SCHEDULER_HOST", "scheduler.internal"), 6001)
AUTHKEY = os.environ["RENDER_AUTHKEY"].encode()


def next_job():
    conn = Client(SCHEDULER)
    conn.send({"op": "next"})
    # expect: deserialization
    job = conn.recv()
    conn.close()
    return job


def report(result):
    conn = multiprocessing.connection.Client(SCHEDULER, family="AF_INET")
    conn.send({"op": "done", "result": result})
    # expect: deserialization
    ack = conn.recv()
    return ack.get("ok", False)


class Worker:
    def __init__(self, address):
        self.conn = Client(address)

    def heartbeat(self):
        self.conn.send("ping")
        # expect: deserialization
        return self.conn.recv()

    def receive_json(self, sock: socket.socket):
        return json.loads(sock.recv(65536).decode())


def _child(pipe_end):
    pipe_end.send(os.getpid())
    pipe_end.close()


def local_pid():
    parent, child = Pipe()
    proc = Process(target=_child, args=(child,))
    proc.start()
    pid = parent.recv()
    proc.join()
    return pid


def serve():
    with Listener((os.environ.get("LISTEN_ADDR", "127.0.0.1"), 6001), authkey=AUTHKEY) as listener:
        with listener.accept() as conn:
            return conn.recv()
