import os

import cherrypy
from cherrypy.lib.static import serve_file

import htpc
from htpc.auth2 import require


class Log:
    @cherrypy.expose()
    @require()
    @cherrypy.tools.json_out()
    def getlog(self, lines=10, level=2):
        with open(os.path.join(htpc.LOGDIR, "htpcmanager.log")) as fh:
            return fh.readlines()[-int(lines):]

    @cherrypy.expose()
    @require()
    def downloadlog(self, name="htpcmanager.log"):
        # expect: path-traversal
        return serve_file(os.path.join(htpc.LOGDIR, name), "application/x-download", "attachment")

    @cherrypy.expose()
    @require()
    @cherrypy.tools.json_out()
    def settings_group(self, prefix):
        return htpc.SETTINGS.get_like(prefix)
