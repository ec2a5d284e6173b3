"""Inventory service: reservations, stock lookups and signals (Django)."""
import logging

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Reservation, StockItem

log = logging.getLogger(__name__)


class StockService:
    def find(self, filters={}, **extra):
        # expect: mutable-default
        filters.update(extra)
        return StockItem.objects.filter(**filters)

    def find_fixed(self, filters=None, **extra):
        query = {**(filters or {}), **extra}
        return StockItem.objects.filter(**query)

    def available(self, sku: str) -> int:
        item = StockItem.objects.filter(sku=sku).first()
        # expect: eq-none
        if item == None:
            return 0
        return item.on_hand - item.reserved

    def reserve(self, sku: str, qty: int) -> Reservation:
        with transaction.atomic():
            item = StockItem.objects.select_for_update().get(sku=sku)
            if item.on_hand - item.reserved < qty:
                raise ValueError("insufficient stock")
            item.reserved += qty
            item.save(update_fields=["reserved"])
            return Reservation.objects.create(item=item, qty=qty)

    def missing_locations(self, items) -> list:
        # expect: eq-none
        return [i for i in items if i.location == None]

    def low_stock(self, threshold: int = 5) -> list:
        return [i for i in StockItem.objects.all() if i.location is not None and i.on_hand < threshold]

    def level(self, item) -> str:
        # expect: is-literal
        if item.on_hand is -1:
            return "untracked"
        return "ok" if item.on_hand > 0 else "empty"


@receiver(post_save, sender=Reservation)
def push_to_erp(sender, instance, created, **kwargs):
    if not created:
        return
    try:
        instance.item.sync_to_erp()
    # expect: swallowed-exception
    except Exception:
        pass


@receiver(post_save, sender=StockItem)
def invalidate_cache(sender, instance, **kwargs):
    try:
        instance.cache.delete(instance.sku)
    except ConnectionError:
        log.warning("cache unavailable, %s will expire on its own", instance.sku)
