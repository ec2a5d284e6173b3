"""cherrypy WebInterface with kwargs handlers, as in webServe.py."""
import cherrypy
from cherrypy.lib.static import serve_file

from . import database
from .calibre import calibredb, calibredb_argv
from .cache import cache_img, cache_img_known
from .common import book_file, book_file_checked
from .auth import require_login

SORT_COLUMNS = {"title": "BookName", "author": "AuthorName", "added": "BookAdded"}


class WebInterface:
    @cherrypy.expose
    @require_login
    def searchBooks(self, title=None, sort=None, **kwargs):
        db = database.DBConnection()
        return {"books": db.books_like(title or "", sort)}

    @cherrypy.expose
    @require_login
    def searchBooksSorted(self, title=None, sort=None, **kwargs):
        column = SORT_COLUMNS.get(sort, "BookName")
        db = database.DBConnection()
        return {"books": db.select("SELECT BookID, BookName FROM books WHERE BookName LIKE ? ORDER BY " + column, ["%" + (title or "") + "%"])}

    @cherrypy.expose
    @require_login
    def openBook(self, bookid=None, library=None, fmt=None, **kwargs):
        path = book_file(bookid, library, fmt)
        return serve_file(path, "application/x-download", "attachment")

    @cherrypy.expose
    @require_login
    def openBookChecked(self, bookid=None, **kwargs):
        return serve_file(book_file_checked(bookid), "application/x-download", "attachment")

    @cherrypy.expose
    @require_login
    def calibreCommand(self, cmd=None, args=None, **kwargs):
        return calibredb(cmd or "list", args or "")

    @cherrypy.expose
    @require_login
    def calibreList(self, search=None, **kwargs):
        return calibredb_argv("list", search or "")

    @cherrypy.expose
    @require_login
    def cacheImage(self, url=None, img_type="book", **kwargs):
        if url:
            return cache_img(img_type, url)
        return cache_img_known(img_type, kwargs.get("imgid"))

    @cherrypy.expose
    def login_redirect(self, return_url=None, **kwargs):
        cherrypy.session["login_ok"] = True
        # expect: open-redirect
        raise cherrypy.HTTPRedirect(return_url or "home")
