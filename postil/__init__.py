"""postil: a code reviewer that lives in the editor."""

__version__ = "0.1.0"
