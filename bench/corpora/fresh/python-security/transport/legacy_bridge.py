"""Bridge to the legacy ERP: XML-RPC in, SOAP-ish XML out, old TLS."""
import logging
import ssl
import tempfile
import urllib.request
from urllib.request import build_opener, HTTPHandler, HTTPSHandler
from xmlrpc.server import SimpleXMLRPCServer, SimpleXMLRPCRequestHandler
from xml.etree import ElementTree
from xml.etree.ElementTree import XMLParser

import requests
from requests.adapters import HTTPAdapter
from urllib3.poolmanager import PoolManager

log = logging.getLogger(__name__)


class Tls10Adapter(HTTPAdapter):
    def init_poolmanager(self, connections, maxsize, block=False, **kw):
        ctx = ssl.create_default_context()
        # expect: weak-tls
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        # expect: weak-tls
        ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
        self.poolmanager = PoolManager(num_pools=connections, maxsize=maxsize, block=block, ssl_context=ctx)


class ModernAdapter(HTTPAdapter):
    def init_poolmanager(self, connections, maxsize, block=False, **kw):
        ctx = ssl.create_default_context()
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        self.poolmanager = PoolManager(num_pools=connections, maxsize=maxsize, block=block, ssl_context=ctx)


def erp_session() -> requests.Session:
    s = requests.Session()
    s.mount("https://erp.legacy.example.com", Tls10Adapter())
    s.mount("https://", ModernAdapter())
    return s


def plain_opener():
    # expect: insecure-transport
    return build_opener(HTTPHandler()).open("http://erp.legacy.example.com/export?fmt=xml", timeout=30).read()


def tls_opener():
    ctx = ssl.create_default_context()
    return build_opener(HTTPSHandler(context=ctx)).open("https://erp.example.com/export?fmt=xml", timeout=30).read()


def parse_export(body: bytes):
    parser = XMLParser()
    # expect: xxe
    parser.feed(body)
    return parser.close()


def parse_export_iter(path: str):
    # expect: xxe
    for event, elem in ElementTree.iterparse(path):
        yield elem.tag


class _Handler(SimpleXMLRPCRequestHandler):
    rpc_paths = ("/RPC2",)


def serve(port: int) -> None:
    # expect: xxe
    srv = SimpleXMLRPCServer(("127.0.0.1", port), requestHandler=_Handler, logRequests=False)
    srv.register_function(lambda order_id: {"id": order_id}, "order")
    srv.serve_forever()


def export_to_tmp(body: bytes) -> str:
    # expect: temp-file
    name = tempfile.mktemp(dir="/var/tmp")
    with open(name, "wb") as fh:
        fh.write(body)
    return name


def legacy_ssl_socket(sock, host):
    # expect: weak-tls
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1_1)
    return ctx.wrap_socket(sock, server_hostname=host)


def modern_ssl_socket(sock, host):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_default_certs()
    return ctx.wrap_socket(sock, server_hostname=host)
