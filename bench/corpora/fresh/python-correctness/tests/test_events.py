import pytest

from events import Bus, Subscriber


@pytest.fixture
def bus():
    return Bus([Subscriber("a"), Subscriber("b", ["refund"])])


def test_publish(bus):
    bus.publish({"kind": "refund", "id": 1})
    assert len(bus.buffer) == 2


def test_flush(bus):
    bus.publish({"kind": "login", "id": 2})
    try:
        # expect: swallowed-assert
        assert bus.flush() == 1
    except AssertionError:
        pass


def test_flush_reports():
    b = Bus()
    try:
        b.flush()
    except Exception:
        pytest.fail("flush raised")
    assert b.buffer == []


def test_level(bus):
    ev = {"severity": "high"}
    assert bus.level(ev) == 5
    return
    # expect: unreachable
    assert bus.level({"severity": "low"}) == 1


def test_sort_stable():
    xs = [3, 1, 2]
    # expect: self-comparison
    assert sorted(xs) == sorted(xs)
