"""``postil serve``: the language server over stdio (or TCP for debugging)."""

from __future__ import annotations

import argparse
import os
import sys


def _host_port(value: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit():
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, got {value!r}")
    return host or "127.0.0.1", int(port)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "serve", help="run the language server (stdio)",
        description="Run postil's language server. Editors start it over stdio; --tcp is for debugging.")
    parser.add_argument("--stdio", action="store_true", help="talk LSP over stdin/stdout (the default)")
    parser.add_argument("--tcp", type=_host_port, metavar="HOST:PORT", help="listen on a TCP socket instead")
    parser.add_argument("--log-file", help="also write the server log to this file")
    parser.add_argument("--log-level", choices=("error", "warning", "info", "debug"),
                        help="initial log level (editor settings may change it)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: `postil --help` and `postil check` never pay for pygls.
    import gc
    import logging

    # Importing pygls creates ~100k long-lived objects (lsprotocol's classes);
    # collecting garbage among them costs ~20% of the time to `initialize`. The
    # server turns collection back on once `initialize` is answered (app.py).
    gc.disable()
    if args.log_file or args.log_level:
        logging.getLogger("postil.server").setLevel((args.log_level or "info").upper())
    if args.log_file:
        handler = logging.FileHandler(args.log_file, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logging.getLogger("postil.server").addHandler(handler)
    handover = None
    if not args.tcp:
        from postil.server.framing import is_pipe

        if is_pipe(sys.stdin.buffer):  # an editor: the first diagnostics before pygls loads
            from postil.server.front import first_sight

            handover = first_sight(sys.stdin.buffer, sys.stdout.buffer)

    from postil.server.attrs_methods import compiled_once

    with compiled_once():  # lsprotocol's classes: their methods compiled by an earlier start
        from postil.server.app import create_server

    server = create_server(handover.session if handover is not None else None)
    if args.tcp:
        host, port = args.tcp
        print(f"postil: language server listening on {host}:{port}", file=sys.stderr)
        server.start_tcp(host, port)
    else:
        from postil.server.transport import start_io

        _exit_now(start_io(server, handover=handover))
    return 0


def _exit_now(code: int) -> None:
    """The server has stopped (``exit`` or end of input) and its work is saved: leave without
    the interpreter's teardown of every module (~1 s on a loaded machine, long enough for
    eglot to kill the server and for late writes to a closed stdout)."""
    import logging

    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)
