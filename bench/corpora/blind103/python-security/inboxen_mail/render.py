import bleach
from django.utils.html import escape
from django.utils.safestring import mark_safe
from lxml import etree

ALLOWED_TAGS = ["a", "b", "i", "p", "br", "img", "table", "tr", "td"]


def clean_html_body(email):
    cleaned = bleach.clean(email.html_body, tags=ALLOWED_TAGS, strip=True)
    return mark_safe(cleaned)


def unsafe_html_body(email, allow_remote):
    body = email.html_body if allow_remote else bleach.clean(email.html_body, tags=ALLOWED_TAGS)
    # expect: xss
    return mark_safe(body)


def subject_heading(email):
    return mark_safe("<h2>%s</h2>" % escape(email.subject))


def parse_list_header(raw_xml):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.fromstring(raw_xml, parser)


def parse_feedback_report(raw_xml):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    # expect: xxe
    return etree.fromstring(raw_xml, parser)
