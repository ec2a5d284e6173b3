import hashlib
import os
from urllib.parse import urlsplit
from urllib.request import urlopen

import cherrypy

import htpc


def get_image(url, height=None, width=None, allowed_hosts=None):
    cache = os.path.join(htpc.DATADIR, "images", hashlib.md5(url.encode()).hexdigest())
    if os.path.exists(cache):
        return cherrypy.lib.static.serve_file(cache, content_type="image/jpeg")
    if allowed_hosts is not None and urlsplit(url).hostname not in allowed_hosts:
        raise cherrypy.HTTPError(403)
    # expect: ssrf
    data = urlopen(url, timeout=15).read()
    with open(cache, "wb") as out:
        out.write(data)
    return cherrypy.lib.static.serve_file(cache, content_type="image/jpeg")
