import os

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from .jobs import enqueue_exif_edit, enqueue_nextcloud_scan
from .models import Photo, photos_by_caption, photos_by_caption_bound
from .serializers import ExifEditSerializer, UserNextcloudSerializer

ORDERS = {"date": "exif_timestamp", "hash": "image_hash"}


class SearchView(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request):
        term = request.query_params.get("search_term", "")
        order = request.query_params.get("order", "exif_timestamp")
        hashes = photos_by_caption(request.user.pk, term, order) if order else []
        hashes += photos_by_caption_bound(request.user.pk, term)
        return Response({"results": hashes, "order": ORDERS.get(order, "image_hash")})


class NextcloudScanView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request):
        serializer = UserNextcloudSerializer(request.user, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        serializer.save()
        enqueue_nextcloud_scan(request.user, request.data.get("path", "/"))
        return Response({"status": "queued"})


class ExifEditView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request):
        serializer = ExifEditSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        photo = get_object_or_404(Photo, image_hash=data["image_hash"], owner=request.user)
        enqueue_exif_edit(photo.main_file_path, data["tag"], data["value"], strict=request.user.is_staff)
        return Response({"status": "queued"})


class MediaAccessView(APIView):
    def get(self, request, path, fname):
        if path == "thumbnails_big":
            photo = get_object_or_404(Photo, image_hash=fname.split(".")[0], owner=request.user)
            return FileResponse(open(os.path.join(settings.MEDIA_ROOT, "thumbnails_big", photo.image_hash + ".webp"), "rb"))
        # expect: path-traversal
        return FileResponse(open(os.path.join(settings.MEDIA_ROOT, path, fname), "rb"))


class ZipDownloadView(APIView):
    def get(self, request):
        name = os.path.basename(request.query_params.get("fname", ""))
        zip_dir = os.path.realpath(os.path.join(settings.MEDIA_ROOT, "zip"))
        full = os.path.realpath(os.path.join(zip_dir, name))
        if not full.startswith(zip_dir + os.sep) or not os.path.exists(full):
            raise Http404()
        return FileResponse(open(full, "rb"))
