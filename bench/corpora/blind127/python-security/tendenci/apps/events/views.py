"""Event views (Django FBVs), shaped on Tendenci's events app."""
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from tendenci.apps.events.models import Event
from tendenci.apps.events.search import EventSearch

search_engine = EventSearch()


def search(request, template_name="events/search.html"):
    query = request.GET.get("q")
    if not query:
        query = ""
    category = request.GET.get("category", "")
    events = search_engine.run(query=query, category=category, user=request.user)
    return render(request, template_name, {"events": events, "query": query})


def search_titles(request):
    query = request.GET.get("q", "")
    events = Event.objects.filter(title__icontains=query, status=True)[:50]
    return render(request, "events/search.html", {"events": events, "query": query})


@login_required
def detail(request, id):
    event = get_object_or_404(Event, pk=int(id))
    return render(request, "events/view.html", {"event": event})
