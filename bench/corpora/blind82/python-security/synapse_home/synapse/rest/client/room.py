from urllib.parse import urlparse

from twisted.web.util import redirectTo

from ...http.servlet import RestServlet, parse_integer, parse_json_object_from_request, parse_string


class PublicRoomListRestServlet(RestServlet):
    PATTERNS = ("/_matrix/client/v3/publicRooms$",)

    def __init__(self, hs):
        super().__init__()
        self.hs = hs
        self.handler = hs.get_room_list_handler()

    async def on_GET(self, request):
        limit = parse_integer(request, "limit", 100)
        since = parse_string(request, "since")
        return 200, await self.handler.get_local_public_room_list(limit, since, None)

    async def on_POST(self, request):
        content = parse_json_object_from_request(request)
        limit = int(content.get("limit", 100))
        return 200, await self.handler.get_local_public_room_list(limit, content.get("since"), content.get("filter"))


class PickIdpResource(RestServlet):
    PATTERNS = ("/_synapse/client/pick_idp$",)

    def __init__(self, hs):
        super().__init__()
        self.client_whitelist = hs.config.sso.client_whitelist

    async def on_GET(self, request):
        client_redirect_url = parse_string(request, "redirectUrl", required=True)
        idp = parse_string(request, "idp", allowed_values=("oidc-github", "oidc-google", "saml"))
        if idp:
            target = f"/_matrix/client/v3/login/sso/redirect/{idp}?redirectUrl={client_redirect_url}"
            return redirectTo(target.encode("utf-8"), request)
        # expect: open-redirect
        return redirectTo(client_redirect_url.encode("utf-8"), request)

    async def on_POST(self, request):
        client_redirect_url = parse_string(request, "redirectUrl", required=True)
        if not any(client_redirect_url.startswith(prefix) for prefix in self.client_whitelist):
            client_redirect_url = "/_matrix/static/"
        return redirectTo(client_redirect_url.encode("utf-8"), request)
