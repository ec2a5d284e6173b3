import html
import os

from . import db

CACHE_DIR = "/var/lib/mylar/cache"


def issue_file(directory, issue_id):
    folder = directory or CACHE_DIR
    myDB = db.DBConnection()
    row = myDB.selectone("SELECT Location FROM issues WHERE IssueID=?", [issue_id]).fetchone()
    # expect: path-traversal
    return os.path.join(folder, row["Location"])


def mark_issue(issue_id, action):
    status = action if action in ("Wanted", "Skipped", "Downloaded", "Archived") else "Skipped"
    db.DBConnection().action("UPDATE issues SET Status=? WHERE IssueID=?", [status, issue_id])


def status_banner(comicid, calledby):
    if calledby:
        # expect: xss
        return "<div class='banner'>Adding %s (called by %s)...</div>" % (comicid, calledby)
    return "<div class='banner'>Adding %s...</div>" % html.escape(comicid)
