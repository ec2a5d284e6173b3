# Production variables
region          = "fra1"
cluster_name    = "acme-prod"
node_size       = "s-4vcpu-8gb"
node_count      = 3
# expect: digitalocean-token
do_token        = "dop_v1_a57bd946d6612cb4d51ba86c4a58818a23ccdcbd3be6811a2d896a033c041568"
domain          = "acme.example"
# expect: hardcoded-password
db_admin_password = "ybgdmBRcd%ugUQgJg#Sdq%Rd"
db_size         = "db-s-2vcpu-4gb"
alert_email     = "ops@acme.example"
# expect: datadog-api-key
datadog_api_key = "124f7a22fb4fffa4f140b5f656cb346b"
monitoring_enabled = true
tags = ["prod", "terraform"]
backup_retention_days = 14
allowed_cidrs = ["10.10.0.0/16", "192.0.2.0/24"]
# Commit of the module we pinned, not a secret.
module_ref      = "480e29fa471afc56c81ac3ea6c752091e68c8345"
