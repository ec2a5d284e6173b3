"""REST endpoints for shipment trackers and uploaded documents."""
import logging

from django.urls import path
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response

import karrio.server.core.views.api as api
from karrio.server.core.gateway import Shipments
from karrio.server.documents.upload import DocumentStore
from karrio.server.events.tasks import notify_webhook_subscribers
from karrio.server.manager.filters import TrackerFilters
from karrio.server.manager.router import router
from karrio.server.manager.serializers import TrackingSerializer, TrackingStatus
import karrio.server.manager.models as models

logger = logging.getLogger(__name__)
ENDPOINT_ID = "$$$$$$"


class TrackerList(api.GenericAPIView):
    serializer_class = TrackingStatus

    def get(self, request: Request):
        filters = TrackerFilters(request.query_params, models.Tracking.access_by(request))
        trackers = filters.queryset()
        page = self.paginate_queryset(trackers)
        return self.get_paginated_response(TrackingStatus(page, many=True).data)


class TrackersCreate(api.APIView):
    def post(self, request: Request, carrier_name: str, tracking_number: str):
        carrier_filter = {
            "carrier_name": carrier_name,
            "test_mode": request.test_mode,
            "carrier_id": request.query_params.get("carrier_id"),
        }
        tracker = (
            TrackingSerializer.map(data={"tracking_number": tracking_number}, context=request)
            .save(carrier_filter=carrier_filter)
            .instance
        )
        notify_webhook_subscribers.schedule(("tracker.created", tracker.id, request.user.org_id))
        return Response(TrackingStatus(tracker).data, status=status.HTTP_201_CREATED)


class DocumentUploadView(api.APIView):
    def post(self, request: Request, shipment_id: str):
        shipment = models.Shipment.access_by(request).get(pk=shipment_id)
        store = DocumentStore(org_id=request.user.org_id)
        saved = []
        for document in request.data.get("document_files", []):
            doc_name = document.get("doc_name") or f"{shipment.tracking_number}.pdf"
            saved.append(store.save(shipment.id, doc_name, document["doc_file"]))
        checked = [store.save_checked(shipment.id, d.get("doc_name", ""), d["doc_file"]) for d in request.data.get("extra_files", [])]
        return Response({"documents": saved + checked}, status=status.HTTP_201_CREATED)


class DocumentDownloadView(api.APIView):
    def get(self, request: Request, shipment_id: str):
        store = DocumentStore(org_id=request.user.org_id)
        doc_type = request.query_params.get("doc_type", "label")
        return Response({"doc_file": store.read(shipment_id, doc_type)})


router.urls.append(path("trackers", TrackerList.as_view(), name="trackers-list"))
router.urls.append(path("trackers/<str:carrier_name>/<str:tracking_number>", TrackersCreate.as_view()))
router.urls.append(path("shipments/<str:shipment_id>/documents", DocumentUploadView.as_view()))
router.urls.append(path("shipments/<str:shipment_id>/documents/download", DocumentDownloadView.as_view()))
