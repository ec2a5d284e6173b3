"""Shortcuts shared by views and API endpoints."""
from django.http import Http404


def get_int_or_404(value):
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit() and len(value) < 10:
        return int(value)
    raise Http404()


def paginate(queryset, page, per_page=20):
    start = max(page - 1, 0) * per_page
    return queryset[start : start + per_page]
