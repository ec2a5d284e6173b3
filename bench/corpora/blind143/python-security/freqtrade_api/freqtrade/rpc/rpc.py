"""RPC methods shared by the API server and Telegram."""
from freqtrade.persistence.trade_model import Trade


class RPC:
    def __init__(self, freqtrade):
        self._freqtrade = freqtrade
        self._config = freqtrade.config

    def _rpc_blacklist(self, add=None):
        for pair in add or []:
            if pair not in self._freqtrade.pairlists.blacklist:
                self._freqtrade.pairlists.blacklist.append(pair)
        return {"blacklist": self._freqtrade.pairlists.blacklist}

    def _rpc_trade_history(self, pair=None, order_by=None, limit=50):
        if not order_by:
            order_by = "open_date DESC"
        if pair:
            return Trade.get_trades_for_pair(pair, limit=int(limit))
        return Trade.get_trades_ordered(order_by, limit=int(limit))

    def _rpc_set_webhook(self, url, fmt="json"):
        self._config.setdefault("webhook", {})
        self._config["webhook"].update({"enabled": True, "url": url, "format": fmt})
        return {"status": "webhook set"}
