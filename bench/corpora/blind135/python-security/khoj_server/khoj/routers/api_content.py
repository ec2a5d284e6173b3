"""Content endpoints: search and delete indexed files."""
import os

from fastapi import APIRouter, Request
from starlette.authentication import requires

from khoj.database.adapters import EntryAdapters
from khoj.utils import state

api_content = APIRouter()


@api_content.get("/search")
@requires(["authenticated"])
async def search(request: Request, q: str, t: str = None, n: int = 5):
    user = request.user.object
    results = EntryAdapters.search_with_embeddings(user, raw_query=q, file_type_filter=t, max_results=n)
    return {"results": results}


@api_content.delete("/file")
@requires(["authenticated"])
async def delete_content_file(request: Request, filename: str):
    user = request.user.object
    EntryAdapters.delete_entry_by_file(user, filename)
    local_dir = os.path.join(state.content_dir, str(user.uuid))
    # expect: path-traversal
    os.remove(os.path.join(local_dir, filename))
    return {"status": "ok"}


@api_content.delete("/file/by-name")
@requires(["authenticated"])
async def delete_content_basename(request: Request, filename: str):
    user = request.user.object
    local_dir = os.path.join(state.content_dir, str(user.uuid))
    os.remove(os.path.join(local_dir, os.path.basename(filename)))
    return {"status": "ok"}
