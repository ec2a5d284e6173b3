"""JSON response helpers every module uses."""
import json

from flask import Response


def make_json_response(success=1, errormsg="", info="", result=None, data=None, status=200):
    doc = {"success": success, "errormsg": errormsg, "info": info, "result": result, "data": data}
    return Response(response=json.dumps(doc, default=str), status=status, mimetype="application/json")


def bad_request(errormsg=""):
    return make_json_response(success=0, errormsg=errormsg, status=400)


def internal_server_error(errormsg=""):
    return make_json_response(success=0, errormsg=errormsg, status=500)


def gone(errormsg=""):
    return make_json_response(success=0, errormsg=errormsg, status=410)
