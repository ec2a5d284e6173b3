"""Query endpoint and document listing."""
import logging
from typing import Any, Dict, List, Optional

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from ...document_stores.sql import SQLDocumentStore
from ...nodes.crawler import Crawler
from ..utils import get_document_store, get_pipelines

logger = logging.getLogger(__name__)
router = APIRouter()


class QueryRequest(BaseModel):
    query: str
    params: Optional[Dict[str, Any]] = None


class FilterRequest(BaseModel):
    filters: Dict[str, Any] = {}


class CrawlRequest(BaseModel):
    urls: List[str]
    crawler_depth: int = 0


@router.post('/query')
def query(request: QueryRequest, pipelines: dict = Depends(get_pipelines)):
    result = pipelines['query_pipeline'].run(query=request.query, params=request.params or {})
    return {'query': request.query, 'answers': result.get('answers', [])}


@router.post('/documents/get_by_filters')
def get_documents(request: FilterRequest, store: SQLDocumentStore = Depends(get_document_store)):
    return store.get_all_documents(**request.filters)


@router.post('/documents/crawl')
def crawl(request: CrawlRequest, store: SQLDocumentStore = Depends(get_document_store)):
    crawler = Crawler(depth=min(int(request.crawler_depth), 2))
    docs = crawler.crawl(urls=request.urls)
    store.write_documents(docs)
    return {'written': len(docs)}


@router.get('/documents/index/{index}')
def documents_in_index(index: str, store: SQLDocumentStore = Depends(get_document_store)):
    return store.get_documents_by_index(index)


@router.get('/docs-site/{path:path}')
def docs_site(path: str, store: SQLDocumentStore = Depends(get_document_store)):
    docs = Crawler().crawl_docs_site(path)
    store.write_documents(docs, index='docs')
    return {'written': len(docs)}
