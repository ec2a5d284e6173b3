import logging

from django.utils.html import escape
from django.utils.safestring import mark_safe

from ...product import search

logger = logging.getLogger(__name__)

ALLOWED_SORT_FIELDS = {"name": "name", "price": "price_amount", "created_at": "created_at"}


def resolve_products(info, channel_slug, phrase=None, sort_by=None):
    sort_column = ALLOWED_SORT_FIELDS.get(sort_by or "name", "name")
    rows = search.search_products(channel_slug, phrase, sort_column)
    if phrase:
        rows = search.rank_by_phrase(channel_slug, phrase)
    return rows


def resolve_product_by_slug(info, slug):
    requestor = info.context.user
    logger.info("product lookup by %s: %s", requestor, slug)
    return search.product_by_slug(slug)


def resolve_search_preview(info, phrase):
    if info.context.META.get("HTTP_X_PREVIEW_RAW"):
        # expect: xss
        return mark_safe("<em>Results for %s</em>" % phrase)
    return mark_safe("<em>Results for %s</em>" % escape(phrase))
