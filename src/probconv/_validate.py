"""Input checks shared by every front door of the library.

Each check raises :class:`ValueError` with a message that names the argument,
says what is wrong with it and how to fix it, so that a user never sees a
traceback from deep inside numpy or a silent NaN.
"""

from __future__ import annotations

import numbers
from fractions import Fraction
from typing import Any, TypeVar

import numpy as np
from numpy.typing import NDArray

#: Largest number of output cells a single operation may allocate: 10^8
#: float64 cells are 0.75 GiB, and an FFT needs a few such buffers at once.
#: Anything bigger is almost certainly a mistake (a tiny dx, a huge n), and it
#: is better to say so at once than to swap or die with a MemoryError.
MAX_CELLS = 100_000_000

#: Tolerance on the total mass of floating point probabilities.
MASS_TOL = 1e-9

_T = TypeVar("_T")


def as_float_array(values: Any, name: str, ndim: int) -> NDArray[np.float64]:
    """Return ``values`` as a finite float64 array with ``ndim`` dimensions.

    Raises ValueError for ragged or non-numeric input, a wrong number of
    dimensions, an empty array, NaN or infinity.
    """
    try:
        arr = np.asarray(values, dtype=np.float64)
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
    if isinstance(values, np.ndarray):
        if values.ndim != 1:
            raise ValueError(f"{name} must be 1-D, got shape {values.shape}.")
        values = values.tolist()
    if isinstance(values, (str, bytes)) or not hasattr(values, "__iter__"):
        raise ValueError(f"{name} must be a 1-D sequence of numbers, got {type(values).__name__}.")
    out: list[Fraction] = []
    for i, v in enumerate(values):
        if isinstance(v, (list, tuple, np.ndarray)):
            raise ValueError(f"{name} must be 1-D, but entry {i} is a sequence.")
        if isinstance(v, (float, np.floating)):
            # outside the try: its own message about NaN and infinity must get through
            f = _float_fraction(v, name, i)
        else:
            try:
                f = Fraction(v)
            except (TypeError, ValueError, ZeroDivisionError):
                raise ValueError(
                    f"{name}[{i}] = {v!r} is not an exact number; use ints, Fractions, "
                    "Decimals or strings such as '1/6'."
                ) from None
        out.append(f)
    if not out:
        raise ValueError(f"{name} is empty; give at least one value.")
    return out


def _float_fraction(v: float | np.floating[Any], name: str, i: int) -> Fraction:
    if not np.isfinite(v):
        raise ValueError(f"{name} contains NaN or infinity (at index {i}); every value must be finite.")
    return Fraction(float(v))


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
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a positive number, got {x!r}.") from None
    if not np.isfinite(val) or val <= 0:
        raise ValueError(f"{name} must be a positive finite number, got {x!r}.")
    return val


def check_nonnegative_real(x: Any, name: str) -> float:
    """Return ``x`` as a float if it is finite and >= 0, else raise ValueError."""
    try:
        val = float(x)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a non-negative number, got {x!r}.") from None
    if not np.isfinite(val) or val < 0:
        raise ValueError(f"{name} must be a non-negative finite number, got {x!r}.")
    return val


def check_finite_real(x: Any, name: str) -> float:
    """Return ``x`` as a float if it is finite, else raise ValueError."""
    try:
        val = float(x)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a real number, got {x!r}.") from None
    if not np.isfinite(val):
        raise ValueError(f"{name} must be finite, got {x!r}.")
    return val


def check_choice(value: _T, name: str, choices: tuple[str, ...]) -> _T:
    """Return ``value`` unchanged if it is one of ``choices``, else raise ValueError."""
    if value not in choices:
        raise ValueError(
            f"unknown {name} {value!r}; choose one of {', '.join(repr(c) for c in choices)}."
        )
    return value


def check_size(cells: int, what: str) -> None:
    """Fail fast when an operation would allocate more than MAX_CELLS cells."""
    if cells > MAX_CELLS:
        raise ValueError(
            f"{what} would have {cells:,} cells, more than the limit of {MAX_CELLS:,} "
            f"(about {MAX_CELLS * 8 / 2**30:.2g} GiB of float64); use smaller inputs or a coarser grid."
        )


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
