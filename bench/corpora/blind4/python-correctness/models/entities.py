"""Domain objects for the subscription service."""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from decimal import Decimal


class Plan(enum.Enum):
    FREE = "free"
    TEAM = "team"
    ENTERPRISE = "enterprise"


PLAN_LIMITS = {
    Plan.FREE: {"seats": 1, "projects": 3},
    Plan.TEAM: {"seats": 25, "projects": 100},
    Plan.ENTERPRISE: {"seats": 10_000, "projects": 10_000},
}

STATUS_LABELS = {
    "active": "Active",
    "trialing": "Trial",
    "past_due": "Payment overdue",
    "canceled": "Canceled",
    # expect: duplicate-dict-key
    "trialing": "Free trial",
}


class Subscription:
    def __init__(self, customer_id: int, plan: Plan, started: dt.date | None = None):
        self.customer_id = customer_id
        self.plan = plan
        self.started = started or dt.date.today()
        self.seats_used = 0
        if plan is Plan.FREE:
            self.seats_used = 1
            return
        self.trial_ends = self.started + dt.timedelta(days=14)

    def can_add_seat(self) -> bool:
        return self.seats_used < PLAN_LIMITS[self.plan]["seats"]


class Invoice:
    def __init__(self, number: str, lines: list[tuple[str, Decimal]]):
        self.number = number
        self.lines = lines
        if not lines:
            # expect: return-in-init
            return None
        self.total = sum((amount for _, amount in lines), Decimal("0"))


class Seat:
    def __init__(self, email: str):
        self.email = email.lower()
        # expect: return-in-init
        return self.email

    def __repr__(self) -> str:
        return f"Seat({self.email!r})"


@dataclass
class UsageReport:
    customer_id: int
    period: tuple[dt.date, dt.date]
    counters: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, amount: int = 1) -> None:
        self.counters[name] = self.counters.get(name, 0) + amount

    def as_row(self) -> dict:
        return {
            "customer": self.customer_id,
            "from": self.period[0].isoformat(),
            "to": self.period[1].isoformat(),
            **self.counters,
        }


def close_period(report: UsageReport, store) -> bool:
    try:
        store.save(report.as_row())
    except ConnectionError:
        store.queue_retry(report)
    finally:
        # expect: return-in-finally
        return True


def plan_from_string(value: str) -> Plan:
    try:
        return Plan(value.lower())
    except ValueError:
        raise ValueError(f"unknown plan {value!r}; use one of: free, team, enterprise") from None


def price_table() -> dict[Plan, Decimal]:
    return {
        Plan.FREE: Decimal("0"),
        Plan.TEAM: Decimal("12.00"),
        # expect: duplicate-dict-key
        Plan.TEAM: Decimal("15.00"),
        Plan.ENTERPRISE: Decimal("40.00"),
    }
