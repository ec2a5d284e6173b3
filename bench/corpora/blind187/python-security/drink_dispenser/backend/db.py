"""Slot and pour storage on SQLite through `databases`."""
import os

import databases
import sqlalchemy

DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///./dispenser.db")
database = databases.Database(DATABASE_URL)
metadata = sqlalchemy.MetaData()
Base = metadata

slots = sqlalchemy.Table(
    "slots",
    metadata,
    sqlalchemy.Column("slot", sqlalchemy.Integer, primary_key=True),
    sqlalchemy.Column("name", sqlalchemy.String(64)),
    sqlalchemy.Column("pump", sqlalchemy.String(16)),
    sqlalchemy.Column("strength", sqlalchemy.String(16)),
)


async def all_slots():
    rows = await database.fetch_all(slots.select().order_by(slots.c.slot))
    return [dict(r) for r in rows]


async def rename_slot(slot: int, drink: str):
    await database.execute(slots.update().where(slots.c.slot == slot).values(name=drink))


async def set_strength(slot: int, strength):
    # expect: sql-injection
    await database.execute(f"UPDATE slots SET strength = '{strength}' WHERE slot = {slot}")


async def pump_for_slot(slot: int):
    row = await database.fetch_one("SELECT pump FROM slots WHERE slot = :slot", values={"slot": slot})
    return row["pump"] if row else None


async def log_pour(who: str, slot: int, ml: int):
    await database.execute(
        "INSERT INTO pours (who, slot, ml) VALUES (:who, :slot, :ml)", values={"who": who, "slot": slot, "ml": ml}
    )


async def recent_pours(limit: int = 20):
    query = f"SELECT p.who, s.name AS drink, p.ml FROM pours p JOIN slots s ON s.slot = p.slot ORDER BY p.id DESC LIMIT {int(limit)}"
    return [dict(r) for r in await database.fetch_all(query)]
