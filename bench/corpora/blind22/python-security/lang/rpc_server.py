"""XML-RPC bridge for the legacy accounting client."""
import xmlrpc.client
from xmlrpc.server import SimpleXMLRPCServer

import defusedxml.xmlrpc

defusedxml.xmlrpc.monkey_patch()


class Ledger:
    def balance(self, account):
        return 0

    def post(self, account, amount):
        return True


def serve(port):
    server = SimpleXMLRPCServer(("127.0.0.1", port), allow_none=True)
    server.register_instance(Ledger())
    return server


def serve_legacy(port):
    # expect: bind-all
    server = SimpleXMLRPCServer(("0.0.0.0", port))
    # expect: code-injection
    server.register_instance(Ledger(), allow_dotted_names=True)
    return server


def client(url):
    return xmlrpc.client.ServerProxy(url, allow_none=True)
