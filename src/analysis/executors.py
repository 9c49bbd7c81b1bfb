"""Where the per-document and per-district work runs.

``local`` (the default) runs in this process with ``jobs == 1`` and in a
process pool otherwise; ``dask`` sends the work to a Dask distributed
scheduler (``--executor dask --scheduler tcp://host:8786``), for when one
machine is not enough. Both keep the order of the inputs.

A time budget per item (``timeout``, seconds) runs the local work in a pebble
process pool even with ``jobs == 1``: an item over budget has its worker
process killed and replaced, and gives :class:`Stopped` instead of a result, so
the other items go on. On Dask the budget is not enforced (a Dask worker cannot
stop a running task without being restarted itself, and its processes may not
start their own): use the local executor for corpora you do not trust.

With ``teardown``, what the workers kept between items (the report build's
warm kernels) is freed when the work is done: in this process with
``jobs == 1``, on every worker with Dask (``Client.run``); a pool's worker
processes free theirs as they exit.

With ``on_error``,
an exception raised for one item (in the function or by the worker running it,
such as a process that died) becomes ``on_error(item, exception)``, that item's
result, and the other items go on.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor, TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from analysis.errors import UsageError

EXECUTORS = ("local", "dask")


@dataclass(frozen=True)
class Stopped:
    """What an item gives when its work was stopped: over its time budget, or its worker died."""

    reason: str          # "timeout" or "worker_died"
    detail: str


def map_ordered(function: Callable, items: Iterable, executor: str = "local", jobs: int = 1,
                scheduler: str | None = None, progress: Callable[[], None] | None = None,
                timeout: float | None = None,
                on_error: Callable[[object, BaseException], object] | None = None,
                teardown: Callable[[], object] | None = None) -> list:
    """``[function(item) for item in items]`` on the chosen executor, in input order.

    ``teardown`` (with ``on_error``) is called where the work ran once it is all done, to free what the
    workers kept between items: in this process, and on every Dask worker; a pool's worker processes
    free theirs when they exit.

    With ``timeout`` (seconds, local executor), an item whose work runs longer
    gives a :class:`Stopped` in its place; its worker process is replaced.
    With ``on_error``, an item's failure becomes ``on_error(item, exception)``.
    """
    items = list(items)
    if on_error is not None:
        return _contained(function, items, executor, jobs, scheduler, progress, on_error, teardown)
    if executor not in EXECUTORS:
        raise UsageError(f"unknown executor {executor!r}; expected one of {', '.join(EXECUTORS)}")
    if executor == "dask":
        if not scheduler:
            raise UsageError("--executor dask needs --scheduler ADDRESS (for example tcp://127.0.0.1:8786)")
        from distributed import Client

        with Client(scheduler, set_as_default=False) as client:
            futures = client.map(function, items, pure=False)
            return _gather((future.result() for future in futures), progress)
    if timeout:
        return _with_budget(function, items, max(1, jobs), timeout, progress)
    if jobs <= 1:
        return _gather((function(item) for item in items), progress)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(function, item) for item in items]
        return _gather((future.result() for future in futures), progress)


def _with_budget(function: Callable, items: list, jobs: int, timeout: float,
                 progress: Callable[[], None] | None) -> list:
    """Each item in a pebble worker process, stopped (and the worker replaced) after ``timeout`` s."""
    from pebble import ProcessExpired, ProcessPool

    def outcomes(futures):
        for future in futures:
            try:
                yield future.result()
            except FutureTimeout:
                yield Stopped("timeout", f"stopped after {timeout:g} s (the time budget per document)")
            except ProcessExpired as err:
                yield Stopped("worker_died", f"the worker process died (exit code {err.exitcode})")

    with ProcessPool(max_workers=jobs) as pool:
        futures = [pool.schedule(function, args=(item,), timeout=timeout) for item in items]
        try:
            return _gather(outcomes(futures), progress)
        finally:
            for future in futures:
                future.cancel()


def _contained(function, items, executor, jobs, scheduler, progress, on_error, teardown=None) -> list:
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
            try:
                return run(future.result for future in futures)
            finally:
                if teardown is not None:
                    client.run(teardown)
    if jobs <= 1:
        try:
            return run((lambda item=item: function(item)) for item in items)
        finally:
            if teardown is not None:
                teardown()
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
