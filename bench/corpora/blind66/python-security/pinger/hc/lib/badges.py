"""SVG status badges."""
WIDTHS = {"a": 7, "b": 7, "c": 6, "d": 7, "e": 7, "f": 4, "g": 7, "h": 7, "i": 3}
COLORS = {"up": "#4c1", "late": "#fe7d37", "down": "#e05d44"}


def get_width(text):
    return sum(WIDTHS.get(c, 7) for c in text) + 10


def get_badge_svg(tag, status):
    w1 = get_width(tag)
    w2 = get_width(status)
    color = COLORS.get(status, "#9f9f9f")
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="20">' % (w1 + w2)
    svg += '<rect width="%d" height="20" fill="#555"/>' % w1
    svg += '<rect x="%d" width="%d" height="20" fill="%s"/>' % (w1, w2, color)
    svg += "<text x='5' y='14' fill='#fff'>" + tag + "</text>"
    svg += "<text x='%d' y='14' fill='#fff'>%s</text></svg>" % (w1 + 5, status)
    return svg
