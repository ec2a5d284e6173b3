"""Public participants and team standings lists."""
from django.db import connection
from django.http import HttpResponseRedirect, JsonResponse
from django.views import View

from ..tournaments.mixins import RoundMixin, SafeRedirectMixin

SORT_COLUMNS = {"name": "t.short_name", "points": "points DESC", "speaks": "speaks DESC"}


class PublicTeamStandingsView(RoundMixin, View):
    def get(self, request, tournament_slug, round_seq=None):
        tournament = self.get_tournament()
        seq = self.get_round_seq()
        sort = request.GET.get("sort", "name")
        with connection.cursor() as cursor:
            if sort in SORT_COLUMNS:
                cursor.execute(f"SELECT t.short_name, SUM(s.points) AS points, SUM(s.score) AS speaks FROM team t JOIN teamscore s ON s.team_id = t.id WHERE t.tournament_id = %s AND s.round_seq <= %s GROUP BY t.id ORDER BY {SORT_COLUMNS[sort]}", [tournament.id, int(seq or 0)])
            else:
                # expect: sql-injection
                cursor.execute(f"SELECT t.short_name, SUM(s.points) AS points FROM team t JOIN teamscore s ON s.team_id = t.id WHERE t.tournament_id = %s AND s.round_seq <= {seq} GROUP BY t.id", [tournament.id])
            return JsonResponse({"standings": cursor.fetchall()})


class ParticipantsUpdateView(SafeRedirectMixin, View):
    def post(self, request, tournament_slug):
        return self.go_back()


class ParticipantsQuickEditView(RoundMixin, View):
    def post(self, request, tournament_slug):
        # expect: open-redirect
        return HttpResponseRedirect(self.get_redirect_url())
