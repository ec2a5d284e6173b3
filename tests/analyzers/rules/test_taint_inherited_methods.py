"""A view calls a method its class inherits from a mixin of another module of the project: Tabbycat's
`ParticipantsQuickEditView(RoundMixin, View)` redirects to `self.get_redirect_url()`, which
`tournaments/mixins.py` defines as `self.request.POST.get("next") or ...`, and its standings view
puts `self.get_round_seq()`, what a middleware stored on the request (`request.round_seq_raw`), in
SQL. The engine followed `self.method()` only to the file's own classes, and read stored request
state only as `request.x`, not as a class-based view's `self.request.x`: both flows were missed. A
mixin method that returns a constant, or a value checked or converted, stays clean. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

MIDDLEWARE = '''class DebateMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        request.round_seq_raw = view_kwargs.get("round_seq", request.GET.get("round", ""))
        return None
'''

MIXINS = '''from django.utils.http import url_has_allowed_host_and_scheme


class TournamentMixin:
    def get_redirect_url(self):
        return self.request.POST.get("next") or "/tournament/"

    def get_home_url(self):
        return "/tournament/"


class RoundMixin(TournamentMixin):
    def get_round_seq(self):
        return self.request.round_seq_raw

    def get_round_number(self):
        return int(self.request.round_seq_raw or 0)


class SafeRedirectMixin(TournamentMixin):
    def get_safe_url(self):
        url = self.get_redirect_url()
        return url if url_has_allowed_host_and_scheme(url, allowed_hosts=None) else "/"
'''

VIEWS = '''from django.db import connection
from django.http import HttpResponseRedirect, JsonResponse
from django.views import View

from .mixins import RoundMixin, SafeRedirectMixin


class QuickEditView(RoundMixin, View):
    def post(self, request, tournament_slug):
        return HttpResponseRedirect(self.get_redirect_url())


class HomeView(RoundMixin, View):
    def post(self, request, tournament_slug):
        return HttpResponseRedirect(self.get_home_url())


class UpdateView(SafeRedirectMixin, View):
    def post(self, request, tournament_slug):
        return HttpResponseRedirect(self.get_safe_url())


class StandingsView(RoundMixin, View):
    def get(self, request, tournament_slug):
        seq = self.get_round_seq()
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT team FROM standings WHERE round_seq <= {seq}")
            return JsonResponse({"rows": cursor.fetchall()})


class RoundView(RoundMixin, View):
    def get(self, request, tournament_slug):
        number = self.get_round_number()
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT team FROM standings WHERE round_seq <= {number}")
            return JsonResponse({"rows": cursor.fetchall()})
'''


def test_a_method_inherited_from_another_modules_mixin_is_followed(tmp_path: Path) -> None:
    found = taint_findings(tmp_path, {"debate/__init__.py": "", "debate/middleware.py": MIDDLEWARE,
                                      "debate/mixins.py": MIXINS, "debate/views.py": VIEWS})
    assert sorted(found) == ["debate/views.py:10 tainted-redirect", "debate/views.py:25 tainted-sql"]


def test_a_views_own_method_comes_before_the_base_classes_and_each_file_is_read_once() -> None:
    from postil.analyzers.rules.taint_inherited import defined_names, inherited_callee

    text = "class V(RoundMixin):\n    async  def get_round_seq (self):\n        return 1\n\n    def post(self):\n        pass\n"
    defined = defined_names(text)
    bases = [(Path("debate/mixins.py"), "RoundMixin")]
    assert defined == {"get_round_seq", "post"}
    assert inherited_callee("self.get_round_seq", defined, bases) is None
    assert inherited_callee("self.get_redirect_url", defined, bases) == (Path("debate/mixins.py"), "get_redirect_url")
    assert inherited_callee("other.get_redirect_url", defined, bases) is None
