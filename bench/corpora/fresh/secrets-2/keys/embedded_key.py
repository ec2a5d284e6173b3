import jwt

# expect: secret
SIGNING_KEY = """-----BEGIN EC PRIVATE KEY-----
9H1dflOONMivk5I0OkzQNxugNHNJHF/s8Nfe6LSb0x2JhH8MiUer+RXEo8CV1eGR
1+xPkOA5EgUW5VoQI3nyUjGWsuq+VK65kfM2cDg12gTXZZImy75nJAPgmw+l/L0/
UPeuRzOfL0dtxdRZVONhN99qrIpH3/z+P2o2YCA1EScnbIhCA+bitz8czbhEMe0D
pFDjR8yaw+QKzCQBvlc9Wiwb1Sva5hO==
-----END EC PRIVATE KEY-----
"""

PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----
0rP1ciK9LjlY0ud3f2H8PcmHqI+z/AuOFNUe9P8AwBudc9pBK9Qr41BKTWL3g0NG
ciP5/xMQRdNJi3+R4p3kbmbHQpXnXBF9svffUV6u+RQvTRsSEJ7DjoBjRm2CUxhk
w1YDV3jV14ArPx+irwcpEbR4UqMJZGOKIWT4yt0Ykz7UHcXa1E7idbTufwCMK7jK
-----END PUBLIC KEY-----"""

def sign(claims: dict) -> str:
    return jwt.encode(claims, SIGNING_KEY, algorithm="ES256")
