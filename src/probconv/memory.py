"""How much memory one operation may use, estimated and checked before it allocates.

Exact arithmetic grows without warning: the exact 100,000-fold sum of a loaded
die has half a million probabilities, each a fraction with 130,000 digits, some
28 GB in all. Float work can be just as large (a tiny ``dx``, a huge ``n``).
Every operation that could allocate a lot first estimates the bytes it will
need (float arrays and FFT work arrays, or integers by their sizes) and raises
a :class:`ValueError` when the estimate is above the limit, instead of running
out of memory in the middle.

The limit is 2 GiB by default. Change it with :func:`memory_limit`, from now on
or for one block of code::

    probconv.memory_limit(8 * 2**30)          # from here on
    with probconv.memory_limit(2**20):        # only inside the block
        ...
"""

from __future__ import annotations

import math
import operator
from contextvars import ContextVar, Token
from types import TracebackType

__all__ = [
    "DEFAULT_LIMIT",
    "check_memory",
    "current_memory_limit",
    "float_bytes",
    "format_bytes",
    "int_bytes",
    "memory_limit",
]

#: The limit in force until :func:`memory_limit` changes it: 2 GiB.
DEFAULT_LIMIT = 2 * 2**30

_LIMIT: ContextVar[int] = ContextVar("probconv_memory_limit", default=DEFAULT_LIMIT)


class memory_limit:  # noqa: N801  # lowercase like decimal.localcontext: it reads as a function call
    """Set the largest number of bytes one operation may allocate; as a context manager, for a block only.

    Parameters
    ----------
    nbytes : int
        The new limit in bytes, at least 1. It holds in the current thread (or
        asyncio task) from this call on; used in a ``with`` statement, the
        previous limit comes back at the end of the block.

    Examples
    --------
    >>> from probconv import Pmf
    >>> from probconv.memory import DEFAULT_LIMIT, current_memory_limit
    >>> die = Pmf.die([1] * 6, exact=True)
    >>> with memory_limit(10**4):  # doctest: +ELLIPSIS
    ...     die.nfold(1000)
    Traceback (most recent call last):
    ...
    ValueError: the exact 1,000-fold sum would need about 7.2 MiB, more than the memory limit of 9.8 KiB; ...
    >>> current_memory_limit() == DEFAULT_LIMIT      # the block is over: 2 GiB again
    True
    """

    def __init__(self, nbytes: int) -> None:
        try:
            value = operator.index(nbytes)  # numpy integers too
        except TypeError:
            value = 0
        if isinstance(nbytes, bool) or value < 1:
            raise ValueError(f"the memory limit is a positive number of bytes, got {nbytes!r}.")
        self._nbytes = value
        self._token: Token[int] | None = _LIMIT.set(value)

    def __enter__(self) -> memory_limit:
        """Return the limit object, putting its limit in force again if an earlier block ended it."""
        if self._token is None:
            self._token = _LIMIT.set(self._nbytes)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Restore the limit that held before this one."""
        if self._token is not None:
            _LIMIT.reset(self._token)
            self._token = None


def current_memory_limit() -> int:
    """Return the limit in force, in bytes.

    Examples
    --------
    >>> current_memory_limit() == 2 * 2**30
    True
    """
    return _LIMIT.get()


def format_bytes(nbytes: float) -> str:
    """Return ``nbytes`` in the largest binary unit that keeps it at least 1.

    Examples
    --------
    >>> format_bytes(512), format_bytes(3 * 2**30), format_bytes(1.5 * 2**40)
    ('512 B', '3 GiB', '1.5 TiB')
    """
    units = ("B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB")
    scale = min(int(math.log2(max(nbytes, 1)) // 10), len(units) - 1)
    value = nbytes / 2 ** (10 * scale)
    return f"{value:.2g} {units[scale]}" if value < 100 else f"{value:.0f} {units[scale]}"


def check_memory(nbytes: float, what: str, advice: str) -> None:
    """Raise ValueError when ``what`` would need more than the limit in force.

    ``advice`` says how to make the operation smaller; the message adds how to
    raise the limit.
    """
    limit = _LIMIT.get()
    if nbytes > limit:
        raise ValueError(
            f"{what} would need about {format_bytes(nbytes)}, more than the memory limit of "
            f"{format_bytes(limit)}; {advice}, or raise the limit with probconv.memory_limit(nbytes)."
        )


def float_bytes(cells: int, copies: float = 1) -> float:
    """Return the bytes of ``copies`` float64 arrays of ``cells`` values (inf beyond any float)."""
    try:
        return 8.0 * float(cells) * copies
    except OverflowError:
        return math.inf


def int_bytes(count: int, bits: int) -> float:
    """Return the bytes of a list of ``count`` Python ints of ``bits`` bits each.

    CPython stores an int as a 24-byte header and 30-bit digits of 4 bytes
    each, and a list holds an 8-byte pointer to each.

    Examples
    --------
    >>> int_bytes(1, 1), int_bytes(10, 300)
    (36.0, 720.0)
    """
    try:
        return float(count) * (32 + 4 * max(1, -(-bits // 30)))
    except OverflowError:
        return math.inf
