"""Retrieval: ingest a web page into a collection."""
from urllib.parse import quote

import httpx
from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel

from ..utils.auth import get_verified_user
from ..utils.web import WebLoader, host_allowed

router = APIRouter()


class ProcessUrlForm(BaseModel):
    url: str
    collection_name: str = ""


@router.post("/process/web")
def process_web(request: Request, form_data: ProcessUrlForm, user=Depends(get_verified_user)):
    loader = WebLoader(verify_ssl=request.app.state.config.ENABLE_WEB_LOADER_SSL_VERIFICATION)
    docs = loader.add(form_data.url).load()
    collection = form_data.collection_name or "web-" + str(abs(hash(form_data.url)))[:10]
    return {"status": True, "collection_name": collection, "count": len(docs)}


@router.post("/process/web/allowed")
def process_web_allowed(request: Request, form_data: ProcessUrlForm, user=Depends(get_verified_user)):
    if not host_allowed(form_data.url, request.app.state.config.ALLOWED_WEB_HOSTS):
        raise HTTPException(status_code=400, detail="Host not allowed")
    with httpx.Client(timeout=20.0) as client:
        resp = client.get(form_data.url)
    return {"status": True, "length": len(resp.text)}


@router.get("/wiki")
def wiki_summary(title: str, user=Depends(get_verified_user)):
    resp = httpx.get(f"https://en.wikipedia.org/api/rest_v1/page/summary/{quote(title, safe='')}", timeout=10.0)
    return resp.json()
