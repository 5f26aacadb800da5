"""Time probconv against the fastest peer library, side by side, in one run.

Run ``python benchmarks/bench.py`` (``make bench``); ``--quick`` is a smoke run
on small sizes. Every case times our call and each peer that computes the same
thing, interleaved round by round so that a burst of load from another process
hits all of them alike, and keeps the best time of each (the least disturbed
run). The table shows the fastest peer and our time divided by its time; the
target is the bar from the performance issue. The script always exits 0 and
ends with a summary line.

Peers:

* exact sums of dice: icepool (``n @ die`` on a freshly built Die, since
  icepool caches results on the Die) and Kronecker substitution with CPython
  ints (pack the counts into one int and raise it to the n-th power);
* float n-fold sums: repeated :func:`numpy.convolve`, one copy at a time;
* 1-D and 2-D convolution: numpy, every method of scipy.signal, scipy.ndimage,
  and separable passes for rank-one kernels. Direct methods whose multiply-add
  count would take minutes are skipped and listed.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np

import probconv
from probconv import Pmf, convolve, convolve2d, exact

try:
    import icepool
except ImportError:  # pragma: no cover - icepool is a benchmark-only peer
    icepool = None
import scipy
import scipy.ndimage as ndimage
import scipy.signal as signal

#: The chapter's die X (leans high), the loaded d6 of every exact case.
WEIGHTS = (2, 2, 3, 3, 4, 6)

#: Direct 2-D peers beyond this many multiply-adds would take tens of seconds.
MAX_DIRECT_MACS = 1e9
#: scipy.signal.convolve(method="direct") in 2-D is the slow N-d loop, ~20x
#: slower than convolve2d: time it only where that is still quick.
MAX_ND_DIRECT_MACS = 1e8


@dataclass
class Case:
    """One line of the table: our call, the peers, and the bar to clear."""

    name: str
    ours: Callable[[], object]
    peers: dict[str, Callable[[], object]]
    target: float  # ours / best peer must be at most this
    skipped: list[str] = field(default_factory=list)
    check: Callable[[object], tuple[bool, str]] | None = None  # extra pass condition on our result


@dataclass
class Result:
    case: Case
    times: dict[str, float]  # best seconds per call, "ours" included
    ok_extra: bool
    extra: str

    @property
    def best_peer(self) -> tuple[str, float]:
        peers = {k: v for k, v in self.times.items() if k != "ours"}
        name = min(peers, key=peers.__getitem__)
        return name, peers[name]

    @property
    def ratio(self) -> float:
        return self.times["ours"] / self.best_peer[1]

    @property
    def passed(self) -> bool:
        return self.ratio <= self.case.target and self.ok_extra


#: The clock: CPU time of this process by default. The benchmark machine is
#: shared, and wall-clock time would charge us for whatever else is running;
#: every timed call here is single-threaded, so CPU time is the work it did.
CLOCK = time.process_time


def _call_time(fn: Callable[[], object], loops: int) -> float:
    t0 = CLOCK()
    for _ in range(loops):
        fn()
    return (CLOCK() - t0) / loops


def measure(fns: dict[str, Callable[[], object]], rounds: int, budget: float) -> dict[str, float]:
    """Best seconds per call of each function, timed round-robin.

    A first call warms each function up and sizes its loop so that one timing
    lasts at least 20 ms (timeit's idea, scaled down). A function already 30
    times slower than the fastest after that is not timed again: it cannot be
    the best, and re-running it would only burn the shared machine's time.
    """
    best: dict[str, float] = {}
    loops: dict[str, int] = {}
    for name, fn in fns.items():
        t = _call_time(fn, 1)
        best[name] = t
        loops[name] = max(1, int(0.02 / max(t, 1e-7)))
    fastest = min(best.values())
    active = [n for n in fns if best[n] <= 30 * fastest or n == "ours"]
    deadline = time.perf_counter() + budget
    for r in range(rounds):
        for name in active:
            best[name] = min(best[name], _call_time(fns[name], loops[name]))
        if r >= 2 and time.perf_counter() > deadline:
            break
    return best


def _kronecker_pow(weights: tuple[int, ...], n: int) -> int:
    """The peer: pack the counts into one int (slots wide enough) and raise it to the n-th power."""
    width = (sum(weights) ** n).bit_length()
    packed = 0
    for c in reversed(weights):
        packed = (packed << width) | c
    return packed**n


def _repeated_np_convolve(p: np.ndarray, n: int) -> np.ndarray:
    out = p
    for _ in range(n - 1):
        out = np.convolve(out, p)
    return out


def _gaussian(size: int) -> np.ndarray:
    x = np.arange(size) - size // 2
    g = np.exp(-0.5 * (x / (size / 6 + 0.5)) ** 2)
    return g / g.sum()


# -- cases ---------------------------------------------------------------------------


def exact_cases(quick: bool) -> list[Case]:
    cases = []
    if icepool is not None:
        n = 100

        def ours_dice(n: int = n) -> Pmf:
            return Pmf.die(WEIGHTS, exact=True).nfold(n)

        def icepool_dice(n: int = n) -> object:
            return n @ icepool.Die({face: w for face, w in enumerate(WEIGHTS, start=1)})

        def same_as_icepool(result: Pmf) -> tuple[bool, str]:
            die = icepool_dice()
            total = die.denominator()
            agree = all(Fraction(die.quantity(k), total) == result[k] for k in die.outcomes())
            return agree, "equal to icepool" if agree else "DIFFERS from icepool"

        cases.append(
            Case(f"exact: {n} loaded d6", ours_dice, {"icepool n @ Die": icepool_dice}, 0.05, check=same_as_icepool)
        )
    big = 300 if quick else 1000
    die = Pmf.die(WEIGHTS, exact=True)
    cases.append(
        Case(
            f"exact: nfold({big}) [{exact.BACKEND}]",
            lambda: die.nfold(big),
            {"Kronecker int**n": lambda: _kronecker_pow(WEIGHTS, big)},
            0.2,
        )
    )
    if exact.BACKEND == "flint":  # the fallback without python-flint, for the record
        cases.append(
            Case(
                f"exact: nfold({big}) [decimal]",
                lambda: exact.poly_pow(list(WEIGHTS), big, backend="decimal"),
                {"Kronecker int**n": lambda: _kronecker_pow(WEIGHTS, big)},
                1.0,
            )
        )
    return cases


def float_nfold_case(quick: bool) -> Case:
    n = 2000 if quick else 10_000
    die = Pmf.die(WEIGHTS)
    p = np.asarray(die.probs)
    exact = Pmf.die(WEIGHTS, exact=True).nfold(n).to_float().probs

    def accuracy(result: Pmf) -> tuple[bool, str]:
        probs = np.asarray(result.probs)
        err = float(np.abs(probs - exact).max())
        low = float(probs.min())
        mass = abs(float(probs.sum()) - 1.0)
        ok = err <= 1e-15 and low >= 0 and mass <= 1e-12
        return ok, f"max|err| {err:.1e}, min p {low:.1e}, |mass-1| {mass:.1e}"

    return Case(
        f"float: nfold({n})",
        lambda: die.nfold(n),
        {"repeated np.convolve": lambda: _repeated_np_convolve(p, n)},
        1 / 30,
        check=accuracy,
    )


def conv1d_cases(quick: bool) -> list[Case]:
    rng = np.random.default_rng(2024)
    sizes = [(10**3, 10**3), (10**5, 101)] if quick else [(10**4, 10**4), (10**6, 1001)]
    cases = []
    for na, nb in sizes:
        a, b = rng.random(na), rng.random(nb)
        peers = {
            "np.convolve": lambda a=a, b=b: np.convolve(a, b),
            "signal.convolve(fft)": lambda a=a, b=b: signal.convolve(a, b, method="fft"),
            "signal.convolve(auto)": lambda a=a, b=b: signal.convolve(a, b),
            "fftconvolve": lambda a=a, b=b: signal.fftconvolve(a, b),
            "oaconvolve": lambda a=a, b=b: signal.oaconvolve(a, b),
        }
        cases.append(
            Case(
                f"convolve {na:.0e} x {nb}",
                lambda a=a, b=b: convolve(a, b),
                peers,
                1.5,
                check=_agrees_with(peers["fftconvolve"]),
            )
        )
    return cases


def _agrees_with(reference: Callable[[], object]) -> Callable[[object], tuple[bool, str]]:
    """A check that our output has the peer's shape and values (to round-off)."""

    def check(result: object) -> tuple[bool, str]:
        want = np.asarray(reference())
        got = np.asarray(result)
        ok = got.shape == want.shape and bool(np.allclose(got, want, rtol=0, atol=1e-9 * np.abs(want).max()))
        return ok, "" if ok else "RESULT DIFFERS from scipy"

    return check


def _conv2d_case(side: int, img: np.ndarray, g: np.ndarray, kname: str, k: np.ndarray, mode: str) -> Case:
    ks = k.shape[0]
    macs = float(side) ** 2 * ks**2
    peers: dict[str, Callable[[], object]] = {
        "fftconvolve": lambda: signal.fftconvolve(img, k, mode=mode),
        "oaconvolve": lambda: signal.oaconvolve(img, k, mode=mode),
        "signal.convolve(auto)": lambda: signal.convolve(img, k, mode=mode),
    }
    skipped = []
    if macs <= MAX_DIRECT_MACS:
        peers["signal.convolve2d"] = lambda: signal.convolve2d(img, k, mode=mode)
        if mode == "same":  # odd kernel: ndimage's centre is scipy.signal's 'same' centre
            peers["ndimage.convolve"] = lambda: ndimage.convolve(img, k, mode="constant")
    else:
        skipped.append(f"direct 2-D peers ({macs:.1e} multiply-adds)")
    if macs <= MAX_ND_DIRECT_MACS:
        peers["signal.convolve(direct)"] = lambda: signal.convolve(img, k, mode=mode, method="direct")
    elif macs <= MAX_DIRECT_MACS:
        skipped.append(f"signal.convolve(direct), the N-d loop ({macs:.1e} multiply-adds)")
    if kname == "gauss":
        if mode == "same":
            peers["separable ndimage.convolve1d"] = lambda: ndimage.convolve1d(
                ndimage.convolve1d(img, g, axis=0, mode="constant"), g, axis=1, mode="constant"
            )
        peers["separable fftconvolve"] = lambda: signal.fftconvolve(
            signal.fftconvolve(img, g[:, None], mode=mode, axes=0), g[None, :], mode=mode, axes=1
        )
        peers["separable oaconvolve"] = lambda: signal.oaconvolve(
            signal.oaconvolve(img, g[:, None], mode=mode, axes=0), g[None, :], mode=mode, axes=1
        )
    label = "" if mode == "same" else f" {mode}"
    return Case(
        f"convolve2d {side}^2 * {ks}^2 {kname}{label}",
        lambda: convolve2d(img, k, mode=mode),
        peers,
        1.5,
        skipped=skipped,
        check=_agrees_with(peers["fftconvolve"]),
    )


def conv2d_cases(quick: bool) -> list[Case]:
    """Images of two sizes and three kernel sizes, rank-one (Gaussian) and not (random), mode 'same';
    then two 'full' cases, where ndimage must be padded to give the whole output."""
    rng = np.random.default_rng(2024)
    images = (256,) if quick else (512, 2048)
    ksizes = (3, 15, 31) if quick else (3, 15, 101)
    cases = []
    for side in images:
        img = rng.random((side, side))
        for ks in ksizes:
            g = _gaussian(ks)
            for kname, k in (("gauss", np.outer(g, g)), ("random", rng.random((ks, ks)))):
                cases.append(_conv2d_case(side, img, g, kname, k, "same"))
    full_cases = ((256, 3, "random"), (256, 15, "gauss")) if quick else ((2048, 3, "random"), (512, 15, "gauss"))
    for side, ks, kname in full_cases:
        img = rng.random((side, side))
        g = _gaussian(ks)
        k = np.outer(g, g) if kname == "gauss" else rng.random((ks, ks))
        cases.append(_conv2d_case(side, img, g, kname, k, "full"))
    return cases


# -- running and printing ----------------------------------------------------------


def run_case(case: Case, rounds: int, budget: float) -> Result:
    times = measure({"ours": case.ours, **case.peers}, rounds, budget)
    ok, extra = True, ""
    if case.check is not None:
        ok, extra = case.check(case.ours())
    return Result(case, times, ok, extra)


def _ms(seconds: float) -> str:
    ms = seconds * 1e3
    return f"{ms:.3f}" if ms < 1 else f"{ms:.1f}" if ms < 1000 else f"{ms:,.0f}"


HEADER = f"{'case':<38} {'ours ms':>9}  {'best peer':<30} {'peer ms':>9} {'ratio':>7} {'target':>7}  result"


def format_row(res: Result) -> str:
    peer, t = res.best_peer
    target = f"{res.case.target:.2g}" if res.case.target >= 0.1 else f"1/{1 / res.case.target:.0f}"
    verdict = "PASS" if res.passed else "FAIL"
    line = (
        f"{res.case.name:<38} {_ms(res.times['ours']):>9}  {peer:<30} {_ms(t):>9} "
        f"{res.ratio:>7.3f} {target:>7}  {verdict}"
    )
    if res.extra:
        line += f"  ({res.extra})"
    return line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes and few repeats: a smoke run")
    parser.add_argument("--rounds", type=int, default=None, help="timing rounds per case (default 9, quick 3)")
    parser.add_argument("--verbose", action="store_true", help="also print every peer's time")
    parser.add_argument("--only", default="", help="run only cases whose name contains this text")
    parser.add_argument("--wall", action="store_true", help="time wall-clock instead of this process's CPU time")
    args = parser.parse_args(argv)
    global CLOCK
    if args.wall:
        CLOCK = time.perf_counter
    rounds = args.rounds or (3 if args.quick else 9)
    budget = 2.0 if args.quick else 20.0

    print(
        f"probconv {getattr(probconv, '__version__', '?')}, exact backend {exact.BACKEND}, "
        f"numpy {np.__version__}, scipy {scipy.__version__}, "
        f"icepool {getattr(icepool, '__version__', 'missing')}, Python {platform.python_version()}"
    )
    clock = "wall-clock" if args.wall else "CPU"
    print(f"{clock} time, best of up to {rounds} interleaved rounds per case; ratio = ours / best peer\n")
    print(HEADER)
    print("-" * len(HEADER))
    builders = [exact_cases, lambda q: [float_nfold_case(q)], conv1d_cases, conv2d_cases]
    results = []
    for build in builders:
        for case in build(args.quick):
            if args.only and args.only not in case.name:
                continue
            res = run_case(case, rounds, budget)
            results.append(res)
            print(format_row(res), flush=True)
            if args.verbose:
                for name, t in sorted(res.times.items(), key=lambda kv: kv[1]):
                    print(f"{'':>40}{name:<32} {_ms(t):>9}")
            for note in case.skipped:
                print(f"{'':>40}skipped: {note}")
    passed = sum(r.passed for r in results)
    worst = max(results, key=lambda r: r.ratio / r.case.target)
    print(
        f"\nsummary: {passed}/{len(results)} cases meet their target; "
        f"closest to the bar: {worst.case.name} at {worst.ratio:.3f} (target {worst.case.target:.3g})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
