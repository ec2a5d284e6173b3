"""Notes app: routes. Data access and rendering live in notes_helpers."""
from flask import Flask, jsonify, request

from notes_helpers import export_note, find_notes, note_count, render_note, tag_filter

app = Flask(__name__)


@app.get("/notes")
def list_notes():
    owner = request.args.get("owner")
    if not owner:
        owner = ""
    return jsonify(find_notes(owner))


@app.get("/notes/count")
def count_notes():
    filters = {"tag": request.args.get("tag", "misc"), "limit": 10}
    return jsonify(note_count(filters))


@app.get("/notes/<int:note_id>")
def show_note(note_id):
    style = request.args.get("style", "plain")
    if style == "fancy":
        title = request.args.get("title", "Note")
    else:
        title = "Note"
    return render_note(note_id, title)


@app.post("/notes/export")
def export():
    names = [request.form.get("name", "export"), "notes"]
    return jsonify(path=export_note(names))


@app.get("/notes/tags")
def tags():
    wanted = request.args.getlist("t")
    return jsonify(tag_filter(wanted))
