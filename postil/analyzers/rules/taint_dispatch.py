"""Calls that run a function of the project later, with arguments they hand over, for the taint
engine (see taint_arguments): a Celery task's `transcode.delay(src, preset)`,
`archive.apply_async((name, folder))`, `apply_async(args=[url, name])` and
`announce.s(title).delay()`; a Dramatiq actor's `post_webhook.send(url, body)` and
`send_with_options(args=(rule, ctx))`; an RQ queue's `queue.enqueue(export_table, where)` (and a
project's wrapper named so, `enqueue_export(export_table, where)`), `enqueue_in(delay, job, x)`;
FastAPI's `background_tasks.add_task(job, x)`, Quart's `app.add_background_task(job, x)` and an executor's `submit(job, x)`; the function named
by a keyword, its arguments packed in `args=` and `kwargs=` (or a wrapper's `job_kwargs=`) (RQ's `enqueue_call(func=job, args=(x,))`,
`threading.Thread(target=job, kwargs={"host": h})`, `multiprocessing.Process`), and a task's own
`delay(args=(...), kwargs={...})` (Flagsmith's task processor, rearq: `send_webhook.delay(kwargs={"url": url})`,
or `kwargs=options` of a dict the function built just before). The worker runs
the function with those arguments: request data a view hands over this way reaches the
function's parameters as a direct call's would.
"""

from __future__ import annotations

import re

from postil.analyzers.rules.taint_splats import built_before

# a task or actor's own methods: the arguments are the function's (`delay(a, b)`), or packed in one
# tuple or list (`apply_async((a, b))`, `apply_async(args=[a, b])`, `send_with_options(args=(a,))`)
_SPREAD = frozenset({"delay", "send"})
_PACKED = frozenset({"apply_async", "send_with_options"})
_SIGNATURES = frozenset({"s", "si", "signature"})  # Celery's `task.s(a, b)`, run by `.delay()`/`.apply_async()`
# a queue's or a pool's methods taking the function and then its arguments
_QUEUES = re.compile(r"enqueue\w*|add_task|add_background_task|submit|to_thread|run_in_executor")
_HANDED = frozenset({"func", "target"})  # the keyword naming the function (`enqueue_call(func=f)`, `Thread(target=f)`)
# text just before a function's name that hands the function itself over (an import used so is used: see
# taint_imports): `add_task(send_email`, `enqueue_job(import_image`, `run_in_executor(None, fetch`, `target=rotate`
HANDED_OVER = re.compile(rf"(?:\b(?:{_QUEUES.pattern})\([ \t\n]*(?:[\w.]+[ \t\n]*,[ \t\n]*)?|\b(?:func|target)[ \t]*=[ \t]*)\Z")
_STARTS = frozenset({"Thread", "Process"})  # classes run the function `target=` names (and nothing else they are given)
NAMES = _SPREAD | _PACKED  # (the callee names a file's calls are looked up by; queues: see dispatches)


def dispatches(facts) -> list[tuple[object, list]]:
    """(the node naming the function, the argument nodes it is run with, first to last) of the
    dispatching calls in a parsed file (``facts``: its taint_facts.FileFacts); a queue's call gives
    each positional argument that may name the function, with the arguments after it."""
    found = []
    for name in sorted(NAMES | {n for n in facts.call_names() if n in _STARTS or _QUEUES.fullmatch(n)}):
        for call in facts.calls_of(name):
            found.extend(_dispatch(call, name))
    return found


def _dispatch(call, name: str) -> list[tuple[object, list]]:
    callee, arguments = call.field("function"), _positional(call)
    if callee is None or callee.kind() != "attribute" and name in NAMES:
        return []
    if name not in NAMES:  # a queue's: any argument may be the function, the ones after it its arguments
        handed = _keyword(call, _HANDED)
        if handed is not None:
            return [(handed, packed_arguments(call))] if handed.kind() in ("identifier", "attribute") else []
        if name in _STARTS:
            return []
        packed = packed_arguments(call)  # (`enqueue(f, args=(a,))`; a project's wrapper's `enqueue_job(f, job_kwargs={...})`)
        return [(a, arguments[i + 1:] + packed) for i, a in enumerate(arguments) if a.kind() in ("identifier", "attribute")]
    task = callee.field("object")
    if task is not None and task.kind() == "call" and task.field("function") is not None \
            and task.field("function").kind() == "attribute" \
            and task.field("function").field("attribute").text() in _SIGNATURES:
        return [(task.field("function").field("object"), _positional(task))]  # `task.s(a).delay()`
    if task is None or task.kind() not in ("identifier", "attribute"):
        return []
    if name in _SPREAD:  # (its keywords too, the task's own: Assembl's `export.delay(discussion_id, filename=name)`)
        spread = [a for a in call.field("arguments").named_children() if a.kind() not in ("comment", "dictionary_splat")
                  and (a.kind() != "keyword_argument" or a.field("name").text() not in ("args", "kwargs"))]
        return [(task, spread or packed_arguments(call))]
    packed = next((kw.field("value") for kw in call.field("arguments").named_children()
                   if kw.kind() == "keyword_argument" and kw.field("name").text() == "args"), None)
    packed = packed if packed is not None else next(iter(arguments), None)
    if packed is None or packed.kind() not in ("tuple", "list"):
        return []
    return [(task, [a for a in packed.named_children() if a.kind() != "comment"])]


def _keyword(call, names: frozenset[str]):
    """The value of the call's keyword argument named one of ``names`` (None: none)."""
    return next((kw.field("value") for kw in call.field("arguments").named_children()
                 if kw.kind() == "keyword_argument" and kw.field("name").text() in names), None)


def packed_arguments(call) -> list:
    """The arguments a call packs for the function it hands over: the items of its `args=` tuple
    or list, then the pairs of its `kwargs=` dict (each feeding the parameter its literal key names)."""
    found = []
    for keywords, kinds in ((frozenset({"args"}), ("tuple", "list")), (_kwargs_names(call), ("dictionary",))):
        packed = _keyword(call, keywords)
        if packed is not None and packed.kind() == "identifier":
            packed = built_before(call, packed.text())
        if packed is not None and packed.kind() in kinds:
            found += [a for a in packed.named_children() if a.kind() not in ("comment", "dictionary_splat")]
    return found


def _kwargs_names(call) -> frozenset[str]:
    """The call's keywords that may pack the function's keyword arguments: `kwargs`, or a project's
    wrapper's `job_kwargs`, `task_kwargs` (Robotoff's `enqueue_job(import_image, job_kwargs={...})`)."""
    return frozenset({"kwargs"} | {kw.field("name").text() for kw in call.field("arguments").named_children()
                                   if kw.kind() == "keyword_argument" and kw.field("name").text().endswith("_kwargs")})


def _positional(call) -> list:
    arguments = call.field("arguments")
    return [a for a in arguments.named_children() if a.kind() not in ("comment", "keyword_argument")] \
        if arguments is not None else []
