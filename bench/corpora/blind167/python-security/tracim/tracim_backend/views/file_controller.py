"""File contents: upload a new file, ask for its PDF preview."""
from http import HTTPStatus

import transaction
from hapic import HapicData
from pyramid.config import Configurator
from pyramid.response import FileResponse

from tracim_backend.extensions import hapic
from tracim_backend.lib.core.content import ContentApi
from tracim_backend.lib.core.preview import PreviewManager
from tracim_backend.lib.utils.authorization import check_right, is_contributor, is_reader
from tracim_backend.lib.utils.request import TracimRequest
from tracim_backend.views.controllers import Controller
from tracim_backend.views.core_api.schemas import (
    ContentDigestSchema,
    FileCreationFormSchema,
    FileIdPathSchema,
    WorkspaceIdPathSchema,
)

SWAGGER_TAG = "Files"


class FileController(Controller):
    @hapic.with_api_doc(tags=[SWAGGER_TAG])
    @check_right(is_contributor)
    @hapic.input_path(WorkspaceIdPathSchema())
    @hapic.input_forms(FileCreationFormSchema())
    @hapic.output_body(ContentDigestSchema(), default_http_code=HTTPStatus.CREATED)
    def create_file(self, context, request: TracimRequest, hapic_data: HapicData):
        upload = request.POST["files"]
        api = ContentApi(current_user=request.current_user, session=request.dbsession, config=request.app_config)
        content = api.create_file(
            workspace=request.current_workspace,
            parent_id=hapic_data.forms.parent_id,
            file_name=upload.filename,
            file_stream=upload.file,
            mimetype=upload.type,
        )
        transaction.commit()
        return api.get_content_in_context(content)

    @hapic.with_api_doc(tags=[SWAGGER_TAG])
    @check_right(is_reader)
    @hapic.input_path(FileIdPathSchema())
    def preview_pdf(self, context, request: TracimRequest, hapic_data: HapicData):
        revision = request.current_content.current_revision
        previews = PreviewManager(request.app_config.PREVIEW_CACHE_DIR)
        stored = revision.depot_file.path
        pdf = previews.build_pdf(revision.revision_id, revision.file_name, stored)
        return FileResponse(pdf, request=request, content_type="application/pdf")

    @hapic.with_api_doc(tags=[SWAGGER_TAG])
    @check_right(is_reader)
    @hapic.input_path(FileIdPathSchema())
    def preview_pdf_v2(self, context, request: TracimRequest, hapic_data: HapicData):
        revision = request.current_content.current_revision
        previews = PreviewManager(request.app_config.PREVIEW_CACHE_DIR)
        pdf = previews.build_pdf_safe(revision.revision_id, revision.file_name, revision.depot_file.path)
        return FileResponse(pdf, request=request, content_type="application/pdf")

    def bind(self, configurator: Configurator) -> None:
        configurator.add_route("create_file", "/workspaces/{workspace_id}/files", request_method="POST")
        configurator.add_view(self.create_file, route_name="create_file")
        base = "/workspaces/{workspace_id}/files/{content_id}"
        configurator.add_route("preview_pdf", base + "/preview/pdf", request_method="GET")
        configurator.add_view(self.preview_pdf, route_name="preview_pdf")
        configurator.add_route("preview_pdf_v2", "/v2" + base + "/preview/pdf", request_method="GET")
        configurator.add_view(self.preview_pdf_v2, route_name="preview_pdf_v2")
