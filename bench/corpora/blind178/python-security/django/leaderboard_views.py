"""Leaderboard endpoints with a configurable ranking expression."""
from django.db.models import F, Value
from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Player

ALLOWED_REGIONS = {"eu", "na", "apac"}


@require_GET
def leaderboard(request):
    region = request.GET.get("region", "eu")
    if region not in ALLOWED_REGIONS:
        region = "eu"
    players = (
        Player.objects.filter(region=region)
        .annotate(score=RawSQL("wins * 3 + draws", ()))
        .order_by("-score")[:50]
    )
    return JsonResponse({"players": [{"name": p.name, "score": p.score} for p in players]})


@require_GET
def weighted_leaderboard(request):
    weight = request.GET.get("weight", "3")
    # expect: sql-injection
    players = Player.objects.annotate(score=RawSQL("wins * %s + draws" % weight, ())).order_by("-score")[:50]
    return JsonResponse({"players": [{"name": p.name, "score": p.score} for p in players]})


@require_GET
def streaks(request):
    since = request.GET.get("since", "2026-01-01")
    players = Player.objects.annotate(
        streak=RawSQL("SELECT MAX(length) FROM streaks s WHERE s.player_id = players.id AND s.started >= %s", (since,))
    ).order_by("-streak")[:20]
    return JsonResponse({"players": [{"name": p.name, "streak": p.streak} for p in players]})


@require_GET
def custom_rank(request):
    expr = request.GET["expr"]
    # expect: sql-injection
    ranked = Player.objects.annotate(rank_value=RawSQL(f"({expr})", [])).order_by("-rank_value")[:20]
    return JsonResponse({"players": [{"name": p.name, "value": p.rank_value} for p in ranked]})


@require_GET
def by_level(request):
    level = int(request.GET.get("level", 1))
    players = Player.objects.filter(level__gte=level).annotate(tag=Value("ranked"), total=F("wins") + F("draws"))
    return JsonResponse({"count": players.count()})
