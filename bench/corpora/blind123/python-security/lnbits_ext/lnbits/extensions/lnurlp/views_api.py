"""API endpoints of the pay-link extension."""
from http import HTTPStatus

from fastapi import Depends, Query
from starlette.exceptions import HTTPException

from lnbits.core.crud import get_user
from lnbits.decorators import WalletTypeInfo, get_key_type, require_admin_key

from . import lnurlp_ext
from .crud import create_pay_link, get_pay_link, get_pay_links, update_pay_link
from .models import CreatePayLinkData


@lnurlp_ext.get("/api/v1/links", status_code=HTTPStatus.OK)
async def api_links(wallet: WalletTypeInfo = Depends(get_key_type), all_wallets: bool = Query(False), q: str = Query("")):
    wallet_ids = [wallet.wallet.id]
    if all_wallets:
        user = await get_user(wallet.wallet.user)
        wallet_ids = user.wallet_ids if user else []
    return [link.__dict__ for link in await get_pay_links(wallet_ids, search=q)]


@lnurlp_ext.post("/api/v1/links", status_code=HTTPStatus.CREATED)
async def api_link_create(data: CreatePayLinkData, wallet: WalletTypeInfo = Depends(require_admin_key)):
    if data.min > data.max:
        raise HTTPException(status_code=HTTPStatus.BAD_REQUEST, detail="Min is greater than max.")
    link = await create_pay_link(data, wallet_id=wallet.wallet.id)
    return link.__dict__


@lnurlp_ext.put("/api/v1/links/{link_id}")
async def api_link_update(link_id: str, data: CreatePayLinkData, wallet: WalletTypeInfo = Depends(require_admin_key)):
    link = await get_pay_link(link_id)
    if not link or link.wallet != wallet.wallet.id:
        raise HTTPException(status_code=HTTPStatus.NOT_FOUND, detail="Pay link does not exist.")
    link = await update_pay_link(link_id, **data.dict(exclude_unset=True))
    return link.__dict__
