"""Serving generated report files with cherrypy.lib.static."""
import os

import cherrypy
from cherrypy.lib import static

OUT_DIR = "/srv/reports/out"


class Downloads:
    @cherrypy.expose
    def get(self, name):
        path = os.path.join(OUT_DIR, name)
        # expect: path-traversal
        return static.serve_file(path, "application/pdf", "attachment")

    @cherrypy.expose
    def latest(self, kind="sales"):
        try:
            index = int(cherrypy.request.params.get("n", "0"))
        except ValueError:
            index = 0
        files = sorted(f for f in os.listdir(OUT_DIR) if f.startswith(kind))
        if not files:
            raise cherrypy.NotFound()
        chosen = files[min(index, len(files) - 1)]
        return static.serve_file(os.path.join(OUT_DIR, chosen), "application/pdf", "attachment")

    @cherrypy.expose
    def checked(self, name):
        path = os.path.realpath(os.path.join(OUT_DIR, name))
        if not path.startswith(OUT_DIR + os.sep):
            raise cherrypy.HTTPError(403)
        return static.serve_file(path, "application/pdf", "attachment")

    @cherrypy.expose
    def remove(self, name):
        target = os.path.join(OUT_DIR, os.path.basename(name))
        if os.path.exists(target):
            os.remove(target)
        return "removed"
