"""The retrieval-augmented LLM reviewer: providers, prompt, parsing, anchoring, cache,
budget and feedback. Nothing here imports pygls/lsprotocol; the openai and anthropic
SDKs are imported only inside a provider call."""
