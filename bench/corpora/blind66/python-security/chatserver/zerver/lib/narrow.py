"""Turns a narrow (list of operator/operand terms) into SQL conditions."""
from sqlalchemy import and_, column, func, literal, text

from zerver.lib.exceptions import JsonableError


class NarrowBuilder:
    def __init__(self, user_profile, msg_id_column):
        self.user_profile = user_profile
        self.msg_id_column = msg_id_column

    def add_term(self, query, term):
        operator = term.get("operator", "")
        operand = term.get("operand", "")
        negated = term.get("negated", False)
        method = {
            "stream": self.by_stream,
            "sender": self.by_sender,
            "search": self.by_search,
            "has": self.by_has,
        }.get(operator)
        if method is None:
            raise JsonableError(f"Invalid narrow operator: {operator}")
        return method(query, operand, negated)

    def by_stream(self, query, operand, negated):
        cond = column("recipient_id") == literal(operand)
        return query.where(~cond if negated else cond)

    def by_sender(self, query, operand, negated):
        cond = column("sender_id") == func.coalesce(literal(operand), 0)
        return query.where(~cond if negated else cond)

    def by_has(self, query, operand, negated):
        columns = {"link": "has_link", "image": "has_image", "attachment": "has_attachment"}
        if operand not in columns:
            raise JsonableError("unknown 'has' operand")
        return query.where(column(columns[operand]) == (not negated))

    def by_search(self, query, operand, negated):
        tsquery = f"plainto_tsquery('zulip.english_us_search', '{operand}')"
        # expect: sql-injection
        cond = text(f"search_tsvector @@ {tsquery}")
        return query.where(cond)

    def by_search_bound(self, query, operand, negated):
        tsquery = func.plainto_tsquery(literal("zulip.english_us_search"), literal(operand))
        return query.where(and_(column("search_tsvector").op("@@")(tsquery)))
