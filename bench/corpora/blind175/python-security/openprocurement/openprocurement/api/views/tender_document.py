"""Tender documents: upload, list, download."""
from openprocurement.api.utils import (
    APIResource,
    context_unpack,
    get_archived_file,
    get_file,
    json_view,
    opresource,
    save_tender,
    upload_file,
)
from openprocurement.api.validation import validate_file_update, validate_file_upload


@opresource(
    name="Tender Documents",
    collection_path="/tenders/{tender_id}/documents",
    path="/tenders/{tender_id}/documents/{document_id}",
    description="Tender related binary files (PDFs, etc.)",
)
class TenderDocumentResource(APIResource):
    @json_view(permission="view_tender")
    def collection_get(self):
        documents = self.context.documents
        if self.request.params.get("all", "") not in ("1", "true"):
            latest = {}
            for document in documents:
                latest[document.id] = document
            documents = list(latest.values())
        return {"data": [d.serialize("view") for d in documents]}

    @json_view(permission="upload_tender_documents", validators=(validate_file_upload,))
    def collection_post(self):
        document = upload_file(self.request)
        self.context.documents.append(document)
        if save_tender(self.request):
            self.LOGGER.info(
                "Created tender document {}".format(document.id),
                extra=context_unpack(self.request, {"MESSAGE_ID": "tender_document_create"}),
            )
            self.request.response.status = 201
            return {"data": document.serialize("view")}

    @json_view(permission="view_tender")
    def get(self):
        if self.request.params.get("download"):
            if self.request.params.get("archived") == "1":
                return get_archived_file(self.request)
            return get_file(self.request)
        return {"data": self.context.serialize("view")}

    @json_view(permission="upload_tender_documents", validators=(validate_file_update,))
    def put(self):
        document = upload_file(self.request)
        self.request.validated["tender"].documents.append(document)
        if save_tender(self.request):
            return {"data": document.serialize("view")}
