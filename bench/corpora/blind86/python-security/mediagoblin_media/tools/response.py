"""Response helpers over werkzeug (the views return these)."""
from werkzeug.wrappers import Response
from werkzeug.utils import redirect as wz_redirect


def render_to_response(request, template, context):
    return Response(request.jinja_env.get_template(template).render(context), mimetype="text/html")


def redirect(request, location=None, **kwargs):
    if location is None:
        location = request.urlgen(kwargs.pop("endpoint", "index"), **kwargs)
    return wz_redirect(location)


def redirect_obj(request, obj):
    return wz_redirect(obj.url_for_self(request.urlgen))
