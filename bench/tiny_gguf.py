"""Write a tiny llama-architecture GGUF model with random weights: a byte-level vocabulary (one
token per byte, so every text tokenizes) and a few layers. llama.cpp loads it and generates
printable garbage from it, and greedily never stops before max_tokens — enough to run a real model server (llama-cpp-python's, llama.cpp's) with no
model download: structured-output fallback, streaming cancellation, the context window and
unreadable answers, for real. Needs ``gguf`` and ``numpy`` (pip install gguf).

Usage: python bench/tiny_gguf.py OUT.gguf [--width 128] [--layers 2]
"""

from __future__ import annotations

import argparse


def write_tiny_model(path: str, width: int = 128, layers: int = 2, seed: int = 0) -> None:
    """``width``/``layers`` set how fast it generates (128/2: a few hundred tokens a second on one busy CPU)."""
    import gguf
    import numpy as np

    rng = np.random.default_rng(seed)
    heads, ffn = 4, 4 * width
    tokens = [b"<unk>", b"<s>", b"</s>"] + [f"<0x{i:02X}>".encode() for i in range(256)]
    types = [gguf.TokenType.UNKNOWN, gguf.TokenType.CONTROL, gguf.TokenType.CONTROL] + [gguf.TokenType.BYTE] * 256
    writer = gguf.GGUFWriter(path, "llama")
    writer.add_name("postil-tiny-random")
    writer.add_context_length(32768)
    writer.add_embedding_length(width)
    writer.add_block_count(layers)
    writer.add_feed_forward_length(ffn)
    writer.add_head_count(heads)
    writer.add_head_count_kv(heads)
    writer.add_rope_dimension_count(width // heads)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_file_type(gguf.LlamaFileType.ALL_F32)
    writer.add_tokenizer_model("llama")
    writer.add_token_list(tokens)
    writer.add_token_scores([0.0] * len(tokens))
    writer.add_token_types(types)
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(2)
    writer.add_unk_token_id(0)

    def random(name: str, *shape: int) -> None:
        writer.add_tensor(name, (rng.standard_normal(shape) / np.sqrt(shape[-1])).astype(np.float32))

    def ones(name: str) -> None:
        writer.add_tensor(name, np.ones(width, np.float32))

    random("token_embd.weight", len(tokens), width)
    ones("output_norm.weight")
    output = (rng.standard_normal((len(tokens), width)) / np.sqrt(width)).astype(np.float32)
    # Only printable ASCII can win under greedy decoding: <unk>, <s>, </s>, control bytes and bytes
    # past 0x7e score 0 where some printable byte always scores more. So it never ends before
    # max_tokens, and its text is always whole characters (a server streams as it generates;
    # llama-cpp-python holds back a broken UTF-8 sequence, and with it its check for a gone client).
    printable = np.zeros(len(tokens), bool)
    printable[3 + 0x20:3 + 0x7f] = True
    output[~printable] = 0
    writer.add_tensor("output.weight", output)
    for n in range(layers):
        ones(f"blk.{n}.attn_norm.weight")
        ones(f"blk.{n}.ffn_norm.weight")
        for part in ("q", "k", "v", "output"):
            random(f"blk.{n}.attn_{part}.weight", width, width)
        random(f"blk.{n}.ffn_gate.weight", ffn, width)
        random(f"blk.{n}.ffn_up.weight", ffn, width)
        random(f"blk.{n}.ffn_down.weight", width, ffn)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--width", type=int, default=128)
    parser.add_argument("--layers", type=int, default=2)
    args = parser.parse_args()
    write_tiny_model(args.out, args.width, args.layers)
