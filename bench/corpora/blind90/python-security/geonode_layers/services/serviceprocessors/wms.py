import requests
from lxml import etree


class WmsServiceHandler:
    service_type = "WMS"

    def __init__(self, url):
        self.url = url.split("?")[0]
        self.indexing_method = "indexed"

    def get_capabilities(self):
        params = {"service": "WMS", "request": "GetCapabilities", "version": "1.3.0"}
        # expect: ssrf
        resp = requests.get(self.url, params=params, timeout=30)
        return resp.content

    def parse_capabilities(self, content):
        parser = etree.XMLParser(load_dtd=True, no_network=False)
        # expect: xxe
        return etree.fromstring(content, parser=parser)

    def parse_capabilities_hardened(self, content):
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        return etree.fromstring(content, parser=parser)
