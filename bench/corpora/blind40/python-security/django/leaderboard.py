"""Leaderboard queries using QuerySet.extra for computed columns."""
from django.db.models import F, Sum
from django.http import JsonResponse

from .models import Player, Score


def leaderboard(request):
    season = request.GET.get("season", "2026")
    # expect: sql-injection
    rows = Score.objects.extra(where=["season = '%s'" % season]).order_by("-points")[:10]
    return JsonResponse({"rows": list(rows.values("player__name", "points"))})


def with_rank(request):
    order = request.GET.get("order", "points")
    players = Player.objects.all()
    # expect: sql-injection
    players = players.extra(select={"rank": "RANK() OVER (ORDER BY %s DESC)" % order})
    return JsonResponse({"players": list(players.values("name", "rank"))})


def weekly(request):
    week = request.GET.get("week")
    # expect: sql-injection
    qs = Score.objects.filter(player__active=True).extra(
        select={"week_points": "points_week_%s" % week},
        order_by=["-week_points"],
    )
    return JsonResponse({"rows": list(qs.values())})


def sorted_players(request):
    sort_key = request.GET.get("sort", "name")
    # expect: sql-injection
    qs = Player.objects.extra(order_by=[sort_key])
    return JsonResponse({"names": list(qs.values_list("name", flat=True))})


def safe_board(request):
    regional = Player.objects.extra(where=["region = %s"], params=[request.GET.get("region", "eu")])
    flagged = Player.objects.extra(select={"is_recent": "joined > '2026-01-01'"})
    totals = Score.objects.values("player").annotate(total=Sum("points")).order_by("-total")
    doubled = Score.objects.annotate(double=F("points") * 2)
    return JsonResponse({"r": regional.count(), "a": flagged.count(), "b": totals.count(), "c": doubled.count()})
