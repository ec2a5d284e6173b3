"""Thin client around the payment provider's REST API."""
import logging

import httpx

from .errors import GatewayError, PaymentDeclined

logger = logging.getLogger(__name__)
log = logging.getLogger("payments.refunds")


class PaymentGateway:
    def __init__(self, base_url, api_key):
        self.base_url = base_url
        self.logger = logging.getLogger(f"{__name__}.{type(self).__name__}")
        self._http = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {api_key}"}, timeout=10)

    def charge(self, order_id, amount_cents):
        try:
            resp = self._http.post("/charges", json={"order": order_id, "amount": amount_cents})
            resp.raise_for_status()
        except httpx.HTTPStatusError as exc:
            # expect: log-and-raise
            self.logger.error("charge for order %s failed: %s", order_id, exc.response.text)
            raise GatewayError(f"charge failed for {order_id}") from exc
        return resp.json()["id"]

    def capture(self, charge_id):
        try:
            return self._http.post(f"/charges/{charge_id}/capture").json()
        except httpx.TransportError:
            # expect: log-and-raise
            logger.exception("capture of %s did not reach the provider", charge_id)
            raise

    def refund(self, charge_id, reason):
        try:
            resp = self._http.post(f"/charges/{charge_id}/refunds", json={"reason": reason})
            resp.raise_for_status()
        except httpx.HTTPStatusError as exc:
            if exc.response.status_code == 402:
                # expect: log-and-raise
                log.error("refund declined for %s (%s)", charge_id, reason)
                raise PaymentDeclined(charge_id)
            logger.warning("refund for %s returned %s, retrying later", charge_id, exc.response.status_code)
            raise
        return resp.json()

    def balance(self):
        try:
            return self._http.get("/balance").json()["available"]
        except httpx.HTTPError:
            logger.exception("balance lookup failed, showing zero")
            return 0


async def fetch_payout(client: httpx.AsyncClient, payout_id):
    try:
        resp = await client.get(f"/payouts/{payout_id}")
        resp.raise_for_status()
    except httpx.HTTPError as err:
        # expect: log-and-raise
        logger.error("payout %s lookup failed", payout_id)
        raise GatewayError(str(err)) from err
    return resp.json()


def void(client, charge_id):
    try:
        client.post(f"/charges/{charge_id}/void")
    except httpx.HTTPError as err:
        logger.info("void of %s failed, the provider voids it after 7 days: %s", charge_id, err)
        raise
