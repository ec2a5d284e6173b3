"""Small helpers shared by the web API endpoints."""
import logging

from rest_framework import status
from rest_framework.response import Response

logger = logging.getLogger(__name__)


def api_error(code, msg):
    return Response({"error_msg": msg}, status=code)


def to_python_boolean(value):
    value = (value or "").lower()
    if value in ("true", "1", "yes", "on"):
        return True
    if value in ("false", "0", "no", "off", ""):
        return False
    raise ValueError("invalid boolean: %r" % value)


def get_param(request, name, default=""):
    """GET first, then the body, as the old API did."""
    value = request.GET.get(name)
    if value is None:
        value = request.data.get(name, default)
    return value


def normalize_dir_path(path):
    if not path:
        return "/"
    path = path.strip("/")
    return "/" + path + "/" if path else "/"


def bad_request(msg="Invalid argument"):
    return api_error(status.HTTP_400_BAD_REQUEST, msg)
