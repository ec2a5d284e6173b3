"""Leaderboard and nearby-players views for the game's web companion."""
from django.http import HttpResponseBadRequest, JsonResponse

from .models import Player, Score

ORDERABLE = {"score": "-points", "recent": "-created"}


def leaderboard(request):
    season = request.GET.get("season", "current")
    qs = Score.objects.filter(season__slug=season).extra(select={"year": "EXTRACT(year FROM created)"})
    order = ORDERABLE.get(request.GET.get("order", "score"), "-points")
    return JsonResponse({"scores": list(qs.order_by(order).values("player__name", "points", "year")[:100])})


def above_threshold(request):
    minimum = request.GET.get("min", "0")
    # expect: sql-injection
    qs = Score.objects.extra(where=[f"points >= {minimum}"])
    return JsonResponse({"count": qs.count()})


def above_threshold_params(request):
    try:
        minimum = int(request.GET.get("min", "0"))
    except ValueError:
        return HttpResponseBadRequest("min must be an integer")
    qs = Score.objects.extra(where=["points >= %s"], params=[minimum])
    return JsonResponse({"count": qs.count()})


def nearby(request):
    lat = request.GET["lat"]
    lon = request.GET["lon"]
    # expect: sql-injection
    qs = Player.objects.extra(select={"distance": "earth_distance(ll_to_earth(%s, %s), ll_to_earth(lat, lon))" % (lat, lon)})
    return JsonResponse({"players": list(qs.order_by("distance").values("name", "distance")[:20])})


def nearby_params(request):
    try:
        lat, lon = float(request.GET["lat"]), float(request.GET["lon"])
    except (KeyError, ValueError):
        return HttpResponseBadRequest("lat and lon are required")
    qs = Player.objects.extra(
        select={"distance": "earth_distance(ll_to_earth(%s, %s), ll_to_earth(lat, lon))"},
        select_params=(lat, lon),
    )
    return JsonResponse({"players": list(qs.order_by("distance").values("name", "distance")[:20])})


def by_clan(request):
    clan = request.GET.get("clan", "")
    # expect: sql-injection
    qs = Player.objects.extra(tables=["clans"], where=["clans.id = players.clan_id", "clans.tag = '" + clan + "'"])
    return JsonResponse({"players": list(qs.values("name"))})
