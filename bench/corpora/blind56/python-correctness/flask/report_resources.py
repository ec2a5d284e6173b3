"""Class-based views of the reporting service (Flask MethodView)."""
from flask import jsonify, request
from flask.views import MethodView

from .services import (
    create_audit_entry,
    createExport,
    delete_stale_drafts,
    load_update_history,
    update_last_viewed,
)
from .models import Report


class ReportView(MethodView):
    def get(self, report_id):
        report = Report.query.get_or_404(report_id)
        # expect: get-side-effects
        update_last_viewed(report, request.remote_addr)
        return jsonify(report.to_dict())

    def post(self):
        report = Report.from_json(request.get_json())
        create_audit_entry("report.created", report.id)
        return jsonify(report.to_dict()), 201


class ExportView(MethodView):
    def get(self, report_id, fmt="csv"):
        report = Report.query.get_or_404(report_id)
        # expect: get-side-effects
        export = createExport(report, fmt)
        return jsonify(url=export.url)


class DraftListView(MethodView):
    def get(self):
        # expect: get-side-effects
        removed = delete_stale_drafts(days=30)
        drafts = Report.query.filter_by(status="draft").all()
        return jsonify(drafts=[d.to_dict() for d in drafts], removed=removed)


class AccessLogView(MethodView):
    def get(self, report_id):
        # expect: get-side-effects
        create_audit_entry("report.viewed", report_id)
        return jsonify(ok=True)


class HistoryView(MethodView):
    def get(self, report_id):
        history = load_update_history(report_id)
        return jsonify(history=history)

    def delete(self, report_id):
        delete_stale_drafts(days=0)
        return "", 204
