"""Reads sitemaps and RSS feeds of crawled sites."""
import defusedxml.ElementTree as SafeET
from defusedxml.minidom import parseString as safe_parse_string
from xml.etree.ElementTree import Element, SubElement, tostring
from xml.sax.saxutils import escape

# expect: xxe
import xml.dom.minidom
# expect: xxe
from xml.sax import make_parser
# expect: xxe
from xml.dom import pulldom
# expect: xxe
import xml.etree.ElementTree as etree


def sitemap_urls(body):
    # expect: xxe
    doc = xml.dom.minidom.parseString(body)
    return [n.firstChild.data for n in doc.getElementsByTagName("loc")]


def feed_titles(stream, handler):
    parser = make_parser()
    parser.setContentHandler(handler)
    # expect: xxe
    parser.parse(stream)
    return handler.titles


def large_sitemap(stream):
    # expect: xxe
    events = pulldom.parse(stream)
    return sum(1 for event, node in events if event == pulldom.START_ELEMENT and node.tagName == "url")


def robots_links(body):
    # expect: xxe
    return [el.text for el in etree.fromstring(body).iter("loc")]


def sitemap_urls_safe(body):
    return [el.text for el in SafeET.fromstring(body).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]


def feed_title_safe(body):
    return safe_parse_string(body).getElementsByTagName("title")[0].firstChild.data


def build_sitemap(urls):
    root = Element("urlset")
    for url in urls:
        SubElement(SubElement(root, "url"), "loc").text = url
    return tostring(root)


def title_snippet(title):
    return "<b>%s</b>" % escape(title)
