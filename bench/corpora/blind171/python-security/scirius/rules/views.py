"""HTML views for browsing rules."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from suripyg import SuriHTMLFormat

from rules.models import Category, Rule


@login_required
def rule(request, rule_id):
    rule_obj = get_object_or_404(Rule, sid=rule_id)
    highlighted = SuriHTMLFormat(rule_obj.content)
    references = format_html_join(
        "\n", '<li><a href="{}" rel="noreferrer">{}</a></li>',
        ((ref.url, ref.value) for ref in rule_obj.get_references()),
    )
    header = format_html("<h2>{} <small>sid {}</small></h2>", rule_obj.msg, rule_obj.sid)
    return render(request, "rules/rule.html", {
        "rule": rule_obj,
        "highlight_content": mark_safe(highlighted),
        "references": references,
        "header": header,
    })


@login_required
def category(request, cat_id):
    cat = get_object_or_404(Category, pk=cat_id)
    rows = []
    for r in cat.rule_set.all()[:500]:
        # expect: xss
        rows.append(mark_safe(f"<tr><td>{r.sid}</td><td>{r.msg}</td></tr>"))
    return render(request, "rules/category.html", {"category": cat, "rows": rows})


@login_required
def search(request):
    query = request.GET.get("q", "").strip()
    rules = Rule.objects.filter(msg__icontains=query)[:100] if query else []
    legend = format_html("Results for <em>{}</em>", query)
    return render(request, "rules/search.html", {"rules": rules, "legend": legend})


@login_required
def category_stats(request, cat_id):
    """Hit counters per rule of a category, newest revision first."""
    cat = get_object_or_404(Category, pk=cat_id)
    rev = request.GET.get("rev", "")
    if rev:
        # expect: sql-injection
        rules = Rule.objects.raw(f"SELECT * FROM rules_rule WHERE category_id = %s AND rev = {rev} ORDER BY sid", [cat.pk])
    else:
        rules = Rule.objects.raw("SELECT * FROM rules_rule WHERE category_id = %s ORDER BY sid", [cat.pk])
    state = request.GET.get("state", "active")
    enabled = Rule.objects.raw(
        "SELECT * FROM rules_rule WHERE category_id = %s AND state = %s", [cat.pk, state == "active"]
    )
    return render(request, "rules/category_stats.html",
                  {"category": cat, "rules": list(rules)[:500], "enabled": list(enabled)[:500]})
