"""Bridge between the deploy bot and supervisord's XML-RPC interface."""
import json
import logging

try:
    # expect: xxe
    import xmlrpclib
except ImportError:
    # expect: xxe
    import xmlrpc.client as xmlrpclib

try:
    # expect: xxe
    from xmlrpc.server import SimpleXMLRPCServer, SimpleXMLRPCRequestHandler
except ImportError:
    # expect: xxe
    from SimpleXMLRPCServer import SimpleXMLRPCServer, SimpleXMLRPCRequestHandler

log = logging.getLogger(__name__)

SUPERVISOR_RPC_PATH = "/RPC2"


class RequestHandler(SimpleXMLRPCRequestHandler):
    rpc_paths = (SUPERVISOR_RPC_PATH,)


def supervisor(url):
    return xmlrpclib.ServerProxy(url)


def process_states(url):
    proxy = supervisor(url)
    return {p["name"]: p["statename"] for p in proxy.supervisor.getAllProcessInfo()}


def serve(host, port, deployer):
    server = SimpleXMLRPCServer((host, port), requestHandler=RequestHandler, allow_none=True)
    server.register_function(deployer.deploy, "deploy")
    server.register_function(lambda: json.dumps(deployer.status()), "status")
    server.serve_forever()


def reload_config(url):
    # expect: xxe
    import xmlrpc.client

    try:
        return supervisor(url).supervisor.reloadConfig()
    except xmlrpc.client.Fault as fault:
        log.error("reload failed: %s", fault.faultString)
        raise


def parse_status_document(raw):
    from defusedxml.ElementTree import fromstring

    return {el.get("name"): el.text for el in fromstring(raw).iter("process")}
