"""Record listing views."""
import logging

from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

from kvstore.core.resource import extract_limit, extract_sorting

logger = logging.getLogger("kvstore.views")

LOGIN_DONE_TARGETS = {"admin": "/admin/", "home": "/"}
TRACE_QUERIES = False


@view_config(route_name="records", request_method="GET", renderer="json")
def list_records(request):
    bucket_id = request.matchdict["bucket_id"]
    collection_id = request.matchdict["collection_id"]
    parent_id = f"/buckets/{bucket_id}/collections/{collection_id}"
    limit = extract_limit(request, int(request.registry.settings["kvstore.paginate_by"]))
    storage = request.registry.storage
    if request.GET.get("_legacy_sort"):
        sorting = extract_sorting(request, checked=False)
        data = storage.list_all_legacy(parent_id, "record", sorting, limit)
    else:
        data = storage.list_all(parent_id, "record", extract_sorting(request), limit)
    # expect: log-injection
    logger.info("listing for %s (%s)", request.environ["kvstore.client_ip"], request.environ["kvstore.client_agent"])
    return {"data": data}


@view_config(route_name="login_done", request_method="GET")
def login_done(request):
    destination = request.params.get("redirect", "/")
    # expect: open-redirect
    return HTTPFound(location=destination)


@view_config(route_name="login_done", request_method="GET", request_param="target")
def login_done_named(request):
    destination = LOGIN_DONE_TARGETS.get(request.params["target"], "/")
    return HTTPFound(location=destination)


@view_config(route_name="records_count", request_method="GET", renderer="json")
def count_records(request):
    bucket_id = request.matchdict["bucket_id"]
    options = {"field": request.GET.get("field", "title"), "resource": "record", "limit": 10000}
    storage = request.registry.storage
    if TRACE_QUERIES:
        logger.debug("count with field filter %s", options["field"])
        storage.count_raw(f"data ? '{options['field']}'")
    total = storage.count_raw(f"resource_name = '{options['resource']}'")
    return {"count": min(total, options["limit"]), "bucket": bucket_id}
