"""Input checks shared by every front door of the library.

Each check raises :class:`ValueError` with a message that names the argument,
says what is wrong with it and how to fix it, so that a user never sees a
traceback from deep inside numpy or a silent NaN.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Mapping, Set
from fractions import Fraction
from typing import Any, TypeVar

import numpy as np
from numpy.typing import NDArray

from .memory import check_memory, float_bytes

#: Tolerance on the total mass of floating point probabilities.
MASS_TOL = 1e-9

_T = TypeVar("_T")


def index_of(values: Any) -> NDArray[Any] | None:
    """Return the index of a pandas Series (or anything shaped like one), else None.

    pandas is not a dependency: a Series is recognised by its ``index``
    attribute and its ``to_numpy`` method (a list's ``index`` is a method).
    """
    index = getattr(values, "index", None)
    if index is None or callable(index) or not hasattr(values, "to_numpy"):
        return None
    return np.asarray(index)


def is_default_index(index: NDArray[Any]) -> bool:
    """Return True for a Series' default index, ``0, 1, 2, ...``, which says nothing about the values."""
    return index.dtype.kind in "iu" and bool(np.array_equal(index, np.arange(index.size)))


def as_float_array(values: Any, name: str, ndim: int) -> NDArray[np.float64]:
    """Return ``values`` as a finite float64 array with ``ndim`` dimensions.

    Raises ValueError for ragged or non-numeric input, a wrong number of
    dimensions, an empty array, NaN, infinity, numbers beyond float64's range,
    strings, or a pandas Series whose index would be dropped; TypeError for
    complex numbers, masked arrays, dicts, sets and a bare string.
    """
    if isinstance(values, (str, bytes, Mapping, Set)):
        raise TypeError(f"{name} must be an array of numbers, got {type(values).__name__} {values!r}.")
    _refuse_masked(values, name)
    if isinstance(values, range):  # lazy: its length is known before numpy materialises it
        check_size(len(values), f"{name} ({len(values):,} values)", copies=2)
    index = index_of(values)
    if index is not None and index.ndim == 1 and not is_default_index(index):
        raise ValueError(
            f"{name} is a Series with the index {index[:5].tolist()}{'...' if index.size > 5 else ''}, which "
            f"would be ignored here: {name} is read by position. Pass series.to_numpy() to say so."
        )
    try:
        raw = np.asarray(values)
    except (TypeError, ValueError) as exc:
        raise ValueError(
            f"{name} must be a {ndim}-D array of real numbers; could not convert it ({exc})."
        ) from None
    if raw.dtype.kind in "mMV":  # timedeltas, dates, raw bytes: not numbers
        raise TypeError(f"{name} must hold real numbers, got an array of dtype {raw.dtype}.")
    if raw.dtype.kind in "US":
        raise ValueError(
            f"{name} must be real numbers, got strings such as {str(raw.flat[0])!r}; pass numbers, "
            "or exact=True where the function offers it to read fractions such as '1/6'."
        )
    if np.iscomplexobj(raw):
        raise TypeError(
            f"{name} must hold real numbers, got complex ones; pass .real or abs() of it "
            "if that is what you mean."
        )
    try:
        arr = raw.astype(np.float64, copy=False)
    except OverflowError:
        raise ValueError(
            f"{name} holds an integer too large for a float (beyond 1.8e308); scale it down, "
            "or use exact=True where the function offers it."
        ) from None
    except (TypeError, ValueError) as exc:
        raise ValueError(
            f"{name} must be a {ndim}-D array of real numbers; could not convert it ({exc})."
        ) from None
    if arr.ndim != ndim:
        raise ValueError(
            f"{name} must be {ndim}-D, got an array with {arr.ndim} dimension(s) "
            f"and shape {arr.shape}."
        )
    if arr.size == 0:
        raise ValueError(f"{name} is empty; give at least one value.")
    if not np.all(np.isfinite(arr)):
        bad = np.flatnonzero(~np.isfinite(arr.ravel()))[0]
        raise ValueError(
            f"{name} contains NaN or infinity (first at flat index {bad}); "
            "every value must be finite."
        )
    return arr


def check_nonnegative(arr: NDArray[np.float64], name: str) -> None:
    """Raise ValueError if any entry of ``arr`` is negative."""
    if np.any(arr < 0):
        bad = int(np.flatnonzero(arr.ravel() < 0)[0])
        raise ValueError(
            f"{name} must be non-negative, but entry {bad} is {arr.ravel()[bad]!r}."
        )


def as_fractions(values: Any, name: str) -> list[Fraction]:
    """Convert a 1-D sequence of exact numbers to a list of Fractions.

    Accepts ints, Fractions, Decimals, strings such as ``"1/6"`` and floats
    (taken at their exact binary value).
    """
    _refuse_masked(values, name)
    if isinstance(values, np.ndarray):
        if values.ndim != 1:
            raise ValueError(f"{name} must be 1-D, got shape {values.shape}.")
        # longdouble's tolist() would round to a double; keep numpy scalars and read them exactly
        values = list(values) if values.dtype == np.longdouble else values.tolist()
    if isinstance(values, (str, bytes, Mapping, Set)):
        # a dict would give its keys and a set no order: both would be misread
        raise TypeError(f"{name} must be a 1-D sequence of numbers, got {type(values).__name__} {values!r}.")
    if not hasattr(values, "__iter__"):
        raise ValueError(f"{name} must be a 1-D sequence of numbers, got {type(values).__name__}.")
    if hasattr(values, "__len__"):  # a Fraction and its two ints take some 150 bytes
        check_size(len(values), f"{name} ({len(values):,} exact values)", copies=20)
    out: list[Fraction] = []
    for i, v in enumerate(values):
        if isinstance(v, (list, tuple, np.ndarray)):
            raise ValueError(f"{name} must be 1-D, but entry {i} is a sequence.")
        if isinstance(v, (float, np.floating)) and not np.isfinite(v):
            raise ValueError(f"{name} contains NaN or infinity (at index {i}); every value must be finite.")
        out.append(as_fraction(v, f"{name}[{i}]"))
    if not out:
        raise ValueError(f"{name} is empty; give at least one value.")
    return out


def as_fraction(v: Any, name: str) -> Fraction:
    """Read one exact number as a Fraction: an int, Fraction, Decimal, string such as ``"1/6"``, or float.

    A float is taken at its exact binary value. Raises ValueError for NaN,
    infinities and anything else that is not a finite number.

    Examples
    --------
    >>> as_fraction("1/6", "p"), as_fraction(0.25, "p")
    (Fraction(1, 6), Fraction(1, 4))
    """
    if isinstance(v, (float, np.floating)):
        if not np.isfinite(v):
            raise ValueError(f"{name} must be finite, got {v!r}.")
        return Fraction(*v.as_integer_ratio())  # exact, for a longdouble too
    if isinstance(v, str):
        _check_exponent(v, name)
    try:
        f = Fraction(v)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        raise ValueError(
            f"{name} = {v!r:.60} is not an exact number; use finite ints, Fractions, Decimals or strings such "
            "as '1/6'."
        ) from None
    # numpy integers inside a Fraction would wrap around at 2**63: keep Python ints only
    return Fraction(int(f.numerator), int(f.denominator))


#: Largest decimal exponent read from a string such as "1e-300" when taking numbers exactly:
#: "1e100000000" would be an integer of 100 million digits.
_MAX_EXPONENT = 10_000
_EXPONENT = re.compile(r"[eE]\s*([+-]?\d+)\s*$")


def _check_exponent(text: str, name: str) -> None:
    match = _EXPONENT.search(text)
    if match and abs(int(match.group(1))) > _MAX_EXPONENT:
        raise ValueError(
            f"{name} = {text[:40]!r} has an exponent beyond {_MAX_EXPONENT:,}; as an exact number it "
            "would have more digits than any probability needs. Rescale it."
        )


def _refuse_masked(values: Any, name: str) -> None:
    if isinstance(values, np.ma.MaskedArray):
        raise TypeError(
            f"{name} is a masked array, and its mask would be ignored; pass values.filled(0) to drop "
            "the masked entries' weight, or values.compressed() to drop the entries."
        )


def check_positive_int(n: Any, name: str) -> int:
    """Return ``n`` as an int if it is a positive integer, else raise ValueError."""
    if isinstance(n, bool) or not isinstance(n, numbers.Integral):
        raise ValueError(f"{name} must be a positive integer, got {n!r} of type {type(n).__name__}.")
    if n < 1:
        raise ValueError(f"{name} must be a positive integer (1 or more), got {n}.")
    return int(n)


def check_positive_real(x: Any, name: str) -> float:
    """Return ``x`` as a float if it is finite and > 0, else raise ValueError."""
    try:
        val = float(x)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"{name} must be a positive number, got {x!r}.") from None
    if not np.isfinite(val) or val <= 0:
        raise ValueError(f"{name} must be a positive finite number, got {x!r}.")
    return val


def check_nonnegative_real(x: Any, name: str) -> float:
    """Return ``x`` as a float if it is finite and >= 0, else raise ValueError."""
    try:
        val = float(x)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"{name} must be a non-negative number, got {x!r}.") from None
    if not np.isfinite(val) or val < 0:
        raise ValueError(f"{name} must be a non-negative finite number, got {x!r}.")
    return val


def check_finite_real(x: Any, name: str) -> float:
    """Return ``x`` as a float if it is finite, else raise ValueError."""
    try:
        val = float(x)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"{name} must be a real number, got {x!r}.") from None
    if not np.isfinite(val):
        raise ValueError(f"{name} must be finite, got {x!r}.")
    return val


def check_choice(value: _T, name: str, choices: tuple[str, ...]) -> _T:
    """Return ``value`` unchanged if it is one of ``choices``, else raise ValueError."""
    if not isinstance(value, str) or value not in choices:
        raise ValueError(
            f"unknown {name} {value!r}; choose one of {', '.join(repr(c) for c in choices)}."
        )
    return value


def check_size(cells: int, what: str, copies: float = 2) -> None:
    """Fail fast when ``what``, ``copies`` float64 arrays of ``cells`` values, would pass the memory limit."""
    check_memory(float_bytes(cells, copies), what, "use smaller inputs or a coarser grid")


def check_interval(lim: Any, name: str) -> tuple[float, float]:
    """Return ``(lo, hi)`` as floats if ``lim`` is a pair of finite numbers with lo < hi."""
    try:
        lo, hi = lim
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a pair (lo, hi), got {lim!r}.") from None
    lo = check_finite_real(lo, f"{name}[0]")
    hi = check_finite_real(hi, f"{name}[1]")
    if not hi > lo:
        raise ValueError(f"{name} must have lo < hi, got {lim!r}.")
    return lo, hi
