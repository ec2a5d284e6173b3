"""Tiny alerting rule engine: rules come from YAML files maintained by the ops team."""
import ast
import logging
from pathlib import Path

import yaml

log = logging.getLogger("alerts")

RULES_DIR = Path("/etc/alerting/rules.d")
DEFAULT_CONDITION = "cpu > 90"


class Rule:
    def __init__(self, name, condition, severity="warning"):
        self.name = name
        self.condition = condition
        self.severity = severity

    def matches(self, metrics):
        # expect: code-injection
        return bool(eval(self.condition, {"__builtins__": {}}, metrics))


def load_rules(directory=RULES_DIR):
    rules = []
    for path in sorted(directory.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text())
        for item in doc.get("rules", []):
            rules.append(Rule(item["name"], item.get("when", DEFAULT_CONDITION), item.get("severity", "warning")))
    return rules


def threshold_for(host, metric, overrides):
    template = overrides.get(metric, "{base} * 1.0")
    # expect: code-injection
    return eval(template.format(base=host.baseline[metric]))


def evaluate_file(path):
    source = Path(path).read_text()
    code = compile(source, str(path), "eval")
    # expect: code-injection
    return eval(code)


async def evaluate_remote(session, url, metrics):
    async with session.get(url) as resp:
        expr = await resp.text()
    return eval(
        # expect: code-injection
        expr,
        {},
        metrics,
    )


def parse_literal_threshold(text):
    return ast.literal_eval(text)


def default_window():
    return eval("60 * 5")
