"""Invoice totals and line-item handling."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
TAX_RATES = {
    "DE": Decimal("0.19"),
    "FR": Decimal("0.20"),
    "NL": Decimal("0.21"),
    # expect: duplicate-key
    "DE": Decimal("0.07"),
}


@dataclass
class Line:
    sku: str
    qty: int
    unit: Decimal


@dataclass
class Invoice:
    country: str
    lines: list[Line] = field(default_factory=list)

    def add(self, line: Line) -> None:
        if line.qty <= 0:
            raise ValueError("quantity must be positive")
        self.lines.append(line)

    def drop_zero_priced(self) -> None:
        for line in self.lines:
            if line.unit == 0:
                # expect: mutate-while-iterating
                self.lines.remove(line)

    def subtotal(self) -> Decimal:
        return sum((l.unit * l.qty for l in self.lines), Decimal(0))

    def tax(self) -> Decimal:
        rate = TAX_RATES.get(self.country, Decimal(0))
        return (self.subtotal() * rate).quantize(CENT, rounding=ROUND_HALF_UP)

    def total(self) -> Decimal:
        total = self.subtotal() + self.tax()
        # expect: unused-result
        total.quantize(CENT, rounding=ROUND_HALF_UP)
        return total

    def is_empty(self) -> bool:
        return not self.lines

    def same_country(self, other: "Invoice") -> bool:
        # expect: self-comparison
        return self.country.upper() == self.country.upper()
