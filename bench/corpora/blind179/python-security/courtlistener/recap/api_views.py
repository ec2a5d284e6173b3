"""RECAP upload API: the browser extension posts PACER pages here."""
from django.conf import settings
from django.db import transaction
from rest_framework import mixins, serializers, viewsets
from rest_framework.permissions import IsAuthenticatedOrReadOnly
from rest_framework.response import Response

from cl.api.utils import LoggingMixin, RECAPUploaders
from cl.recap.models import ProcessingQueue, UPLOAD_TYPE
from cl.recap.tasks import process_recap_upload


class ProcessingQueueSerializer(serializers.ModelSerializer):
    upload_type = serializers.ChoiceField(choices=UPLOAD_TYPE.NAMES)
    pacer_case_id = serializers.RegexField(r"^[0-9]{1,10}$", required=False, allow_blank=True)
    court = serializers.SlugRelatedField(slug_field="pk", queryset=settings.COURT_QUERYSET)

    class Meta:
        model = ProcessingQueue
        fields = ("id", "court", "pacer_case_id", "pacer_doc_id", "document_number",
                  "attachment_number", "upload_type", "filepath_local", "status", "error_message")
        read_only_fields = ("status", "error_message")

    def validate_filepath_local(self, value):
        if value.size > settings.MAX_RECAP_UPLOAD_BYTES:
            raise serializers.ValidationError("File too large.")
        return value


class PacerProcessingQueueViewSet(LoggingMixin, mixins.CreateModelMixin,
                                  mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Uploads are stored by Django's storage (generated names) and processed in Celery."""

    permission_classes = (RECAPUploaders, IsAuthenticatedOrReadOnly)
    serializer_class = ProcessingQueueSerializer

    def get_queryset(self):
        return ProcessingQueue.objects.filter(uploader=self.request.user).order_by("-id")

    def perform_create(self, serializer):
        pq = serializer.save(uploader=self.request.user)
        transaction.on_commit(lambda: process_recap_upload.delay(pq.pk))


class ProcessingQueueStatusViewSet(viewsets.ViewSet):
    """Small status endpoint the extension polls."""

    permission_classes = (RECAPUploaders,)

    def retrieve(self, request, pk=None):
        pq = ProcessingQueue.objects.filter(pk=int(pk), uploader=request.user).first()
        if pq is None:
            return Response(status=404)
        return Response({"status": pq.status, "error": pq.error_message})
