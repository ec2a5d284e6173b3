"""Secret-shaped values the egress tests plant in workspaces (shared by the gate's unit
tests and the end-to-end egress suite)."""

# Built by concatenation so this file does not look like a leak to scanners.
KEY_LINES = [
    "MIIEowIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM2P5Qk9s8e7R2vN4xJq6LwYtH0aFgK1pB",
    "c8VnX3yZ5uW7iO9lP2kJ4hG6fD8sA1qE3rT5yU7iO9pL2kJ4hG6fD8sA1qE3rT5y",
    "Zq9Xw2Ev4Rt6Yu8Io0Pa1Sd3Fg5Hj7Kl9Zx2Cv4Bn6Mm8Qq0Ww2Ee4Rr6Tt8Yy0Uu",
    "Tt8Yy0UuQ3xK8vLm2Nr7Tb5Yw9Zp1Cs4Dh6Fj0GkMqRtVwa8Bc2De4Fg6Hi8Jk0Lm",
    "Jk0Lm2No4Pq6Rs8Tu0Vw2Xy4Za6Bc8De0Fg2Hi4Jk6Lm8No0Pq2Rs4Tu6Vw8Xy0Z",
    "Rs4Tu6Vw8Xy0ZaQ==",
]
KEY_BLOCK = "-----BEGIN RSA " + "PRIVATE KEY-----\n" + "\n".join(KEY_LINES) + "\n-----END RSA " + "PRIVATE KEY-----"
HEX40 = "9f3b7c1e5a2d8f4b" + "6c0e9a7d3f1b5c8e4a2d6f1b"
B64_NEUTRAL = "Qk9s8e7R2vN4xJq6" + "LwYtH0aFgK1pBz3W"
SEED = "a1b2c3d4e5f6" + "0718293a4b5c"
URL_PASSWORD = "Xq7-pL2" + "vR9wZ"
