import logging

from ..clients.webhooks import WebhookClient
from ..context import current_account
from ..repositories.invoices import InvoiceRepository
from ..schemas import InvoiceCreate, InvoiceFilter

log = logging.getLogger("billing.invoices")


class InvoiceService:
    def __init__(self, session):
        self.repo = InvoiceRepository(session)
        self.webhooks = WebhookClient()

    async def list(self, flt: InvoiceFilter):
        return await self.repo.search(flt, current_account.get())

    async def list_for_customer(self, customer: str, sort: str):
        return await self.repo.search_by_customer(customer, sort, current_account.get())

    async def create(self, payload: InvoiceCreate):
        data = payload.model_dump()
        invoice_id = await self.repo.insert(current_account.get(), data["customer"], data["amount_cents"], data.get("memo"))
        if data.get("webhook_url"):
            await self.webhooks.deliver(data["webhook_url"], {"invoice": invoice_id, "event": "created"})
        await self.webhooks.deliver_to_payments("invoice.created", {"invoice": invoice_id})
        return invoice_id

    async def settle(self, invoice_id: int, reference: str):
        try:
            await self.repo.mark_paid(invoice_id, reference)
        finally:
            # expect: log-injection
            log.info("settle attempted for %s by account " % invoice_id + current_account.get())

    async def void(self, invoice_id: int, reason: str):
        await self.repo.mark_void(invoice_id, reason)
        log.info("voided invoice id=%d", invoice_id)
