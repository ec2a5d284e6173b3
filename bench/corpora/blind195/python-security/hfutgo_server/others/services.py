"""Lookups behind the `others` views: timetables, notices, library covers."""
import ipaddress
import socket
from urllib.parse import urlparse

import requests
from django.db import connection

from .models import Notice, Util

COVER_HOSTS = {"img1.doubanio.com", "img3.doubanio.com", "lib.hfut.edu.cn"}
SORTABLE = {"time": "time", "page": "page", "theme": "theme"}


def timetable(campus):
    return Util.objects.filter(name="timetable_%s" % campus).first()


def timetable_raw(campus):
    # expect: sql-injection
    return list(Util.objects.raw(f"SELECT * FROM others_util WHERE name = 'timetable_{campus}'"))


def notices_for(page, order="time"):
    column = SORTABLE.get(order, "time")
    return Notice.objects.filter(page=page, show=True).order_by("-" + column)


def notice_count(page):
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM others_notice WHERE page = %s AND show", [page])
        return cursor.fetchone()[0]


def _public(host):
    try:
        addr = ipaddress.ip_address(socket.gethostbyname(host))
    except (socket.gaierror, ValueError):
        return False
    return addr.is_global


def fetch_cover(url):
    # expect: ssrf
    resp = requests.get(url, timeout=8)
    resp.raise_for_status()
    return resp.content, resp.headers.get("Content-Type", "image/jpeg")


def fetch_cover_checked(url):
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in COVER_HOSTS or not _public(parts.hostname):
        raise ValueError("cover host not allowed")
    resp = requests.get(url, timeout=8, allow_redirects=False)
    resp.raise_for_status()
    return resp.content, resp.headers.get("Content-Type", "image/jpeg")
