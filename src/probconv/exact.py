"""Exact products and powers of polynomials with non-negative integer coefficients.

An exact distribution is stored as integer counts over one common denominator,
so that the convolution of two distributions is the product of two integer
polynomials. Three backends compute it, fastest first:

* ``"flint"``: python-flint's ``fmpz_poly``, when it is installed;
* ``"decimal"``: Kronecker substitution in base ``10**D``: write each
  coefficient as a block of ``D`` decimal digits, multiply the two huge
  :class:`decimal.Decimal` numbers (the stdlib's libmpdec multiplies large
  numbers with a number-theoretic transform, ``O(n log n)``) and cut the
  digits of the product back into blocks;
* ``"kronecker"``: the same substitution in base ``2**(8 W)`` with Python ints
  (CPython multiplies them with Karatsuba, ``O(n**1.58)``). Simple, and the
  reference the other two are tested against.

The substitution is exact because every coefficient of the product fits in
its block: none can exceed ``min(len) * max(a) * max(b)`` (or
``sum(a) ** n`` for a power), so no block carries into the next.
"""

from __future__ import annotations

import decimal
import math
import operator
from collections.abc import Mapping, Sequence, Set
from types import ModuleType
from typing import TYPE_CHECKING

from .memory import check_memory, int_bytes

if TYPE_CHECKING:
    from flint import fmpz_poly

_flint: ModuleType | None
try:  # optional accelerator
    import flint as _flint
except ImportError:  # pragma: no cover - exercised only without python-flint
    _flint = None

__all__ = ["BACKEND", "BACKENDS", "WORK_COPIES", "poly_mul", "poly_pow"]

BACKENDS = ("flint", "decimal", "kronecker")

#: Name of the backend in use, for benchmarks and the README.
BACKEND = "flint" if _flint is not None else "decimal"

#: Copies of the result that a product or power holds at once (the packed
#: operands, the packed result and the unpacked list), for the memory check.
WORK_COPIES = 4

# CPython refuses int <-> str conversions beyond this many digits (a guard
# against quadratic-time parsing); larger blocks are converted piecewise.
_STR_DIGITS = 4000
_STR_LIMIT = 10**_STR_DIGITS

# Exact arithmetic with as many digits as the numbers need: any rounding,
# overflow or underflow would be a bug, so each one raises.
_CONTEXT = decimal.Context(
    prec=decimal.MAX_PREC,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=[decimal.Inexact, decimal.Rounded, decimal.Overflow, decimal.InvalidOperation],
)


def _backend(backend: str | None) -> str:
    if backend is None:
        return BACKEND
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; choose one of {', '.join(map(repr, BACKENDS))}.")
    if backend == "flint" and _flint is None:
        raise ValueError("backend='flint' needs python-flint, which is not installed; use 'decimal'.")
    return backend


# -- binary Kronecker substitution ------------------------------------------------


def _pack(coeffs: Sequence[int], width: int) -> int:
    return int.from_bytes(b"".join(c.to_bytes(width, "little") for c in coeffs), "little")


def _unpack(value: int, width: int, count: int) -> list[int]:
    raw = value.to_bytes(width * count, "little")
    return [int.from_bytes(raw[i : i + width], "little") for i in range(0, width * count, width)]


def _slot_bytes(bits: int) -> int:
    """Bytes per packed coefficient for coefficients of up to ``bits`` bits."""
    return max(1, (bits + 7) // 8)


# -- decimal Kronecker substitution -----------------------------------------------


def _to_digits(c: int, width: int) -> str:
    if c < _STR_LIMIT:
        return str(c).zfill(width)
    q, r = divmod(c, _STR_LIMIT)
    return _to_digits(q, width - _STR_DIGITS) + _to_digits(r, _STR_DIGITS)


def _from_digits(s: str) -> int:
    if len(s) <= _STR_DIGITS:
        return int(s)
    # split so that the low part has a multiple of _STR_DIGITS digits
    k = (len(s) - 1) // _STR_DIGITS * _STR_DIGITS
    scale: int = 10**k  # typeshed types int ** int as Any, since a negative power would be a float
    return _from_digits(s[:-k]) * scale + _from_digits(s[-k:])


def _dec_pack(coeffs: Sequence[int], width: int) -> decimal.Decimal:
    return _CONTEXT.create_decimal("".join(_to_digits(c, width) for c in reversed(coeffs)))


def _dec_unpack(value: decimal.Decimal, width: int, count: int) -> list[int]:
    digits = format(value, "f").zfill(width * count)
    end = len(digits)
    return [_from_digits(digits[i - width : i]) for i in range(end, end - width * count, -width)]


def _dec_width(bits: int) -> int:
    """Decimal digits per block for coefficients of up to ``bits`` bits (one spare for safety)."""
    return int(bits * math.log10(2)) + 2


# -- public functions ----------------------------------------------------------------


def _check(a: Sequence[int], name: str) -> list[int]:
    if isinstance(a, (str, bytes, Mapping, Set)):  # keys, bytes or no order: all misread
        raise ValueError(f"{name} must be a sequence of integer counts, got {type(a).__name__}.")
    try:
        # Python ints only: numpy integers wrap around at 2**63 and lack bit_length
        a = [operator.index(c) for c in a]
    except TypeError:
        raise ValueError(f"{name} must hold integers (counts), got {list(a)[:5]!r}.") from None
    if not a:
        raise ValueError(f"{name} is empty; a polynomial needs at least one coefficient.")
    if any(c < 0 for c in a):
        raise ValueError(f"{name} has a negative coefficient; counts must be non-negative.")
    return a


def _check_memory(length: int, bits: float, what: str) -> None:
    check_memory(
        WORK_COPIES * int_bytes(length, math.ceil(bits)),
        what,
        "work in floats (exact=False) or with smaller inputs",
    )


def _positive_int(n: object) -> int:
    """Return ``n`` as a Python int if it is an integer (numpy's too) of at least 1."""
    try:
        value = operator.index(n)  # type: ignore[arg-type]  # anything with __index__; refused below if not
    except TypeError:
        value = 0
    if isinstance(n, bool) or value < 1:
        raise ValueError(f"n must be a positive integer, got {n!r}.")
    return value


def _flint_coeffs(p: fmpz_poly, length: int) -> list[int]:
    out = list(map(int, p.coeffs()))
    # flint drops zero high-degree coefficients; put them back
    return out + [0] * (length - len(out))


def poly_mul(
    a: Sequence[int], b: Sequence[int], backend: str | None = None, what: str = "the exact product"
) -> list[int]:
    """Multiply two polynomials with non-negative integer coefficients.

    Parameters
    ----------
    a, b : sequence of int
        Coefficients, lowest degree first; neither may be empty.
    backend : {"flint", "decimal", "kronecker"}, optional
        Force a backend; by default the fastest one installed.
    what : str, optional
        What the product is, for the message when it would pass the memory
        limit (:func:`probconv.memory_limit`), which is checked first.

    Returns
    -------
    list of int
        The ``len(a) + len(b) - 1`` coefficients of the product.

    Examples
    --------
    >>> poly_mul([1, 1], [1, 1])
    [1, 2, 1]
    >>> poly_mul([1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1], backend="kronecker")[5]
    6
    >>> poly_mul([3, 0, 1], [2, 5], backend="decimal")
    [6, 15, 2, 5]
    """
    backend = _backend(backend)
    a, b = _check(a, "a"), _check(b, "b")
    n = len(a) + len(b) - 1
    # the blocks must hold the inputs as well as the product's coefficients
    bound = max(min(len(a), len(b)) * max(a) * max(b), max(a), max(b))
    _check_memory(n, bound.bit_length(), what)
    if backend == "flint":
        assert _flint is not None  # _backend refuses "flint" without python-flint
        return _flint_coeffs(_flint.fmpz_poly(a) * _flint.fmpz_poly(b), n)
    if backend == "decimal":
        width = _dec_width(bound.bit_length())
        return _dec_unpack(_CONTEXT.multiply(_dec_pack(a, width), _dec_pack(b, width)), width, n)
    width = _slot_bytes(bound.bit_length())
    return _unpack(_pack(a, width) * _pack(b, width), width, n)


def poly_pow(a: Sequence[int], n: int, backend: str | None = None, what: str = "the exact power") -> list[int]:
    """Raise a polynomial with non-negative integer coefficients to the power ``n >= 1``.

    The polynomial is packed once into a single number (or a flint
    polynomial) and raised to the power by repeated squaring there, so the
    work is dominated by the last squaring and coefficients are unpacked once.

    Examples
    --------
    >>> poly_pow([1, 1], 4)
    [1, 4, 6, 4, 1]
    >>> poly_pow([1, 2], 3, backend="kronecker")
    [1, 6, 12, 8]
    >>> poly_pow([1, 0, 1], 2, backend="decimal")
    [1, 0, 2, 0, 1]
    """
    backend = _backend(backend)
    a = _check(a, "a")
    n = _positive_int(n)
    if n == 1:
        return a
    length = n * (len(a) - 1) + 1
    total = sum(a)  # the coefficients of the power sum to total ** n, so none has more bits than that
    _check_memory(length, n * math.log2(max(total, 1)) + 1, what)
    if len(a) == 1:
        return [total**n]
    bits = n * total.bit_length()  # a bound on total ** n's bits that needs no power
    if backend == "flint":
        assert _flint is not None  # _backend refuses "flint" without python-flint
        return _flint_coeffs(_flint.fmpz_poly(a) ** n, length)
    if backend == "decimal":
        width = _dec_width(bits)
        return _dec_unpack(_CONTEXT.power(_dec_pack(a, width), n), width, length)
    width = _slot_bytes(bits)
    return _unpack(_pack(a, width) ** n, width, length)
