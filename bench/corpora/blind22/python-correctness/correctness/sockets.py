"""TCP health checker used by the load balancer agent."""
import socket


def check(host, port):
    s = socket.create_connection((host, port), timeout=2)
    s.sendall(b"PING\r\n")
    reply = s.recv(64)
    # expect: socket-shutdown-not-close
    s.shutdown(socket.SHUT_RDWR)
    return reply.startswith(b"PONG")


def check_ok(host, port):
    with socket.create_connection((host, port), timeout=2) as s:
        s.sendall(b"PING\r\n")
        reply = s.recv(64)
        s.shutdown(socket.SHUT_RDWR)
    return reply.startswith(b"PONG")


def check_many(targets):
    results = {}
    for host, port in targets:
        try:
            results[host] = check_ok(host, port)
        except OSError:
            results[host] = False
    return results


def banner(host, port):
    s = socket.create_connection((host, port), timeout=2)
    try:
        return s.recv(128)
    finally:
        s.shutdown(socket.SHUT_RDWR)
        s.close()
