"""Build the weekly operations report from metric snapshots."""
from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass
from typing import Iterable, Mapping


@dataclass(frozen=True)
class Snapshot:
    taken: dt.datetime
    metrics: Mapping[str, float]


@dataclass
class Section:
    title: str
    rows: list[tuple[str, str]]

    def render(self) -> str:
        width = max((len(k) for k, _ in self.rows), default=0)
        body = "\n".join(f"  {k.ljust(width)}  {v}" for k, v in self.rows)
        return f"{self.title}\n{body}" if body else self.title


def summarise(snapshots: Iterable[Snapshot], metric: str) -> dict[str, float]:
    values = [s.metrics[metric] for s in snapshots if metric in s.metrics]
    if not values:
        return {}
    return {
        "min": min(values),
        "max": max(values),
        "mean": statistics.fmean(values),
        "p50": statistics.median(values),
    }


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    start = day - dt.timedelta(days=day.weekday())
    return start, start + dt.timedelta(days=6)


def build(snapshots: list[Snapshot], metrics: list[str], day: dt.date) -> str:
    start, end = week_of(day)
    in_week = [s for s in snapshots if start <= s.taken.date() <= end]
    sections = [Section(f"Week {start:%Y-%m-%d} to {end:%Y-%m-%d}", [("snapshots", str(len(in_week)))])]
    for metric in metrics:
        stats = summarise(in_week, metric)
        rows = [(name, f"{value:,.2f}") for name, value in stats.items()]
        sections.append(Section(metric, rows or [("no data", "-")]))
    return "\n\n".join(section.render() for section in sections)


def trend(previous: float, current: float) -> str:
    if previous == 0:
        return "n/a"
    change = (current - previous) / previous * 100
    arrow = "up" if change > 0 else "down" if change < 0 else "flat"
    return f"{arrow} {abs(change):.1f}%"
