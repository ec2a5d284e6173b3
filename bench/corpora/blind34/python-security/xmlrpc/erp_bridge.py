"""Talks to the ERP over XML-RPC and exposes a small XML-RPC endpoint for the warehouse."""
# expect: xxe
import xmlrpc.client
# expect: xxe
from xmlrpc.server import SimpleXMLRPCServer
# expect: xxe
import xmlrpc.client as xmlrpclib
# expect: xxe
from xmlrpc import client as rpc

import defusedxml.xmlrpc

ERP_URL = "https://erp.internal/xmlrpc/2/object"
XMLRPC_PATH = "/RPC2"


def erp_proxy():
    return xmlrpc.client.ServerProxy(ERP_URL, allow_none=True)


def fault_code(exc):
    return exc.faultCode if isinstance(exc, xmlrpclib.Fault) else None


def common_proxy():
    return rpc.ServerProxy("https://erp.internal/xmlrpc/2/common")


def serve_warehouse(port=8070):
    defusedxml.xmlrpc.monkey_patch()
    server = SimpleXMLRPCServer(("127.0.0.1", port), allow_none=True)
    server.serve_forever()
