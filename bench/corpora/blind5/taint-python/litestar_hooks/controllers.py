"""Inbound webhooks from partner systems (Litestar)."""
from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as StdET

import psycopg
from defusedxml import ElementTree as SafeET
from litestar import Controller, Request, get, post
from litestar.exceptions import ValidationException
from litestar.response import Redirect, Response
from lxml import etree
from psycopg import sql

logger = logging.getLogger("hooks")
SAFE_REF = re.compile(r"^[A-Z0-9]{6,20}$")


class WebhookController(Controller):
    path = "/hooks"

    def __init__(self, owner) -> None:
        super().__init__(owner)
        self.dsn = "postgresql:///hooks"

    @post("/shipment")
    async def shipment(self, request: Request) -> dict:
        body = await request.body()
        # expect: xxe
        doc = etree.fromstring(body, etree.XMLParser(resolve_entities=True))
        return {"ref": doc.findtext("ref")}

    @post("/shipment-safe")
    async def shipment_safe(self, request: Request) -> dict:
        doc = SafeET.fromstring(await request.body())
        return {"ref": doc.findtext("ref")}

    @post("/status")
    async def status(self, data: dict[str, str]) -> dict:
        ref = data["ref"]
        table = data.get("table", "shipments")
        async with await psycopg.AsyncConnection.connect(self.dsn) as conn:
            # expect: sql-injection
            await conn.execute("UPDATE " + table + " SET status = %s WHERE ref = %s", (data["status"], ref))
        return {"ok": True}

    @post("/status-safe")
    async def status_safe(self, data: dict[str, str]) -> dict:
        table = data.get("table", "shipments")
        if table not in {"shipments", "returns"}:
            raise ValidationException("table")
        async with await psycopg.AsyncConnection.connect(self.dsn) as conn:
            await conn.execute(
                sql.SQL("UPDATE {} SET status = %s WHERE ref = %s").format(sql.Identifier(table)),
                (data["status"], data["ref"]),
            )
        return {"ok": True}

    @post("/note")
    async def note(self, data: dict[str, str]) -> dict:
        ref = data.get("ref", "")
        # expect: log-injection
        logger.warning(f"partner note for {ref}: {data.get('note')}")
        if SAFE_REF.match(ref):
            logger.warning("partner note for %s", ref)
        return {"ok": True}

    @get("/track")
    async def track(self, ref: str) -> Redirect:
        if not SAFE_REF.fullmatch(ref):
            raise ValidationException("ref")
        return Redirect(path=f"/tracking/{ref}")

    @get("/carrier")
    async def carrier(self, url: str) -> Redirect:
        # expect: open-redirect
        return Redirect(path=url)

    @get("/echo")
    async def echo(self, msg: str) -> Response:
        # expect: xss
        return Response(content=f"<p>{msg}</p>", media_type="text/html")

    @get("/echo-plain")
    async def echo_plain(self, msg: str) -> Response:
        return Response(content=msg, media_type="text/plain")


def parse_local_manifest(path: str):
    return StdET.parse(path).getroot()
