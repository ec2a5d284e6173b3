"""Docket lookups that bypass the search engine (court + case-name typeahead)."""
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_GET

from cl.search.models import Court, Docket

ORDERINGS = {
    "filed": "date_filed DESC",
    "name": "case_name ASC",
    "modified": "date_modified DESC",
}


@require_GET
def docket_typeahead(request):
    """Case-name prefix search for the RECAP docket picker."""
    prefix = request.GET.get("q", "")
    court_id = request.GET.get("court", "")
    order = ORDERINGS.get(request.GET.get("order", "filed"), ORDERINGS["filed"])
    dockets = Docket.objects.raw(
        f"SELECT id, case_name, docket_number FROM search_docket "
        f"WHERE court_id = %s AND case_name ILIKE %s ORDER BY {order} LIMIT 20",
        [court_id, prefix + "%"],
    )
    return JsonResponse({"results": [{"id": d.id, "name": d.case_name} for d in dockets]})


@require_GET
def docket_number_lookup(request):
    """Exact docket-number lookup, used by the browser extension."""
    number = request.GET.get("docket_number", "").strip()
    court_id = request.GET.get("court", "")
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT id, case_name, pacer_case_id FROM search_docket WHERE court_id = '{court_id}' AND docket_number_core = '{number}'")
        rows = cursor.fetchall()
    return JsonResponse({"results": [{"id": r[0], "name": r[1], "pacer_case_id": r[2]} for r in rows]})


@require_GET
@cache_page(60 * 60)
def courts_by_jurisdiction(request):
    jurisdiction = request.GET.get("jurisdiction", "F")
    courts = Court.objects.filter(jurisdiction=jurisdiction, in_use=True).values("id", "short_name")
    return JsonResponse({"courts": list(courts)})


@require_GET
def docket_counts(request):
    court_ids = [c for c in request.GET.getlist("court") if c.isalnum()][:50]
    if not court_ids:
        return JsonResponse({"counts": {}})
    placeholders = ", ".join(["%s"] * len(court_ids))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT court_id, count(*) FROM search_docket WHERE court_id IN ({placeholders}) GROUP BY court_id",
            court_ids,
        )
        counts = dict(cursor.fetchall())
    return JsonResponse({"counts": counts})
