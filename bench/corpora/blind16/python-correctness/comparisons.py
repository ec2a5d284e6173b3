def same_range(a, b):
    # expect: self-comparison
    return a.start == a.start and a.end == b.end


def is_nan(x):
    return x != x


def changed(old, new):
    # expect: self-comparison
    if old.version == old.version:
        return False
    return old.payload != new.payload


def overlaps(a, b):
    return a.start < b.end and b.start < a.end
