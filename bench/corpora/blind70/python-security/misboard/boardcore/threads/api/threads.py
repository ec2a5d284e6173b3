"""Threads API."""
from django.db import transaction
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from boardcore.core.shortcuts import get_int_or_404
from boardcore.threads.api.postingendpoint import PostingEndpoint
from boardcore.threads.viewmodels import ThreadsList


class ThreadViewSet(viewsets.ViewSet):
    def list(self, request):
        category = get_int_or_404(request.query_params.get("category", 0))
        page = get_int_or_404(request.query_params.get("page", 1))
        list_type = request.query_params.get("list", "all")
        threads = ThreadsList(request, category, list_type, page)
        threads.remember()
        return Response(threads.get_frontend_context())

    @action(detail=True, methods=["post"])
    @transaction.atomic
    def edit_title(self, request, pk=None):
        thread_id = get_int_or_404(pk)
        posting = PostingEndpoint(request, PostingEndpoint.EDIT, thread_id=thread_id)
        if not posting.is_valid():
            return Response(posting.errors, status=400)
        posting.save()
        return Response({"id": thread_id, "title": posting.thread_title})
