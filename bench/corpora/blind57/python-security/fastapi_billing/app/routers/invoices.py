from fastapi import APIRouter, Depends, Query, Request

from ..dependencies import current_user, invoice_filter, raw_sort, service_deps
from ..schemas import InvoiceCreate, InvoiceFilter

router = APIRouter()


@router.get("/")
async def list_invoices(flt: InvoiceFilter = Depends(invoice_filter), service=Depends(service_deps)):
    return await service.list(flt)


@router.get("/by-customer")
async def by_customer(customer: str = Query(...), sort: str = Depends(raw_sort), service=Depends(service_deps)):
    return await service.list_for_customer(customer, sort)


@router.post("/", status_code=201)
async def create_invoice(payload: InvoiceCreate, user: str = Depends(current_user), service=Depends(service_deps)):
    invoice_id = await service.create(payload)
    return {"id": invoice_id, "created_by": user}


@router.post("/{invoice_id}/settle")
async def settle(invoice_id: int, request: Request, service=Depends(service_deps)):
    body = await request.json()
    reference = body.get("reference") or "manual"
    await service.settle(invoice_id, reference)
    return {"status": "paid"}


@router.post("/{invoice_id}/void")
async def void(invoice_id: int, request: Request, service=Depends(service_deps)):
    form = await request.form()
    await service.void(invoice_id, str(form.get("reason", "")))
    return {"status": "void"}
