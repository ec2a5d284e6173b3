import ast


def parse_macro_args(args_text):
    if not args_text:
        args_text = ""
    # expect: code-injection
    return eval("dict(%s)" % args_text)


def parse_macro_args_literal(args_text):
    args_text = args_text or "{}"
    value = ast.literal_eval(args_text)
    return value if isinstance(value, dict) else {}
