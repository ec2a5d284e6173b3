"""Helpers for the CMS views: parameter access and media storage."""
import os
import re

MEDIA_ROOT = os.environ.get("CMS_MEDIA_ROOT", "/srv/cms/media")
SLUG_RE = re.compile(r"^[a-z0-9-]{1,80}$")


def param(request, name, default=""):
    value = request.params.get(name, default)
    return value if value is not None else default


def slug_or_none(value):
    return value if SLUG_RE.fullmatch(value or "") else None


def media_path(*parts):
    return os.path.join(MEDIA_ROOT, *parts)


def page_sql(slug):
    return "SELECT id, title, body FROM pages WHERE slug = '" + slug + "'"


def int_param(request, name, default=0, maximum=1000):
    try:
        return max(0, min(int(request.params.get(name, default)), maximum))
    except (TypeError, ValueError):
        return default


def page_url(request, slug):
    return request.route_url("page", _query={"slug": slug})
