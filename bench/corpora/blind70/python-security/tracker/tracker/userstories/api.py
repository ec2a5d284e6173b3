"""User story endpoints."""
from django.shortcuts import get_object_or_404
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from tracker.base import filters
from tracker.userstories import services
from tracker.userstories.models import UserStory


class UserStorySerializer(serializers.ModelSerializer):
    class Meta:
        model = UserStory
        fields = ("id", "project_id", "ref", "subject", "status_id", "assigned_to_id", "tags")


class UserStoryViewSet(viewsets.ModelViewSet):
    queryset = UserStory.objects.all()
    serializer_class = UserStorySerializer
    order_by_fields = ("backlog_order", "created_date", "subject")
    filter_backends = (
        filters.CanViewProjectFilter,
        filters.TagsFilter,
        filters.StatusesFilter,
        filters.AssignedToFilter,
    )

    @action(detail=False, methods=["post"])
    def bulk_create(self, request, **kwargs):
        project_id = int(request.data.get("project_id", 0))
        stories = services.create_userstories_in_bulk(project_id, request.data.get("bulk_stories", ""))
        return Response(UserStorySerializer(stories, many=True).data)

    @action(detail=False, methods=["get"])
    def by_ref(self, request, **kwargs):
        ref = request.query_params.get("ref", "")
        project = request.query_params.get("project", "")
        story = services.get_by_ref(project, ref)
        return Response(UserStorySerializer(story).data)

    @action(detail=False, methods=["get"])
    def by_ref_bound(self, request, **kwargs):
        story = get_object_or_404(
            UserStory, project_id=request.query_params.get("project"), ref=request.query_params.get("ref")
        )
        return Response(UserStorySerializer(story).data)
