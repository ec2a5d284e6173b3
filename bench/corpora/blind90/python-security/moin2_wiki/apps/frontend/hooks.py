from flask import g as flaskg
from flask import request

from moin2_wiki.apps.frontend import frontend
from moin2_wiki.storage.fileserver import FileServerBackend

NAMESPACES = ("", "users", "help-en")


@frontend.before_app_request
def setup_namespace():
    ns = request.args.get("namespace", "")
    flaskg.namespace_raw = ns
    flaskg.namespace = ns if ns in NAMESPACES else ""
    flaskg.storage = FileServerBackend("/srv/moin/wiki/data")
