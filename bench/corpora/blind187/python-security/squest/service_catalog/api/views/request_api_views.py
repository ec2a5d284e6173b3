"""DRF endpoints: submit a request on a service, accept it, list custom links."""
from django.db import transaction
from django.shortcuts import get_object_or_404
from rest_framework import status
from rest_framework.generics import ListCreateAPIView
from rest_framework.permissions import IsAdminUser, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from service_catalog.api.serializers import CustomLinkSerializer, RequestSerializer
from service_catalog.models import CustomLink, Instance, Operation, Request, RequestState
from service_catalog.tasks import export_instance_inventory, perform_processing


class OperationRequestCreate(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request, operation_id):
        operation = get_object_or_404(Operation, id=operation_id, enabled=True)
        serializer = RequestSerializer(data=request.data, context={"operation": operation})
        serializer.is_valid(raise_exception=True)
        with transaction.atomic():
            instance = Instance.objects.create(
                name=request.data.get("squest_instance_name", ""),
                service=operation.service,
                requester=request.user,
            )
            new_request = Request.objects.create(
                instance=instance,
                operation=operation,
                fill_in_survey=serializer.validated_data["fill_in_survey"],
                user=request.user,
            )
        return Response(RequestSerializer(new_request).data, status=status.HTTP_201_CREATED)


class RequestAccept(APIView):
    permission_classes = [IsAdminUser]

    def post(self, request, pk):
        target = get_object_or_404(Request, id=pk, state=RequestState.SUBMITTED)
        target.state = RequestState.ACCEPTED
        target.accepted_by = request.user
        target.save(update_fields=["state", "accepted_by"])
        perform_processing.delay(target.id)
        export_instance_inventory.delay(target.id)
        return Response({"id": target.id, "state": target.state})


class CustomLinkListCreate(ListCreateAPIView):
    """Custom links are shown on instance pages when their `when` condition holds."""

    permission_classes = [IsAdminUser]
    serializer_class = CustomLinkSerializer
    queryset = CustomLink.objects.all()

    def perform_create(self, serializer):
        serializer.save(created_by=self.request.user)


class InstanceSpecUpdate(APIView):
    permission_classes = [IsAuthenticated]

    def patch(self, request, pk):
        instance = get_object_or_404(Instance, id=pk, requester=request.user)
        spec = request.data.get("user_spec")
        if not isinstance(spec, dict):
            return Response({"user_spec": "must be an object"}, status=status.HTTP_400_BAD_REQUEST)
        instance.user_spec = spec
        instance.save(update_fields=["user_spec"])
        return Response({"id": instance.id})
