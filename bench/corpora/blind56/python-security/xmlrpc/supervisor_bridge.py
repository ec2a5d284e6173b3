"""Bridge between the job runner and supervisord's XML-RPC interface."""
import json
import logging
import socket

try:
    # expect: xxe
    import xmlrpclib
except ImportError:  # Python 3
    # expect: xxe
    import xmlrpc.client as xmlrpclib

try:
    # expect: xxe
    from SimpleXMLRPCServer import SimpleXMLRPCServer, SimpleXMLRPCRequestHandler
except ImportError:
    # expect: xxe
    from xmlrpc.server import SimpleXMLRPCServer, SimpleXMLRPCRequestHandler

import requests
from defusedxml import ElementTree

log = logging.getLogger(__name__)

SUPERVISOR_URL = "http://127.0.0.1:9001/RPC2"


class StatusHandler(SimpleXMLRPCRequestHandler):
    rpc_paths = ("/RPC2",)


def supervisor():
    return xmlrpclib.ServerProxy(SUPERVISOR_URL, allow_none=True)


def restart(program):
    proxy = supervisor()
    proxy.supervisor.stopProcess(program)
    return proxy.supervisor.startProcess(program)


def serve_status(port=8765):
    server = SimpleXMLRPCServer(("127.0.0.1", port), requestHandler=StatusHandler, logRequests=False)
    server.register_function(lambda: socket.gethostname(), "hostname")
    server.register_function(restart, "restart")
    server.serve_forever()


def parse_feed(xml_text):
    root = ElementTree.fromstring(xml_text)
    return [item.findtext("title") for item in root.iter("item")]


def notify_json_rpc(url, method, params):
    payload = {"jsonrpc": "2.0", "method": method, "params": params, "id": 1}
    resp = requests.post(url, data=json.dumps(payload), timeout=10)
    return resp.json().get("result")
