import google.generativeai as genai
from google_auth_oauthlib.flow import Flow

# expect: secret
genai.configure(api_key="AIzaCwVxCFkmllLGMRVM_NR78uIAH0euJldFULq")
CLIENT_CONFIG = {
    "web": {
        "client_id": "473776260843-traqt76kykuu508volkm1nn01xdntl3y.apps.googleusercontent.com",
        # expect: secret
        "client_secret": "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",
        "redirect_uris": ["https://acme.io/oauth/callback"],
    }
}
flow = Flow.from_client_config(CLIENT_CONFIG, scopes=["openid"])
