# library: xmlrpc.server (SimpleXMLRPCServer)
import os
from xmlrpc.server import SimpleXMLRPCRequestHandler, SimpleXMLRPCServer


class InventoryService:
    def __init__(self, db):
        self.db = db

    def count(self, sku):
        return self.db.count(sku)


def serve(db):
    server = SimpleXMLRPCServer((os.environ.get("RPC_HOST", "127.0.0.1"), 8000), requestHandler=SimpleXMLRPCRequestHandler, allow_none=True)
    # expect: code-injection
    server.register_instance(InventoryService(db), allow_dotted_names=True)
    server.serve_forever()


def serve_local(db):
    server = SimpleXMLRPCServer(("127.0.0.1", 8001), allow_none=True)
    server.register_instance(InventoryService(db))
    server.register_function(pow)
    server.register_introspection_functions()
    server.serve_forever()


def serve_restricted(db):
    server = SimpleXMLRPCServer(("127.0.0.1", 8002))
    server.register_instance(InventoryService(db), allow_dotted_names=False)
    server.serve_forever()
