"""This class provides the api to talk to the client; actions are dispatched by name."""
import json
import os

import cherrypy

from cherrymusic import albumartfetcher, audiotranscode, playlistdb

BASEDIR = os.environ.get("CHERRYMUSIC_BASEDIR", "/srv/music")


class HTTPHandler:
    def __init__(self, config):
        self.config = config
        self.playlistdb = playlistdb.PlaylistDB("/var/lib/cherrymusic/playlist.db")
        self.transcoder = audiotranscode.AudioTranscode()
        self.handlers = {
            "fetchalbumart": self.api_fetchalbumart,
            "fetchalbumarturls": self.api_fetchalbumarturls,
            "albumart_set": self.api_albumart_set,
            "showplaylists": self.api_showplaylists,
        }

    @cherrypy.expose
    def api(self, *args, **kwargs):
        action = args[0] if args else ""
        handler = self.handlers.get(action)
        if handler is None:
            raise cherrypy.HTTPError(404)
        params = json.loads(kwargs.get("data", "{}"))
        return json.dumps(handler(**params))

    def api_fetchalbumart(self, directory):
        return albumartfetcher.fetch_local(os.path.join(BASEDIR, directory))

    def api_fetchalbumart_checked(self, directory):
        path = os.path.realpath(os.path.join(BASEDIR, directory))
        if not path.startswith(os.path.realpath(BASEDIR) + os.sep):
            raise cherrypy.HTTPError(403)
        return albumartfetcher.fetch_local(path)

    def api_fetchalbumarturls(self, searchterm, method="amazon"):
        return albumartfetcher.AlbumArtFetcher(method=method).fetchurls(searchterm)

    def api_albumart_set(self, directory, imageurl):
        return albumartfetcher.store_remote(directory, imageurl)

    def api_showplaylists(self, sortby="created", filterby=""):
        return self.playlistdb.show_playlists(sortby=sortby, filterby=filterby)

    @cherrypy.expose
    def trans(self, *path, **params):
        fmt = params.get("format", "ogg")
        starttime = params.get("starttime", "0")
        track = os.path.join(BASEDIR, *path)
        if fmt == "mp3":
            starttime = int(starttime)
        cherrypy.response.headers["Content-Type"] = audiotranscode.MIME.get(fmt, "audio/ogg")
        return self.transcoder.transcode_stream(track, fmt, starttime)
