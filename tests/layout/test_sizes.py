"""The search for the largest size that fits: the same answer as trying every size from the top, in a
handful of tries."""
import pytest

from cardgen.layout.sizes import first_fit, sizes


def searched(count: int, fits_from: int) -> tuple[int | None, list[int]]:
    tried: list[int] = []

    def attempt(i: int) -> int | None:
        tried.append(i)
        return i if i >= fits_from else None  # 0 is a result too: first_fit tests for None

    return first_fit(count, attempt), tried


@pytest.mark.parametrize("count", [1, 2, 3, 7, 40])
def test_the_first_candidate_that_fits_is_found_wherever_it_is(count):
    for fits_from in range(count):
        found, tried = searched(count, fits_from)
        assert found == fits_from
        # the top alone when it fits; else the floor, then bisection: 2 + ceil(log2(count - 2)) at most
        limit = 1 if fits_from == 0 else 2 + max(0, count - 2).bit_length()
        assert len(tried) <= limit, (fits_from, tried)


def test_nothing_fits_after_two_tries_the_top_and_the_floor():
    assert searched(40, 40) == (None, [0, 39])
    assert searched(1, 1) == (None, [0])
    assert searched(0, 0) == (None, [])


def test_sizes_step_down_to_the_floor_inclusive():
    assert sizes(10.0, 8.5) == [10.0, 9.5, 9.0, 8.5]
    assert sizes(10.0, 8.6) == [10.0, 9.5, 9.0]
    assert sizes(9.0, None) == [9.0]
