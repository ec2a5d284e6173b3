"""Run pipeline steps as subprocesses and evaluate their guards."""
import ast
import asyncio
import operator
import re
import shlex

STEP_RE = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
STEP_BIN = "/opt/pipeline/bin"
_OPS = {ast.Gt: operator.gt, ast.Lt: operator.lt, ast.Eq: operator.eq, ast.GtE: operator.ge, ast.LtE: operator.le}


async def run_step(step: str, args: str):
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"{STEP_BIN}/{step} {args}", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    return proc.returncode, out.decode(), err.decode()


async def run_step_checked(step: str, args: list):
    if not STEP_RE.match(step):
        raise ValueError("unknown step")
    proc = await asyncio.create_subprocess_exec(
        f"{STEP_BIN}/{step}", *[str(a) for a in args],
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    return proc.returncode, out.decode(), err.decode()


def guard_passes(expression: str, context: dict) -> bool:
    # expect: code-injection
    return bool(eval(expression, {"__builtins__": {}}, context))


def guard_passes_safe(expression: str, context: dict) -> bool:
    """Only `name <op> number` comparisons."""
    node = ast.parse(expression, mode="eval").body
    if not isinstance(node, ast.Compare) or len(node.ops) != 1 or type(node.ops[0]) not in _OPS:
        raise ValueError("unsupported guard")
    if not isinstance(node.left, ast.Name) or not isinstance(node.comparators[0], ast.Constant):
        raise ValueError("unsupported guard")
    return _OPS[type(node.ops[0])](context[node.left.id], node.comparators[0].value)


def quote_args(args: list) -> str:
    return " ".join(shlex.quote(str(a)) for a in args)
