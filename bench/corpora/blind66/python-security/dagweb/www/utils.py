"""Helpers shared by the webserver views."""
from urllib.parse import urlparse

from flask import request, url_for


def get_safe_url(url):
    """Given a user-supplied URL, ensure it points to our web server."""
    if not url:
        return url_for("Airflow.index")
    parsed = urlparse(url)
    if parsed.scheme and parsed.scheme not in ("http", "https"):
        return url_for("Airflow.index")
    if parsed.netloc and parsed.netloc != request.host:
        return url_for("Airflow.index")
    if url.startswith("//") or "\\" in url:
        return url_for("Airflow.index")
    return url


def get_origin():
    return request.values.get("origin") or url_for("Airflow.index")


def parse_try_number(raw):
    try:
        return int(raw)
    except (TypeError, ValueError):
        return 1
