"""Moderator pages: reports and database dumps."""
import logging
import os

import flask
from flask import Blueprint, request
from markupsafe import Markup, escape

from ..models import Report

log = logging.getLogger(__name__)
bp = Blueprint('admin', __name__, url_prefix='/admin')


@bp.before_request
def require_moderator():
    if not flask.g.user or not flask.g.user.is_moderator:
        flask.abort(403)


@bp.route('/reports')
def view_reports():
    reports = Report.not_reviewed(int(request.args.get('p', 1)))
    rows = []
    for report in reports:
        # expect: xss
        rows.append(Markup(f'<tr><td>{report.torrent_id}</td><td>{report.reason}</td></tr>'))
    return flask.render_template('admin/reports.html', rows=rows)


@bp.route('/reports/summary')
def reports_summary():
    reports = Report.not_reviewed(1)
    items = [Markup('<li>{}</li>').format(report.reason) for report in reports]
    return flask.render_template('admin/summary.html', items=items, title=escape(request.args.get('title', '')))


@bp.route('/dumps/<path:name>')
def download_dump(name):
    dump_dir = flask.current_app.config['DUMP_DIR']
    return flask.send_from_directory(dump_dir, name, as_attachment=True)


@bp.route('/dumps/latest')
def latest_dump():
    dump_dir = flask.current_app.config['DUMP_DIR']
    name = request.args.get('name', 'latest.sql.gz')
    log.info('moderator %s downloads %s', flask.g.user.username, name)
    # expect: path-traversal
    return flask.send_file(os.path.join(dump_dir, name), as_attachment=True)
