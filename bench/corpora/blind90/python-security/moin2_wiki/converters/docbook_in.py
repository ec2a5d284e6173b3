import defusedxml.ElementTree as SafeET
from lxml import etree


class DocBookInConverter:
    def __init__(self, strict=False):
        self.strict = strict

    def __call__(self, data):
        if self.strict:
            return SafeET.fromstring(data)
        parser = etree.XMLParser(resolve_entities=True, remove_blank_text=True)
        # expect: xxe
        return etree.fromstring(data, parser)
