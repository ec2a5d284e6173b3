"""Report rendering and partner feed ingestion."""
import xml.etree.ElementTree as ET
import xmlrpc.client
from xml.dom import minidom
from xml.sax import make_parser
from xmlrpc.server import SimpleXMLRPCServer as RPCServer

import defusedxml.ElementTree as SafeET
import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape
from lxml import etree
from mako.template import Template as MakoTemplate
from mako.lookup import TemplateLookup

# expect: xss
report_env = Environment(loader=FileSystemLoader("templates"), autoescape=False)
page_env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))
# plain-text e-mails are not HTML
mail_env = jinja2.Environment(loader=FileSystemLoader("mail"), autoescape=False, keep_trailing_newline=True)


def render_snippet(source, **ctx):
    # expect: xss
    return jinja2.Template(source).render(**ctx)


def render_banner(user):
    # expect: xss
    tpl = MakoTemplate("<div class='banner'>Hello ${name}</div>")
    return tpl.render(name=user.display_name)


def render_banner_escaped(user):
    tpl = MakoTemplate("<div class='banner'>Hello ${name}</div>", default_filters=["h"])
    return tpl.render(name=user.display_name)


# expect: xss
lookup = TemplateLookup(directories=["templates/mako"])
safe_lookup = TemplateLookup(directories=["templates/mako"], default_filters=["h"])


def parse_feed(raw_bytes):
    # expect: xxe
    root = ET.fromstring(raw_bytes)
    return [item.findtext("sku") for item in root.iter("item")]


def parse_feed_safe(raw_bytes):
    root = SafeET.fromstring(raw_bytes)
    return [item.findtext("sku") for item in root.iter("item")]


def parse_upload(fileobj):
    # expect: xxe
    doc = minidom.parse(fileobj)
    return doc.documentElement.tagName


def sax_parse(stream, handler):
    # expect: xxe
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.parse(stream)


def lxml_parse(data):
    # expect: xxe
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    return etree.fromstring(data, parser=parser)


def lxml_parse_hardened(data):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(data, parser=parser)


def build_export(rows):
    root = ET.Element("export")
    for row in rows:
        ET.SubElement(root, "row", id=str(row.id)).text = row.name
    return ET.tostring(root)


def partner_rpc(url):
    # expect: xxe
    proxy = xmlrpc.client.ServerProxy(url, allow_none=True)
    return proxy.inventory.list()


def serve_rpc(port):
    # expect: xxe
    server = RPCServer(("127.0.0.1", port), allow_none=True)
    server.serve_forever()
