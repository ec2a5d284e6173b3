#!/bin/sh
# expect: secret
export AWS_ACCESS_KEY_ID=AKIAI5KA4VTB2472XXLS
# expect: secret
export AWS_SECRET_ACCESS_KEY="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"
# expect: secret
export RESTIC_PASSWORD='HsSgf-9RzdJyZKQjkJVj6J6%'
restic -r s3:s3.amazonaws.com/acme-backups backup /srv
# expect: secret
curl -s -X POST "https://api.telegram.org/bot0872336078:AAsgqLRQRwP8C4_zCJQztNYsV_bScTWfUpy/sendMessage" -d chat_id=-1003498881071 -d text=done
# expect: secret
curl -s -H "Authorization: Bearer ATATT3xFfGF0dALXQ-tFezXE0lhxOvn107NdACHcfbM2RiSMsTwTluvucKp2igyTMwd_TBEtnFZNqxaF17_lAAcek9lrFXNDzBXE3lsyxuAGZs0u_AgCltSUaCphp-izymqgnTR79ktwtTANsh5chBMLipUufTmx7PR6JjOctyuCRE71LGQIvb=BD54201E" https://acme.atlassian.net/rest/api/3/myself
# expect: secret
curl -s -H "Api-Key: NRAK-3B553RTC4NUBQBBOBK8YPGBBXUB" https://api.newrelic.com/graphql
