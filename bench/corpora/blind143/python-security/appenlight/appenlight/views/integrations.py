"""Integrations: a webhook's URLs are saved in its config and used by the alerting task."""
from pyramid.view import view_config

from appenlight.celery.tasks import alerting_reports
from appenlight.models import DBSession
from appenlight.models.integrations import IntegrationBase


@view_config(route_name="integrations_id", match_param="action=setup", renderer="json", permission="edit", request_method="POST")
def webhook_setup(request):
    resource = request.context.resource
    integration = IntegrationBase.by_app_id_and_integration_name(resource.resource_id, "webhooks") or IntegrationBase(resource_id=resource.resource_id, integration_name="webhooks")
    form = request.unsafe_json_body
    integration.config = {"reports_url": form.get("reports_url"), "alerts_url": form.get("alerts_url")}
    DBSession.add(integration)
    DBSession.flush()
    alerting_reports.delay(resource_id=resource.resource_id, integration_id=integration.id)
    return integration.config
