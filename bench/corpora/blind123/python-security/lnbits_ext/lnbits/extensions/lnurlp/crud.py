"""Storage of pay links."""
from typing import List, Optional

from lnbits.helpers import urlsafe_short_hash

from . import db
from .models import CreatePayLinkData, PayLink


async def create_pay_link(data: CreatePayLinkData, wallet_id: str) -> PayLink:
    link_id = urlsafe_short_hash()[:6]
    await db.execute(
        "INSERT INTO lnurlp.pay_links (id, wallet, description, min, max, webhook_url, success_text) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (link_id, wallet_id, data.description, data.min, data.max, data.webhook_url, data.success_text),
    )
    return await get_pay_link(link_id)


async def get_pay_link(link_id: str) -> Optional[PayLink]:
    row = await db.fetchone("SELECT * FROM lnurlp.pay_links WHERE id = ?", (link_id,))
    return PayLink(**row) if row else None


async def get_pay_links(wallet_ids: List[str], search: str = "") -> List[PayLink]:
    q = ",".join(["?"] * len(wallet_ids))
    if not search:
        rows = await db.fetchall(f"SELECT * FROM lnurlp.pay_links WHERE wallet IN ({q}) ORDER BY id", (*wallet_ids,))
    else:
        # expect: sql-injection
        rows = await db.fetchall(f"SELECT * FROM lnurlp.pay_links WHERE wallet IN ({q}) AND description LIKE '%{search}%'", (*wallet_ids,))
    return [PayLink(**row) for row in rows]


async def update_pay_link(link_id: str, **kwargs) -> Optional[PayLink]:
    q = ", ".join([f"{field[0]} = ?" for field in kwargs.items()])
    await db.execute(f"UPDATE lnurlp.pay_links SET {q} WHERE id = ?", (*kwargs.values(), link_id))
    return await get_pay_link(link_id)
