"""Knowledge-base views."""
from django.http import Http404
from django.shortcuts import render

from .models import Document


def document(request, document_slug):
    if request.GET.get("fallback"):
        doc = Document.from_url_raw(document_slug, request.LANGUAGE_CODE_RAW)
    else:
        doc = Document.from_url(document_slug, request.LANGUAGE_CODE)
    if doc is None:
        raise Http404
    return render(request, "wiki/document.html", {"document": doc})
