"""Exact polynomial products and powers: every backend gives the same integers.

python-flint, the decimal Kronecker substitution and the binary one are
checked against a schoolbook double loop that shares no code with them, on
coefficient lists with zeros at either end (flint drops zero top
coefficients), single coefficients and coefficients far beyond the 4300-digit
limit of CPython's int/str conversion (the decimal backend cuts them into
pieces). The fallbacks are also run with python-flint removed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import reduce

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from probconv import Pmf, exact

coefficient = st.one_of(st.integers(0, 9), st.integers(0, 2**70), st.just(0))
polynomial = st.lists(coefficient, min_size=1, max_size=12)


def schoolbook(a: list[int], b: list[int]) -> list[int]:
    out = [0] * (len(a) + len(b) - 1)
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            out[i + j] += x * y
    return out


@settings(max_examples=150)
@given(a=polynomial, b=polynomial)
def test_every_backend_multiplies_like_the_schoolbook(a: list[int], b: list[int]) -> None:
    expected = schoolbook(a, b)
    for backend in exact.BACKENDS:
        assert exact.poly_mul(a, b, backend=backend) == expected, backend


@settings(max_examples=60)
@given(a=st.lists(st.integers(0, 50), min_size=1, max_size=7), n=st.integers(1, 25))
def test_every_backend_raises_to_powers_like_repeated_products(a: list[int], n: int) -> None:
    expected = reduce(schoolbook, [a] * n)
    for backend in exact.BACKENDS:
        assert exact.poly_pow(a, n, backend=backend) == expected, backend


def test_coefficients_beyond_the_int_str_digit_limit_survive_the_decimal_backend() -> None:
    huge = 7**12_000  # about 10,100 digits, past CPython's 4,300-digit str limit
    a, b = [huge, 0, 1], [3, huge]
    expected = schoolbook(a, b)
    assert exact.poly_mul(a, b, backend="decimal") == expected
    assert exact.poly_mul(a, b, backend="kronecker") == expected


def test_large_power_agrees_across_backends() -> None:
    die = [2, 2, 3, 3, 4, 6]
    results = {backend: exact.poly_pow(die, 400, backend=backend) for backend in exact.BACKENDS}
    assert results["flint"] == results["decimal"] == results["kronecker"]
    assert sum(results["flint"]) == sum(die) ** 400  # every outcome counted once


def test_zero_top_coefficients_are_kept() -> None:
    for backend in exact.BACKENDS:
        assert exact.poly_mul([1, 0], [1, 0, 0], backend=backend) == [1, 0, 0, 0]
        assert exact.poly_pow([1, 0], 3, backend=backend) == [1, 0, 0, 0]


def test_nfold_is_in_lowest_terms_and_equals_repeated_sums() -> None:
    # nfold skips the gcd reduction (Gauss's lemma); check that it was right to
    die = Pmf.die([2, 4, 4, 6, 8, 6], exact=True)
    for n in (1, 2, 3, 7):
        total = reduce(lambda s, _: s + die, range(n - 1), die)
        assert die.nfold(n) == total
        counts, den = die.nfold(n).counts
        assert reduce(math.gcd, counts, den) == 1


@pytest.mark.parametrize("backend", ["decimal", "kronecker"])
def test_exact_sums_work_without_python_flint(monkeypatch: pytest.MonkeyPatch, backend: str) -> None:
    reference = Pmf.die([2, 2, 3, 3, 4, 6], exact=True).nfold(50)
    monkeypatch.setattr(exact, "_flint", None)
    monkeypatch.setattr(exact, "BACKEND", backend)
    die = Pmf.die([2, 2, 3, 3, 4, 6], exact=True)
    assert die.nfold(50) == reference
    assert (die + die).counts == Pmf.die([2, 2, 3, 3, 4, 6], exact=True).nfold(2).counts
    with pytest.raises(ValueError, match="python-flint"):
        exact.poly_mul([1], [1], backend="flint")


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: exact.poly_mul([1, 2], [1], backend="fft"), "unknown backend"),
        (lambda: exact.poly_mul([], [1]), "empty"),
        (lambda: exact.poly_pow([1, -1], 2), "negative"),
        (lambda: exact.poly_pow([1, 1], 0), "positive integer"),
    ],
)
def test_bad_input_raises_value_error(call: Callable[[], object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()
