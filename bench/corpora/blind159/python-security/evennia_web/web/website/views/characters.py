"""
Character views of the game website: search and detail pages.
"""
from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import render
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views.generic import DetailView, ListView

from evennia.objects.models import ObjectDB
from evennia.utils import class_from_module

from web.utils.search import CharacterSearch

_BASE_CHAR_TYPECLASS = settings.BASE_CHARACTER_TYPECLASS


class CharacterListView(LoginRequiredMixin, ListView):
    template_name = "website/character_list.html"
    paginate_by = 24

    def get_queryset(self):
        typeclass = class_from_module(_BASE_CHAR_TYPECLASS)
        name = self.request.GET.get("name", "")
        return typeclass.objects.filter(db_key__icontains=name).order_by("db_key")


def character_search(request):
    term = request.GET.get("q", "")
    location = request.GET.get("location")
    if not location:
        location = "Limbo"
    results = CharacterSearch(_BASE_CHAR_TYPECLASS).by_name_and_location(term, location)
    return render(request, "website/character_search.html", {"results": results, "term": term})


class CharacterDetailView(LoginRequiredMixin, DetailView):
    template_name = "website/character_detail.html"
    model = ObjectDB

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        character = self.object
        desc = character.db.desc or ""
        # expect: xss
        context["desc_html"] = mark_safe("<div class='desc'>%s</div>" % desc)
        context["title_html"] = format_html("<h2>{}</h2>", character.db.title or character.key)
        context["badge_html"] = mark_safe("<span class='badge'>PC</span>")
        return context
