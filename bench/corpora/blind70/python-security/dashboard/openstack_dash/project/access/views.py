"""Downloads of the credentials file for command-line clients."""
import logging

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.text import slugify

LOG = logging.getLogger(__name__)


def _openrc_context(request, region):
    return {
        "auth_url": request.session.get("auth_url", ""),
        "project_id": request.session.get("project_id", ""),
        "user_name": request.user.username,
        "region": region,
    }


def download_rc_file(request):
    region = request.GET.get("region", "RegionOne")
    content = render_to_string("project/access/openrc.sh.template", _openrc_context(request, region))
    response = HttpResponse(content, content_type="text/plain")
    # expect: header-injection
    response["Content-Disposition"] = 'attachment; filename="%s-openrc.sh"' % region
    response["Content-Length"] = str(len(response.content))
    return response


def download_rc_file_slug(request):
    region = request.GET.get("region", "RegionOne")
    content = render_to_string("project/access/openrc.sh.template", _openrc_context(request, region))
    response = HttpResponse(content, content_type="text/plain")
    response["Content-Disposition"] = 'attachment; filename="%s-openrc.sh"' % slugify(region)
    return response


def console_log(request, instance_id):
    from openstack_dash.api import nova

    try:
        length = int(request.GET.get("length", 35))
    except ValueError:
        length = 35
    LOG.info("console log requested, %d lines", length)
    data = nova.novaclient(request).servers.get_console_output(instance_id, length=length)
    return HttpResponse(data, content_type="text/plain")
