"""Class-based views for report downloads."""
from flask import abort, g, jsonify, request, send_file
from flask.views import MethodView

from .audit import audit_log
from .reports import (
    create_download_token,
    delete_expired_exports,
    fetch_report,
    get_report_meta,
    list_reports,
    update_last_viewed,
)


class ReportListView(MethodView):
    def get(self):
        reports = list_reports(owner_id=g.user.id, page=request.args.get("page", 1, type=int))
        # expect: get-side-effects
        delete_expired_exports(owner_id=g.user.id)
        return jsonify([r.to_dict() for r in reports])


class ReportView(MethodView):
    def get(self, report_id):
        meta = get_report_meta(report_id)
        if meta is None or meta.owner_id != g.user.id:
            abort(404)
        # expect: get-side-effects
        update_last_viewed(report_id, g.user.id)
        return jsonify(meta.to_dict())

    def delete(self, report_id):
        meta = get_report_meta(report_id)
        if meta is None:
            abort(404)
        audit_log.create_entry(user_id=g.user.id, action="report.delete", target=report_id)
        meta.delete()
        return "", 204


class ReportDownloadView(MethodView):
    def get(self, report_id):
        # expect: get-side-effects
        token = create_download_token(report_id, user_id=g.user.id, ttl=300)
        return jsonify(url=f"/downloads/{token}")

    def post(self, report_id):
        token = create_download_token(report_id, user_id=g.user.id, ttl=3600)
        return jsonify(token=token), 201


class ReportFileView(MethodView):
    def get(self, report_id):
        path = fetch_report(report_id)
        if path is None:
            abort(404)
        return send_file(path, as_attachment=True)


class ReportAuditView(MethodView):
    def get(self, report_id):
        # expect: get-side-effects
        entry = audit_log.create_entry(user_id=g.user.id, action="report.view", target=report_id)
        return jsonify(entry_id=entry.id)
