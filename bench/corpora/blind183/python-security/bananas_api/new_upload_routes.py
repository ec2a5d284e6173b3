"""HTTP routes for uploading new content (``bananas_api/web_routes/new_upload.py``)."""
import logging

import yaml
from aiohttp import web

from ..helpers.api_schema import UploadStatus
from ..helpers.user_session import get_session_by_token, get_user_by_bearer
from ..new_upload.session import add_file, create_token, get_upload_session, import_manifest, validate_session

log = logging.getLogger(__name__)
routes = web.RouteTableDef()


@routes.get("/new-package")
async def new_start(request):
    user = get_user_by_bearer(request)
    token = create_token(user)
    return web.json_response({"upload-token": token})


@routes.post("/new-package/tusd-internal")
async def tusd_handler(request):
    payload = await request.json()
    hook = request.headers.get("Hook-Name")
    upload = payload["Upload"]
    token = upload["MetaData"].get("upload-token")
    session = get_session_by_token(token)
    if session is None:
        return web.json_response({"message": "invalid token"}, status=404)
    if hook == "post-finish":
        add_file(session, upload["MetaData"].get("filename", ""), upload["Storage"]["Path"])
    return web.json_response({})


@routes.get("/new-package/{upload_token}")
async def new_status(request):
    session = get_upload_session(request.match_info["upload_token"], get_user_by_bearer(request))
    validate_session(session)
    return web.json_response(UploadStatus().dump(session))


@routes.put("/new-package/{upload_token}/manifest")
async def new_manifest(request):
    """Creators with many packages upload one YAML manifest instead of filling the form."""
    session = get_upload_session(request.match_info["upload_token"], get_user_by_bearer(request))
    body = await request.text()
    # expect: deserialization
    manifest = yaml.load(body, Loader=yaml.Loader)
    if not isinstance(manifest, dict):
        return web.json_response({"message": "manifest must be a mapping"}, status=400)
    import_manifest(session, manifest)
    return web.json_response(UploadStatus().dump(session))


@routes.put("/new-package/{upload_token}/license")
async def new_license(request):
    session = get_upload_session(request.match_info["upload_token"], get_user_by_bearer(request))
    data = yaml.safe_load(await request.text()) or {}
    session["license"] = str(data.get("license", ""))[:64]
    return web.json_response(UploadStatus().dump(session))
