"""SkyPilot API server: request endpoints, file-mount uploads and log streaming."""
import os
import pathlib
import re

import aiofiles
import fastapi
from fastapi.responses import StreamingResponse

from sky.server import common
from sky.server import k8s_context
from sky.server.requests import executor, payloads
from sky.server.requests import requests as requests_lib
from sky.utils import storage_utils

app = fastapi.FastAPI(prefix="/api/v1")

USER_HASH_RE = re.compile(r"^[a-f0-9]{8,64}$")
UPLOAD_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@app.post("/upload")
async def upload_zip_file(request: fastapi.Request, user_hash: str, upload_id: str,
                          chunk_index: int, total_chunks: int):
    """Clients upload workdir and file mounts as a zip, chunk by chunk."""
    if not USER_HASH_RE.match(user_hash) or not UPLOAD_ID_RE.match(upload_id):
        raise fastapi.HTTPException(status_code=400, detail="bad user hash or upload id")
    client_dir = common.API_SERVER_CLIENT_DIR / user_hash
    client_dir.mkdir(parents=True, exist_ok=True)
    chunk_path = client_dir / f"{upload_id}.zip.part{int(chunk_index)}"
    async with aiofiles.open(chunk_path, "wb") as fh:
        async for data in request.stream():
            await fh.write(data)
    if int(chunk_index) + 1 == int(total_chunks):
        zip_path = client_dir / f"{upload_id}.zip"
        with open(zip_path, "wb") as out:
            for i in range(int(total_chunks)):
                part = client_dir / f"{upload_id}.zip.part{i}"
                out.write(part.read_bytes())
                part.unlink()
        storage_utils.unzip_file(zip_path, client_dir / "file_mounts")
        zip_path.unlink()
    return {"status": "uploaded"}


@app.post("/kubernetes/context")
async def set_kubernetes_context(request: fastapi.Request, body: payloads.KubernetesContextBody):
    """Check that the server can reach the context the client names."""
    ok, message = k8s_context.check_context(body.context)
    return {"ok": ok, "message": message}


@app.get("/api/get")
async def api_get(request_id: str):
    request_task = requests_lib.get_request(request_id)
    if request_task is None:
        raise fastapi.HTTPException(status_code=404, detail=f"Request {request_id!r} not found")
    return request_task.encode()


@app.get("/api/stream")
async def stream_logs(request_id: str | None = None, log_path: str | None = None, tail: int | None = None):
    """Stream a request's log; the CLI also uses it to tail arbitrary server logs."""
    if request_id is not None:
        request_task = requests_lib.get_request(request_id)
        if request_task is None:
            raise fastapi.HTTPException(status_code=404, detail="request not found")
        path = request_task.log_path
    elif log_path is not None:
        path = pathlib.Path(log_path).expanduser()
    else:
        raise fastapi.HTTPException(status_code=400, detail="request_id or log_path is required")

    async def _gen():
        # expect: path-traversal
        async with aiofiles.open(path, "rb") as fh:
            while chunk := await fh.read(64 * 1024):
                yield chunk

    return StreamingResponse(_gen(), media_type="text/plain")


@app.post("/launch")
async def launch(request: fastapi.Request, launch_body: payloads.LaunchBody):
    executor.schedule_request(request_id=request.state.request_id, request_name="launch",
                              request_body=launch_body, func=executor.launch_entrypoint)
    return {"request_id": request.state.request_id}
