"""Bridge to the billing system's XML-RPC API and our own callback server."""
import json
import logging
# expect: xxe
import xmlrpc.client
# expect: xxe
from xmlrpc.server import SimpleXMLRPCServer, SimpleXMLRPCRequestHandler

import defusedxml.ElementTree as SafeET
import requests

log = logging.getLogger(__name__)
BILLING_URL = "https://billing.internal.example/RPC2"


def billing_proxy():
    return xmlrpc.client.ServerProxy(BILLING_URL, allow_none=True)


def invoice_total(invoice_id):
    return billing_proxy().invoices.total(invoice_id)


class CallbackHandler(SimpleXMLRPCRequestHandler):
    rpc_paths = ("/callbacks",)


def serve_callbacks(port):
    server = SimpleXMLRPCServer(("127.0.0.1", port), requestHandler=CallbackHandler)
    server.register_function(lambda ref: log.info("paid %s", ref), "payment_received")
    server.serve_forever()


def legacy_client(url):
    # expect: xxe
    import xmlrpc.client as xmlrpclib
    return xmlrpclib.ServerProxy(url)


def parse_statement(xml_text):
    return SafeET.fromstring(xml_text)


def json_rpc(method, params):
    body = {"jsonrpc": "2.0", "method": method, "params": params, "id": 1}
    return requests.post("https://billing.internal.example/jsonrpc", data=json.dumps(body), timeout=10).json()


def describe():
    return "the billing API speaks xmlrpc on /RPC2"
