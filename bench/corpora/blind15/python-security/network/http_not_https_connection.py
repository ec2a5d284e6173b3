# library: http.client (HTTPConnection / HTTPSConnection)
import base64
import http.client
import json
import ssl


def push_metrics(host: str, token: str, payload: dict):
    # expect: insecure-transport
    conn = http.client.HTTPConnection(host, 80, timeout=10)
    conn.request("POST", "/v1/metrics", json.dumps(payload), {"Authorization": f"Bearer {token}"})
    return conn.getresponse().status


def login(user: str, password: str):
    creds = base64.b64encode(f"{user}:{password}".encode()).decode()
    # expect: insecure-transport
    conn = http.client.HTTPConnection("auth.partner-api.com", timeout=10)
    conn.request("GET", "/session", headers={"Authorization": f"Basic {creds}"})
    return conn.getresponse().read()


def push_metrics_tls(host: str, token: str, payload: dict):
    conn = http.client.HTTPSConnection(host, 443, timeout=10, context=ssl.create_default_context())
    conn.request("POST", "/v1/metrics", json.dumps(payload), {"Authorization": f"Bearer {token}"})
    return conn.getresponse().status


def local_health():
    conn = http.client.HTTPConnection("127.0.0.1", 8080, timeout=2)
    conn.request("GET", "/healthz")
    return conn.getresponse().status == 200
