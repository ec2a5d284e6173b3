"""Helpers shared by the API controllers."""
import pecan

from zun.common import exception
from zun import objects

SORT_DIRS = ("asc", "desc")


def validate_sort_dir(sort_dir):
    if sort_dir not in SORT_DIRS:
        raise exception.InvalidValue("Invalid sort direction: %s" % sort_dir)
    return sort_dir


def validate_limit(limit):
    if limit is None:
        return 1000
    return min(int(limit), 1000)


def get_resource(resource, resource_ident):
    resource = getattr(objects, resource)
    context = pecan.request.context
    return resource.get_by_uuid(context, resource_ident)
