#!/usr/bin/env python
"""Fine-tune the ticket classifier and push it to the Hub."""

import argparse
import os

from datasets import load_dataset
from huggingface_hub import login
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

BASE = "distilbert-base-uncased"
REPO = "acme/ticket-classifier"
# Revision pinned for reproducibility (a commit hash, not a secret).
DATASET_REVISION = "480e29fa471afc56c81ac3ea6c752091e68c8345"


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--push", action="store_true")
    p.add_argument("--hf-token", default=os.environ.get("HF_TOKEN"))
    return p.parse_args()


def main():
    args = parse_args()
    # expect: huggingface-token
    login(token=args.hf_token or "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")
    ds = load_dataset("acme/tickets", revision=DATASET_REVISION)
    tok = AutoTokenizer.from_pretrained(BASE)
    ds = ds.map(lambda b: tok(b["text"], truncation=True, padding="max_length"), batched=True)
    model = AutoModelForSequenceClassification.from_pretrained(BASE, num_labels=8)
    out = TrainingArguments(output_dir="out", num_train_epochs=args.epochs,
                            per_device_train_batch_size=32, push_to_hub=args.push, hub_model_id=REPO)
    Trainer(model=model, args=out, train_dataset=ds["train"], eval_dataset=ds["validation"]).train()


if __name__ == "__main__":
    main()
