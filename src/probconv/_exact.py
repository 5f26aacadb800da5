"""Exact products and powers of polynomials with non-negative integer coefficients.

An exact distribution is stored as integer counts over one common denominator,
so that the convolution of two distributions is the product of two integer
polynomials. Two backends compute it:

* python-flint's ``fmpz_poly`` when it is installed (fastest by far);
* otherwise Kronecker substitution: pack each coefficient list into one big
  Python int, multiply the ints (CPython uses Karatsuba) and unpack.
"""

from __future__ import annotations

from collections.abc import Sequence

try:  # optional accelerator
    import flint as _flint
except ImportError:  # pragma: no cover - exercised only without python-flint
    _flint = None

#: Name of the backend in use, for benchmarks and the README.
BACKEND = "flint" if _flint is not None else "kronecker"


def _slot_bytes(a: Sequence[int], b: Sequence[int]) -> int:
    """Bytes per packed coefficient so that no product coefficient overflows its slot."""
    bits = max(a).bit_length() + max(b).bit_length() + min(len(a), len(b)).bit_length() + 1
    return (bits + 7) // 8


def _pack(coeffs: Sequence[int], width: int) -> int:
    return int.from_bytes(b"".join(c.to_bytes(width, "little") for c in coeffs), "little")


def _unpack(value: int, width: int, count: int) -> list[int]:
    raw = value.to_bytes(width * count, "little")
    return [int.from_bytes(raw[i : i + width], "little") for i in range(0, width * count, width)]


def poly_mul(a: Sequence[int], b: Sequence[int], backend: str | None = None) -> list[int]:
    """Multiply two polynomials with non-negative integer coefficients.

    Parameters
    ----------
    a, b : sequence of int
        Coefficients, lowest degree first; neither may be empty.
    backend : {"flint", "kronecker"}, optional
        Force a backend; by default the fastest one installed.

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
    """
    backend = backend or BACKEND
    if backend == "flint" and _flint is not None:
        out = [int(c) for c in (_flint.fmpz_poly(list(a)) * _flint.fmpz_poly(list(b))).coeffs()]
        return _pad(out, len(a) + len(b) - 1)
    width = _slot_bytes(a, b)
    n = len(a) + len(b) - 1
    return _unpack(_pack(a, width) * _pack(b, width), width, n)


def _pad(coeffs: list[int], length: int) -> list[int]:
    """flint drops zero high-degree coefficients; put them back."""
    return coeffs + [0] * (length - len(coeffs))


def poly_pow(a: Sequence[int], n: int, backend: str | None = None) -> list[int]:
    """Raise a polynomial with non-negative integer coefficients to the power ``n >= 1``.

    Uses repeated squaring (flint, or Kronecker substitution on Python ints),
    so that the work is dominated by the last squaring.

    Examples
    --------
    >>> poly_pow([1, 1], 4)
    [1, 4, 6, 4, 1]
    >>> poly_pow([1, 2], 3, backend="kronecker")
    [1, 6, 12, 8]
    """
    backend = backend or BACKEND
    if backend == "flint" and _flint is not None:
        p = _flint.fmpz_poly(list(a)) ** n
        return _pad([int(c) for c in p.coeffs()], n * (len(a) - 1) + 1)
    result: list[int] | None = None
    base = list(a)
    while True:
        if n & 1:
            result = base if result is None else poly_mul(result, base, "kronecker")
        n >>= 1
        if not n:
            return result  # type: ignore[return-value]
        base = poly_mul(base, base, "kronecker")
