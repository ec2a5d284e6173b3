"""The REST WSGI application and its routes."""
import falcon

from mailrest.rest.lists import AList, AllLists
from mailrest.rest.messages import HeldMessage
from mailrest.rest.middleware import ApiUserMiddleware
from mailrest.rest.templates import ListTemplate


def make_application():
    app = falcon.App(middleware=[ApiUserMiddleware()])
    app.req_options.auto_parse_form_urlencoded = True
    app.add_route("/3.1/lists", AllLists())
    app.add_route("/3.1/lists/{list_id}", AList())
    app.add_route("/3.1/lists/{list_id}/uris/{template_name}", ListTemplate())
    app.add_route("/3.1/lists/{list_id}/held/{request_id}", HeldMessage())
    return app
