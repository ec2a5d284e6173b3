"""Leaderboard and search ranking (Django ORM with RawSQL)."""
from django.db.models import F, expressions
from django.db.models.expressions import RawSQL
from django.db.models.expressions import RawSQL as Raw
from django.http import JsonResponse
from django.views.generic import ListView

from .models import Player

SORTS = {"score": "-score", "name": "name", "recent": "-last_seen"}


def leaderboard(request):
    season = request.GET["season"]
    # expect: sql-injection
    players = Player.objects.annotate(points=expressions.RawSQL("SELECT SUM(points) FROM game_result WHERE player_id = game_player.id AND season = '%s'" % season, []))
    return JsonResponse({"players": list(players.values("name", "points")[:50])})


def weighted(request):
    weight = request.GET.get("weight", "1")
    # expect: sql-injection
    players = Player.objects.annotate(rank=Raw(f"score * {weight} + wins", ()))
    return JsonResponse({"players": list(players.order_by("-rank").values("name", "rank")[:50])})


def custom_order(request):
    # expect: sql-injection
    players = Player.objects.order_by(RawSQL(request.GET.get("order", "score"), []))
    return JsonResponse({"players": list(players.values("name")[:50])})


class SearchView(ListView):
    model = Player

    def get_queryset(self):
        term = self.request.GET.get("q", "")
        # expect: sql-injection
        return Player.objects.filter(id__in=RawSQL("SELECT id FROM game_player WHERE name ~* '{}'".format(term), []))


def leaderboard_safe(request):
    season = request.GET.get("season", "2026")
    players = Player.objects.annotate(points=RawSQL("SELECT SUM(points) FROM game_result WHERE player_id = game_player.id AND season = %s", (season,)))
    ordered = players.order_by(SORTS.get(request.GET.get("sort"), "-score"))
    return JsonResponse({"players": list(ordered.values("name", "points")[:50])})


def active(request):
    players = Player.objects.annotate(idle=RawSQL("now() - last_seen", ())).filter(score__gt=F("wins"))
    return JsonResponse({"count": players.count()})
