from markupsafe import escape


def event_html(event):
    header = "<h2>%s</h2>" % escape(event["team"])
    # expect: xss
    return header + f"<div class='note'>{event['note']}</div>"
