#!/usr/bin/env python3
"""Rotate the CI deploy keys. Usage: rotate_keys.py --token $GITHUB_TOKEN"""
import argparse
import os

import boto3

# expect: secret
DEFAULT_REFRESH_TOKEN = "ghr_jywW4GLLZjyIWq4Uv8kS3h7MKVDI9IIlDTfs"
# expect: secret
SESSION = boto3.Session(aws_access_key_id="ASIAI3FWGIZUF4UAVNQJ", aws_secret_access_key="/hAtCnLm5/eqke2D2ePEWiuiU6T2cRjbq4PU2GpM", aws_session_token="keduP82CWNB6EyRxM+/BlFTkk2nRrK4BDJvGkLqvSVPE9UZPFC5xB+mtUTU8ej6OnuEipU5BPx7+XpSZHtuwnRJLmscUOSXVNtmkXbn06MGFhB5kKkVSyM1bhgrzRNx8kFfGKVMsgxIos+S6dBSur43W2gNZ+/GLEONOBxfDf27otJgEBat6ZPnV7hb2NycX3ousgZsY7gWIfH4iGwusVh4qwD1cDXUuWC/eB9uxrDAfSZg033gIGepkZbxMuMaLG2PBzVP+onvafFwLhzuVGaoET57LjYWQN+yrwUuJi3vkexvZwXc/VB6oBvngyNCLYujfLlENxBeyG/0UIhTkdUOa10gQ89rikjex")
ROLE_ARN = "arn:aws:iam::810296423464:role/ci-deployer"
KMS_KEY_ID = "6a0bba34-63a8-476b-90b7-9ee6373161a4"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--token", default=os.environ.get("GITHUB_TOKEN"))
    args = parser.parse_args()
    print(f"rotating with token ending {args.token[-4:]}")


if __name__ == "__main__":
    main()
