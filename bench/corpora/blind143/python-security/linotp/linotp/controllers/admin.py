"""admin controller - interfaces to administrate LinOTP."""
import os

from flask import jsonify
from werkzeug.utils import secure_filename

from linotp.controllers.base import BaseController, getParam
from linotp.lib.token import TokenIterator
from linotp.lib.useridresolver import get_resolver

IMPORT_DIR = os.environ.get("LINOTP_IMPORT_DIR", "/var/lib/linotp/import")


class AdminController(BaseController):
    def show(self):
        params = self.request_params
        sort_by = getParam(params, "sortby")
        if not sort_by:
            sort_by = "LinOtpTokenSerialnumber"
        sort_dir = getParam(params, "sortorder", default="asc")
        tokens = TokenIterator(filter=getParam(params, "filter"), sort_by=sort_by, sort_dir=sort_dir)
        return jsonify({"tokens": list(tokens)})

    def userlist(self):
        params = self.request_params
        resolver = get_resolver(getParam(params, "resConf", default="default"))
        return jsonify({"users": resolver.getUserList({"username": getParam(params, "username", default="*")})})

    def checkuser(self):
        params = self.request_params
        resolver = get_resolver(getParam(params, "resConf", default="default"))
        return jsonify({"uid": resolver.getUserId(getParam(params, "user", optional=False))})

    def loadtokens(self):
        params = self.request_params
        file_name = getParam(params, "file_name", optional=False)
        # expect: path-traversal
        with open(os.path.join(IMPORT_DIR, file_name)) as fh:
            content = fh.read()
        return jsonify({"lines": len(content.splitlines())})

    def loadtokens_safe(self):
        params = self.request_params
        with open(os.path.join(IMPORT_DIR, secure_filename(getParam(params, "file_name", optional=False)))) as fh:
            return jsonify({"lines": len(fh.read().splitlines())})


admin = AdminController("admin")
