"""Public feedback form and the tab room's feedback overview."""
from django.http import HttpResponse
from django.views import View

from ..tournaments.mixins import TournamentMixin
from .feedback import render_answer_card, render_answer_card_escaped
from .models import FeedbackAnswer


class PublicSubmitFeedbackView(TournamentMixin, View):
    def post(self, request, tournament_slug, source_id):
        FeedbackAnswer.objects.create(
            tournament=self.get_tournament(),
            source_name=request.POST.get("source_name", ""),
            question=request.POST.get("question", "comments"),
            text=request.POST.get("text", ""),
        )
        return HttpResponse(status=201)


class FeedbackOverviewView(TournamentMixin, View):
    def get(self, request, tournament_slug):
        answers = FeedbackAnswer.objects.filter(tournament=self.get_tournament())
        render = render_answer_card_escaped if request.GET.get("escaped") else render_answer_card
        return HttpResponse("".join(render(a) for a in answers))
