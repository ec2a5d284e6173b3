import falcon

from .middleware import RemoteUserMiddleware
from .resources import GroupResource, LoginRedirect, PeopleResource, PeopleResourceV2, ProfileImport


def create_app() -> falcon.App:
    app = falcon.App(middleware=[RemoteUserMiddleware()])
    app.add_route("/people", PeopleResource())
    app.add_route("/v2/people", PeopleResourceV2())
    app.add_route("/groups/{group}", GroupResource())
    app.add_route("/profiles/import", ProfileImport())
    app.add_route("/login/done", LoginRedirect())
    return app


app = create_app()
