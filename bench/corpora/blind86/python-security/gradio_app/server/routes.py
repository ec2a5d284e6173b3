"""App routes: files, uploads, proxy, login (``App.create_app`` wires them)."""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, Form, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse

from gradio_app.server.state import BlocksConfig, get_blocks
from gradio_app.utils import processing_utils, proxy

router = APIRouter()


@router.get("/file={path_or_url:path}")
async def file(path_or_url: str, blocks: BlocksConfig = Depends(get_blocks)):
    abs_path = processing_utils.abspath(path_or_url)
    if not processing_utils.is_allowed_file(abs_path, blocks.allowed_paths, blocks.cache_dir):
        raise HTTPException(403, f"File not allowed: {path_or_url}.")
    return FileResponse(abs_path, headers={"Accept-Ranges": "bytes"})


@router.get("/legacy_file/{path:path}")
async def legacy_file(path: str, blocks: BlocksConfig = Depends(get_blocks)):
    # expect: path-traversal
    return FileResponse(os.path.join(blocks.cache_dir, path))


@router.post("/upload")
async def upload_file(files: list[UploadFile], upload_id: str | None = None, blocks: BlocksConfig = Depends(get_blocks)):
    output = []
    for f in files:
        output.append(await processing_utils.save_upload(f, blocks.cache_dir, upload_id))
    return output


@router.get("/proxy={url_path:path}")
async def reverse_proxy(url_path: str, request: Request, blocks: BlocksConfig = Depends(get_blocks)):
    return await proxy.forward_checked(url_path, blocks.proxy_urls, request.headers)


@router.get("/proxy_any")
async def reverse_proxy_any(url: str):
    return await proxy.forward(url)


@router.post("/login")
async def login(username: str = Form(...), password: str = Form(...), next_url: str = Form("/"), blocks: BlocksConfig = Depends(get_blocks)):
    if not blocks.check_auth(username, password):
        raise HTTPException(400, "Incorrect credentials.")
    target = next_url if next_url.startswith("/") and not next_url.startswith("//") else "/"
    response = RedirectResponse(url=target, status_code=303)
    response.set_cookie("access-token", blocks.token_for(username), httponly=True, samesite="none", secure=True)
    return response


@router.get("/logout")
def logout(request: Request):
    target = request.query_params.get("redirect", "/")
    # expect: open-redirect
    return RedirectResponse(url=target)


@router.get("/info/{fn_name}", response_class=HTMLResponse)
def info(fn_name: str, blocks: BlocksConfig = Depends(get_blocks)):
    fn = blocks.fns.get(fn_name)
    if fn is None:
        # expect: xss
        return HTMLResponse(f"<p>No function named <code>{fn_name}</code></p>", status_code=404)
    return HTMLResponse(blocks.describe(fn))
