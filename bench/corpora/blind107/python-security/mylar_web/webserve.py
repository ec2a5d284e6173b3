"""The cherrypy WebInterface: exposed methods taking query/form values as keyword arguments."""
import html
import os

import cherrypy

from . import db, helpers
from .search import ComicSearcher
from .templates import serve_template

ORDER_COLUMNS = {"name": "ComicSortName", "year": "ComicYear", "publisher": "ComicPublisher"}


class WebInterface:
    def __init__(self):
        self.searcher = ComicSearcher()

    @cherrypy.expose
    def comicDetails(self, ComicID):
        myDB = db.DBConnection()
        comic = myDB.selectone("SELECT * FROM comics WHERE ComicID=?", [ComicID]).fetchone()
        return serve_template(templatename="comicdetails.html", title=html.escape(comic["ComicName"]), comic=comic)

    @cherrypy.expose
    def searchit(self, name, issue=None, mode=None, order=None):
        results = self.searcher.local_search(name, mode or "series", order)
        return serve_template(templatename="searchresults.html", searchresults=results, name=name)

    @cherrypy.expose
    def searchitSorted(self, name, order=None):
        column = ORDER_COLUMNS.get(order, "ComicSortName")
        return self.searcher.local_search_sorted(name, column)

    @cherrypy.expose
    def downloadLocal(self, IssueID=None, IssueArcID=None, ReadOrder=None, dir=None):
        filename = helpers.issue_file(dir, IssueID)
        return cherrypy.lib.static.serve_file(filename, "application/x-download", "attachment")

    @cherrypy.expose
    def downloadLocalChecked(self, IssueID=None):
        myDB = db.DBConnection()
        row = myDB.selectone("SELECT Location, ComicLocation FROM issues JOIN comics USING (ComicID) WHERE IssueID=?", [IssueID]).fetchone()
        path = os.path.join(row["ComicLocation"], os.path.basename(row["Location"]))
        return cherrypy.lib.static.serve_file(path, "application/x-download", "attachment")

    @cherrypy.expose
    def markissues(self, action=None, redirect=None, **args):
        for issue_id in args:
            helpers.mark_issue(issue_id, action)
        target = redirect if redirect else "home"
        # expect: open-redirect
        raise cherrypy.HTTPRedirect(target)

    @cherrypy.expose
    def markissuesChecked(self, action=None, ComicID=None, **args):
        for issue_id in args:
            helpers.mark_issue(issue_id, action)
        raise cherrypy.HTTPRedirect("comicDetails?ComicID=%s" % int(ComicID))

    @cherrypy.expose
    def addbyid(self, comicid, calledby=None, imported=None):
        message = helpers.status_banner(comicid, calledby)
        return message
