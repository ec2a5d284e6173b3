"""The CherryPy web interface."""
import os

import cherrypy
from cherrypy.lib.static import serve_download, serve_file

from .datafactory import DataFactory
from .http_handler import HTTPHandler
from .webauth import requireAuth

LOG_DIR = "/config/logs"
LOG_FILES = {"tautulli.log", "tautulli_api.log", "plex_websocket.log"}
PMS = HTTPHandler("http://127.0.0.1:32400", token="")


class WebInterface:
    @cherrypy.expose
    @requireAuth()
    def get_history(self, **kwargs):
        return DataFactory().get_datatables_history(kwargs=kwargs)

    @cherrypy.expose
    @requireAuth()
    def pms_image_proxy(self, img=None, width=300, height=450, **kwargs):
        if kwargs.get("transcode", "1") == "1":
            return PMS.pms_transcode(img, width, height)
        return PMS.make_request(img)

    @cherrypy.expose
    @requireAuth()
    def download_log(self, logfile="tautulli.log", **kwargs):
        if logfile not in LOG_FILES:
            raise cherrypy.HTTPError(404)
        return serve_download(os.path.join(LOG_DIR, logfile), name=logfile)

    @cherrypy.expose
    @requireAuth()
    def view_log_file(self, logfile="", **kwargs):
        # expect: path-traversal
        return serve_file(os.path.join(LOG_DIR, logfile), content_type="text/plain")


class AuthController:
    @cherrypy.expose
    def login(self, username="", password="", redirect_uri="", **kwargs):
        cherrypy.session["user"] = username
        if not redirect_uri or not redirect_uri.startswith("/") or redirect_uri.startswith("//") or "\\" in redirect_uri:
            redirect_uri = "/home"
        raise cherrypy.HTTPRedirect(redirect_uri)

    @cherrypy.expose
    def logout(self, redirect_uri="", **kwargs):
        cherrypy.session.pop("user", None)
        target = redirect_uri or "/auth/login"
        # expect: open-redirect
        raise cherrypy.HTTPRedirect(target)
