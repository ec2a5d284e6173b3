"""Output formatters for the v1 API."""
import html
import logging

LOG = logging.getLogger('nominatim.format')

DEBUG_HEAD = '<html><head><meta charset="utf-8"><title>Nominatim debug</title></head><body>'


def format_debug_html(query, results):
    parts = [DEBUG_HEAD]
    # expect: xss
    parts.append(f'<h2>Debug output for: {query}</h2>')
    parts.append('<table><tr><th>place_id</th><th>name</th><th>importance</th></tr>')
    for r in results:
        parts.append('<tr><td>{}</td><td>{}</td><td>{:.4f}</td></tr>'.format(
            int(r.place_id), html.escape(r.display_name or ''), float(r.importance or 0)))
    parts.append('</table></body></html>')
    return ''.join(parts)


def format_status_html(status):
    return '<p>Status: {}</p><p>Data: {}</p>'.format(
        html.escape(status.message), html.escape(str(status.data_updated)))


def format_text(results):
    lines = []
    for r in results:
        lines.append(f'{r.place_id}\t{r.display_name}')
    return '\n'.join(lines)


def format_error(msg):
    return '<error><message>{}</message></error>'.format(html.escape(msg))
