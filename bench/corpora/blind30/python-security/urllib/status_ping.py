"""Reports worker liveness to the status page and the internal monitor."""
import json
import urllib.request
from urllib.request import Request, urlopen

STATUS_ENDPOINT = "https://status.example.com/api/v1/heartbeat"
MONITOR = "http://monitor.internal.example.com:8080/ping"


def heartbeat(worker_id: str) -> int:
    body = json.dumps({"worker": worker_id}).encode()
    req = urllib.request.Request(STATUS_ENDPOINT, data=body, headers={"Content-Type": "application/json"})
    with urlopen(req, timeout=5) as resp:
        return resp.status


def ping_monitor(token: str) -> int:
    # expect: insecure-transport
    req = Request(MONITOR, headers={"Authorization": "Bearer " + token})
    with urlopen(req, timeout=5) as resp:
        return resp.status


def report_metrics(metrics: dict) -> None:
    # expect: insecure-transport
    req = urllib.request.Request(
        "http://metrics.example.com/ingest",
        data=json.dumps(metrics).encode(),
        method="POST",
    )
    urlopen(req, timeout=5).close()


def report_error(message: str, url="http://errors.example.com/report") -> None:
    # expect: insecure-transport
    req = urllib.request.Request(url, data=message.encode(), method="POST")
    urlopen(req, timeout=5).close()


def register(worker_id: str) -> None:
    endpoint = "http://registry.example.com/workers/"
    endpoint += worker_id
    # expect: insecure-transport
    urlopen(Request(endpoint, method="PUT"), timeout=5).close()


def deregister(worker_id: str) -> None:
    req = Request("https://registry.example.com/workers/" + worker_id, method="DELETE")
    urlopen(req, timeout=5).close()
