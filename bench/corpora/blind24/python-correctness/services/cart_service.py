"""Cart operations for the storefront."""
import logging

log = logging.getLogger(__name__)


class CartService:
    # expect: mutable-default
    def __init__(self, repo, promotions=[]):
        self.repo = repo
        self.promotions = promotions

    def add(self, cart_id, sku, qty=1, options=None):
        options = options or {}
        cart = self.repo.get(cart_id)
        cart.lines.append({"sku": sku, "qty": qty, **options})
        return cart

    # expect: mutable-default
    def apply_codes(self, cart, codes=set()):
        for code in codes:
            cart.discounts.append(code)
        return cart

    def total(self, cart):
        try:
            return sum(line["qty"] * self.repo.price(line["sku"]) for line in cart.lines)
        # expect: bare-except
        except:
            return 0

    def checkout(self, cart):
        try:
            self.repo.reserve(cart)
        except Exception:
            log.exception("reserve failed for %s", cart.id)
            raise

    def release(self, cart):
        try:
            self.repo.release(cart)
        # expect: swallowed-exception
        except Exception:
            pass

    def is_empty(self, cart):
        # expect: eq-none
        if cart.lines == None:
            return True
        return len(cart.lines) == 0
