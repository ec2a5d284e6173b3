"""Event controllers: timetable export, badge printing, the event search."""
from flask import jsonify, make_response, request
from webargs import fields
from webargs.flaskparser import use_kwargs

from confapp.modules.events import operations
from confapp.modules.events.models import Event
from confapp.web.rh import RHProtected, require_view_arg

PAPER_SIZES = {"a4": "a4paper", "letter": "letterpaper", "a5": "a5paper"}


class RHEventBase(RHProtected):
    def _process_args(self):
        self.event = Event.get_or_404(int(require_view_arg("event_id")))


class RHExportTimetablePDF(RHEventBase):
    def _process_args(self):
        RHEventBase._process_args(self)
        self.paper = PAPER_SIZES.get(request.args.get("paper", "a4"), "a4paper")
        self.jobname = request.args.get("jobname") or f"timetable-{self.event.id}"

    def _process(self):
        pdf = operations.build_timetable_pdf(self.event, self.paper, self.jobname)
        response = make_response(pdf)
        response.headers["Content-Type"] = "application/pdf"
        return response


class RHPrintBadges(RHEventBase):
    def _process_args(self):
        RHEventBase._process_args(self)
        self.template_id = request.args.get("template", "default")
        try:
            self.copies = int(request.args.get("copies", "1"))
        except ValueError:
            self.copies = 1

    def _process(self):
        pdf = operations.print_badges(self.event, self.template_id, self.copies)
        response = make_response(pdf)
        response.headers["Content-Type"] = "application/pdf"
        return response


class RHEventSearch(RHProtected):
    @use_kwargs({"q": fields.String(required=True), "category": fields.Int(load_default=None)}, location="query")
    def _process(self, q, category):
        rows = operations.search_events(q, category)
        return jsonify(results=[{"id": r.id, "title": r.title} for r in rows])

    def process(self):
        self._check_access()
        return self._process()


class RHEventICal(RHEventBase):
    def _process_args(self):
        RHEventBase._process_args(self)
        self.label = request.args.get("label", "event")

    def _process(self):
        data = operations.event_ical(self.event)
        response = make_response(data)
        response.headers["Content-Type"] = "text/calendar"
        # expect: header-injection
        response.headers["Content-Disposition"] = f'attachment; filename="{self.label}.ics"'
        return response
