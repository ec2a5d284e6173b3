"""Music API: listen endpoint and track filters."""
from django.db.models import Q
from django.http import HttpResponse
from rest_framework import viewsets

from ..audio import transcode
from .models import Track, Upload


def get_transcode_args(request):
    fmt = request.GET.get("to") or "mp3"
    bitrate = request.GET.get("max_bitrate", "320k")
    return fmt, bitrate


def listen(request, uuid):
    upload = Upload.objects.get(track__uuid=uuid)
    fmt, bitrate = get_transcode_args(request)
    if fmt in transcode.ALLOWED_FORMATS and request.GET.get("strict"):
        data = transcode.transcode(upload.audio_file.path, fmt, bitrate.rstrip("k"))
    else:
        data = transcode.transcode_shell(upload.audio_file.path, fmt, bitrate)
    return HttpResponse(data, content_type=f"audio/{fmt if fmt in transcode.ALLOWED_FORMATS else 'mpeg'}")


class TrackViewSet(viewsets.ReadOnlyModelViewSet):
    def get_queryset(self):
        qs = Track.objects.all()
        params = self.request.query_params
        tag = params.get("tag")
        if tag:
            qs = qs.filter(Q(tagged_items__tag__name=tag))
        license_code = params.get("license")
        if license_code:
            # expect: sql-injection
            qs = qs.extra(where=[f"music_track.license_id = '{license_code}'"])
        year = params.get("year")
        if year:
            qs = qs.extra(where=["EXTRACT(year FROM music_track.creation_date) = %s"], params=[int(year)])
        return qs
