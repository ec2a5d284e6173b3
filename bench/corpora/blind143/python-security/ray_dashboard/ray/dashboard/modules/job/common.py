from dataclasses import dataclass, field
from typing import Any, Dict, Optional


@dataclass
class JobSubmitRequest:
    entrypoint: str
    submission_id: Optional[str] = None
    runtime_env: Dict[str, Any] = field(default_factory=dict)
    metadata: Dict[str, str] = field(default_factory=dict)
    entrypoint_num_cpus: float = 0
