"""Wallet RPC: the transaction listing endpoints."""

from __future__ import annotations

from typing import Any, Dict


class WalletRpcApi:

    def __init__(self, wallet_node) -> None:
        self.service = wallet_node

    def get_routes(self) -> Dict[str, Any]:
        return {
            "/get_transactions": self.get_transactions,
            "/get_transactions_by_memo": self.get_transactions_by_memo,
            "/get_transactions_by_type": self.get_transactions_by_type,
        }

    @property
    def store(self):
        return self.service.wallet_state_manager.tx_store

    async def get_transactions(self, request: Dict[str, Any]) -> Dict[str, Any]:
        wallet_id = int(request["wallet_id"])
        start = int(request.get("start", 0))
        end = int(request.get("end", 50))
        txs = await self.store.get_transactions_between(
            wallet_id, start, end, sort_key=request.get("sort_key"),
            reverse=bool(request.get("reverse", False)),
            to_puzzle_hash=bytes.fromhex(request["to_address_hash"]) if "to_address_hash" in request else None,
        )
        return {"transactions": txs, "wallet_id": wallet_id}

    async def get_transactions_by_memo(self, request: Dict[str, Any]) -> Dict[str, Any]:
        wallet_id = int(request["wallet_id"])
        return {"transactions": await self.store.get_transactions_by_memo(wallet_id, request["memo"])}

    async def get_transactions_by_type(self, request: Dict[str, Any]) -> Dict[str, Any]:
        wallet_id = int(request["wallet_id"])
        types = request.get("types", [0, 1])
        type_filter = ",".join(str(t) for t in types)
        return {"transactions": await self.store.get_transactions_by_type(wallet_id, type_filter)}
