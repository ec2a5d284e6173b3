"""Notes service on Falcon with peewee. Hooks validate where the comment says so."""
import html
import json
import re
import subprocess
from urllib.parse import urlsplit

import falcon
import urllib3
from peewee import SqliteDatabase

db = SqliteDatabase("/var/lib/notes/notes.db")
http = urllib3.PoolManager(timeout=urllib3.Timeout(connect=2, read=5))
NOTE_ID = re.compile(r"^[0-9a-f]{32}$")
EXPORT_FORMATS = {"md": "markdown", "html": "html", "txt": "plain"}
ATTACH_HOSTS = {"files.example.com"}


def require_note_id(req, resp, resource, params):
    if not NOTE_ID.fullmatch(params.get("note_id", "")):
        raise falcon.HTTPBadRequest(title="bad note id")


class NotesResource:
    def on_get(self, req, resp):
        tag = req.get_param("tag", default="")
        # expect: sql-injection
        cursor = db.execute_sql("SELECT id, title FROM note WHERE tags LIKE '%%%s%%'" % tag)
        resp.media = [dict(zip(("id", "title"), r)) for r in cursor.fetchall()]

    def on_post(self, req, resp):
        note = req.get_media()
        db.execute_sql("INSERT INTO note (title, body, tags) VALUES (?, ?, ?)", (note["title"], note["body"], note.get("tags", "")))
        resp.status = falcon.HTTP_201


class NoteResource:
    @falcon.before(require_note_id)
    def on_get(self, req, resp, note_id):
        cursor = db.execute_sql(f"SELECT title, body FROM note WHERE id = '{note_id}'")
        title, body = cursor.fetchone()
        resp.content_type = falcon.MEDIA_HTML
        resp.text = f"<h1>{html.escape(title)}</h1><div>{html.escape(body)}</div>"

    def on_delete(self, req, resp, note_id):
        # expect: sql-injection
        db.execute_sql("DELETE FROM note WHERE id = '" + note_id + "'")
        resp.status = falcon.HTTP_204


class ExportResource:
    def on_get(self, req, resp, note_id):
        fmt = req.get_param("fmt", default="md")
        pandoc_to = EXPORT_FORMATS.get(fmt)
        if pandoc_to is None:
            raise falcon.HTTPBadRequest(title="format")
        out = subprocess.run(f"pandoc -t {pandoc_to} /var/lib/notes/{int(note_id, 16)}.md", shell=True, capture_output=True)
        resp.data = out.stdout

    def on_post(self, req, resp, note_id):
        opts = req.get_media().get("pandoc_args", "")
        # expect: command-injection
        out = subprocess.run("pandoc " + opts + " /var/lib/notes/current.md", shell=True, capture_output=True)
        resp.data = out.stdout


class AttachmentResource:
    def on_post(self, req, resp):
        url = req.get_media()["url"]
        if urlsplit(url).hostname in ATTACH_HOSTS:
            r = http.request("GET", url)
            resp.media = {"size": len(r.data)}
            return
        raise falcon.HTTPForbidden()

    def on_put(self, req, resp):
        url = req.get_media()["url"]
        # expect: ssrf
        r = http.request("GET", url, redirect=True)
        resp.media = {"size": len(r.data)}


class SearchPage:
    def on_get(self, req, resp):
        q = req.get_param("q", default="")
        resp.content_type = falcon.MEDIA_HTML
        # expect: xss
        resp.text = "<p>No results for " + q + "</p>"

    def on_get_json(self, req, resp):
        resp.text = json.dumps({"q": req.get_param("q", default="")})


class LoginRedirect:
    def on_get(self, req, resp):
        target = req.get_param("next") or "/notes"
        # expect: open-redirect
        raise falcon.HTTPFound(target)


class LogoutRedirect:
    def on_get(self, req, resp):
        raise falcon.HTTPSeeOther("/login")


app = falcon.App()
app.add_route("/notes", NotesResource())
app.add_route("/notes/{note_id}", NoteResource())
app.add_route("/notes/{note_id}/export", ExportResource())
app.add_route("/attachments", AttachmentResource())
app.add_route("/search", SearchPage())
app.add_route("/login/next", LoginRedirect())
app.add_route("/logout", LogoutRedirect())
