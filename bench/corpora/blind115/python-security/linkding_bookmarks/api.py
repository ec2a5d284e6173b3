from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from . import queries
from .models import Bookmark
from .serializers import BookmarkSerializer
from .services import bookmarks as bookmark_service
from .services import website_loader


class BookmarkViewSet(viewsets.GenericViewSet, mixins.ListModelMixin, mixins.CreateModelMixin):
    serializer_class = BookmarkSerializer

    def get_queryset(self):
        query_string = self.request.GET.get("q")
        return queries.query_bookmarks(self.request.user, query_string)

    @action(methods=["get"], detail=False)
    def check(self, request):
        url = request.GET.get("url")
        metadata = website_loader.load_website_metadata(url)
        return Response({"metadata": metadata.to_dict()}, status=status.HTTP_200_OK)

    @action(methods=["post"], detail=True)
    def archive(self, request, pk=None):
        bookmark = Bookmark.objects.get(pk=pk, owner=request.user)
        bookmark_service.archive_bookmark(bookmark)
        return Response(status=status.HTTP_204_NO_CONTENT)


def bookmark_close(request):
    return_url = request.GET.get("return_url", "/bookmarks")
    if not url_has_allowed_host_and_scheme(return_url, allowed_hosts={request.get_host()}):
        return_url = "/bookmarks"
    return HttpResponseRedirect(return_url)


def bookmark_new_done(request):
    return_url = request.GET.get("return_url") or "/bookmarks"
    # expect: open-redirect
    return HttpResponseRedirect(return_url)
