"""Public place pages shared outside the app (no login needed)."""
import bleach
import markdown
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.html import escape, format_html

from karrot.places.models import Place, PlaceStatus

ALLOWED_TAGS = ["p", "a", "em", "strong", "ul", "ol", "li", "br", "code", "blockquote"]
ALLOWED_ATTRS = {"a": ["href", "title"]}


def _public_place(place_id):
    place = get_object_or_404(Place, pk=int(place_id))
    if place.status == PlaceStatus.ARCHIVED or not place.group.is_open:
        raise Http404()
    return place


def place_page(request, place_id):
    place = _public_place(place_id)
    description = bleach.clean(
        markdown.markdown(place.description or ""),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRS,
        strip=True,
    )
    heading = format_html("<h1>{}</h1><p class='group'>{}</p>", place.name, place.group.name)
    return HttpResponse(heading + description)


def place_card(request, place_id):
    """Small card embedded by partner websites."""
    place = _public_place(place_id)
    # expect: xss
    return HttpResponse(f"<div class='karrot-card'><h2>{escape(place.name)}</h2>{markdown.markdown(place.description or '')}</div>")


def place_text(request, place_id):
    place = _public_place(place_id)
    return HttpResponse(f"{place.name}\n\n{place.description}", content_type="text/plain; charset=utf-8")
