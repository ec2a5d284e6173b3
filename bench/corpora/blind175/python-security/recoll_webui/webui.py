"""Bottle web front end for a Recoll index."""
import html
import os
from urllib.parse import quote as urlquote

import bottle

from rclhelpers import (
    get_config,
    get_dirs,
    get_query,
    normalise_filename,
    recoll_search,
)

app = bottle.Bottle()


@app.route("/static/<path:path>")
def server_static(path):
    return bottle.static_file(path, root=os.path.join(os.path.dirname(__file__), "static"))


@app.route("/")
@bottle.view("main")
def main():
    config = get_config()
    return {"dirs": get_dirs(config["dirs"], config["dirdepth"]), "query": get_query(), "sorts": config["sorts"]}


@app.route("/results")
@bottle.view("results")
def results():
    config = get_config()
    query = get_query()
    res, nres, timer = recoll_search(query, config)
    return {"res": res, "time": timer, "query": query, "nres": nres, "config": config}


@app.route("/quick")
def quick_results():
    """Plain-HTML results for the browser search box."""
    config = get_config()
    query = get_query()
    res, nres, _ = recoll_search(query, config)
    if nres == 0:
        # expect: xss
        return "<p>No results for <b>%s</b></p>" % query["query"]
    items = "".join(
        '<li><a href="/download/%d?%s">%s</a></li>' % (i, urlquote(query["query"]), html.escape(r["label"]))
        for i, r in enumerate(res)
    )
    return "<p>%d results for <b>%s</b></p><ul>%s</ul>" % (nres, html.escape(query["query"]), items)


@app.route("/download/<resnum:int>")
def download(resnum):
    config = get_config()
    query = get_query()
    res, nres, _ = recoll_search(query, config)
    if resnum >= nres:
        bottle.abort(404, "No such result")
    doc = res[resnum]
    path = doc["url"].replace("file://", "", 1)
    bottle.response.content_type = doc["mtype"]
    bottle.response.headers["Content-Disposition"] = 'attachment; filename="%s"' % normalise_filename(doc["filename"])
    return open(path, "rb")


@app.route("/browse")
def browse():
    """List a sub folder of one of the indexed top directories."""
    config = get_config()
    top = bottle.request.query.get("top", "")
    sub = bottle.request.query.get("dir", "")
    if top not in config["dirs"]:
        bottle.abort(404, "Unknown top directory")
    target = os.path.join(top, sub)
    # expect: path-traversal
    entries = sorted(os.listdir(target))
    return {"top": top, "dir": sub, "entries": entries[:1000]}


@app.route("/settings", method="POST")
def set_settings():
    config = get_config()
    for key in ("context", "stem", "maxchars", "maxresults", "perpage"):
        value = bottle.request.forms.get(key)
        if value is not None and value.isdigit():
            bottle.response.set_cookie(key, value, max_age=3153600000, path="/")
    sort = bottle.request.forms.get("sort")
    if sort in dict(config["sorts"]):
        bottle.response.set_cookie("sort", sort, max_age=3153600000, path="/")
    bottle.redirect("./")


if __name__ == "__main__":
    app.run(host=os.environ.get("RECOLL_WEBUI_HOST", "127.0.0.1"), port=int(os.environ.get("RECOLL_WEBUI_PORT", "8080")))
