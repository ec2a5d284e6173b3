"""Label rendering options for the warehouse printers."""
import copy


def render_label(item, options={}):
    # expect: mutable-default
    options["dpi"] = options.get("dpi", 203)
    return f"^XA^FO50,50^A0N,{options['dpi'] // 4}^FD{item.sku}^FS^XZ"


def merge_printer_settings(printer, overrides, base={}):
    # expect: mutable-default
    base.update(overrides)
    return {**printer.defaults, **base}


class LabelQueue:
    def enqueue(self, job, *, tags={}):
        # expect: mutable-default
        tags.setdefault("queued_by", job.user)
        return {"job": job.id, "tags": tags}

    def preview(self, job, hints={}):
        return {"job": job.id, "paper": hints.get("paper", "4x6")}


def batch_options(jobs, defaults={}):
    defaults = copy.deepcopy(defaults)
    defaults["count"] = len(jobs)
    return defaults


def with_carrier(item, extra=None):
    extra = {} if extra is None else extra
    extra["carrier"] = item.carrier
    return extra


def register(printer, registry={}):
    # expect: mutable-default
    registry[printer.name] = printer
    return registry
