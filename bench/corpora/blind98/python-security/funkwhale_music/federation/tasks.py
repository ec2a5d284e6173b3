"""Celery tasks that talk to other pods."""
from celery import shared_task
from lxml import etree
import defusedxml.ElementTree as SafeET
import requests

from .models import Fetch

session = requests.Session()
session.headers["User-Agent"] = "Funkwhale"


@shared_task(name="federation.fetch")
def fetch(fetch_id):
    obj = Fetch.objects.get(pk=fetch_id)
    # expect: ssrf
    response = session.get(obj.url, timeout=5, headers={"Accept": "application/activity+json"})
    obj.detail = {"status_code": response.status_code}
    obj.status = "finished"
    obj.save()


def download_feed(url):
    # expect: ssrf
    return session.get(url, timeout=5).content


@shared_task(name="audio.fetch_rss_feed")
def fetch_rss_feed(url):
    content = download_feed(url)
    parser = etree.XMLParser(recover=True)
    # expect: xxe
    root = etree.fromstring(content, parser)
    return [item.findtext("title") for item in root.iter("item")]


@shared_task(name="audio.fetch_rss_feed_safe")
def fetch_rss_feed_safe(url):
    root = SafeET.fromstring(download_feed(url))
    return [item.findtext("title") for item in root.iter("item")]
