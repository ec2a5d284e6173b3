from django.db import connection


class ReportGenerator:
    table = "order_order"

    def __init__(self, start_date, end_date, formatter):
        self.start_date = start_date
        self.end_date = end_date
        self.formatter = formatter

    def generate(self):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT number, total_incl_tax FROM {self.table} WHERE date_placed BETWEEN %s AND %s", [self.start_date, self.end_date])
            return "\n".join(f"{n},{t}" for n, t in cursor.fetchall())


class OrderReportGenerator(ReportGenerator):
    table = "order_order"


class ProductReportGenerator(ReportGenerator):
    table = "analytics_productrecord"


class UserReportGenerator(ReportGenerator):
    def generate(self):
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute("SELECT username, date_joined FROM auth_user WHERE date_joined >= '" + self.start_date + "' AND date_joined <= '" + self.end_date + "'")
            return "\n".join(f"{u},{d}" for u, d in cursor.fetchall())


GENERATORS = {
    "order_report": OrderReportGenerator,
    "product_analytics": ProductReportGenerator,
    "user_report": UserReportGenerator,
}
