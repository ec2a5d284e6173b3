"""Background work after an invoice of a pay link is paid."""
import asyncio

import httpx

from lnbits.core.models import Payment

from .crud import get_pay_link

paid_invoices: asyncio.Queue = asyncio.Queue()


async def wait_for_paid_invoices():
    while True:
        payment = await paid_invoices.get()
        await on_invoice_paid(payment)


async def on_invoice_paid(payment: Payment) -> None:
    if payment.extra.get("tag") != "lnurlp":
        return
    link = await get_pay_link(payment.extra.get("link", ""))
    if not link or not link.webhook_url:
        return
    async with httpx.AsyncClient() as client:
        # expect: ssrf
        await client.post(link.webhook_url, json={"payment_hash": payment.payment_hash, "amount": payment.amount}, timeout=40)
