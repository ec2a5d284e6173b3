from appenlight.celery import celery
from appenlight.models.alert_channels.webhooks import FlowdockAlertChannel, WebhooksAlertChannel
from appenlight.models.integrations import IntegrationBase

CHANNELS = {"webhooks": WebhooksAlertChannel, "flowdock": FlowdockAlertChannel}


@celery.task(queue="default", default_retry_delay=600, max_retries=144)
def alerting_reports(resource_id, integration_id):
    integration = IntegrationBase.by_id(integration_id)
    channel = CHANNELS[integration.integration_name](integration)
    return channel.notify_reports(resource_id=resource_id, reports=[])
