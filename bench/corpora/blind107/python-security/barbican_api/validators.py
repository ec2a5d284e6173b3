"""Schema validators: check types and sizes, keep the strings."""
import pecan

MAX_FIELD = 255


class NewSecretValidator:
    def validate(self, data):
        name = data.get("name")
        if name is not None and (not isinstance(name, str) or len(name) > MAX_FIELD):
            pecan.abort(400, "bad name")
        return data


class TypeOrderValidator:
    ORDER_TYPES = ("key", "asymmetric", "certificate")

    def validate(self, data):
        if data.get("type") not in self.ORDER_TYPES:
            pecan.abort(400, "bad type")
        meta = data.get("meta") or {}
        if not isinstance(meta, dict):
            pecan.abort(400, "bad meta")
        return data


class ConsumerValidator:
    def validate(self, data):
        for key in ("name", "URL"):
            if not isinstance(data.get(key), str):
                pecan.abort(400, "missing %s" % key)
        return data
