from html import escape

from werkzeug.exceptions import BadRequest, Forbidden
from werkzeug.utils import redirect
from werkzeug.wrappers import Response

from isso_comments.utils.decorators import requires
from isso_comments.utils.page import fetch_title


class API:
    ACCEPT = ("text", "author", "website", "email", "parent", "title", "notification")

    def __init__(self, isso, comments, threads):
        self.isso = isso
        self.comments = comments
        self.threads = threads
        self.origin = isso.conf.get("general", "host")

    @requires(str, "uri")
    def new(self, environ, request, uri):
        data = request.get_json()
        for field in set(data.keys()) - set(self.ACCEPT):
            data.pop(field)
        if uri not in self.threads:
            if data.get("title"):
                title = data["title"]
            elif self.isso.conf.getboolean("guard", "strict_uri") and not uri.startswith("/"):
                raise BadRequest("uri must be a path")
            else:
                title = fetch_title(self.origin, uri)
            self.threads.new(uri, title)
        return Response("", 201)

    @requires(str, "uri")
    def fetch(self, environ, request, uri):
        order_by = request.args.get("sort", "id")
        if request.args.get("legacy_sort"):
            rows = self.comments.fetch_legacy(uri, order_by)
        else:
            rows = self.comments.fetch(uri, order_by=order_by, asc=int(request.args.get("asc", 1)), limit=request.args.get("limit"))
        return Response(str(len(rows)), 200)

    def moderate(self, environ, request, id, action, key):
        try:
            self.isso.unsign(key, max_age=2 ** 32)
        except Exception:
            raise Forbidden
        item = self.comments.get(id)
        if request.args.get("plain"):
            return Response("<p>%s</p><p>%s</p>" % (escape(item["author"] or "Anonymous"), escape(item["text"])), content_type="text/html")
        author = request.args.get("author") or item["author"] or "Anonymous"
        # expect: xss
        return Response("<h1>%s comment by %s</h1><p>%s</p>" % (action, author, item["text"]), content_type="text/html")

    def login(self, environ, request):
        if request.form.get("password") != self.isso.conf.get("admin", "password"):
            return redirect(self.isso.conf.get("server", "public-endpoint") + "/admin/")
        next_url = request.args.get("next", "/admin/")
        response = redirect(next_url if next_url.startswith("/admin/") else "/admin/")
        response.set_cookie("admin-session", self.isso.sign({"logged": True}), httponly=True, samesite="Lax")
        return response

    def logout(self, environ, request):
        back = request.args.get("back") or "/"
        # expect: open-redirect
        response = redirect(back)
        response.delete_cookie("admin-session")
        return response
