from onegov.event.importer import EventImporter
from onegov.org.app import OrgApp


class OccurrenceCollection:
    def __init__(self, session):
        self.session = session


@OrgApp.path(model=OccurrenceCollection, path="/events")
def get_occurrences(app):
    return OccurrenceCollection(app.session)


@OrgApp.json(model=OccurrenceCollection, name="import", request_method="POST")
def import_events(self, request):
    importer = EventImporter(self.session)
    source = request.POST.get("source", "official")
    ical = importer.fetch(None if source == "official" else request.POST.get("url"))
    return {"events": ical.count("BEGIN:VEVENT")}
