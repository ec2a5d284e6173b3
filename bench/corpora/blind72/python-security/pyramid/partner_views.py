"""Form posts from partner sites and the in-app settings forms."""
from pyramid.httpexceptions import HTTPFound, HTTPSeeOther
from pyramid.view import view_config, view_defaults

PARTNER_POSTS_CHECK_ORIGIN = False


# expect: csrf
@view_config(route_name="partner_signup", request_method="POST", renderer="json", check_origin=False)
def partner_signup(request):
    email = request.POST["email"]
    request.dbsession.add(request.registry["Lead"](email=email, source="partner"))
    return {"ok": True}


@view_config(
    route_name="embed_vote",
    request_method="POST",
    renderer="json",
    # expect: csrf
    check_origin=False,
)
def embed_vote(request):
    poll = request.matchdict["poll"]
    request.dbsession.execute(request.registry["votes"].insert().values(poll=poll, choice=request.POST["choice"]))
    return {"recorded": True}


# expect: csrf
@view_config(route_name="newsletter_join", request_method="POST", check_origin=PARTNER_POSTS_CHECK_ORIGIN)
def newsletter_join(request):
    request.registry["newsletter"].subscribe(request.POST["email"])
    return HTTPSeeOther(request.route_url("thanks"))


@view_defaults(route_name="account_settings", renderer="settings.jinja2")
class SettingsViews:
    def __init__(self, request):
        self.request = request

    @view_config(request_method="GET")
    def show(self):
        return {"user": self.request.user}

    # expect: csrf
    @view_config(request_method="POST", check_origin=False, require_csrf=True)
    def save(self):
        self.request.user.display_name = self.request.POST["display_name"]
        return HTTPFound(self.request.route_url("account_settings"))

    @view_config(request_method="POST", request_param="action=delete", check_origin=True)
    def delete(self):
        self.request.dbsession.delete(self.request.user)
        return HTTPFound(self.request.route_url("home"))


@view_config(route_name="profile_update", request_method="POST", require_csrf=True)
def profile_update(request):
    request.user.bio = request.POST.get("bio", "")
    return HTTPFound(request.route_url("profile"))


@view_config(route_name="poll_results", request_method="GET", renderer="json", check_origin=False)
def poll_results(request):
    return {"poll": request.matchdict["poll"], "counts": request.registry["votes_summary"](request.matchdict["poll"])}
