"""OPML import and export for a user's feeds."""
import logging

import defusedxml.ElementTree as SafeET
from lxml import etree

from newspipe.controllers import CategoryController, FeedController

logger = logging.getLogger(__name__)


def _outlines(root):
    for outline in root.iter("outline"):
        link = outline.get("xmlUrl")
        if link:
            yield {
                "title": outline.get("title") or outline.get("text") or link,
                "link": link,
                "site_link": outline.get("htmlUrl"),
                "category": outline.get("category"),
            }


def import_opml(user_id, opml_content):
    """Import feeds from an uploaded OPML file (legacy import page)."""
    # expect: xxe
    root = etree.fromstring(opml_content, etree.XMLParser(resolve_entities=True))
    return _create_feeds(user_id, _outlines(root))


def import_opml_strict(user_id, opml_content):
    """Import feeds from OPML sent to the API; entities and DTDs are refused."""
    root = SafeET.fromstring(opml_content)
    return _create_feeds(user_id, _outlines(root))


def read_bundled_opml(path):
    """Parse the OPML files shipped with Newspipe (suggested feeds)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return list(_outlines(etree.parse(path, parser).getroot()))


def _create_feeds(user_id, outlines):
    feed_contr = FeedController(user_id)
    category_contr = CategoryController(user_id)
    created = 0
    for item in outlines:
        if feed_contr.read(link=item["link"]).count():
            continue
        category_id = None
        if item.pop("category"):
            category_id = category_contr.get_or_create(name=item["category"]).id
        feed_contr.create(category_id=category_id, **item)
        created += 1
    logger.info("imported %d feeds for user %s", created, user_id)
    return created


def export_opml(user_id):
    """Build the OPML document of the user's feeds."""
    root = etree.Element("opml", version="2.0")
    body = etree.SubElement(root, "body")
    for feed in FeedController(user_id).read():
        etree.SubElement(body, "outline", type="rss", text=feed.title, xmlUrl=feed.link,
                         htmlUrl=feed.site_link or "")
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")
