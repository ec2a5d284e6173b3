from fastapi import APIRouter, Depends

from polar_server.auth import WebhooksWrite, get_auth_subject
from polar_server.postgres import AsyncSession, get_db_session
from polar_server.webhook.schemas import WebhookEndpointCreate
from polar_server.webhook.service import webhook as webhook_service

router = APIRouter(prefix="/webhooks", tags=["webhooks"])


@router.post("/endpoints", status_code=201)
async def create_webhook_endpoint(
    endpoint_create: WebhookEndpointCreate,
    auth_subject: WebhooksWrite = Depends(get_auth_subject),
    session: AsyncSession = Depends(get_db_session),
):
    return await webhook_service.create_endpoint(session, auth_subject, endpoint_create)
