"""Project blueprint: listing and search handlers."""
from dataclasses import dataclass

from sanic import Request, json

import renku_data_services.base_models as base_models
from renku_data_services.base_api.auth import authenticate
from renku_data_services.base_api.blueprint import BlueprintFactoryResponse, CustomBlueprint
from renku_data_services.project.db import ProjectRepository


@dataclass(kw_only=True)
class ProjectsBP(CustomBlueprint):
    """Handlers for projects."""

    project_repo: ProjectRepository
    authenticator: base_models.Authenticator

    def get_all(self) -> BlueprintFactoryResponse:
        @authenticate(self.authenticator)
        async def _get_all(request: Request, user: base_models.APIUser):
            page = max(int(request.args.get("page", "1")), 1)
            per_page = min(max(int(request.args.get("per_page", "20")), 1), 100)
            projects = await self.project_repo.list_projects(
                request.args.get("namespace"), request.args.get("order", "creation_date"), page, per_page
            )
            return json([{"id": str(p.id), "name": p.name} for p in projects])

        return "/projects", ["GET"], _get_all

    def search(self) -> BlueprintFactoryResponse:
        @authenticate(self.authenticator)
        async def _search(request: Request, user: base_models.APIUser):
            keyword = request.args.get("keyword", "")
            prefix = request.args.get("prefix", "")
            if prefix:
                return json(await self.project_repo.search_slugs(prefix, 20))
            visibility = "all" if user.is_admin else "public"
            return json(await self.project_repo.search_by_keyword(keyword, visibility))

        return "/projects/search", ["GET"], _search
