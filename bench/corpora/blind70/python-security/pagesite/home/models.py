"""Page models of the site."""
from django.db import models
from django.db.models.expressions import RawSQL
from wagtail.fields import RichTextField
from wagtail.models import Page

SORTS = {"date": "-date", "title": "title"}


class EventPage(Page):
    date = models.DateField("Event date")
    venue = models.CharField(max_length=200, blank=True)
    body = RichTextField(blank=True)


class EventIndexPage(Page):
    intro = RichTextField(blank=True)

    subpage_types = ["home.EventPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = EventPage.objects.live().descendant_of(self)

        venue = request.GET.get("venue")
        if venue:
            boost = RawSQL("CASE WHEN venue = %s THEN 1 ELSE 0 END", (venue,))
            events = events.annotate(boost=boost).order_by("-boost", "-date")
        else:
            events = events.order_by(SORTS.get(request.GET.get("sort", "date"), "-date"))

        context["events"] = events
        return context


class ArchivePage(Page):
    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        year = request.GET.get("year", "")
        events = EventPage.objects.live().descendant_of(self)
        if year:
            # expect: sql-injection
            events = events.annotate(in_year=RawSQL(f"EXTRACT(YEAR FROM date) = {year}", []))
            events = events.filter(in_year=True)
        context["events"] = events
        return context


class YearArchivePage(Page):
    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        try:
            year = int(request.GET.get("year", ""))
        except ValueError:
            year = None
        events = EventPage.objects.live().descendant_of(self)
        if year is not None:
            events = events.annotate(in_year=RawSQL(f"EXTRACT(YEAR FROM date) = {year}", []))
            events = events.filter(in_year=True)
        context["events"] = events
        return context
