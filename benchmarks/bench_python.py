"""Python-side benchmarks (Google Benchmark's Python bindings, PyPI
``google-benchmark``): what an analyst's batch call costs, from NumPy arrays
in to NumPy arrays out. Run by benchmarks/run.sh after the C++ programs;
needs the package installed (``pip install .``)."""
import datetime as dt

import google_benchmark as benchmark
import numpy as np

import aftersales as af

_POLICY = af.WarrantyPolicy.sanbao(calendar=af.Calendar.china())


def _records(n: int, seed: int = 2024):
    """n units bought on 3,000 different days from 2015, asked about up to 4 years later."""
    rng = np.random.default_rng(seed)
    purchased = np.datetime64("2015-01-01") + rng.integers(0, 3000, n).astype("timedelta64[D]")
    on = purchased + rng.integers(0, 4 * 365, n).astype("timedelta64[D]")
    return purchased, on


@benchmark.register(name="py_coverage_many/1048576")
@benchmark.option.unit(benchmark.kMillisecond)
def coverage_many(state):
    purchased, on = _records(1 << 20)
    while state:
        _POLICY.coverage_many("colour_tv", purchased, on)
    state.items_processed = state.iterations * purchased.size


@benchmark.register(name="py_coverage")
def coverage(state):
    bought, asked = dt.date(2025, 1, 10), dt.date(2025, 6, 1)
    while state:
        _POLICY.coverage("colour_tv", bought, asked)
    state.items_processed = state.iterations


if __name__ == "__main__":
    benchmark.main()
