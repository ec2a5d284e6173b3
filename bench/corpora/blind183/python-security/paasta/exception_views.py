"""Error responses of the PaaSTA API (``paasta_tools/api/views/exception.py``)."""
import html
import logging

from pyramid.response import Response
from pyramid.view import view_config

log = logging.getLogger(__name__)


class ApiFailure(Exception):
    def __init__(self, msg, err):
        super().__init__(msg)
        self.msg = msg
        self.err = err


@view_config(context=ApiFailure)
def api_failure_response(exc, request):
    log.error(exc.msg)
    if "text/html" in request.accept:
        body = f"<html><body><h1>{exc.err}</h1><p>{request.path}: {exc.msg}</p></body></html>"
        # expect: xss
        return Response(body=body, status=exc.err, content_type="text/html")
    response = Response(json_body={"message": exc.msg}, status=exc.err)
    return response


@view_config(context=KeyError)
def missing_key_response(exc, request):
    body = f"<html><body><p>missing field {html.escape(str(exc))} in {html.escape(request.path)}</p></body></html>"
    return Response(body=body, status=400, content_type="text/html")
