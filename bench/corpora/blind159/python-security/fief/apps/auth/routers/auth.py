"""Authorization, login and logout endpoints of a tenant."""
import html
from typing import Optional

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from fief.dependencies.auth import get_authorize_client, get_optional_login_session
from fief.dependencies.tenant import get_current_tenant
from fief.models import Client, LoginSession, Tenant
from fief.services.login import LoginService, get_login_service
from fief.templates import templates

router = APIRouter()


@router.get("/authorize", name="auth:authorize")
async def authorize(
    request: Request,
    redirect_uri: str = Query(...),
    state: Optional[str] = Query(None),
    client: Client = Depends(get_authorize_client),
    tenant: Tenant = Depends(get_current_tenant),
):
    if redirect_uri not in client.redirect_uris:
        return templates.TemplateResponse(
            "auth/error.html", {"request": request, "error": "invalid_redirect_uri"}, status_code=400
        )
    login_url = request.url_for("auth:login").include_query_params(state=state or "")
    return RedirectResponse(str(login_url), status_code=302)


@router.get("/login", name="auth:login", response_class=HTMLResponse)
async def login_page(
    request: Request,
    error: Optional[str] = Query(None),
    login_hint: Optional[str] = Query(None),
    tenant: Tenant = Depends(get_current_tenant),
):
    hint = html.escape(login_hint or "")
    banner = ""
    if error:
        banner = f"<div class='alert alert-danger'>{error}</div>"
    # expect: xss
    return HTMLResponse(f"<html><body><h1>{tenant.name}</h1>{banner}<input name='email' value='{hint}'></body></html>")


@router.post("/login", name="auth:login.post")
async def login(
    request: Request,
    email: str = Form(...),
    password: str = Form(...),
    login_session: Optional[LoginSession] = Depends(get_optional_login_session),
    service: LoginService = Depends(get_login_service),
):
    return await service.authenticate(request, email, password, login_session)


@router.get("/logout", name="auth:logout")
async def logout(
    request: Request,
    redirect_uri: Optional[str] = Query(None),
    tenant: Tenant = Depends(get_current_tenant),
):
    if not redirect_uri:
        redirect_uri = str(request.url_for("auth:login"))
    # expect: open-redirect
    response = RedirectResponse(redirect_uri, status_code=302)
    response.delete_cookie("fief_session")
    return response


@router.get("/logout/client", name="auth:logout.client")
async def logout_client(
    redirect_uri: str = Query(...),
    client: Client = Depends(get_authorize_client),
):
    if redirect_uri not in client.redirect_uris:
        redirect_uri = "/"
    response = RedirectResponse(redirect_uri, status_code=302)
    response.delete_cookie("fief_session")
    return response
