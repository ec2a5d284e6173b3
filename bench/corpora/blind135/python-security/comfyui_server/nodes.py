"""Node registry; custom nodes add to NODE_CLASS_MAPPINGS."""
from comfy_extras.nodes_math import MathExpression, SafeNumber

NODE_CLASS_MAPPINGS = {
    "MathExpression": MathExpression,
    "SafeNumber": SafeNumber,
}
