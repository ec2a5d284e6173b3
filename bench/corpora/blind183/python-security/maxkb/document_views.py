"""DRF views for knowledge-base documents (MaxKB ``apps/dataset/views/document.py``)."""
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from common.auth import TokenAuth, has_permissions
from common.constants.permission_constants import Permission, Group, Operate
from dataset.serializers.document_serializers import DocumentSerializers
from dataset.task.sync import sync_web_document
from dataset.models import Document, DocumentType


class WebDocument(APIView):
    authentication_classes = [TokenAuth]

    @has_permissions(lambda r, k: Permission(group=Group.DATASET, operate=Operate.MANAGE, dynamic_tag=k.get("dataset_id")))
    def post(self, request, dataset_id: str):
        source_url_list = request.data.get("source_url_list", [])
        selector = request.data.get("selector", "")
        documents = []
        for url in source_url_list:
            doc = Document.objects.create(
                dataset_id=dataset_id,
                name=url[:150],
                type=DocumentType.WEB,
                meta={"source_url": url, "selector": selector},
            )
            documents.append(str(doc.id))
        sync_web_document.delay(dataset_id, documents)
        return Response({"document_id_list": documents}, status=status.HTTP_201_CREATED)


class DocumentPage(APIView):
    authentication_classes = [TokenAuth]
    permission_classes = [IsAuthenticated]

    def get(self, request, dataset_id: str, current_page: int, page_size: int):
        query = DocumentSerializers.Query(data={
            "dataset_id": dataset_id,
            "name": request.query_params.get("name"),
            "order_by": request.query_params.get("order_by", "create_time"),
            "status": request.query_params.get("status"),
        })
        query.is_valid(raise_exception=True)
        return Response(query.page(int(current_page), min(int(page_size), 100)))


class DocumentRefresh(APIView):
    authentication_classes = [TokenAuth]

    @has_permissions(lambda r, k: Permission(group=Group.DATASET, operate=Operate.MANAGE, dynamic_tag=k.get("dataset_id")))
    def put(self, request, dataset_id: str, document_id: str):
        document = Document.objects.get(id=document_id, dataset_id=dataset_id)
        sync_web_document.delay(dataset_id, [str(document.id)])
        return Response({"ok": True})
