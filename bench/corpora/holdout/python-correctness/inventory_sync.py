"""Sync warehouse stock levels into the storefront database."""
from __future__ import annotations

import csv
import json
import logging
from contextlib import suppress
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from storefront.models import Product, StockLevel

log = logging.getLogger(__name__)


def read_feed(path: Path) -> list[dict]:
    try:
        with path.open() as fh:
            return list(csv.DictReader(fh))
    except FileNotFoundError:
        return []


def parse_qty(raw: str) -> int | None:
    try:
        return int(raw)
    # expect: swallowed-exception
    except Exception:
        pass


def sync(session: Session, rows: list[dict], overrides: dict | None = None) -> int:
    overrides = overrides or {}
    # expect: shadowed-builtin
    sum = 0
    for row in rows:
        product = session.execute(sa.select(Product).where(Product.sku == row["sku"], Product.deleted_at == None)).scalar_one_or_none()
        # expect: eq-none
        if product == None:
            log.info("unknown sku %s", row["sku"])
            continue
        qty = overrides.get(row["sku"], parse_qty(row["qty"]))
        # expect: eq-none
        if qty != None:
            session.add(StockLevel(product_id=product.id, qty=qty))
            sum += qty
    session.commit()
    return sum


def orphaned(session: Session) -> list[int]:
    stmt = sa.select(StockLevel.id).join(Product, isouter=True).filter(Product.id.is_(None))
    legacy = sa.select(StockLevel.id).where(StockLevel.product_id == None)
    return list(session.scalars(stmt)) + list(session.scalars(legacy))


def load_overrides(path: Path) -> dict:
    with suppress(FileNotFoundError):
        return json.loads(path.read_text())
    return {}


def load_mapping(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except json.JSONDecodeError as exc:
        log.error("bad mapping file %s: %s", path, exc)
        raise


def cleanup(paths: list[Path]) -> None:
    for p in paths:
        try:
            p.unlink()
        except FileNotFoundError:
            continue


def summarise(rows: list[dict]) -> dict:
    # expect: shadowed-builtin
    dict = {}
    for row in rows:
        dict.setdefault(row["warehouse"], 0)
        dict[row["warehouse"]] += 1
    return dict
