"""REST API of the exercise database (viewsets registered on the v2 router)."""
from django.http import HttpResponse
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from wger_workouts.api.serializers import ExerciseImageSerializer, ExerciseSubmissionSerializer
from wger_workouts.exercises import services
from wger_workouts.exercises.models import Exercise
from wger_workouts.exercises.tasks import fetch_remote_image
from wger_workouts.gallery import storage


class ExerciseViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Exercise.objects.all()
    permission_classes = [IsAuthenticated]

    @action(detail=False, methods=["get"])
    def search(self, request):
        term = request.query_params.get("term", "")
        language = request.query_params.get("language") or "en"
        rows = services.search_by_name(term, language)
        return Response({"suggestions": [{"value": r[1], "data": {"id": r[0]}} for r in rows]})

    @action(detail=False, methods=["get"])
    def by_category(self, request):
        category = request.query_params.get("category", "1")
        rows = services.exercises_in_category(category)
        return Response({"results": rows})

    @action(detail=False, methods=["get"])
    def ordered(self, request):
        ordering = request.query_params.get("ordering", "name")
        return Response({"results": services.ordered_names(ordering)})

    @action(detail=True, methods=["get"])
    def caption(self, request, pk=None):
        title = request.query_params.get("title", "")
        return HttpResponse(services.caption_html(title))


class ExerciseImageViewSet(viewsets.ViewSet):
    permission_classes = [IsAuthenticated]

    def create(self, request):
        serializer = ExerciseImageSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        fetch_remote_image.delay(data["exercise"], data["image_url"])
        return Response(status=202)

    @action(detail=False, methods=["post"])
    def mirror(self, request):
        serializer = ExerciseImageSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.mirror_from_trusted(serializer.validated_data["image_url"])
        return Response(status=202)

    @action(detail=False, methods=["delete"])
    def remove(self, request):
        storage.delete_image(request.data.get("file", ""))
        return Response(status=204)

    @action(detail=False, methods=["delete"])
    def remove_checked(self, request):
        storage.delete_image_checked(request.data.get("file", ""))
        return Response(status=204)


class SubmissionViewSet(viewsets.ViewSet):
    def create(self, request):
        serializer = ExerciseSubmissionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.record_submission(serializer.validated_data)
        return Response(status=201)
