from typing import Optional

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel

from ..deps import TenantDep, VerifiedTenantDep, get_page, get_session, get_user_id
from ..services.projects import ArchiveService, ProjectService

router = APIRouter()


class SearchBody(BaseModel):
    term: str
    owner: Optional[str] = None


@router.get("/")
def list_projects(page=Depends(get_page), tenant=TenantDep, session=Depends(get_session)):
    offset, limit = page
    return ProjectService(session, tenant).page(offset, limit)


@router.get("/by-status")
def by_status(status: str = Query("active"), tenant=TenantDep, session=Depends(get_session)):
    return ProjectService(session, tenant).by_status(status)


@router.post("/search")
def search(body: SearchBody, tenant=TenantDep, session=Depends(get_session), user_id: str = Depends(get_user_id)):
    owner = body.owner if body.owner else user_id
    return ProjectService(session, tenant).search(body.term, owner)


@router.post("/search-bound")
def search_bound(body: SearchBody, tenant=TenantDep, session=Depends(get_session)):
    return ProjectService(session, tenant).search_bound(body.term, body.owner)


@router.post("/{project_id}/archive")
def archive(project_id: int, tenant=VerifiedTenantDep, session=Depends(get_session)):
    return ArchiveService(session, tenant).archive(project_id)
