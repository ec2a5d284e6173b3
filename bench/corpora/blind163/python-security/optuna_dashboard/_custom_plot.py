"""Custom metrics computed over trial parameters for the plot page."""
from __future__ import annotations

import math
import statistics
from typing import Any

NAMED_METRICS = {
    "sum": sum,
    "mean": statistics.fmean,
    "max": max,
    "min": min,
    "norm": lambda xs: math.sqrt(sum(x * x for x in xs)),
}


def _numeric_params(trial) -> dict[str, float]:
    return {k: float(v) for k, v in trial.params.items() if isinstance(v, (int, float))}


def evaluate_custom_metric(expression: str, trials: list[Any]) -> list[float | None]:
    """Evaluate a user formula such as `x ** 2 + y` for each trial."""
    values: list[float | None] = []
    for trial in trials:
        params = _numeric_params(trial)
        try:
            # expect: code-injection
            values.append(float(eval(expression, {"math": math}, params)))
        except (ArithmeticError, NameError, TypeError, ValueError):
            values.append(None)
    return values


def evaluate_named_metric(metric: str, param_names: list[str], trials: list[Any]) -> list[float | None]:
    """Apply one of the predefined metrics to the chosen parameters."""
    func = NAMED_METRICS.get(metric)
    if func is None:
        raise ValueError(f"unknown metric: {metric}")
    values: list[float | None] = []
    for trial in trials:
        params = _numeric_params(trial)
        chosen = [params[name] for name in param_names if name in params]
        values.append(float(func(chosen)) if chosen else None)
    return values
