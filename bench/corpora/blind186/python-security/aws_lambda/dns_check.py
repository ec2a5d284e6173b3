"""Network diagnostics API for the customer support tool (Lambda behind API Gateway)."""
import ipaddress
import json
import os
import socket
import subprocess


def _ok(body):
    return {"statusCode": 200, "body": json.dumps(body)}


def _bad(msg):
    return {"statusCode": 400, "body": json.dumps({"error": msg})}


def resolve(event, context):
    host = (event.get("queryStringParameters") or {}).get("host", "")
    try:
        addrs = sorted({info[4][0] for info in socket.getaddrinfo(host, None)})
    except socket.gaierror:
        return _bad("cannot resolve")
    return _ok({"host": host, "addresses": addrs})


def dig(event, context):
    params = event.get("queryStringParameters") or {}
    host = params.get("host", "")
    record = params.get("type", "A")
    # expect: command-injection
    output = os.popen(f"dig +short {record} {host}").read()
    return _ok({"answer": output.splitlines()})


def ping(event, context):
    target = json.loads(event["body"])["target"]
    try:
        addr = ipaddress.ip_address(target)
    except ValueError:
        return _bad("target must be an IP address")
    proc = subprocess.run(["ping", "-c", "3", "-W", "2", str(addr)], capture_output=True, text=True)
    return _ok({"output": proc.stdout})


def traceroute(event, context):
    target = json.loads(event["body"])["target"]
    # expect: command-injection
    status = os.system("traceroute -m 15 " + target + " > /tmp/trace.txt")
    with open("/tmp/trace.txt", encoding="utf-8") as fh:
        return _ok({"status": status, "output": fh.read()})


def uptime(event, context):
    return _ok({"uptime": os.popen("cat /proc/uptime").read().split()[0]})
