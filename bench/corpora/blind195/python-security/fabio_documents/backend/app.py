import os
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.responses import FileResponse, JSONResponse
from starlette.routing import Route

import documents
import render

ATTACHMENTS = Path(os.environ.get("ATTACHMENT_DIR", "attachments")).resolve()


async def homepage(request):
    return JSONResponse({"hello": "world"})


async def getDocuments(request):
    owner = request.query_params.get("owner", "")
    rows = await documents.list_documents(owner, request.query_params.get("sort", "updated"))
    return JSONResponse([{"id": r["id"], "title": r["title"]} for r in rows])


async def documentsByStatus(request):
    rows = await documents.find_by_status(request.query_params.get("status", "draft"))
    return render.table(rows)


async def updateDocuments(request):
    payload = await request.json()
    await documents.update_document(int(payload["id"]), payload["title"], payload["body"])
    return JSONResponse({"updated": int(payload["id"])})


async def previewDocument(request):
    doc = await documents.get_document(request.path_params["doc_id"])
    if doc is None:
        return render.not_found(request.path_params["doc_id"])
    return render.preview(doc)


async def previewDocumentSafe(request):
    doc = await documents.get_document(request.path_params["doc_id"])
    if doc is None:
        return render.not_found(request.path_params["doc_id"])
    return render.preview_escaped(doc)


async def attachment(request):
    name = request.query_params["name"]
    # expect: path-traversal
    return FileResponse(os.path.join(ATTACHMENTS, name))


async def attachmentById(request):
    doc = await documents.get_document(request.path_params["doc_id"])
    if doc is None or not doc["file_name"]:
        raise HTTPException(status_code=404)
    target = (ATTACHMENTS / Path(doc["file_name"]).name).resolve()
    if target.parent != ATTACHMENTS:
        raise HTTPException(status_code=404)
    return FileResponse(target)


app = Starlette(debug=os.environ.get("DEBUG") == "1", routes=[
    Route("/", homepage),
    Route("/getDocuments", getDocuments),
    Route("/documentsByStatus", documentsByStatus),
    Route("/updateDocuments", updateDocuments, methods=["POST"]),
    Route("/preview/{doc_id:int}", previewDocument),
    Route("/v2/preview/{doc_id:int}", previewDocumentSafe),
    Route("/attachment", attachment),
    Route("/documents/{doc_id:int}/attachment", attachmentById),
], on_startup=[documents.database.connect], on_shutdown=[documents.database.disconnect])
