"""Reporting views that run hand-written SQL against the warehouse."""
from django.db import connection, connections
from django.http import JsonResponse
from django.views import View

from reports.models import Campaign


def campaign_stats(request):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT clicks, views FROM stats WHERE slug = '%s'" % request.GET.get("slug"))
        row = cursor.fetchone()
    return JsonResponse({"clicks": row[0], "views": row[1]})


def deactivate_user(request):
    user_id = request.POST["user_id"]
    sql = "UPDATE auth_user SET is_active = false WHERE id = {}".format(user_id)
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(sql)
    return JsonResponse({"ok": True})


def _delete_tag(request, cursor):
    # expect: sql-injection
    return cursor.execute(f"DELETE FROM tags WHERE name = '{request.GET['tag']}'")


def delete_tag(request):
    with connection.cursor() as cursor:
        _delete_tag(request, cursor)
    return JsonResponse({"ok": True})


def search_campaigns(request):
    q = request.GET.get("q", "")
    with connections["warehouse"].cursor() as c:
        # expect: sql-injection
        c.execute("SELECT id, name FROM campaigns WHERE name ILIKE '%" + q + "%'")
        return JsonResponse({"results": c.fetchall()})


class LeaderboardView(View):
    def get(self, request, *args, **kwargs):
        sort = request.GET.get("sort", "score")
        season = request.GET.get("season", "2026")
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute("SELECT player, score FROM leaderboard WHERE season = %s ORDER BY " + sort, [season])
            return JsonResponse({"rows": cursor.fetchall()})


def campaign_stats_safe(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT clicks, views FROM stats WHERE slug = %s", [request.GET.get("slug")])
        row = cursor.fetchone()
    return JsonResponse({"clicks": row[0], "views": row[1]})


def search_campaigns_orm(request):
    names = Campaign.objects.filter(name__icontains=request.GET.get("q", "")).values_list("name", flat=True)
    return JsonResponse({"results": list(names)})


def search_named(request):
    with connections["warehouse"].cursor() as c:
        c.execute("SELECT id, name FROM campaigns WHERE owner = %(owner)s", {"owner": request.GET.get("owner")})
        return JsonResponse({"results": c.fetchall()})
