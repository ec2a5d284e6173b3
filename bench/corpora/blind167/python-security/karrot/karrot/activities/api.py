"""Activities API: list, join, leave (pickups and other group activities)."""
from django.utils import timezone
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from karrot.activities import queries
from karrot.activities.models import Activity
from karrot.activities.serializers import ActivityPlainSerializer, ActivitySerializer
from karrot.groups.models import GroupMembership


class IsGroupMember(permissions.BasePermission):
    message = "You are not a member of this group."

    def has_object_permission(self, request, view, obj):
        return obj.place.group.is_member(request.user)


class ActivityViewSet(mixins.RetrieveModelMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = ActivitySerializer
    permission_classes = (permissions.IsAuthenticated, IsGroupMember)

    def get_queryset(self):
        return Activity.objects.filter(place__group__members=self.request.user).select_related("place")

    def _group_id(self):
        try:
            group_id = int(self.request.query_params["group"])
        except (KeyError, ValueError):
            raise ValidationError({"group": "an integer group id is required"})
        if not GroupMembership.objects.filter(group_id=group_id, user=self.request.user).exists():
            raise ValidationError({"group": "not a member"})
        return group_id

    @action(detail=False, methods=["get"])
    def upcoming(self, request):
        group_id = self._group_id()
        ordering = request.query_params.get("ordering", "date")
        rows = queries.upcoming_for_group(group_id, ordering)
        return Response(rows)

    @action(detail=False, methods=["get"])
    def upcoming_sorted(self, request):
        group_id = self._group_id()
        rows = queries.upcoming_for_group_sorted(group_id, request.query_params.get("ordering", "date"))
        return Response(rows)

    @action(detail=False, methods=["get"])
    def history(self, request):
        group_id = self._group_id()
        since = request.query_params.get("since")
        qs = Activity.objects.filter(place__group_id=group_id, date__lt=timezone.now())
        if since:
            qs = qs.filter(date__gte=since)
        return Response(ActivityPlainSerializer(qs.order_by("-date")[:100], many=True).data)

    @action(detail=True, methods=["post"])
    def add(self, request, pk=None):
        activity = self.get_object()
        if activity.is_full():
            return Response({"detail": "activity is full"}, status=status.HTTP_400_BAD_REQUEST)
        activity.add_participant(request.user)
        return Response(self.get_serializer(activity).data)

    @action(detail=True, methods=["post"])
    def remove(self, request, pk=None):
        activity = self.get_object()
        activity.remove_participant(request.user)
        return Response(self.get_serializer(activity).data)
