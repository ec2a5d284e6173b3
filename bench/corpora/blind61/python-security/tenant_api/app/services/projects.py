import logging

from ..context import TenantInfo
from ..repositories.projects import ProjectRepository, VerifiedProjectRepository

log = logging.getLogger("saas.projects")


class ProjectService:
    def __init__(self, session, tenant: TenantInfo):
        self.tenant = tenant
        self.repo = ProjectRepository(session, tenant.schema)

    def page(self, offset, limit):
        return self.repo.list(offset, limit)

    def by_status(self, status):
        return self.repo.find_by_status(status)

    def search(self, term, owner=None):
        owner = owner or ""
        log.debug("project search, %d characters", len(term))
        return self.repo.search(term, owner)

    def search_bound(self, term, owner=None):
        return self.repo.search_bound(term, owner or "")


class ArchiveService:
    def __init__(self, session, tenant: TenantInfo):
        self.repo = VerifiedProjectRepository(session, tenant.schema)

    def archive(self, project_id: int):
        self.repo.archive(project_id)
        return {"id": project_id, "status": "archived"}
