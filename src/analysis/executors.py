"""Where the per-document and per-district work runs.

``local`` (the default) runs in this process with ``jobs == 1`` and in a
process pool otherwise; ``dask`` sends the work to a Dask distributed
scheduler (``--executor dask --scheduler tcp://host:8786``), for when one
machine is not enough. Both keep the order of the inputs.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator

from analysis.errors import UsageError

EXECUTORS = ("local", "dask")


def map_ordered(function: Callable, items: Iterable, executor: str = "local", jobs: int = 1,
                scheduler: str | None = None, progress: Callable[[], None] | None = None) -> list:
    """``[function(item) for item in items]`` on the chosen executor, in input order."""
    items = list(items)
    if executor not in EXECUTORS:
        raise UsageError(f"unknown executor {executor!r}; expected one of {', '.join(EXECUTORS)}")
    if executor == "dask":
        if not scheduler:
            raise UsageError("--executor dask needs --scheduler ADDRESS (for example tcp://127.0.0.1:8786)")
        from distributed import Client

        with Client(scheduler, set_as_default=False) as client:
            futures = client.map(function, items, pure=False)
            return _gather((future.result() for future in futures), progress)
    if jobs <= 1:
        return _gather((function(item) for item in items), progress)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(function, item) for item in items]
        return _gather((future.result() for future in futures), progress)


def _gather(results: Iterator, progress: Callable[[], None] | None) -> list:
    """Collect results in order, ticking ``progress`` after each."""
    collected = []
    for result in results:
        collected.append(result)
        if progress:
            progress()
    return collected
