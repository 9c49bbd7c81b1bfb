"""Where the per-document and per-district work runs.

``local`` (the default) runs in this process with ``jobs == 1`` and in a
process pool otherwise; ``dask`` sends the work to a Dask distributed
scheduler (``--executor dask --scheduler tcp://host:8786``), for when one
machine is not enough. Both keep the order of the inputs.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable

from analysis.errors import UsageError

EXECUTORS = ("local", "dask")


def map_ordered(function: Callable, items: Iterable, executor: str = "local", jobs: int = 1,
                scheduler: str | None = None, progress: Callable[[], None] | None = None) -> list:
    """``[function(item) for item in items]`` on the chosen executor, in input order."""
    items = list(items)
    if executor not in EXECUTORS:
        raise UsageError(f"unknown executor {executor!r}; expected one of {', '.join(EXECUTORS)}")
    if executor == "dask":
        return _dask_map(function, items, scheduler, progress)
    if jobs <= 1:
        results = []
        for item in items:
            results.append(function(item))
            if progress:
                progress()
        return results
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(function, item) for item in items]
        results = []
        for future in futures:
            results.append(future.result())
            if progress:
                progress()
        return results


def _dask_map(function, items, scheduler, progress):
    if not scheduler:
        raise UsageError("--executor dask needs --scheduler ADDRESS (for example tcp://127.0.0.1:8786)")
    from distributed import Client

    with Client(scheduler, set_as_default=False) as client:
        futures = client.map(function, items, pure=False)
        results = []
        for future in futures:
            results.append(future.result())
            if progress:
                progress()
        return results
