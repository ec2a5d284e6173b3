"""Context for log lines: the id of the request being served."""
import logging
from contextvars import ContextVar

request_id_var: ContextVar[str] = ContextVar("request_id", default="-")

log = logging.getLogger("dispatch.audit")


def log_action(action: str, subject_id: int) -> None:
    line = f"[{request_id_var.get()}] {action} on {subject_id}"
    # expect: log-injection
    log.info(line)


def log_action_plain(action: str, subject_id: int) -> None:
    log.info("%s on %d", action, subject_id)
