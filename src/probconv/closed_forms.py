"""Closed-form densities and probabilities, accurate to the last few bits.

The Pmf factories and the tests take their numbers from here. Large
arguments are where naive formulas fail: ``lam**k`` and ``k!`` overflow, and
a running sum of logarithms loses a digit every tenfold. The Poisson and
binomial probabilities therefore follow Loader's saddle-point method ("Fast
and accurate computation of binomial probabilities", 2000), as R and scipy
do: the logarithm is split into a Stirling correction and a deviance term
``bd0`` that is computed without cancellation, which keeps the relative error
near 1e-14 at any size.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ._validate import check_finite_real, check_positive_int, check_positive_real, check_size

__all__ = ["binomial_logpmf", "gamma_pdf", "irwin_hall_pdf", "normal_pdf", "poisson_logpmf"]

Array = NDArray[np.float64]

_LOG_SQRT_2PI = 0.5 * math.log(2 * math.pi)
# Stirling's series for log(n!) - log(sqrt(2 pi n) (n / e)^n), good to 1e-17 past n = 15.
_S0, _S1, _S2, _S3, _S4 = 1 / 12, 1 / 360, 1 / 1260, 1 / 1680, 1 / 1188


def _stirlerr(n: Array) -> Array:
    """``log(n!) - log(sqrt(2 pi n) (n / e)^n)`` for integers ``n >= 1``."""
    out = np.empty_like(n)
    big = n > 15
    nb = n[big]
    nn = nb * nb
    out[big] = (_S0 - (_S1 - (_S2 - (_S3 - _S4 / nn) / nn) / nn) / nn) / nb
    small = n[~big]
    # few and small terms: lgamma's absolute error is below 1e-14 here
    out[~big] = [math.lgamma(v + 1) - (v + 0.5) * math.log(v) + v - _LOG_SQRT_2PI for v in small.tolist()]
    return out


def _bd0(x: Array, m: Array, d: Array) -> Array:
    """``x log(x / m) + m - x`` for ``x, m > 0``, given ``d = x - m`` to full precision.

    Near ``x = m`` the two halves cancel, so a series in ``v = d / (x + m)`` is
    summed instead; elsewhere ``log1p(d / m)`` keeps the logarithm accurate.
    The caller computes ``d``: the mean ``m`` may be a rounded product whose
    rounding error, multiplied by ``(x - m) / m``, would otherwise show.
    """
    out = np.empty_like(x)
    near = np.abs(d) < 0.1 * (x + m)
    xn, dn = x[near], d[near]
    v = dn / (xn + m[near])
    s = dn * v
    ej = 2 * xn * v
    v2 = v * v
    # |v| < 0.1, so each term is at most 1/100 of the one before: 9 terms reach 1e-18
    for j in range(1, 10):
        ej = ej * v2
        s = s + ej / (2 * j + 1)
    out[near] = s
    xf, mf, df = x[~near], m[~near], d[~near]
    # log1p(d / m) near d / m = -1 would lose everything (x much smaller than m): take logs apart there
    ratio = df / mf
    logs = np.where(ratio > -0.5, np.log1p(np.maximum(ratio, -0.5)), np.log(xf) - np.log(mf))
    out[~near] = xf * logs - df
    return out


def poisson_logpmf(k: Any, lam: Any) -> Array:
    """Return ``log P(K = k)`` for K ~ Poisson(lam), at non-negative integers ``k``.

    ``k`` and ``lam >= 0`` broadcast against each other. The relative error of
    ``exp`` of the result is near 1e-14 for any ``lam``, where a running sum of
    ``log(lam / j)`` loses a digit every tenfold.

    Examples
    --------
    >>> np.exp(poisson_logpmf([0, 1, 2], 2.0)).round(9).tolist()
    [0.135335283, 0.270670566, 0.270670566]
    """
    kk, ll = np.broadcast_arrays(_counts_of(k, "k"), np.asarray(lam, dtype=np.float64))
    if not (np.all(np.isfinite(ll)) and np.all(ll >= 0)):
        raise ValueError("lam must be finite and non-negative.")
    out = np.where(kk == 0, -ll, -math.inf)
    pos = (kk > 0) & (ll > 0)
    if pos.any():
        kp = kk[pos]
        lp = ll[pos]
        out[pos] = _log_poisson(kp, lp, kp - lp)
    return out


def _log_poisson(k: Array, mean: Array, d: Array) -> Array:
    """``log P(K = k)`` for ``k, mean > 0``, given ``d = k - mean`` to full precision."""
    return -_stirlerr(k) - _bd0(k, mean, d) - 0.5 * np.log(2 * math.pi * k)


def _two_product(a: float, b: Array) -> tuple[Array, Array]:
    """Return ``(p, e)`` with ``p = fl(a b)`` and ``p + e = a b`` exactly (Dekker's product, no FMA needed)."""
    with np.errstate(over="ignore", invalid="ignore"):  # near the top of the range: p is inf, e is dropped
        p = a * b
        split = 134217729.0  # 2**27 + 1: Veltkamp's splitter for doubles
        ca, cb = split * a, split * b
        a_hi = ca - (ca - a)
        b_hi = cb - (cb - b)
        a_lo, b_lo = a - a_hi, b - b_hi
        e = ((a_hi * b_hi - p) + a_hi * b_lo + a_lo * b_hi) + a_lo * b_lo
    return p, np.where(np.isfinite(e), e, 0.0)


def binomial_logpmf(k: Any, n: int, p: float) -> Array:
    """Return ``log P(K = k)`` for K ~ Binomial(n, p), at integers ``0 <= k <= n``, with ``0 < p < 1``.

    Examples
    --------
    >>> np.exp(binomial_logpmf([0, 1, 2], 2, 0.5)).tolist()
    [0.25, 0.5, 0.25]
    """
    n = check_positive_int(n, "n")
    p = check_finite_real(p, "p")
    if not 0 < p < 1:
        raise ValueError(f"p must lie strictly between 0 and 1, got {p!r}; at 0 or 1 the law is a point.")
    kk = _counts_of(k, "k")
    if np.any(kk > n):
        raise ValueError(f"k must be at most n = {n}.")
    # The means n p and n (1 - p), each the float nearest to its exact value, and
    # k - n p to the last bit (high part, then low part): near p = 0 or 1 the
    # rounding of either mean would otherwise show in every probability.
    exact_mean = n * Fraction(p)
    high = float(exact_mean)
    low = float(exact_mean - Fraction(high))
    other_mean = float(n - exact_mean)
    out = np.empty(kk.shape)
    first, last = kk == 0, kk == n
    # log p and log(1 - p), each without cancellation: 1 - p is exact in floats for p >= 1/2
    log_p = math.log(p) if p < 0.5 else math.log1p(-(1 - p))
    log_q = math.log1p(-p) if p < 0.5 else math.log(1 - p)
    out[first] = n * log_q
    out[last] = n * log_p
    mid = ~(first | last)
    if mid.any():
        km = kk[mid]
        rest = n - km
        d = (km - high) - low
        out[mid] = (
            _stirlerr(np.array([float(n)]))[0]
            - _stirlerr(km)
            - _stirlerr(rest)
            - _bd0(km, np.full_like(km, high), d)
            - _bd0(rest, np.full_like(km, other_mean), -d)
            + 0.5 * np.log(n / (2 * math.pi * km * rest))
        )
    return out


def _points(x: Any) -> Array:
    """Return ``x`` as a float array, refusing what is not a real number (None, strings, huge ints)."""
    try:
        raw = np.asarray(x)
        if raw.dtype.kind not in "biuf":
            raise TypeError
        return raw.astype(np.float64)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"x must be real numbers (a number or an array of them), got {x!r:.60}.") from None


def _counts_of(k: Any, name: str) -> Array:
    """Return ``k`` as a float array, if every entry is a non-negative whole number."""
    kk = np.asarray(k, dtype=np.float64)
    if not np.all((kk >= 0) & (kk == np.floor(kk)) & np.isfinite(kk)):
        raise ValueError(f"{name} must hold whole numbers, 0 or more.")
    return kk


def normal_pdf(x: Any, mu: float = 0.0, sigma: float = 1.0) -> Array:
    """Evaluate the N(mu, sigma^2) density at ``x``.

    Examples
    --------
    >>> round(float(normal_pdf(0.0)), 6)
    0.398942
    """
    mu = check_finite_real(mu, "mu")
    sigma = check_positive_real(sigma, "sigma")
    xs = _points(x)
    return np.exp(-0.5 * ((xs - mu) / sigma) ** 2) / (sigma * math.sqrt(2 * math.pi))


#: Up to this n the alternating sum is good to about 1e-10; beyond it the B-spline recurrence runs.
_IRWIN_HALL_SUM_MAX = 20
#: Refuse evaluations costing more than this many multiply-adds (about ten seconds).
_IRWIN_HALL_MAX_WORK = 1e9


def _irwin_hall_recurrence(near: Array, n: int) -> Array:
    """Return the density at points ``0 <= near <= n / 2`` by the B-spline recurrence, which never cancels.

    The density of a sum of ``k`` uniforms is the cardinal B-spline ``M_k`` with
    ``M_k(y) = (y M_{k-1}(y) + (k - y) M_{k-1}(y - 1)) / (k - 1)``: both terms
    are non-negative wherever they are not zero, so nothing cancels and the
    relative error grows only like ``k`` roundings. Column ``j`` holds
    ``M_k(near - j)``; at step ``k`` only the columns ``j <= n - k`` are needed.
    """
    y = near[:, None] - np.arange(n, dtype=np.float64)[None, :]
    m = ((y >= 0) & (y < 1)).astype(np.float64)
    for k in range(2, n + 1):
        cols = n - k + 1
        yk = y[:, :cols]
        m = (yk * m[:, :cols] + (k - yk) * m[:, 1 : cols + 1]) / (k - 1)
    return m[:, 0]


def irwin_hall_pdf(x: Any, n: int) -> Array:
    """Evaluate the density of the sum of ``n`` independent U(0, 1) variables at ``x``.

    ``f(x) = 1/(n-1)! sum_{k=0}^{floor(x)} (-1)^k C(n, k) (x - k)^(n-1)`` on ``[0, n]``.

    Notes
    -----
    The alternating sum cancels badly as ``n`` grows, so it is used only up to
    ``n = 20`` (good to about 1e-10 there). Beyond, the B-spline recurrence
    adds non-negative terms only, with a relative error of about ``n`` times
    1e-16, at a cost of about ``n**2 / 4`` multiply-adds per point; a call that
    would cost more than 1e9 of them raises ValueError. NaN gives NaN. ``n = 1`` gives the
    uniform density, 1 on ``[0, 1]``.

    Examples
    --------
    >>> irwin_hall_pdf([0.5, 1.0, 1.5], 2).tolist()   # the triangle
    [0.5, 1.0, 0.5]
    >>> round(float(irwin_hall_pdf(100.0, 200)), 6)   # the peak; the normal's is 0.097721
    0.097647
    """
    n = check_positive_int(n, "n")
    x = _points(x)
    if n == 1:
        return np.where(np.isnan(x), np.nan, np.where((x >= 0) & (x <= 1), 1.0, 0.0))
    # The density is symmetric about n / 2; evaluating at the nearer end keeps
    # floor(x) <= n / 2 and so halves the terms.
    near = np.minimum(x, n - x)
    inside = (x >= 0) & (x <= n)
    if n > _IRWIN_HALL_SUM_MAX:
        points = int(np.count_nonzero(inside))
        work = points * n * n / 4
        if work > _IRWIN_HALL_MAX_WORK:
            raise ValueError(
                f"irwin_hall_pdf at {points:,} point(s) with n = {n:,} would take about {work:.1g} multiply-adds; "
                f"use fewer points, or for n this large the normal density N(n/2, n/12), which is within "
                f"about {0.1 / n:.0e} of it."
            )
        check_size(points * n, "the Irwin-Hall recurrence", copies=4)
        out = np.where(np.isnan(x), np.nan, 0.0)
        out[inside] = _irwin_hall_recurrence(near[inside], n)
        return out
    out = np.zeros_like(x)
    for k in range(n // 2 + 1):
        # mask before the power: for n = 1 the power is 0 and 0.0 ** 0 would be 1
        out += (-1) ** k * math.comb(n, k) * np.where(near > k, np.abs(near - k) ** (n - 1), 0.0)
    out /= math.factorial(n - 1)
    return np.where(np.isnan(x), np.nan, np.where(inside, out, 0.0))


def gamma_pdf(x: Any, k: int, lam: float) -> Array:
    """Evaluate the Gamma(k, lam) density ``lam^k x^(k-1) e^(-lam x) / (k-1)!``: the sum of ``k`` Exp(lam).

    It is ``lam`` times the Poisson(lam x) probability of ``k - 1``, computed
    the same accurate way, so that nothing overflows for large ``k`` or ``x``.

    Examples
    --------
    >>> round(float(gamma_pdf(1.0, 2, 1.0)), 6)       # lam^2 z e^(-lam z) at z = 1
    0.367879
    >>> float(gamma_pdf(200.0, 150, 1.0)) > 0
    True
    """
    k = check_positive_int(k, "k")
    lam = check_positive_real(lam, "lam")
    x = _points(x)
    inside = (x >= 0) & np.isfinite(x)  # 0 below zero and at infinity; NaN stays NaN
    # lam x in two parts: for large k its rounding, times (k - 1 - lam x), would show
    rates, rates_low = _two_product(lam, np.where(inside, x, 0.0))
    if k == 1:
        logp = -(rates + rates_low)  # Exp(lam): the Poisson probability of 0
    else:
        logp = np.full(x.shape, -math.inf)
        pos = inside & (rates > 0) & np.isfinite(rates)
        if pos.any():
            kk = np.full(int(pos.sum()), float(k - 1))
            logp[pos] = _log_poisson(kk, rates[pos], (kk - rates[pos]) - rates_low[pos])
    density = np.where(inside, lam * np.exp(logp), 0.0)
    return np.where(np.isnan(x), np.nan, density)
