# library: re (flags passed positionally into count / maxsplit)
import re


def strip_tags(html: str) -> str:
    # expect: re-flags-as-count
    return re.sub(r"<script.*?</script>", "", html, re.IGNORECASE | re.DOTALL)


def split_words(text: str) -> list:
    # expect: re-flags-as-count
    return re.split(r"\s+and\s+", text, re.IGNORECASE)


def strip_tags_ok(html: str) -> str:
    return re.sub(r"<script.*?</script>", "", html, flags=re.IGNORECASE | re.DOTALL)


def split_words_ok(text: str) -> list:
    return re.split(r"\s+and\s+", text, flags=re.IGNORECASE)


def first_two(text: str) -> str:
    return re.sub(r"\d", "#", text, 2)


def find_all(text: str) -> list:
    return re.findall(r"[a-z]+", text, re.IGNORECASE)
