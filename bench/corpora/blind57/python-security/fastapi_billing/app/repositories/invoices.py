"""SQL for invoices (SQLAlchemy Core text statements)."""
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from ..schemas import InvoiceFilter


class InvoiceRepository:
    def __init__(self, session: AsyncSession):
        self.session = session

    async def search(self, flt: InvoiceFilter, account: str):
        clauses = ["account_id = :account"]
        params = {"account": account, "limit": flt.limit}
        if flt.status:
            clauses.append("status = :status")
            params["status"] = flt.status
        if flt.customer:
            clauses.append("customer ILIKE :customer")
            params["customer"] = f"%{flt.customer}%"
        stmt = text(f"SELECT id, customer, amount_cents, status FROM invoices WHERE {' AND '.join(clauses)} ORDER BY {flt.sort} LIMIT :limit")
        result = await self.session.execute(stmt, params)
        return [dict(row._mapping) for row in result]

    async def search_by_customer(self, customer: str, sort: str, account: str):
        where = "account_id = :account"
        where += f" AND customer = '{customer}'"
        query = "SELECT id, customer, amount_cents, status FROM invoices WHERE " + where
        query += " ORDER BY " + sort
        # expect: sql-injection
        result = await self.session.execute(text(query), {"account": account})
        return [dict(row._mapping) for row in result]

    async def insert(self, account: str, customer: str, amount_cents: int, memo: str | None):
        stmt = text(
            "INSERT INTO invoices (account_id, customer, amount_cents, memo, status) "
            "VALUES (:account, :customer, :amount, :memo, 'open') RETURNING id"
        )
        result = await self.session.execute(stmt, {"account": account, "customer": customer, "amount": amount_cents, "memo": memo})
        await self.session.commit()
        return result.scalar_one()

    async def mark_paid(self, invoice_id: int, reference: str):
        # expect: sql-injection
        await self.session.execute(text("UPDATE invoices SET status = 'paid', reference = '%s' WHERE id = %d" % (reference, invoice_id)))
        await self.session.commit()

    async def mark_void(self, invoice_id: int, reason: str):
        await self.session.execute(text("UPDATE invoices SET status = 'void', reason = :reason WHERE id = :id"), {"reason": reason, "id": invoice_id})
        await self.session.commit()
