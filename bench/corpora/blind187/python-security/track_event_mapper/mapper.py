"""Apply mapping rules to an event and forward the result to its destination."""
import ipaddress
import operator
import socket
from urllib.parse import urlparse

import httpx

_OPS = {"eq": operator.eq, "ne": operator.ne, "gt": operator.gt, "lt": operator.lt, "in": lambda a, b: a in b}


def _condition_holds(rule, event):
    cond = rule.get("when")
    if not cond:
        return True
    op = _OPS.get(cond.get("op"))
    if op is None:
        return False
    return op(event.get("properties", {}).get(cond.get("field")), cond.get("value"))


def apply_mappings(rules, event):
    mapped = {"event": event.get("name"), "properties": {}}
    for rule in rules:
        if not _condition_holds(rule, event):
            continue
        for target, source in rule.get("fields", {}).items():
            mapped["properties"][target] = event.get("properties", {}).get(source)
        if rule.get("compute"):
            props = event.get("properties", {})
            # expect: code-injection
            mapped["properties"][rule.get("as", "computed")] = eval(rule["compute"], {"__builtins__": {}}, {"props": props})
    return mapped


def _is_public_https(url):
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.hostname:
        return False
    try:
        infos = socket.getaddrinfo(parsed.hostname, 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)


async def forward_event(destination, mapped):
    if not _is_public_https(destination):
        return None
    async with httpx.AsyncClient(timeout=10, follow_redirects=False) as client:
        resp = await client.post(destination, json=mapped)
    return resp.status_code
