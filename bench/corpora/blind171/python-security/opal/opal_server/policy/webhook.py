"""Git webhook: a push on the tracked repo triggers a policy refresh."""

import hashlib
import hmac
import logging

from fastapi import APIRouter, Header, HTTPException, Request, status

from opal_server.config import opal_server_config

logger = logging.getLogger("opal.webhook")


def _verify_signature(body: bytes, signature: str) -> bool:
    secret = opal_server_config.POLICY_REPO_WEBHOOK_SECRET.encode()
    expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature or "")


def init_git_webhook_router(notifier) -> APIRouter:
    router = APIRouter()

    @router.post("/webhook", status_code=status.HTTP_200_OK)
    async def trigger_webhook(request: Request, x_hub_signature_256: str = Header(None)):
        body = await request.body()
        if not _verify_signature(body, x_hub_signature_256):
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bad signature")
        payload = await request.json()
        urls = {
            payload["repository"].get("clone_url"),
            payload["repository"].get("ssh_url"),
            payload["repository"].get("git_url"),
        }
        if opal_server_config.POLICY_REPO_URL not in urls:
            logger.info("webhook for another repo ignored")
            return {"status": "ignored"}
        await notifier.trigger_refresh(branch=opal_server_config.POLICY_REPO_MAIN_BRANCH)
        return {"status": "ok"}

    return router
