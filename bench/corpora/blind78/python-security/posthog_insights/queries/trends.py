"""Trend and property queries against the events table."""
import re

from posthog_insights.client import ch_client
from posthog_insights.models.filters import Filter

INTERVAL_FUNCS = {"hour": "toStartOfHour", "day": "toStartOfDay", "week": "toStartOfWeek", "month": "toStartOfMonth"}
PROPERTY_NAME_RE = re.compile(r"^[A-Za-z0-9_$.: -]{1,200}$")


class TrendsQuery:
    def __init__(self, filter: Filter, team_id: int):
        self._filter = filter
        self._team_id = team_id

    def _breakdown_expr(self) -> str:
        prop = self._filter.breakdown
        if not prop:
            return "''"
        return f"JSONExtractString(properties, '{prop}')"

    def run(self):
        f = self._filter
        interval_func = INTERVAL_FUNCS[f.interval]
        event_names = [e.get("id") for e in f.events if e.get("id")]
        query = (
            f"SELECT {interval_func}(timestamp) AS day, {self._breakdown_expr()} AS breakdown_value, count() "
            "FROM events WHERE team_id = %(team_id)s AND event IN %(events)s "
            "AND timestamp >= now() - toIntervalDay(%(days)s) GROUP BY day, breakdown_value ORDER BY day"
        )
        params = {"team_id": self._team_id, "events": tuple(event_names) or ("$pageview",), "days": 7}
        # expect: sql-injection
        return ch_client().execute(query, params)


def property_values(team_id: int, key: str, search: str = "", limit: int = 10):
    """Values a property took recently; the key is checked and bound, the search is bound."""
    if not PROPERTY_NAME_RE.match(key):
        return []
    query = (
        "SELECT DISTINCT JSONExtractString(properties, %(key)s) AS value FROM events "
        "WHERE team_id = %(team_id)s AND value ILIKE %(search)s LIMIT %(limit)s"
    )
    return ch_client().execute(query, {"key": key, "team_id": team_id, "search": f"%{search}%", "limit": limit})


def event_names(team_id: int, search: str):
    conditions = "team_id = %(team_id)s"
    if search:
        conditions += f" AND name ILIKE '%{search}%'"
    # expect: sql-injection
    return ch_client().execute(f"SELECT name FROM event_definitions WHERE {conditions} ORDER BY name LIMIT 100", {"team_id": team_id})


def person_count(team_id: int, date_from: str):
    days = 7
    if date_from.startswith("-") and date_from.endswith("d"):
        try:
            days = int(date_from[1:-1])
        except ValueError:
            days = 7
    sql = f"SELECT count(DISTINCT person_id) FROM events WHERE team_id = %(team_id)s AND timestamp > now() - INTERVAL {days} DAY"
    return ch_client().execute(sql, {"team_id": team_id})[0][0]
