"""PyScripts rating module: admins upload Python scripts that rate dataframes."""
import hashlib

import flask
import flask_restful

from cloudkitty.rating.pyscripts import db as scripts_db


class PyScripts(flask_restful.Resource):
    def post(self):
        body = flask.request.get_json() or {}
        data = body.get("data", "")
        checksum = hashlib.sha1(data.encode()).hexdigest()
        script_id = scripts_db.add_script(name=body.get("name", "script"), data=data, checksum=checksum)
        return {"script_id": script_id, "checksum": checksum}, 201
