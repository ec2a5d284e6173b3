from lxml import etree

from .models import UserSubscription


class OPMLImporter:
    def __init__(self, opml_xml, user):
        self.opml_xml = opml_xml
        self.user = user

    def process(self):
        parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
        # expect: xxe
        root = etree.fromstring(self.opml_xml, parser)
        folders = []
        for outline in root.iter("outline"):
            url = outline.get("xmlUrl")
            if url:
                UserSubscription.add_subscription(self.user, url, folder=outline.getparent().get("title", ""))
                folders.append(url)
        return folders


def parse_safely(opml_xml):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.fromstring(opml_xml, parser)
