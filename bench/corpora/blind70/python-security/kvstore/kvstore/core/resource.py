"""Generic resource behaviour: filters and sorting read from the querystring."""
import re

from pyramid.httpexceptions import HTTPBadRequest

FIELD_RE = re.compile(r"^[a-zA-Z0-9_.]{1,64}$")


class Sort:
    def __init__(self, field, direction):
        self.field = field
        self.direction = direction


def extract_sorting(request, checked=True):
    specified = request.GET.get("_sort", "last_modified")
    sorting = []
    for token in specified.split(","):
        field = token.lstrip("-")
        direction = -1 if token.startswith("-") else 1
        if checked and not FIELD_RE.match(field):
            raise HTTPBadRequest(f"Invalid sort field")
        sorting.append(Sort(field, direction))
    return sorting


def extract_limit(request, default):
    try:
        return min(int(request.GET.get("_limit", default)), default)
    except ValueError:
        raise HTTPBadRequest("_limit must be an integer")
