"""Whitelisted methods of the stock module, called as /api/method/frappe_erp.stock.api.<name>."""
import json

import frappe
from frappe import _

from frappe_erp.stock.utils import get_bin_qty, get_page_length, get_stock_ledger_entries

SORT_FIELDS = {"posting_date", "item_code", "warehouse", "actual_qty"}


@frappe.whitelist()
def get_stock_balance(item_code: str, warehouse: str):
    if not frappe.has_permission("Bin", "read"):
        frappe.throw(_("Not permitted"), frappe.PermissionError)
    return get_bin_qty(item_code, warehouse)


@frappe.whitelist()
def get_ledger():
    filters = frappe.form_dict.get("filters") or "{}"
    if isinstance(filters, str):
        filters = json.loads(filters)
    order_by = frappe.form_dict.get("order_by") or "posting_date desc"
    return get_stock_ledger_entries(filters, order_by)


@frappe.whitelist()
def get_ledger_sorted():
    filters = json.loads(frappe.form_dict.get("filters") or "{}")
    field = frappe.form_dict.get("sort_by", "posting_date")
    direction = "asc" if frappe.form_dict.get("sort_order") == "asc" else "desc"
    if field not in SORT_FIELDS:
        field = "posting_date"
    filters.pop("batch_no", None)
    return get_stock_ledger_entries(filters, f"{field} {direction}")


@frappe.whitelist()
def search_items(txt: str = "", page_len=20):
    page_len = get_page_length(page_len)
    return frappe.db.sql(
        "select name, item_name from `tabItem` where disabled = 0 and (name like %(txt)s or item_name like %(txt)s) limit %(page_len)s",
        {"txt": f"%{txt}%", "page_len": page_len},
    )


@frappe.whitelist()
def get_item_details(item_code: str, fields: str = "item_name,stock_uom"):
    columns = ", ".join(f"`{f.strip()}`" for f in fields.split(","))
    # expect: sql-injection
    return frappe.db.sql(f"select {columns} from `tabItem` where name = %s", item_code, as_dict=True)


@frappe.whitelist()
def run_item_formula(item_code: str):
    expr = frappe.form_dict.get("formula") or "qty * rate"
    values = {"qty": float(frappe.form_dict.get("qty", 0)), "rate": float(frappe.form_dict.get("rate", 0))}
    # expect: code-injection
    return eval(expr, {"__builtins__": {}}, values)


@frappe.whitelist()
def evaluate_discount(rule_name: str):
    rule = frappe.get_doc("Pricing Rule", rule_name)
    return frappe.safe_eval(rule.condition or "True", None, {"doc": frappe.form_dict})
