"""cherrypy WebInterface methods: query values arrive as keyword arguments."""
import threading

import cherrypy

from . import db, config
from .cache import ImageCache
from .postprocessor import forcePostProcess, forcePostProcessChecked

STATUS_VALUES = ("Wanted", "Skipped", "Ignored", "Downloaded")


class WebInterface:
    @cherrypy.expose
    def artistPage(self, ArtistID):
        myDB = db.DBConnection()
        artist = myDB.action("SELECT * FROM artists WHERE ArtistID=?", [ArtistID]).fetchone()
        return {"artist": dict(artist) if artist else None}

    @cherrypy.expose
    def search(self, name, type="artist"):
        myDB = db.DBConnection()
        return {"results": myDB.search_local(name, type)}

    @cherrypy.expose
    def queueAlbum(self, AlbumID, ArtistID=None, new=False, redirect=None, lossless=False):
        myDB = db.DBConnection()
        myDB.action("UPDATE albums SET Status=? WHERE AlbumID=?", ["Wanted", AlbumID])
        if redirect:
            # expect: open-redirect
            raise cherrypy.HTTPRedirect(redirect)
        raise cherrypy.HTTPRedirect("artistPage?ArtistID=%s" % ArtistID)

    @cherrypy.expose
    def markAlbums(self, ArtistID=None, action=None, **args):
        status = action if action in STATUS_VALUES else "Skipped"
        myDB = db.DBConnection()
        for album_id in args:
            myDB.action("UPDATE albums SET Status=? WHERE AlbumID=?", [status, album_id])
        raise cherrypy.HTTPRedirect("artistPage?ArtistID=%s" % ArtistID if ArtistID else "upcoming")

    @cherrypy.expose
    def getArtwork(self, url=None, ArtistID=None):
        cache = ImageCache()
        if url:
            return cache.fetch_remote(url)
        return cache.fetch_for_artist(ArtistID)

    @cherrypy.expose
    def configUpdate(self, **kwargs):
        for key in ("encoder_path", "encoderoutputformat", "music_dir", "destination_dir", "notify_template"):
            if key in kwargs:
                config.CONFIG[key] = kwargs[key]
        config.save()
        raise cherrypy.HTTPRedirect("config")

    @cherrypy.expose
    def forceProcess(self, dir=None, album_dir=None):
        threading.Thread(target=forcePostProcess, kwargs={"dir": dir, "album_dir": album_dir}).start()
        threading.Thread(target=forcePostProcessChecked, kwargs={"album_dir": album_dir}).start()
        raise cherrypy.HTTPRedirect("home")
