"""REST API: projects, series and per-project properties."""
from django.contrib.auth.models import User
from rest_framework import filters, mixins, permissions, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Message, Project
from .search import SearchEngine

SEARCH_PARAM = "q"


class PatchewPermission(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):
        if request.method in permissions.SAFE_METHODS:
            return True
        project = obj if isinstance(obj, Project) else obj.project
        return project.maintained_by(request.user)


class ProjectSerializer(serializers.ModelSerializer):
    class Meta:
        model = Project
        fields = ("id", "name", "mailing_list", "prefix_tags", "url", "git", "description")


class SeriesSerializer(serializers.ModelSerializer):
    class Meta:
        model = Message
        fields = ("message_id", "subject", "date", "is_complete", "is_merged", "version")


class PatchewSearchFilter(filters.BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        terms = request.query_params.get(SEARCH_PARAM, "").split()
        if not terms:
            return queryset
        return SearchEngine(terms, request.user).search_series(queryset=queryset)


class ProjectsViewSet(viewsets.ModelViewSet):
    queryset = Project.objects.all().order_by("id")
    serializer_class = ProjectSerializer
    permission_classes = (PatchewPermission,)

    @action(detail=True, methods=["get", "put"])
    def config(self, request, pk=None):
        project = self.get_object()
        if request.method == "PUT":
            for key, value in request.data.items():
                project.set_property(key, value)
        return Response(project.get_properties())


class SeriesViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = SeriesSerializer
    filter_backends = (PatchewSearchFilter,)
    lookup_field = "message_id"
    lookup_value_regex = "[^/]+"

    def get_queryset(self):
        return Message.objects.series_heads(self.kwargs.get("projects_pk")).order_by("-last_reply_date")


class UsersViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = User.objects.all().order_by("id")
    permission_classes = (permissions.IsAdminUser,)
