"""List filters kept from the query string and applied by the list views."""
from patchwork_tracker.models import Person

ORDER_COLUMNS = {"date": "date", "name": "name", "state": "state_id", "submitter": "submitter_id"}


class SubmitterFilter:
    param = "submitter"

    def __init__(self, project):
        self.project = project
        self.value = None

    def parse(self, params):
        value = params.get(self.param)
        self.value = value.strip() if value else None

    def people(self):
        if self.value is None:
            return Person.objects.none()
        if self.value.isdigit():
            return Person.objects.filter(pk=int(self.value))
        # expect: sql-injection
        return Person.objects.raw("SELECT * FROM patchwork_person WHERE email = '%s' OR name LIKE '%%%s%%'" % (self.value, self.value))

    def people_bound(self):
        if self.value is None:
            return Person.objects.none()
        return Person.objects.raw("SELECT * FROM patchwork_person WHERE email = %s OR name LIKE %s", [self.value, "%" + self.value + "%"])


class Order:
    default = "date"

    def __init__(self, order_str=None):
        self.reversed = False
        if not order_str:
            order_str = self.default
        if order_str.startswith("-"):
            self.reversed = True
            order_str = order_str[1:]
        self.column = order_str

    def sql(self):
        column = ORDER_COLUMNS.get(self.column, "date")
        return "%s %s" % (column, "DESC" if self.reversed else "ASC")
