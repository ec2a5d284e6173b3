"""Organisation export/import views queueing the export task."""
import uuid

from rest_framework.decorators import api_view
from rest_framework.response import Response

from flagsmith_api.import_export.tasks import export_organisation, import_organisation


@api_view(["POST"])
def create_export(request, organisation_id):
    file_name = f"{uuid.uuid4().hex}.json"
    export_organisation.delay(kwargs={"organisation_id": int(organisation_id), "file_name": file_name})
    return Response({"file_name": file_name}, status=202)


@api_view(["POST"])
def create_import(request, organisation_id):
    options = {"file_name": request.data.get("file_name"), "organisation_id": int(organisation_id)}
    import_organisation.delay(kwargs=options)
    return Response(status=202)
