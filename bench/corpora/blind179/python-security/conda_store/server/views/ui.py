"""Server-rendered pages and the login round-trip."""
from urllib.parse import urlparse

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from conda_store_server import api
from conda_store_server.server import dependencies

router_ui = APIRouter(tags=["ui"])


def _local_path(target: str, default: str) -> str:
    """Keep only same-site paths: '/x' yes, '//evil' and 'https://evil' no."""
    parsed = urlparse(target)
    if parsed.scheme or parsed.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    return target


@router_ui.get("/", response_class=HTMLResponse)
async def ui_list_environments(request: Request,
                               templates=Depends(dependencies.get_templates),
                               conda_store=Depends(dependencies.get_conda_store),
                               entity=Depends(dependencies.get_entity)):
    with conda_store.get_db() as db:
        environments = api.list_environments(db, namespace=request.query_params.get("namespace"))
        return templates.TemplateResponse(request, "home.html", {"environments": environments, "entity": entity})


@router_ui.post("/login/")
async def post_login(request: Request, username: str = Form(...), password: str = Form(...),
                     auth=Depends(dependencies.get_auth)):
    """Password login; afterwards go back to where the user came from."""
    token = auth.authenticate_password(username, password)
    if token is None:
        return RedirectResponse(request.url_for("get_login_method") + "?error=1", status_code=303)
    target = request.query_params.get("next", "/")
    # expect: open-redirect
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(auth.cookie_name, token, httponly=True, samesite="lax", secure=True)
    return response


@router_ui.get("/logout/")
async def get_logout(request: Request, auth=Depends(dependencies.get_auth)):
    target = _local_path(request.query_params.get("next", "/"), "/")
    response = RedirectResponse(target, status_code=303)
    response.delete_cookie(auth.cookie_name)
    return response


@router_ui.get("/environment/{namespace}/{name}/")
async def ui_get_environment(namespace: str, name: str, request: Request,
                             templates=Depends(dependencies.get_templates),
                             conda_store=Depends(dependencies.get_conda_store)):
    with conda_store.get_db() as db:
        environment = api.get_environment(db, namespace=namespace, name=name)
        if environment is None:
            return RedirectResponse(request.url_for("ui_list_environments"), status_code=303)
        return templates.TemplateResponse(request, "environment.html", {"environment": environment})
