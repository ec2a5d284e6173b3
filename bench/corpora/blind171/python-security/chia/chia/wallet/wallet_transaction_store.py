"""SQLite store of wallet transactions used by the wallet RPC API."""

from __future__ import annotations

from enum import Enum
from typing import Any, Dict, List, Optional

import aiosqlite


class SortKey(Enum):
    CONFIRMED_AT_HEIGHT = "confirmed_at_height"
    RELEVANCE = "created_at_time"

    def ascending(self) -> str:
        return f"ORDER BY {self.value} ASC"

    def descending(self) -> str:
        return f"ORDER BY {self.value} DESC"


class WalletTransactionStore:

    def __init__(self, db: aiosqlite.Connection) -> None:
        self.db = db

    async def get_transactions_between(self, wallet_id: int, start: int, end: int,
                                       sort_key: Optional[str] = None, reverse: bool = False,
                                       to_puzzle_hash: Optional[bytes] = None) -> List[Dict[str, Any]]:
        key = SortKey[sort_key] if sort_key else SortKey.CONFIRMED_AT_HEIGHT
        order = key.descending() if reverse else key.ascending()
        puzz_hash_where = "AND to_puzzle_hash=?" if to_puzzle_hash is not None else ""
        params: list = [wallet_id]
        if to_puzzle_hash is not None:
            params.append(to_puzzle_hash)
        params += [end - start, start]
        cursor = await self.db.execute(
            f"SELECT * FROM transaction_record WHERE wallet_id=? {puzz_hash_where} {order} "
            f"LIMIT ? OFFSET ?", params)
        rows = await cursor.fetchall()
        return [dict(r) for r in rows]

    async def get_transactions_by_memo(self, wallet_id: int, memo: str) -> List[Dict[str, Any]]:
        cursor = await self.db.execute(
            "SELECT * FROM transaction_record WHERE wallet_id=? AND memos LIKE ?",
            (wallet_id, f"%{memo}%"))
        return [dict(r) for r in await cursor.fetchall()]

    async def get_transactions_by_type(self, wallet_id: int, type_filter: str) -> List[Dict[str, Any]]:
        # expect: sql-injection
        cursor = await self.db.execute(f"SELECT * FROM transaction_record WHERE wallet_id=? AND type IN ({type_filter})", (wallet_id,))
        return [dict(r) for r in await cursor.fetchall()]
