"""API Routes."""
import html
import logging
import os
import time

from fastapi import BackgroundTasks, Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.requests import Request

from hyperglass.execution.main import execute
from hyperglass.models.api import Query
from hyperglass.state import HyperglassState, use_state

log = logging.getLogger("hyperglass.api")

app = FastAPI(title="hyperglass")
IMAGES_DIR = os.environ.get("HYPERGLASS_IMAGES", "/etc/hyperglass/static/images")
app.mount("/static/images", StaticFiles(directory=IMAGES_DIR), name="images")


def get_state() -> HyperglassState:
    return use_state()


@app.post("/api/query")
async def query(query_data: Query, request: Request, background_tasks: BackgroundTasks,
                state: HyperglassState = Depends(get_state)):
    started = time.time()
    device = state.devices.get(query_data.query_location)
    if device is None:
        raise HTTPException(status_code=404, detail="unknown location")
    output = await execute(query_data, device)
    log.info("Query %s took %.2fs", query_data.query_type, time.time() - started)
    return {"output": output, "format": "text/plain", "random": query_data.digest()}


@app.post("/api/query/html")
async def query_html(query_data: Query, state: HyperglassState = Depends(get_state)):
    device = state.devices.get(query_data.query_location)
    if device is None:
        raise HTTPException(status_code=404, detail="unknown location")
    output = await execute(query_data, device)
    page = "<h2>%s</h2><pre>%s</pre>" % (query_data.query_target, html.escape(output))
    # expect: xss
    return HTMLResponse(page)


@app.post("/api/query/html/escaped")
async def query_html_escaped(query_data: Query, state: HyperglassState = Depends(get_state)):
    device = state.devices.get(query_data.query_location)
    if device is None:
        raise HTTPException(status_code=404, detail="unknown location")
    output = await execute(query_data, device)
    page = "<h2>%s</h2><pre>%s</pre>" % (html.escape(query_data.query_target), html.escape(output))
    return HTMLResponse(page)


@app.get("/api/images/logo")
async def logo(state: HyperglassState = Depends(get_state)):
    return FileResponse(os.path.join(IMAGES_DIR, os.path.basename(state.params.web.logo.light)))


@app.get("/api/images/{name:path}")
async def custom_image(name: str):
    path = os.path.join(IMAGES_DIR, "custom", name)
    # expect: path-traversal
    return FileResponse(path)
