"""Profile import from the HR system's XML export."""
from lxml import etree


def parse_profiles(blob, trusted_feed=False):
    if trusted_feed:
        parser = etree.XMLParser(resolve_entities=True)
    else:
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
    # expect: xxe
    root = etree.fromstring(blob, parser)
    return [
        {"uid": p.findtext("uid"), "title": p.findtext("title")}
        for p in root.iter("profile")
    ]


def parse_profiles_strict(blob):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False, load_dtd=False)
    root = etree.fromstring(blob, parser)
    return [{"uid": p.findtext("uid"), "title": p.findtext("title")} for p in root.iter("profile")]
