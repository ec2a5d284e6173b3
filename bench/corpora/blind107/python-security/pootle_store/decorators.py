"""Decorators that resolve the path object and store it on the request."""
import functools

from django.http import Http404

from .models import TranslationProject


def get_path_obj(view):
    @functools.wraps(view)
    def wrapped(request, language_code=None, project_code=None, dir_path="", filename=""):
        tp = TranslationProject.objects.filter(
            language__code=language_code, project__code=project_code).first()
        if tp is None:
            raise Http404
        request.translation_project = tp
        request.pootle_path = "/%s/%s/%s%s" % (language_code, project_code, dir_path, filename)
        request.search_text = request.GET.get("search", "")
        return view(request, tp)
    return wrapped
