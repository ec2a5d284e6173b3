"""Flask API of the scanner: start scans, read results and logs."""
import html
import os

from flask import Flask, Response, abort, jsonify, request

from api.core import api_key_is_valid, mime_types, results_directory
from core.scan_runner import start_scan_process
from database import db

app = Flask(__name__, template_folder=os.path.join(os.path.dirname(__file__), "web"))


@app.before_request
def authorisation_check():
    """Every API route needs the key printed at start-up."""
    if request.path.startswith("/static/"):
        return None
    if not api_key_is_valid(app, request):
        abort(401)
    return None


@app.route("/new/scan", methods=["POST"])
def new_scan():
    form = request.form.to_dict()
    targets = [t.strip() for t in form.get("targets", "").split(",") if t.strip()]
    if not targets:
        return jsonify(msg="no targets"), 400
    scan_options = {
        "targets": targets,
        "selected_modules": form.get("selected_modules", "port_scan").split(","),
        "ports": form.get("ports", ""),
        "report_path_filename": form.get("report_path_filename")
        or os.path.join(results_directory(), "results.html"),
    }
    scan_id = db.create_scan(scan_options)
    start_scan_process(scan_id, scan_options)
    return jsonify(scan_id=scan_id, options=scan_options)


@app.route("/results/get", methods=["GET"])
def get_result_content():
    scan_id = request.args.get("id", "")
    if not scan_id.isdigit():
        return jsonify(msg="invalid id"), 400
    filename, content = db.get_scan_result(int(scan_id))
    extension = os.path.splitext(filename)[1]
    return Response(content, mimetype=mime_types().get(extension, "text/plain"))


@app.route("/results/get_json", methods=["GET"])
def get_results_json():
    scan_id = request.args.get("id", "")
    if not scan_id.isdigit():
        return jsonify(msg="invalid id"), 400
    return jsonify(db.get_events_for_scan(int(scan_id)))


@app.route("/logs/search", methods=["GET"])
def search_logs():
    query = request.args.get("q", "")
    page = int(request.args.get("page", "1"))
    return jsonify(db.search_logs(query, page))


@app.route("/logs/target", methods=["GET"])
def logs_by_target():
    target = request.args.get("target", "")
    return jsonify(db.get_logs_by_target(target))


@app.route("/results/summary", methods=["GET"])
def scan_summary():
    scan_id = request.args.get("id", "")
    if not scan_id.isdigit():
        return jsonify(msg="invalid id"), 400
    rows = db.get_events_for_scan(int(scan_id))
    items = "".join(
        "<li>{}: {}</li>".format(html.escape(r["target"]), html.escape(r["module_name"])) for r in rows
    )
    return Response(f"<ul>{items}</ul>", mimetype="text/html")
