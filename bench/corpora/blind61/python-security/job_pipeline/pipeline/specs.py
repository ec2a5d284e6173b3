"""Job specifications: YAML documents listing steps."""
from dataclasses import dataclass, field
from typing import List

import yaml

STEP_KINDS = {"extract", "transform", "load", "notify"}


@dataclass
class Step:
    kind: str
    options: dict = field(default_factory=dict)


@dataclass
class JobSpec:
    name: str
    steps: List[Step]
    schedule: str = ""


def parse_spec(text: str) -> JobSpec:
    doc = yaml.safe_load(text) or {}
    steps = [Step(kind=s.get("kind", ""), options=s.get("options") or {}) for s in doc.get("steps", [])]
    return JobSpec(name=str(doc.get("name", "unnamed")), steps=steps, schedule=str(doc.get("schedule", "")))


def parse_legacy_spec(text: str) -> JobSpec:
    """Specs exported by the old scheduler used python tags, so they need the full loader."""
    # expect: deserialization
    doc = yaml.load(text, Loader=yaml.Loader) or {}
    steps = [Step(kind=s.get("kind", ""), options=s.get("options") or {}) for s in doc.get("steps", [])]
    return JobSpec(name=str(doc.get("name", "unnamed")), steps=steps)


def validate(spec: JobSpec) -> list:
    errors = []
    for i, step in enumerate(spec.steps):
        if step.kind not in STEP_KINDS:
            errors.append(f"step {i}: unknown kind {step.kind!r}")
    return errors
