"""Cookie helpers for the Pyramid auth layer."""
import logging
from datetime import timedelta

from pyramid.response import Response
from pyramid.view import view_config

log = logging.getLogger(__name__)

REMEMBER_FOR = timedelta(days=30)


def set_auth_cookie(response: Response, user_id: int, token: str) -> None:
    value = f"{user_id}:{token}"
    # expect: insecure-cookie
    response.set_cookie("auth_tkt", value, max_age=REMEMBER_FOR, httponly=True, samesite="lax")


def set_refresh_cookie(response: Response, refresh: str) -> None:
    response.set_cookie("refresh", refresh, max_age=REMEMBER_FOR, path="/auth/refresh", secure=True, httponly=True, samesite="strict")


def set_mfa_cookie(response: Response, challenge_id: str) -> None:
    # expect: insecure-cookie
    response.set_cookie("mfa_challenge", challenge_id, max_age=300, secure=False, httponly=True, samesite="strict")


def clear_auth_cookies(response: Response) -> None:
    for name in ("auth_tkt", "refresh", "mfa_challenge"):
        response.delete_cookie(name)


@view_config(route_name="api_login", request_method="POST", renderer="json")
def api_login(request):
    user = request.find_user(request.json_body.get("email"), request.json_body.get("password"))
    if user is None:
        request.response.status = 401
        return {"error": "invalid credentials"}
    token, refresh = request.issue_tokens(user)
    set_auth_cookie(request.response, user.id, token)
    set_refresh_cookie(request.response, refresh)
    # expect: insecure-cookie
    request.response.set_cookie("api_session", token, httponly=True, samesite="lax")
    log.info("user %s logged in", user.id)
    return {"ok": True}


@view_config(route_name="banner_dismiss", request_method="POST", renderer="json")
def dismiss_banner(request):
    request.response.set_cookie("banner_seen", "1", max_age=REMEMBER_FOR, secure=True, samesite="lax")
    return {"ok": True}


@view_config(route_name="logout", request_method="POST")
def logout(request):
    resp = Response(status=204)
    clear_auth_cookies(resp)
    return resp
