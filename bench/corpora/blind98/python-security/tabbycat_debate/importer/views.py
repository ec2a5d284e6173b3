from django.http import JsonResponse
from django.views import View

from ..tournaments.mixins import TournamentMixin
from .archive import Importer


class LoadArchiveImportView(TournamentMixin, View):
    def post(self, request, tournament_slug):
        upload = request.FILES["xml"]
        importer = Importer(self.get_tournament(), strict=not request.POST.get("legacy"))
        root = importer.parse(upload.read())
        return JsonResponse({"teams": importer.import_teams(root)})
