"""Groups API: details, joining, the group photo and the address lookup."""
from django.db import transaction
from rest_framework import permissions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from karrot.groups import tasks
from karrot.groups.models import Group, GroupMembership
from karrot.groups.serializers import GroupDetailSerializer, GroupPreviewSerializer


class IsGroupEditor(permissions.BasePermission):
    message = "You need editor rights in this group."

    def has_object_permission(self, request, view, obj):
        if request.method in permissions.SAFE_METHODS:
            return True
        return obj.is_editor(request.user)


class PhotoUrlSerializer(serializers.Serializer):
    photo_url = serializers.URLField(max_length=500)


class AddressSerializer(serializers.Serializer):
    address = serializers.CharField(max_length=200)


class GroupViewSet(viewsets.ModelViewSet):
    queryset = Group.objects.all()
    permission_classes = (permissions.IsAuthenticated, IsGroupEditor)

    def get_serializer_class(self):
        if self.action == "list":
            return GroupPreviewSerializer
        return GroupDetailSerializer

    @action(detail=True, methods=["post"])
    def join(self, request, pk=None):
        group = self.get_object()
        GroupMembership.objects.get_or_create(group=group, user=request.user)
        return Response(status=status.HTTP_200_OK)

    @action(detail=True, methods=["post"], url_path="photo-url")
    def photo_url(self, request, pk=None):
        """Use a picture from the web as the group photo (fetched in the background)."""
        group = self.get_object()
        data = PhotoUrlSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        with transaction.atomic():
            group.photo_source_url = data.validated_data["photo_url"]
            group.save(update_fields=["photo_source_url"])
            transaction.on_commit(lambda: tasks.fetch_group_photo(group.id))
        return Response({"status": "queued"}, status=status.HTTP_202_ACCEPTED)

    @action(detail=True, methods=["post"], url_path="geocode")
    def geocode(self, request, pk=None):
        group = self.get_object()
        data = AddressSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        group.address = data.validated_data["address"]
        group.save(update_fields=["address"])
        tasks.geocode_group(group.id)
        return Response({"status": "queued"}, status=status.HTTP_202_ACCEPTED)
