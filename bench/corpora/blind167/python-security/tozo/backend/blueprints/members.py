from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlparse

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from quart import Blueprint, ResponseReturnValue, current_app, g, redirect
from quart_schema import validate_querystring

from backend.lib.api_error import APIError
from backend.models.member import select_member_by_id, set_member_email_confirmed

blueprint = Blueprint("members", __name__)

EMAIL_VERIFICATION_SALT = "email verify"
ONE_MONTH = 60 * 60 * 24 * 30


@dataclass
class ConfirmEmail:
    token: str
    next: Optional[str] = None


def _same_site(target: str) -> str:
    parsed = urlparse(target)
    if parsed.scheme or parsed.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


async def _confirm(token: str) -> None:
    signer = URLSafeTimedSerializer(current_app.secret_key, salt=EMAIL_VERIFICATION_SALT)
    try:
        member_id = signer.loads(token, max_age=ONE_MONTH)
    except SignatureExpired:
        raise APIError(403, "TOKEN_EXPIRED")
    except BadSignature:
        raise APIError(400, "TOKEN_INVALID")
    member = await select_member_by_id(g.connection, member_id)
    if member is None:
        raise APIError(400, "TOKEN_INVALID")
    await set_member_email_confirmed(g.connection, member_id)


@blueprint.get("/members/email/confirm/")
@validate_querystring(ConfirmEmail)
async def confirm_email_link(query_args: ConfirmEmail) -> ResponseReturnValue:
    """Link sent in the welcome e-mail; lands back in the app."""
    await _confirm(query_args.token)
    return redirect(_same_site(query_args.next or "/todos/"))


@blueprint.get("/members/email/confirm-legacy/")
@validate_querystring(ConfirmEmail)
async def confirm_email_link_legacy(query_args: ConfirmEmail) -> ResponseReturnValue:
    """Links in e-mails sent before the redirect check was added."""
    await _confirm(query_args.token)
    # expect: open-redirect
    return redirect(query_args.next or "/todos/")
