"""PaaSTA service instance views (``paasta_tools/api/views/instance.py``)."""
import re
import traceback

from pyramid.view import view_config

from paasta_tools.api import settings
from paasta_tools.api.log_reader import read_instance_log
from paasta_tools.api.views.exception import ApiFailure
from paasta_tools.cli.utils import run_paasta_command, run_paasta_command_quoted
from paasta_tools.utils import NoConfigurationForServiceError, validate_service_instance

NAME_RE = re.compile(r"^[a-z0-9_.-]+$")


@view_config(route_name="service.instance.status", request_method="GET", renderer="json")
def instance_status(request):
    service = request.swagger_data.get("service")
    instance = request.swagger_data.get("instance")
    verbose = int(request.swagger_data.get("verbose") or 0)
    try:
        instance_type = validate_service_instance(service, instance, settings.cluster, settings.soa_dir)
    except NoConfigurationForServiceError:
        raise ApiFailure(f"deployment key {instance} not found", 404)
    except Exception:
        raise ApiFailure(traceback.format_exc(), 500)
    return {"service": service, "instance": instance, "instance_type": instance_type, "verbose": verbose}


@view_config(route_name="service.instance.logs", request_method="GET", renderer="json")
def instance_logs(request):
    service = request.matchdict["service"]
    instance = request.matchdict["instance"]
    lines = min(int(request.params.get("lines", "100")), 1000)
    return {"lines": read_instance_log(service, instance, lines)}


@view_config(route_name="service.instance.bounce", request_method="POST", renderer="json")
def instance_bounce(request):
    service = request.matchdict["service"]
    instance = request.matchdict["instance"]
    reason = request.json_body.get("reason", "bounced via API")
    output = run_paasta_command(f"paasta restart --service {service} --instances {instance} --clusters {settings.cluster}")
    run_paasta_command_quoted(["paasta", "log", "--service", service, "--message", reason])
    return {"output": output}


@view_config(route_name="service.instance.delay", request_method="GET", renderer="json")
def instance_delay(request):
    service = request.matchdict["service"]
    instance = request.matchdict["instance"]
    if not NAME_RE.match(service) or not NAME_RE.match(instance):
        raise ApiFailure("invalid service or instance name", 400)
    output = run_paasta_command(f"paasta status --service {service} --instances {instance} --verbose")
    return {"output": output}
