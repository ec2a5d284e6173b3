import anthropic
import hvac
import openai
import requests
from github import Auth, Github
from huggingface_hub import HfApi
from twilio.rest import Client

# expect: secret
llm = openai.OpenAI(api_key="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")
# expect: secret
claude = anthropic.Anthropic(api_key="sk-ant-api03-PD81DWxdSaoxU0Ge8gCuZluvGiken37f4T-MJZBAQv96g2yAJxZd3ra3J1bNujds3v7Dt5Dx2n6_BAmAIx0qlVbWvI6e3AA")
# expect: secret
hub = HfApi(token="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")
# expect: secret
gh_app = Github(auth=Auth.Token("ghs_BWggnizVLsKOz6kTktzDHvfnTXhNDZhhGgPv"))
# expect: secret
gh_user = Github(auth=Auth.Token("gho_BpGmA3GJVG2q6AXWEFjxV1GrPqAFRvjqTBaS"))
# expect: secret
vault = hvac.Client(url="https://vault.acme.io:8200", token="hvs.GtxOFHRxlOUcvKCT5RaZKecr")
# expect: secret
sms = Client("AC41fabb26fc5d6a67d6ceef5bb6d9fa42", "23dcf20c356d868225fe23887debbcd7")

GITHUB_APP_ID = 318224
GITHUB_CLIENT_ID = "Iv1.71bc51f671a0280d"
# expect: secret
GITHUB_CLIENT_SECRET = "5969ceac3ff483b220655d42ebfa75f0524ae8a6"
SLACK_CHANNEL = "C6HXUCP8H85"
PRICE_ID = "price_1gRmmpeqwJtAEfXNjG5gB16Y"
SHA256_OF_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
TOKEN_TYPE = "Bearer"


def fetch_orders(session: requests.Session) -> list:
    # expect: secret
    headers = {"Authorization": "Bearer eyJhbGciOiJIUzI1NiIsImtpZCI6IkxXbnJORGdnbktuTDhzTF9RUExHTk8za3lQREVydEtqTlRTaWFVQjdmc0wifQ.eyJzdWIiOiJzdmMtb3JkZXJzIiwiYXVkIjoib3JkZXJzIiwiZXhwIjoxODkzNDU2MDAwfQ.MPaGuCbFRe3RIFZGwB8ZIq3aBBKBJrY_HHoBWwgYbLU"}
    return session.get("https://orders.acme.io/v1/orders", headers=headers, timeout=10).json()


def mailgun(message: dict) -> None:
    # expect: secret
    requests.post("https://api.mailgun.net/v3/mg.acme.io/messages", auth=("api", "7b8043ece73154c9be150af49f94db48-9760d09b-d939ccf0"), data=message, timeout=10)


def vault_batch() -> str:
    # expect: secret
    return "hvb.AAAAAQbDQ2FTjMVcm10OrtfjgHc9Td0TwAzDC9T_wX1y2RvTTowPzByls5jPFsSw_GTtBkvDND1ap3PxiQHTSA33kQI1a9eMlb1wzS7UppPE0Ceo1aMZDxKvHMYk4w_00c8Wj84c"
