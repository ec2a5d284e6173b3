"""Crawl4AI FastAPI entry point (``deploy/docker/server.py``): routes only, work in ``api``."""
import ast
import uuid
from pathlib import Path
from typing import Dict, List, Optional

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, JSONResponse
from pydantic import BaseModel

from api import handle_crawl_request, handle_markdown_request, handle_pdf, handle_screenshot
from auth import TokenRequest, create_access_token, get_token_dependency, is_admin_token
from config import load_config

config = load_config()
app = FastAPI(title=config["app"]["title"])
token_dep = get_token_dependency(config)
PDF_DIR = Path(config["storage"]["pdf_dir"])


class CrawlRequest(BaseModel):
    urls: List[str]
    browser_config: Dict = {}
    crawler_config: Dict = {}
    hooks: Optional[Dict[str, str]] = None


class ScreenshotRequest(BaseModel):
    url: str
    screenshot_wait_for: float = 2
    output_path: Optional[str] = None


@app.post("/token")
async def get_token(req: TokenRequest):
    return {"access_token": create_access_token({"sub": req.email}), "token_type": "bearer"}


@app.post("/crawl")
async def crawl(req: CrawlRequest, _td: Dict = Depends(token_dep)):
    if not req.urls:
        raise HTTPException(400, "At least one URL required")
    return JSONResponse(await handle_crawl_request(req.urls, req.browser_config, req.crawler_config, req.hooks, config))


@app.get("/md")
async def markdown(url: str, f: str = "fit", q: Optional[str] = None, _td: Dict = Depends(token_dep)):
    return JSONResponse({"url": url, "markdown": await handle_markdown_request(url, f, q, config)})


@app.post("/screenshot")
async def screenshot(body: ScreenshotRequest, _td: Dict = Depends(token_dep)):
    return await handle_screenshot(body.url, body.screenshot_wait_for, body.output_path, config)


@app.post("/pdf")
async def pdf(url: str, _td: Dict = Depends(token_dep)):
    target = PDF_DIR / f"{uuid.uuid4().hex}.pdf"
    await handle_pdf(url, target, config)
    return FileResponse(target, media_type="application/pdf")


@app.post("/config/dump")
async def config_dump(raw: Dict[str, str]):
    try:
        value = ast.literal_eval(raw.get("code", ""))
    except (ValueError, SyntaxError):
        raise HTTPException(400, "not a literal")
    return {"parsed": repr(value)}


@app.post("/monitor/actions/cleanup")
async def monitor_cleanup(request: Request):
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    if not is_admin_token(token, config):
        raise HTTPException(403, "admin only")
    from crawler_pool import close_all
    await close_all()
    return {"closed": True}
