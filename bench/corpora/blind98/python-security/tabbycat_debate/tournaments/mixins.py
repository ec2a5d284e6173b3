"""View mixins reading what the middleware stored."""
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


class TournamentMixin:
    def get_tournament(self):
        return self.request.tournament

    def get_redirect_url(self):
        return self.request.POST.get("next") or f"/{self.get_tournament().slug}/"


class RoundMixin(TournamentMixin):
    def get_round_seq(self):
        return self.request.round_seq_raw


class SafeRedirectMixin(TournamentMixin):
    def go_back(self):
        url = self.get_redirect_url()
        if not url_has_allowed_host_and_scheme(url, allowed_hosts={self.request.get_host()}):
            url = "/"
        return redirect(url)
