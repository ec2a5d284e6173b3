"""Federation API views (DRF)."""
from rest_framework import decorators, response, viewsets

from . import models, serializers, tasks


class FetchViewSet(viewsets.GenericViewSet):
    queryset = models.Fetch.objects.all()

    def create(self, request, *args, **kwargs):
        serializer = serializers.FetchSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        fetch = models.Fetch.objects.create(url=serializer.validated_data["object"], actor=request.user.actor)
        tasks.fetch.delay(fetch_id=fetch.pk)
        return response.Response({"id": fetch.pk}, status=201)


class ChannelViewSet(viewsets.GenericViewSet):
    @decorators.action(methods=["post"], detail=False)
    def rss_subscribe(self, request, *args, **kwargs):
        serializer = serializers.RssSubscribeSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        url = serializer.validated_data["url"]
        if request.data.get("strict"):
            tasks.fetch_rss_feed_safe.delay(url)
        else:
            tasks.fetch_rss_feed.delay(url)
        return response.Response({"url": url}, status=202)
