"""Starlette application of the Python Discord forms backend (``backend/__init__.py``)."""
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount, Route

from backend import constants
from backend.authentication import JWTAuthenticationBackend
from backend.middleware import DatabaseMiddleware, ProtectedDocsMiddleware
from backend.routes.auth.authorize import AuthorizeRoute, LoginRoute
from backend.routes.forms.response_view import ResponseView
from backend.routes.forms.submit import SubmitForm

middleware = [
    Middleware(
        CORSMiddleware,
        allow_origins=[constants.PRODUCTION_URL] if constants.PRODUCTION else ["http://localhost:3000"],
        allow_headers=["Content-Type"],
        allow_methods=["*"],
        allow_credentials=True,
    ),
    Middleware(DatabaseMiddleware),
    Middleware(AuthenticationMiddleware, backend=JWTAuthenticationBackend()),
    Middleware(ProtectedDocsMiddleware),
]

routes = [
    Route("/auth/login", LoginRoute),
    Route("/auth/authorize", AuthorizeRoute),
    Mount("/forms", routes=[
        Route("/submit/{form_id}", SubmitForm),
        Route("/{form_id}/responses/{response_id}/view", ResponseView),
    ]),
]

app = Starlette(routes=routes, middleware=middleware, debug=constants.DEBUG)
