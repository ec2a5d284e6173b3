import secrets
from urllib.parse import urlparse

from twisted.web.resource import Resource
from twisted.web.util import redirectTo

from .emailutils import render_invite_email, render_subject_line
from .federation import fetch_server_keys, fetch_server_keys_checked
from .stores import JoinTokenStore
from .utils import get_args, jsonwrap


class StoreInviteServlet(Resource):
    isLeaf = True

    def __init__(self, syd):
        super().__init__()
        self.sydent = syd
        self.store = JoinTokenStore(syd.db_path)

    @jsonwrap
    def render_POST(self, request):
        args = get_args(request, ("medium", "address", "room_id", "sender"))
        token = secrets.token_urlsafe(32)
        self.store.store_token(args["medium"], args["address"], args["room_id"], args["sender"], token)
        brand = args.get("brand") or request.getHeader("X-Brand")
        body = render_invite_email(brand, {"room_name": args.get("room_name", ""), "token": token}, strict=self.sydent.strict_brands)
        subject = render_subject_line(args.get("room_name", "a room"))
        return {"token": token, "pending": self.store.count_for_room(args["room_id"]), "subject": subject, "len": len(body)}


class EmailValidateCodeServlet(Resource):
    isLeaf = True

    def render_GET(self, request):
        args = get_args(request, ("token", "sid", "client_secret"))
        next_link = args.get("nextLink")
        if next_link and not next_link.startswith("file:///"):
            # expect: open-redirect
            return redirectTo(next_link.encode("utf-8"), request)
        return b"Validated"

    def render_POST(self, request):
        args = get_args(request, ("token", "sid", "client_secret"))
        next_link = args.get("nextLink", "")
        parsed = urlparse(next_link)
        if parsed.scheme == "https" and parsed.netloc in ("app.element.io", "matrix.org"):
            return redirectTo(next_link.encode("utf-8"), request)
        return b"Validated"


class RegisterServlet(Resource):
    isLeaf = True

    def __init__(self, syd):
        super().__init__()
        self.sydent = syd

    @jsonwrap
    def render_POST(self, request):
        args = get_args(request, ("matrix_server_name", "access_token"))
        server = args["matrix_server_name"]
        keys = fetch_server_keys_checked(server) if self.sydent.use_blocklist else fetch_server_keys(server)
        return {"server": server, "keys": len(keys)}
