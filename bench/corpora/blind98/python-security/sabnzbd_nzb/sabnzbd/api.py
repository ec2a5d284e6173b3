"""api?mode=... handlers."""
import json
import os
import re

from . import newsunpack, urlgrabber
from .database import HistoryDB

INCOMPLETE_DIR = "/downloads/incomplete"
NAME_RE = re.compile(r"^[\w .()\[\]-]{1,200}$")


def report(error=None, data=None):
    return json.dumps({"status": error is None, "error": error, "data": data})


def _api_addurl(name, kwargs):
    nzbname = kwargs.get("nzbname") or name
    future = {"name": nzbname}
    urlgrabber.add(name, future)
    return report(data={"nzo_ids": [nzbname]})


def _api_addlocalfile(name, kwargs):
    # expect: path-traversal
    with open(os.path.join(INCOMPLETE_DIR, "watched", name), "rb") as fh:
        data = fh.read()
    return report(data={"size": len(data)})


def _api_history(name, kwargs):
    history = HistoryDB()
    if kwargs.get("category"):
        rows = history.fetch_by_category(kwargs["category"])
    else:
        rows = history.fetch_history(kwargs.get("start", 0), kwargs.get("limit", 50), kwargs.get("search"), kwargs.get("sort"))
    return report(data=rows)


def _api_retry(name, kwargs):
    setname = kwargs.get("setname") or name
    workdir = os.path.join(INCOMPLETE_DIR, os.path.basename(name or "job"))
    if NAME_RE.match(setname or "") and kwargs.get("quoted"):
        return report(data=newsunpack.par2_repair_quoted(workdir, setname))
    return report(data=newsunpack.par2_repair(workdir, setname))


API_TABLE = {
    "addurl": _api_addurl,
    "addlocalfile": _api_addlocalfile,
    "history": _api_history,
    "retry": _api_retry,
}
