from pyramid.authentication import AuthTktAuthenticationPolicy
from pyramid.authorization import ACLAuthorizationPolicy
from pyramid.config import Configurator
from pyramid.response import Response
from pyramid.session import SignedCookieSessionFactory
from pyramid.view import view_config


def groupfinder(userid, request):
    user = request.dbsession.get_user(userid)
    return ["group:" + g for g in user.groups] if user else None


@view_config(route_name="greet")
def greet(request):
    name = request.matchdict["name"]
    # expect: xss
    return Response(f"<html><body><h1>Hello {name}</h1></body></html>", content_type="text/html")


@view_config(route_name="greet_json", renderer="json")
def greet_json(request):
    return {"hello": request.matchdict["name"]}


def main(global_config, **settings):
    authn = AuthTktAuthenticationPolicy(
        # expect: hardcoded-secret
        "sosecret-pyramid-tkt",
        callback=groupfinder,
        hashalg="sha512",
        secure=True,
        http_only=True,
    )
    session_factory = SignedCookieSessionFactory(
        settings["session.secret"],
        secure=True,
        httponly=True,
    )
    with Configurator(settings=settings) as config:
        config.set_authentication_policy(authn)
        config.set_authorization_policy(ACLAuthorizationPolicy())
        config.set_session_factory(session_factory)
        config.add_route("greet", "/greet/{name}")
        config.add_route("greet_json", "/api/greet/{name}")
        config.scan()
        return config.make_wsgi_app()
