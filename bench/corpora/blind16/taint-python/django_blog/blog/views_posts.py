from django.db import connection
from django.http import JsonResponse

from .services import QueryParams, order_clause


def posts(request):
    q = QueryParams(request)
    author = q.text("author")
    with connection.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"SELECT id, title FROM blog_post WHERE author = '{author}'")
        rows = cur.fetchall()
    return JsonResponse({"rows": rows})


def posts_ordered(request):
    q = QueryParams(request)
    order = order_clause(q.text("order"))
    offset = (q.page() - 1) * 20
    with connection.cursor() as cur:
        cur.execute(f"SELECT id, title FROM blog_post ORDER BY {order} LIMIT 20 OFFSET {offset}")
        rows = cur.fetchall()
    return JsonResponse({"rows": rows})


def posts_by_state(request):
    q = QueryParams(request)
    match q.text("state"):
        case "draft":
            clause = "published = false"
        case "live":
            clause = "published = true"
        case other:
            clause = "tag = '" + other + "'"
    with connection.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT id, title FROM blog_post WHERE " + clause)
        rows = cur.fetchall()
    return JsonResponse({"rows": rows})


def posts_by_tag(request):
    tag = QueryParams(request).text("tag")
    with connection.cursor() as cur:
        cur.execute("SELECT id, title FROM blog_post WHERE tag = %s", [tag])
        rows = cur.fetchall()
    return JsonResponse({"rows": rows})
