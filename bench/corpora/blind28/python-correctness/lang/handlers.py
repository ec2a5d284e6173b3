"""Order handlers for the fulfilment worker."""
import argparse
import json
import logging
# expect: debugger-left-in
import pdb

log = logging.getLogger(__name__)


def handle_order(payload):
    order = json.loads(payload)
    # expect: debugger-left-in
    pdb.set_trace()
    return order["id"]


def handle_refund(payload):
    # expect: debugger-left-in
    import pdb as debugger; debugger.set_trace()
    return json.loads(payload)["refund_id"]


def handle_cancel(payload):
    data = json.loads(payload)
    # expect: debugger-left-in
    breakpoint()
    return data["id"]


def handle_note(payload):
    # expect: debugger-left-in
    from pdb import set_trace; set_trace()
    return payload.strip()


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--post-mortem", action="store_true",
                        help="drop into the debugger when a handler crashes")
    args = parser.parse_args(argv)
    try:
        with open(args.file, encoding="utf-8") as fh:
            handle_order(fh.read())
    except Exception:
        log.exception("handler failed")
        if args.post_mortem:
            import pdb as _pdb  # opt-in, only with --post-mortem
            _pdb.post_mortem()
        raise
