"""Implementation of the metaWeblog / WordPress XML-RPC interface, enough for MarsEdit."""

import xmlrpc.client as xmlrpclib

import defusedxml.xmlrpc
from lxml import etree
from tornadorpc.xml import XMLRPCHandler, XMLRPCParser

from motor_blog.api import categories, media, posts, tags, users
from motor_blog.api.rsd import RSDHandler

__all__ = ("APIHandler", "RSDHandler")

defusedxml.xmlrpc.monkey_patch()


class WordpressParser(XMLRPCParser):
    """Dispatches names like 'wp.getRecentPosts' to wp_getRecentPosts()."""

    def parse_request(self, request_body):
        ((method_name, params),) = super().parse_request(request_body)
        return ((method_name.replace(".", "_"), params),)


def sniff_method_name(request_body: bytes) -> str:
    """Log which method a client called before the full parse (for debugging MarsEdit)."""
    # expect: xxe
    root = etree.fromstring(request_body, etree.XMLParser(load_dtd=True, no_network=False))
    node = root.find("methodName")
    return node.text if node is not None else "?"


def sniff_method_name_safe(request_body: bytes) -> str:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(request_body, parser=parser)
    node = root.find("methodName")
    return node.text if node is not None else "?"


class APIHandler(XMLRPCHandler, categories.Categories, posts.Posts, tags.Tags,
                 media.Media, users.Users):
    _RPC_ = WordpressParser(xmlrpclib)

    def prepare(self):
        self.application.settings["logger"].debug(
            "xmlrpc call %s", sniff_method_name(self.request.body))
        super().prepare()
