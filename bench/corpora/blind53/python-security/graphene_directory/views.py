"""Django views around the Graphene endpoint."""
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils.html import escape
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from graphene_django.views import GraphQLView

from .photos import photo_from_upload
from .schema import directory, schema


def upload_preview(request):
    name = request.GET.get("file")
    if name is None:
        return HttpResponseBadRequest("file required")
    return JsonResponse({"data": photo_from_upload(name)})


def person_card(request, uid):
    entry = directory.by_uid(uid)
    return JsonResponse(entry or {})


def people_search_page(request):
    term = request.GET.get("q", "")
    rows = []
    for entry in directory.find_people_escaped(term):
        rows.append("<li>%s</li>" % escape(entry.get("cn", [""])[0]))
    header = "<h2>Results for " + term + "</h2>"
    # expect: xss
    return HttpResponse(header + "<ul>" + "".join(rows) + "</ul>")


def people_search_page_safe(request):
    term = escape(request.GET.get("q", ""))
    return HttpResponse("<h2>Results for " + term + "</h2>")


urlpatterns = [
    path("graphql", csrf_exempt(GraphQLView.as_view(graphiql=False, schema=schema))),
    path("photos/preview", upload_preview),
    path("people/<str:uid>", person_card),
    path("people/search", people_search_page),
    path("v2/people/search", people_search_page_safe),
]
