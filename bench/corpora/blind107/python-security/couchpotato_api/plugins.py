"""Plugins: register API views and events, hand work to each other through fireEvent."""
import html
import os

from .api import addApiView
from .event import addEvent, fireEvent
from .downloader import cache_file, cache_poster
from .renamer import Renamer

MOVIES_ROOT = "/media/movies"


class FileBrowser:
    def __init__(self):
        addApiView("directory.list", self.view)
        addApiView("directory.list_movies", self.view_movies)

    def view(self, path="/", show_hidden=True, **kwargs):
        # expect: path-traversal
        names = os.listdir(path)
        return {"dirs": [n for n in names if show_hidden or not n.startswith(".")]}

    def view_movies(self, path="", **kwargs):
        full = os.path.realpath(os.path.join(MOVIES_ROOT, path))
        if not full.startswith(MOVIES_ROOT + os.sep) and full != MOVIES_ROOT:
            return {"dirs": []}
        return {"dirs": os.listdir(full)}


class FileCache:
    def __init__(self):
        addApiView("file.cache", self.cacheView)
        addApiView("file.cache_poster", self.posterView)
        addEvent("file.download", cache_file)

    def cacheView(self, url=None, **kwargs):
        return {"path": fireEvent("file.download", url=url, single=True)}

    def posterView(self, imdb_id=None, **kwargs):
        return {"path": cache_poster(imdb_id)}


class RenamerPlugin:
    def __init__(self):
        self.renamer = Renamer()
        addApiView("renamer.scan", self.scanView)

    def scanView(self, base_folder=None, media_folder=None, files=None, **kwargs):
        folder = media_folder or base_folder
        self.renamer.scan(folder, files)
        return {"success": True}


class LogPlugin:
    def __init__(self):
        addApiView("logging.partial", self.partial)
        addApiView("logging.partial_escaped", self.partial_escaped)

    def partial(self, type="all", lines=30, **kwargs):
        header = "<h3>Log (%s, last %s lines)</h3>" % (type, lines)
        # expect: xss
        return {"html": header}

    def partial_escaped(self, type="all", lines=30, **kwargs):
        return {"html": "<h3>Log (%s, last %d lines)</h3>" % (html.escape(type), int(lines))}
