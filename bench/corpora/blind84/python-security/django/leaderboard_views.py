"""Leaderboard and search views for the quiz app."""
from django.db.models import Count, F
from django.http import JsonResponse
from django.shortcuts import render

from .models import Player, Score

SORTABLE = {"points": "total_points", "games": "games_played", "name": "display_name"}


def leaderboard(request):
    region = request.GET.get("region", "eu")
    season = request.GET.get("season", "2026")
    # expect: sql-injection
    players = Player.objects.extra(where=[f"region = '{region}' AND season = '{season}'"])
    players = players.annotate(games=Count("scores"))
    return render(request, "quiz/leaderboard.html", {"players": players[:50]})


def search_players(request):
    term = request.GET.get("q", "")
    # expect: sql-injection
    qs = Player.objects.extra(where=["display_name LIKE '%%%s%%'" % term])
    return JsonResponse({"results": list(qs.values("id", "display_name"))})


def ranked(request):
    bonus = request.GET.get("bonus", "0")
    # expect: sql-injection
    qs = Score.objects.extra(select={"weighted": "points * " + bonus})
    return JsonResponse({"rows": list(qs.values("player_id", "weighted")[:100])})


def team_scores(request, team_slug):
    filters = {
        "where": ["team_slug = '%s'" % team_slug],
        "order_by": ["-points"],
    }
    # expect: sql-injection
    qs = Score.objects.extra(**filters)
    return JsonResponse({"rows": list(qs.values("player_id", "points"))})


def history(request):
    since = request.GET.get("since", "2026-01-01")
    # expect: sql-injection
    qs = Score.objects.select_related("player").extra(
        where=["created_at >= '{}'".format(since)],
    )
    return render(request, "quiz/history.html", {"scores": qs[:200]})


def recent_flag(request):
    # a literal select dict: no outside data in the SQL
    qs = Score.objects.extra(select={"is_recent": "created_at > now() - interval '7 days'"})
    return JsonResponse({"rows": list(qs.values("id", "is_recent")[:50])})


def by_country(request):
    country = request.GET.get("country", "FR")
    # bound through params, the driver quotes it
    qs = Player.objects.extra(where=["country_code = %s"], params=[country])
    return JsonResponse({"count": qs.count()})


def sorted_players(request):
    key = SORTABLE.get(request.GET.get("sort"), "total_points")
    qs = Player.objects.filter(active=True).order_by(F(key).desc())
    return JsonResponse({"rows": list(qs.values("id", "display_name")[:50])})
