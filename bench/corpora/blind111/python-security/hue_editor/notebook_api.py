"""notebook/api.py-style views: JSON posted in form fields, decorators storing it on request."""
import json

import requests
from django.http import JsonResponse

from .connectors.sql_alchemy import get_api
from .decorators import api_error_handler, check_document_access_permission
from .models import Document2


@api_error_handler
@check_document_access_permission
def get_sample_data(request, server=None, database=None, table=None, column=None):
    response = get_api(request, request.snippet).get_sample_data(request.snippet, database, table, column)
    return JsonResponse(response)


@api_error_handler
def autocomplete(request, database=None, table=None):
    snippet = json.loads(request.POST.get("snippet", "{}"))
    return JsonResponse(get_api(request, snippet).autocomplete(snippet, database, table))


@api_error_handler
def guess_format(request):
    file_format = json.loads(request.POST.get("fileFormat", "{}"))
    if file_format.get("inputFormat") == "url":
        # expect: ssrf
        sample = requests.get(file_format["path"], timeout=30).text[:4096]
        return JsonResponse({"sample": sample})
    return JsonResponse({"sample": ""})


@api_error_handler
def save_notebook(request):
    notebook = json.loads(request.POST.get("notebook", "{}"))
    doc = Document2.objects.create(name=notebook.get("name", "Untitled"), description=notebook.get("description", ""), data=json.dumps(notebook), owner=request.user)
    return JsonResponse({"id": doc.id})


def notebook_card(request, doc_id):
    from django.http import HttpResponse

    doc = Document2.objects.get(pk=int(doc_id), owner=request.user)
    return HttpResponse(doc.name_html() + doc.description_html())
