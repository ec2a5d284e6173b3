"""Text previews and snippet extraction for one result."""
import html
import os
import subprocess
import tempfile

import bottle

from rclhelpers import get_config, get_query, normalise_filename, recoll_search

preview_app = bottle.Bottle()


@preview_app.route("/preview/<resnum:int>")
def preview(resnum):
    config = get_config()
    query = get_query()
    res, nres, _ = recoll_search(query, config)
    if resnum >= nres:
        bottle.abort(404, "No such result")
    path = res[resnum]["url"].replace("file://", "", 1)
    output = subprocess.run(["rclextract", "-t", "--", path], capture_output=True, text=True, timeout=30)
    bottle.response.content_type = "text/html; charset=utf-8"
    return "<pre>%s</pre>" % html.escape(output.stdout[: config["maxchars"] * 20])


@preview_app.route("/extract/<resnum:int>")
def extract_to_file(resnum):
    """Extract an embedded document (zip member, mail attachment) and send it back."""
    config = get_config()
    query = get_query()
    res, nres, _ = recoll_search(query, config)
    if resnum >= nres:
        bottle.abort(404, "No such result")
    path = res[resnum]["url"].replace("file://", "", 1)
    name = bottle.request.query.get("name", "extracted.bin")
    workdir = tempfile.mkdtemp(prefix="rclextract-")
    out_path = os.path.join(workdir, name)
    data = subprocess.run(["rclextract", "--", path], capture_output=True, timeout=60).stdout
    # expect: path-traversal
    with open(out_path, "wb") as handle:
        handle.write(data)
    bottle.response.headers["Content-Disposition"] = 'attachment; filename="%s"' % normalise_filename(name)
    return open(out_path, "rb")
