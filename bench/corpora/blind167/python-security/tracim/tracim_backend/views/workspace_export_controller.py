"""Workspace export: build a zip of a space, then download it."""
import os
from http import HTTPStatus

from hapic import HapicData
from pyramid.config import Configurator
from pyramid.response import FileResponse

from tracim_backend.exceptions import WorkspaceExportNotFound
from tracim_backend.extensions import hapic
from tracim_backend.lib.core.workspace_export import WorkspaceExporter
from tracim_backend.lib.utils.authorization import check_right, is_content_manager
from tracim_backend.lib.utils.request import TracimRequest
from tracim_backend.views.controllers import Controller
from tracim_backend.views.core_api.schemas import (
    ExportFilenamePathSchema,
    WorkspaceExportSchema,
    WorkspaceIdPathSchema,
)

SWAGGER_TAG = "Workspace export"


class WorkspaceExportController(Controller):
    @hapic.with_api_doc(tags=[SWAGGER_TAG])
    @check_right(is_content_manager)
    @hapic.input_path(WorkspaceIdPathSchema())
    @hapic.output_body(WorkspaceExportSchema(), default_http_code=HTTPStatus.ACCEPTED)
    def create_export(self, context, request: TracimRequest, hapic_data: HapicData):
        exporter = WorkspaceExporter(request.app_config, request.current_user)
        return exporter.schedule(request.current_workspace)

    @hapic.with_api_doc(tags=[SWAGGER_TAG])
    @check_right(is_content_manager)
    @hapic.handle_exception(WorkspaceExportNotFound, HTTPStatus.NOT_FOUND)
    @hapic.input_path(ExportFilenamePathSchema())
    def download_export(self, context, request: TracimRequest, hapic_data: HapicData):
        export_dir = request.app_config.WORKSPACE_EXPORT__DIR
        filename = hapic_data.path.filename
        path = os.path.join(export_dir, str(request.current_workspace.workspace_id), filename)
        if not os.path.isfile(path):
            raise WorkspaceExportNotFound(filename)
        # expect: path-traversal
        return FileResponse(path, request=request, content_type="application/zip")

    @hapic.with_api_doc(tags=[SWAGGER_TAG])
    @check_right(is_content_manager)
    @hapic.handle_exception(WorkspaceExportNotFound, HTTPStatus.NOT_FOUND)
    @hapic.input_path(ExportFilenamePathSchema())
    def download_export_v2(self, context, request: TracimRequest, hapic_data: HapicData):
        exporter = WorkspaceExporter(request.app_config, request.current_user)
        record = exporter.find(request.current_workspace, hapic_data.path.filename)
        if record is None:
            raise WorkspaceExportNotFound(hapic_data.path.filename)
        return FileResponse(record.path, request=request, content_type="application/zip")

    def bind(self, configurator: Configurator) -> None:
        prefix = "/workspaces/{workspace_id}/exports"
        configurator.add_route("create_export", prefix, request_method="POST")
        configurator.add_view(self.create_export, route_name="create_export")
        configurator.add_route("download_export", prefix + "/{filename:.*}", request_method="GET")
        configurator.add_view(self.download_export, route_name="download_export")
        configurator.add_route("download_export_v2", "/v2" + prefix + "/{filename}", request_method="GET")
        configurator.add_view(self.download_export_v2, route_name="download_export_v2")
