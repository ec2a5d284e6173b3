"""Comments on contents, with a link preview for the first URL, and recent activity."""
from http import HTTPStatus

import transaction
from hapic import HapicData
from pyramid.config import Configurator

from tracim_backend.extensions import hapic
from tracim_backend.lib.core import url_preview
from tracim_backend.lib.core.content import ContentApi
from tracim_backend.lib.core.content_search import recent_contents, recent_contents_sorted
from tracim_backend.lib.utils.authorization import check_right, is_contributor, is_reader
from tracim_backend.lib.utils.request import TracimRequest
from tracim_backend.views.controllers import Controller
from tracim_backend.views.core_api.schemas import (
    CommentSchema,
    CommentsPathSchema,
    RecentQuerySchema,
    SetCommentSchema,
    WorkspaceIdPathSchema,
)

SWAGGER_TAG = "Comments"


class CommentController(Controller):
    @hapic.with_api_doc(tags=[SWAGGER_TAG])
    @check_right(is_contributor)
    @hapic.input_path(CommentsPathSchema())
    @hapic.input_body(SetCommentSchema())
    @hapic.output_body(CommentSchema(), default_http_code=HTTPStatus.CREATED)
    def add_comment(self, context, request: TracimRequest, hapic_data: HapicData):
        api = ContentApi(current_user=request.current_user, session=request.dbsession, config=request.app_config)
        raw = hapic_data.body.raw_content
        preview = None
        url = url_preview.first_url(raw)
        if url:
            preview = url_preview.fetch_oembed(url) or {"title": url_preview.fetch_title(url)}
        comment = api.create_comment(request.current_workspace, request.current_content, raw, preview=preview)
        transaction.commit()
        return api.get_content_in_context(comment)

    @hapic.with_api_doc(tags=[SWAGGER_TAG])
    @check_right(is_reader)
    @hapic.input_path(WorkspaceIdPathSchema())
    @hapic.input_query(RecentQuerySchema())
    def recent(self, context, request: TracimRequest, hapic_data: HapicData):
        sort = request.params.get("sort", "updated")
        return recent_contents(request.dbsession, request.current_workspace.workspace_id, sort)

    @hapic.with_api_doc(tags=[SWAGGER_TAG])
    @check_right(is_reader)
    @hapic.input_path(WorkspaceIdPathSchema())
    @hapic.input_query(RecentQuerySchema())
    def recent_v2(self, context, request: TracimRequest, hapic_data: HapicData):
        return recent_contents_sorted(
            request.dbsession, request.current_workspace.workspace_id, hapic_data.query.sort
        )

    def bind(self, configurator: Configurator) -> None:
        configurator.add_route(
            "add_comment", "/workspaces/{workspace_id}/contents/{content_id}/comments", request_method="POST"
        )
        configurator.add_view(self.add_comment, route_name="add_comment")
        configurator.add_route("recent", "/workspaces/{workspace_id}/recent", request_method="GET")
        configurator.add_view(self.recent, route_name="recent")
        configurator.add_route("recent_v2", "/v2/workspaces/{workspace_id}/recent", request_method="GET")
        configurator.add_view(self.recent_v2, route_name="recent_v2")
