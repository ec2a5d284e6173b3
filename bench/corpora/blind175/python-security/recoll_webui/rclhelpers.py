"""Configuration, query parsing and searching for the web UI."""
import os
import string
import time

import bottle
from recoll import recoll, rclconfig

DEFAULTS = {"context": 30, "stem": 1, "timefmt": "%c", "dirdepth": 2, "maxchars": 500, "maxresults": 0, "perpage": 25}
SORTS = [("relevancyrating", "Relevancy"), ("mtime", "Date"), ("url", "Path"), ("filename", "Filename")]


def normalise_filename(fn):
    valid_chars = "_-.%s%s" % (string.ascii_letters, string.digits)
    return "".join(ch if ch in valid_chars else "_" for ch in fn)


def get_config():
    rclconf = rclconfig.RclConfig()
    config = dict(DEFAULTS)
    for key in DEFAULTS:
        value = bottle.request.get_cookie(key)
        if value is not None and value.isdigit():
            config[key] = int(value)
    topdirs = rclconf.getConfParam("topdirs") or ""
    config["dirs"] = [os.path.expanduser(d) for d in topdirs.split()]
    config["sorts"] = SORTS
    return config


def get_dirs(tops, depth):
    found = []
    for top in tops:
        base_depth = top.rstrip(os.sep).count(os.sep)
        for directory, dirnames, _ in os.walk(top):
            if directory.count(os.sep) - base_depth >= depth:
                dirnames[:] = []
            found.append(directory)
    return sorted(found)


def get_query():
    q = bottle.request.query
    return {
        "query": q.getunicode("query", default=""),
        "before": q.get("before", ""),
        "after": q.get("after", ""),
        "dir": q.getunicode("dir", default="<all>"),
        "sort": q.get("sort", "relevancyrating"),
        "ascending": int(q.get("ascending", "0") == "1"),
        "page": max(int(q.get("page", "1") or 1), 1),
    }


def recoll_search(q, config):
    tstart = time.time()
    db = recoll.connect()
    query = db.query()
    sort = q["sort"] if q["sort"] in dict(SORTS) else "relevancyrating"
    query.sortby(sort, q["ascending"])
    qs = q["query"]
    if q["dir"] != "<all>":
        qs += ' dir:"%s"' % q["dir"].replace('"', "")
    nres = query.execute(qs, config["stem"])
    results = []
    for i in range(min(nres, config["perpage"] * q["page"])):
        doc = query.fetchone()
        results.append({"url": doc.url, "filename": doc.filename, "mtype": doc.mimetype,
                        "label": doc.title or doc.filename})
    return results, nres, time.time() - tstart
