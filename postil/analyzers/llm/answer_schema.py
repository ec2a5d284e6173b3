"""What the model must answer: a list of findings, each quoting the code it is about."""

from __future__ import annotations

from dataclasses import dataclass

from postil.analyzers.findings import MODEL_CATEGORIES

SEVERITIES = ("error", "warning", "info", "hint")
MIN_QUOTE = 3  # characters of existing_code (stripped): shorter matches anywhere and proves nothing
_CONFIDENCE_WORDS = {"very high": 0.95, "high": 0.85, "medium": 0.6, "moderate": 0.6, "low": 0.3, "very low": 0.1}

FINDINGS_SCHEMA: dict = {
    "type": "object",
    "properties": {
        "findings": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "existing_code": {"type": "string",
                                      "description": "the exact lines the finding is about, copied from the code under review"},
                    "improved_code": {"type": "string",
                                      "description": "replacement for existing_code, or empty when there is no concrete fix"},
                    "message": {"type": "string", "description": "what is wrong and why it matters, one or two sentences"},
                    "severity": {"type": "string", "enum": list(SEVERITIES)},
                    "category": {"type": "string", "enum": list(MODEL_CATEGORIES)},
                    "confidence": {"type": "number", "description": "0 to 1: how sure you are this is a real problem"},
                },
                "required": ["existing_code", "improved_code", "message", "severity", "category", "confidence"],
                "additionalProperties": False,
            },
        },
    },
    "required": ["findings"],
    "additionalProperties": False,
}

EXPLAIN_SCHEMA: dict = {
    "type": "object",
    "properties": {"markdown": {"type": "string"}},
    "required": ["markdown"],
    "additionalProperties": False,
}

TRIAGE_SCHEMA: dict = {
    "type": "object",
    "properties": {"needs_review": {"type": "boolean"}, "reason": {"type": "string"}},
    "required": ["needs_review", "reason"],
    "additionalProperties": False,
}


@dataclass(frozen=True)
class RawFinding:
    """One finding as the model stated it (validated and normalised, not yet located)."""

    existing_code: str
    improved_code: str
    message: str
    severity: str
    category: str
    confidence: float

    def to_dict(self) -> dict:
        return {"existing_code": self.existing_code, "improved_code": self.improved_code, "message": self.message,
                "severity": self.severity, "category": self.category, "confidence": self.confidence}


def coerce_finding(item) -> RawFinding | None:
    """A RawFinding from whatever the model produced for one item, or None if unusable.
    Lenient where the meaning is clear (``"0.8"``, ``"85%"``, ``"high"``, ``"Warning"``,
    ``"critical"``); a confidence outside 0-1 or a quote too short to be code (``"1"``,
    which would anchor on the first ``1`` anywhere) makes the item unusable."""
    if not isinstance(item, dict):
        return None
    existing = item.get("existing_code")
    message = item.get("message")
    if not isinstance(existing, str) or len(existing.strip()) < MIN_QUOTE or not isinstance(message, str) \
            or not message.strip():
        return None
    improved = item.get("improved_code")
    improved = improved if isinstance(improved, str) else ""
    severity = str(item.get("severity") or "warning").strip().lower()
    severity = {"critical": "error", "high": "error", "major": "error", "medium": "warning", "minor": "info",
                "low": "info", "note": "info", "information": "info"}.get(severity, severity)
    if severity not in SEVERITIES:
        severity = "warning"
    category = str(item.get("category") or "other").strip().lower().replace("_", "-").replace(" ", "-")
    if category not in MODEL_CATEGORIES:
        category = "other"
    confidence = _confidence(item.get("confidence"))
    if confidence is None:
        return None
    return RawFinding(existing, improved, message.strip(), severity, category, confidence)


def _confidence(value) -> float | None:
    """0-1 (0.5 when the model gave none or no number); None for a number outside 0-1."""
    if isinstance(value, bool):
        return 0.5
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip().lower().rstrip("%")
        if text in _CONFIDENCE_WORDS:
            return _CONFIDENCE_WORDS[text]
        try:
            number = float(text)
        except ValueError:
            return 0.5
        if value.strip().endswith("%"):
            number /= 100
    else:
        return 0.5
    return number if 0.0 <= number <= 1.0 else None  # NaN too
