"""Whois query parser: IRRd-style `!` queries answered from the database."""
import logging
import re
from dataclasses import dataclass
from typing import Optional

from irrd.storage.queries import origin_routes, origin_routes_bound, set_members

logger = logging.getLogger(__name__)
ASN_RE = re.compile(r"^AS\d{1,10}$", re.IGNORECASE)


@dataclass
class WhoisQueryResponse:
    result: Optional[str]
    mode: str = "irrd"


class WhoisQueryParser:
    def __init__(self, client_ip, client_str, preloader, database_handler):
        self.client_ip = client_ip
        self.client_str = client_str
        self.preloader = preloader
        self.database_handler = database_handler
        self.sources = []

    def handle_query(self, query: str) -> WhoisQueryResponse:
        query = query.strip()
        logger.info("%s: processing query %s", self.client_str, query)
        if query.startswith("!g"):
            return self.handle_irrd_routes_for_origin(query[2:], family=4)
        if query.startswith("!6"):
            return self.handle_irrd_routes_for_origin_checked(query[2:], family=6)
        if query.startswith("!i"):
            return WhoisQueryResponse(" ".join(set_members(self.database_handler, query[2:].split(",")[0])))
        if query.startswith("!s"):
            self.sources = [s.strip().upper() for s in query[2:].split(",") if s.strip()]
            return WhoisQueryResponse("")
        return WhoisQueryResponse(None)

    def handle_irrd_routes_for_origin(self, origin: str, family: int) -> WhoisQueryResponse:
        prefixes = origin_routes(self.database_handler, origin.upper(), family, self.sources)
        return WhoisQueryResponse(" ".join(prefixes))

    def handle_irrd_routes_for_origin_checked(self, origin: str, family: int) -> WhoisQueryResponse:
        if not ASN_RE.match(origin):
            return WhoisQueryResponse(None)
        prefixes = origin_routes_bound(self.database_handler, origin.upper(), family, self.sources)
        return WhoisQueryResponse(" ".join(prefixes))
