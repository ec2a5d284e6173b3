"""In-memory stock ledger used by the warehouse simulator."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field


@dataclass
class Ledger:
    levels: dict[str, int] = field(default_factory=dict)
    reserved: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def drop_empty(self) -> None:
        for sku, qty in self.levels.items():
            if qty <= 0:
                # expect: mutate-while-iterating
                del self.levels[sku]

    def drop_empty_safe(self) -> None:
        for sku, qty in list(self.levels.items()):
            if qty <= 0:
                del self.levels[sku]

    def clamp(self) -> None:
        for sku in self.levels:
            self.levels[sku] = max(0, self.levels[sku])

    def release_all(self, skus: list[str]) -> None:
        for sku in skus:
            if self.reserved.get(sku, 0) == 0:
                # expect: mutate-while-iterating
                skus.remove(sku)
        for sku in skus:
            self.reserved[sku] = 0

    def restock(self, sku: str, qty: int, history: list = []) -> list:
        self.levels[sku] = self.levels.get(sku, 0) + qty
        # expect: mutable-default
        history.append((sku, qty))
        return history

    def report(self, skus: tuple = (), extra: list = []) -> dict[str, int]:
        wanted = list(skus) + list(extra)
        return {s: self.levels.get(s, 0) for s in wanted}

    def has_changed(self, other: "Ledger") -> bool:
        # expect: self-comparison
        return self.levels != self.levels

    def is_nan(self, value: float) -> bool:
        return value != value

    def merge(self, other: "Ledger") -> None:
        pending = set(other.levels)
        for sku in pending:
            # expect: mutate-while-iterating
            pending.discard(sku)
            self.levels[sku] = self.levels.get(sku, 0) + other.levels[sku]
