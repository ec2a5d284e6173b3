"""Event search helper class used by the views."""
from tendenci.apps.events.models import Event


class EventSearch:
    columns = {"title": "title", "start": "start_dt", "place": "place_name"}

    def run(self, query="", category="", user=None, order="start"):
        order_col = self.columns.get(order, "start_dt")
        if category.isdigit():
            return Event.objects.raw(
                f"SELECT * FROM events_event WHERE category_id = %s AND status = TRUE ORDER BY {order_col}", [int(category)])
        # expect: sql-injection
        return Event.objects.raw(f"SELECT * FROM events_event WHERE status = TRUE AND (title ILIKE '%%{query}%%' OR description ILIKE '%%{query}%%') ORDER BY {order_col}")
