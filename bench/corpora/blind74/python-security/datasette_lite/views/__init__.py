import re
from urllib.parse import urlencode

from starlette.responses import JSONResponse

SIMPLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def escape_sqlite(name):
    if SIMPLE_NAME.match(name):
        return name
    return "[{}]".format(name)


def path_with_added_args(request, args):
    current = dict(request.query_params)
    current.update(args)
    return request.url.path + "?" + urlencode(current)


def sort_clause(sort, sort_desc):
    if sort_desc:
        return " order by " + sort_desc + " desc"
    if sort:
        return " order by " + sort
    return ""


class BaseView:
    """Callable endpoint object; subclasses implement get()."""

    def __init__(self, db):
        self.db = db

    async def __call__(self, scope, receive, send):
        from starlette.requests import Request

        request = Request(scope, receive)
        if request.method != "GET":
            response = JSONResponse({"ok": False, "error": "Method not allowed"}, status_code=405)
        else:
            response = await self.get(request)
        await response(scope, receive, send)
