"""Bridge between the legacy ticketing system (XML-RPC) and the new REST API."""
import logging
import os
# expect: xxe
import xmlrpc.client
# expect: xxe
from xmlrpc.server import SimpleXMLRPCServer, SimpleXMLRPCRequestHandler

import requests

log = logging.getLogger(__name__)

LEGACY_URL = os.environ.get("LEGACY_RPC_URL", "https://tickets.corp.example.com/RPC2")
REST_URL = os.environ.get("REST_API_URL", "https://api.corp.example.com")


class RequestHandler(SimpleXMLRPCRequestHandler):
    rpc_paths = ("/RPC2",)


def fetch_ticket(ticket_id):
    proxy = xmlrpc.client.ServerProxy(LEGACY_URL, allow_none=True)
    return proxy.ticket.get(int(ticket_id))


def push_ticket(ticket):
    resp = requests.post(f"{REST_URL}/tickets", json=ticket, timeout=15)
    resp.raise_for_status()
    return resp.json()["id"]


def sync_one(ticket_id):
    ticket = fetch_ticket(ticket_id)
    log.info("syncing ticket %s", ticket_id)
    return push_ticket(ticket)


def legacy_status():
    # expect: xxe
    from xmlrpc.client import ServerProxy as LegacyProxy
    return LegacyProxy(LEGACY_URL).system.listMethods()


def serve(port=8070):
    server = SimpleXMLRPCServer((os.environ.get("BRIDGE_HOST", "127.0.0.1"), port), requestHandler=RequestHandler, allow_none=True)
    server.register_function(sync_one, "sync_one")
    server.serve_forever()
