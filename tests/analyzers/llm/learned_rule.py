"""The rule the fake provider answers `postil rules learn` with (issue 36): a None price summed,
learned from SHOP's accepted fix; ORDERS holds the same bug elsewhere."""

RULE = """id: price-may-be-none
language: python
severity: warning
message: $X.price may be None
note: Write `$X.price or 0`.
rule:
  pattern: $A += $X.price
fix: $A += $X.price or 0
"""
ORDERS = "def order_sum(orders):\n    amount = 0\n    for order in orders:\n        amount += order.price\n    return amount\n"
