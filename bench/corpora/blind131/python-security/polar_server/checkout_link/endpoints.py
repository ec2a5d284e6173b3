from urllib.parse import urlsplit

from fastapi import APIRouter, Depends
from fastapi.responses import RedirectResponse
from pydantic import BaseModel
from sqlalchemy import text

from polar_server.auth import CheckoutLinksWrite, get_auth_subject
from polar_server.postgres import AsyncSession, get_db_session
from polar_server.settings import settings

router = APIRouter(prefix="/checkout-links", tags=["checkout-links"])


class CheckoutLinkCreate(BaseModel):
    product_id: str
    success_url: str | None = None


@router.post("/", status_code=201)
async def create_checkout_link(body: CheckoutLinkCreate, auth_subject: CheckoutLinksWrite = Depends(get_auth_subject),
                               session: AsyncSession = Depends(get_db_session)):
    await session.execute(text("INSERT INTO checkout_links (product_id, success_url) VALUES (:p, :s)"),
                          {"p": body.product_id, "s": body.success_url})
    await session.commit()
    return {"ok": True}


@router.get("/{client_secret}/success")
async def checkout_success(client_secret: str, embed_origin: str | None = None,
                           session: AsyncSession = Depends(get_db_session)):
    row = (await session.execute(text("SELECT success_url FROM checkout_links WHERE client_secret = :c"),
                                 {"c": client_secret})).one()
    if embed_origin and urlsplit(embed_origin).netloc in settings.ALLOWED_EMBED_ORIGINS:
        return RedirectResponse(embed_origin)
    if not row.success_url:
        return RedirectResponse(f"{settings.FRONTEND_BASE_URL}/checkout/{client_secret}/confirmation")
    # expect: open-redirect
    return RedirectResponse(row.success_url)
