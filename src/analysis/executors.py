"""Where the per-document and per-district work runs.

``local`` (the default) runs in this process with ``jobs == 1`` and in a
process pool otherwise; ``dask`` sends the work to a Dask distributed
scheduler (``--executor dask --scheduler tcp://host:8786``), for when one
machine is not enough. Both keep the order of the inputs. With ``on_error``,
an exception raised for one item (in the function or by the worker running it,
such as a process that died) becomes ``on_error(item, exception)``, that item's
result, and the other items go on.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator

from analysis.errors import UsageError

EXECUTORS = ("local", "dask")


def map_ordered(function: Callable, items: Iterable, executor: str = "local", jobs: int = 1,
                scheduler: str | None = None, progress: Callable[[], None] | None = None,
                on_error: Callable[[object, BaseException], object] | None = None) -> list:
    """``[function(item) for item in items]`` on the chosen executor, in input order."""
    items = list(items)
    if on_error is not None:
        return _contained(function, items, executor, jobs, scheduler, progress, on_error)
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


def _contained(function, items, executor, jobs, scheduler, progress, on_error) -> list:
    """:func:`map_ordered` with each item's failure turned into its result by ``on_error``."""
    def run(submit_results):
        collected = []
        for item, result in zip(items, submit_results):
            try:
                collected.append(result())
            except Exception as err:           # noqa: BLE001 - handed to on_error, the caller's report
                collected.append(on_error(item, err))
            if progress:
                progress()
        return collected

    if executor == "dask":
        if not scheduler:
            raise UsageError("--executor dask needs --scheduler ADDRESS (for example tcp://127.0.0.1:8786)")
        from distributed import Client

        with Client(scheduler, set_as_default=False) as client:
            futures = client.map(function, items, pure=False)
            return run(future.result for future in futures)
    if jobs <= 1:
        return run((lambda item=item: function(item)) for item in items)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(function, item) for item in items]
        return run(future.result for future in futures)


def _gather(results: Iterator, progress: Callable[[], None] | None) -> list:
    """Collect results in order, ticking ``progress`` after each."""
    collected = []
    for result in results:
        collected.append(result)
        if progress:
            progress()
    return collected
