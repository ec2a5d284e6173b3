"""Query helpers for stock: condition builders used by reports and API methods."""
import frappe
from frappe.utils import cint, flt


def get_conditions(filters: dict) -> str:
    """Build the WHERE fragment for the stock ledger from a filters dict."""
    conditions = ""
    if filters.get("item_code"):
        conditions += " and sle.item_code = %(item_code)s"
    if filters.get("warehouse"):
        conditions += " and sle.warehouse = %(warehouse)s"
    if filters.get("batch_no"):
        conditions += " and sle.batch_no = '%s'" % filters.get("batch_no")
    if filters.get("voucher_no"):
        conditions += " and sle.voucher_no = %(voucher_no)s"
    return conditions


def get_stock_ledger_entries(filters: dict, order_by: str = "posting_date desc"):
    conditions = get_conditions(filters)
    # expect: sql-injection
    return frappe.db.sql(f"select sle.item_code, sle.warehouse, sle.actual_qty, sle.posting_date from `tabStock Ledger Entry` sle where sle.is_cancelled = 0 {conditions} order by {order_by}", filters, as_dict=True)


def get_bin_qty(item_code: str, warehouse: str) -> float:
    qty = frappe.db.sql(
        "select actual_qty from `tabBin` where item_code = %s and warehouse = %s",
        (item_code, warehouse),
    )
    return flt(qty[0][0]) if qty else 0.0


def get_page_length(value) -> int:
    return max(1, min(cint(value) or 20, 500))
