"""Review request list resource: filters come in as declared request fields."""
import logging

from django.contrib.auth.models import User
from django.db.models import Q
from django.http import JsonResponse

from reviewboard_api.reviews.models import ReviewRequest
from reviewboard_api.webapi.base import WebAPIResource
from reviewboard_api.webapi.decorators import webapi_login_required, webapi_request_fields

logger = logging.getLogger(__name__)

STATUS_MAP = {"pending": "P", "submitted": "S", "discarded": "D"}


class ReviewRequestResource(WebAPIResource):
    name = "review_request"
    uri_object_key = "review_request_id"
    allowed_methods = ("GET", "POST")
    fields = {"id": {}, "summary": {}, "status": {}, "submitter_id": {}}

    @webapi_request_fields(
        optional={
            "from-user": {"type": str},
            "status": {"type": str},
            "repository": {"type": int},
            "changenum": {"type": str},
            "time-added-from": {"type": str},
            "ship-it-count-gte": {"type": int},
        }
    )
    def get_list(self, request, *args, **kwargs):
        q = Q()
        if "from-user" in kwargs:
            q &= Q(submitter__username=kwargs["from-user"])
        status = STATUS_MAP.get(kwargs.get("status", "pending"), "P")
        q &= Q(status=status)
        if "repository" in kwargs:
            q &= Q(repository_id=kwargs["repository"])
        queryset = ReviewRequest.objects.filter(q)
        if "ship-it-count-gte" in kwargs:
            queryset = queryset.extra(where=["shipit_count >= %s"], params=[kwargs["ship-it-count-gte"]])
        if "changenum" in kwargs:
            changenum = kwargs["changenum"]
            # expect: sql-injection
            queryset = queryset.extra(where=["changenum = '%s'" % changenum])
        if "time-added-from" in kwargs:
            queryset = queryset.filter(time_added__gte=kwargs["time-added-from"])
        return self.get_paginated(request, queryset)

    def get(self, request, review_request_id=None, *args, **kwargs):
        try:
            review_request = ReviewRequest.objects.get(pk=int(review_request_id))
        except (ValueError, ReviewRequest.DoesNotExist):
            return JsonResponse({"stat": "fail", "err": {"code": 100}}, status=404)
        return JsonResponse({"stat": "ok", "review_request": self.serialize_object(review_request)})

    @webapi_login_required
    @webapi_request_fields(required={"repository": {"type": int}}, optional={"submit_as": {"type": str}})
    def create(self, request, *args, **kwargs):
        submitter = request.user
        if "submit_as" in kwargs and request.user.has_perm("reviews.can_submit_as_another_user"):
            submitter = User.objects.get(username=kwargs["submit_as"])
        review_request = ReviewRequest.objects.create(submitter=submitter, repository_id=kwargs["repository"])
        logger.info("Review request %s created by %s", review_request.pk, request.user.username)
        return JsonResponse({"stat": "ok", "review_request": self.serialize_object(review_request)}, status=201)


review_request_resource = ReviewRequestResource()
