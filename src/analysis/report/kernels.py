"""Warm kernels: one Jupyter kernel a worker, kept across the reports it builds.

Starting a kernel and importing pandas, matplotlib, seaborn and the analysis
package costs about 3 s; a district's report itself about 1 s. So a worker
(a process of the local pool, the build's own process with ``jobs == 1``, or
a thread of a Dask worker) starts one kernel the first time it needs one and
runs every report it is given on it, through papermill as before: papermill
injects the parameters and writes ``OUT/<slug>.ipynb`` with the same cells and
outputs as a run on a fresh kernel. The engine is registered with papermill's
engine registry as ``warm`` (:class:`WarmEngine`); it is an
``NBClientEngine`` whose client is handed the started kernel's manager.

**A fresh namespace for every report.** Before the first cell, the engine runs
:func:`fresh_namespace` in the kernel, as a request of its own that is not a
cell of the notebook and not counted in its execution numbers. The first time
on a kernel it does the reports' imports (pandas, numpy, matplotlib with
pyplot and the inline backend switched on, seaborn, IPython.display,
:mod:`analysis.report` and :mod:`analysis.report.compare`) and records the
state below; every time it puts that state back:

- the user namespace, ``In``/``Out``, ``_`` and the execution counter
  (IPython's ``reset(new_session=True)``, what ``%reset -f`` clears and a new
  history session): no variable of the previous report survives, and cells
  are numbered from 1 as on a fresh kernel;
- matplotlib: every figure closed; ``rcParams`` (styles, fonts, seaborn's
  theme, dpi, interactive mode) and the units registry as recorded;
- the inline backend's settings (``InlineBackend.print_figure_kwargs``,
  ``figure_formats``, ``close_figures``, ``rc``), as recorded;
- pandas: every option back to its default (``pandas.reset_option("all")``);
- numpy: print options and floating-point error handling as recorded;
- the warnings filters as recorded, and the "shown once" registries emptied,
  so a warning shown in one report is shown again in the next;
- the working directory, ``os.environ``, ``sys.path`` and the root logger's
  level and handlers, as recorded.

What survives: imported modules and the caches keyed by their inputs (the
font registered with matplotlib's font manager; the places and dictionary
readers, keyed by file; :func:`analysis.report.load_tables`, keyed by the
files' size and modification time). The analysis package holds no other
module-level state a report changes. Random number generators are not
reseeded (no report draws from them). ``tests/test_report_warm.py`` proves
the isolation: every page of a warm build equals the page of a build on fresh
kernels, apart from the build time.

**Losing a kernel.** A kernel that dies (``DeadKernelError``), a cell over its
time budget (``CellTimeoutError``: the kernel is still busy), a reset that
fails, or any other failure outside a cell's own error leaves a kernel that
is not trusted: it is shut down and the next report starts a new one.
:func:`lost` says which of these the build retries once (a death, a timeout,
a failed reset): only that district is run again; the others never notice.

**Ending.** :func:`shutdown_all` stops the kernels of this process (the build
calls it at its end, and on every Dask worker); a pool worker process stops
its kernels when it exits (a ``multiprocessing`` finaliser, and ``atexit``).
"""

from __future__ import annotations

import atexit
import threading
from pathlib import Path

from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from papermill.clientwrap import PapermillNotebookClient
from papermill.engines import NBClientEngine, papermill_engines
from papermill.log import logger
from papermill.utils import merge_kwargs, remove_args

ENGINE = "warm"
RESET_SOURCE = "__import__('analysis.report.kernels', fromlist=['fresh_namespace']).fresh_namespace()"
HISTORY = ["--HistoryManager.hist_file=:memory:"]     # as nbclient starts its kernels
RESET_TIMEOUT = 120                                 # seconds the reset (with a new kernel's imports) may take


class KernelResetError(RuntimeError):
    """The kernel could not be given a fresh namespace: it is replaced."""


def lost(err: BaseException) -> bool:
    """Whether a failure means the kernel was lost (died, over its time budget, not reset): the report
    is worth one more run on a new kernel."""
    return isinstance(err, (DeadKernelError, CellTimeoutError, KernelResetError))


# --- in the build's workers --------------------------------------------------------------------------


class WarmKernel:
    """A started kernel (its ``AsyncKernelManager``) that runs one report after another, and the client
    connected to it by the first report (kept: connecting a client costs 0.2-1 s, jupyter_client's wait
    for the kernel's first answer and its flush of the output channel)."""

    def __init__(self, kernel_name: str, cwd: Path):
        from jupyter_client.manager import AsyncKernelManager
        from jupyter_core.utils import run_sync

        self.kernel_name, self.cwd = kernel_name, str(cwd)
        self.km = AsyncKernelManager(kernel_name=kernel_name)
        self.kc = None
        run_sync(self.km.start_kernel)(cwd=self.cwd, extra_arguments=list(HISTORY))

    def alive(self) -> bool:
        from jupyter_core.utils import run_sync

        return bool(self.km.has_kernel and run_sync(self.km.is_alive)())

    def shutdown(self) -> None:
        """Stop the kernel at once (it holds nothing to save) and free its ports and files."""
        from jupyter_core.utils import run_sync

        if self.kc is not None:
            self.kc.stop_channels()
            self.kc = None
        if self.km.has_kernel:
            run_sync(self.km.shutdown_kernel)(now=True)
        run_sync(self.km.cleanup_resources)()


_local = threading.local()          # this thread's kernels, by (kernel name, working directory)
_all: list[WarmKernel] = []         # every kernel of this process, to stop them all at the end
_lock = threading.Lock()
_registered_exit = False
started = 0                         # kernels started in this process (tests and the benchmark read it)


def kernel_for(kernel_name: str, cwd: Path) -> WarmKernel:
    """This thread's kernel for ``kernel_name`` and ``cwd``, started when there is none or it died."""
    global started
    kernels = _local.__dict__.setdefault("kernels", {})
    key = (kernel_name, str(cwd))
    kernel = kernels.get(key)
    if kernel is not None and kernel.alive():
        return kernel
    if kernel is not None:
        discard(kernel)
    _register_exit()
    kernel = WarmKernel(kernel_name, cwd)          # raises when the start fails; the caller retries
    with _lock:
        _all.append(kernel)
        started += 1
    kernels[key] = kernel
    return kernel


def discard(kernel: WarmKernel) -> None:
    """Stop a kernel that is not trusted any more; the next report starts a new one."""
    kernels = _local.__dict__.get("kernels", {})
    for key, known in list(kernels.items()):
        if known is kernel:
            del kernels[key]
    with _lock:
        if kernel in _all:
            _all.remove(kernel)
    kernel.shutdown()


def shutdown_all() -> int:
    """Stop every kernel of this process; returns how many were running."""
    with _lock:
        kernels, _all[:] = list(_all), []
    _local.__dict__.pop("kernels", None)
    for kernel in kernels:
        kernel.shutdown()
    return len(kernels)


def _register_exit() -> None:
    """Stop the kernels when this process ends (a pool's worker process runs finalisers, not atexit)."""
    global _registered_exit
    if _registered_exit:
        return
    from multiprocessing import util

    util.Finalize(None, shutdown_all, exitpriority=10)
    atexit.register(shutdown_all)
    _registered_exit = True


class WarmNotebookClient(PapermillNotebookClient):
    """Papermill's client, on a kernel already started and, after the first report, its client already
    connected; a fresh namespace before the first cell. The kernel and its client stay."""

    def __init__(self, nb_man, warm_kernel: WarmKernel, **kw):
        super().__init__(nb_man, km=warm_kernel.km, **kw)
        self.warm_kernel = warm_kernel
        self.kc = warm_kernel.kc                    # None the first time: nbclient connects one

    def papermill_execute_cells(self):
        if self.warm_kernel.kc is self.kc and self.on_notebook_start is not None:
            self.on_notebook_start(notebook=self.nb)          # nbclient calls it only when it connects
        self.warm_kernel.kc = self.kc
        self.fresh_namespace()
        super().papermill_execute_cells()

    def fresh_namespace(self) -> None:
        import nbformat

        if not self.nb.cells:
            return
        cell = nbformat.v4.new_code_cell(RESET_SOURCE)        # not a cell of the notebook:
        first = self.nb.cells[0]                              # nbclient stores an executed cell at its index
        budget, self.timeout = self.timeout, (max(self.timeout, RESET_TIMEOUT) if self.timeout else None)
        try:                                                  # the first reset of a kernel does the imports
            self.execute_cell(cell, 0, store_history=False)
        except CellExecutionError as err:
            raise KernelResetError(f"the kernel could not be reset: {err.ename}: {err.evalue}") from err
        finally:
            self.nb.cells[0] = first
            self.timeout = budget
        self.code_cells_executed = 0



class WarmEngine(NBClientEngine):
    """Papermill's nbclient engine with :class:`WarmNotebookClient`; pass the :class:`WarmKernel` as
    ``warm_kernel`` to ``papermill.execute_notebook(..., engine_name="warm", warm_kernel=...)``."""

    @classmethod
    def execute_managed_notebook(cls, nb_man, kernel_name, log_output=False, stdout_file=None,
                                 stderr_file=None, start_timeout=60, execution_timeout=None, **kwargs):
        kwargs = remove_args(["input_path"], **kwargs)
        safe_kwargs = remove_args(["timeout", "startup_timeout"], **kwargs)
        final_kwargs = merge_kwargs(safe_kwargs, timeout=execution_timeout if execution_timeout else kwargs.get("timeout"),
                                    startup_timeout=start_timeout, kernel_name=kernel_name,
                                    log=logger,
                                    log_output=log_output, stdout_file=stdout_file, stderr_file=stderr_file)
        return WarmNotebookClient(nb_man, **final_kwargs).execute()


papermill_engines.register(ENGINE, WarmEngine)


# --- in the kernel ----------------------------------------------------------------------------------

_baseline: dict | None = None


def fresh_namespace() -> None:
    """Run in the kernel before each report: the state of a kernel that has just done the imports."""
    global _baseline
    if _baseline is None:
        _warm_up()
        _baseline = _snapshot()
    from IPython import get_ipython

    get_ipython().reset(new_session=True)
    _restore(_baseline)


def _warm_up() -> None:
    """The reports' imports, and the inline backend switched on (as a report's first figure does)."""
    import matplotlib.pyplot as plt
    import numpy  # noqa: F401
    import pandas  # noqa: F401
    import seaborn  # noqa: F401
    from IPython.display import HTML, display  # noqa: F401

    from analysis import report  # noqa: F401
    from analysis.report import compare  # noqa: F401

    plt.close(plt.figure())


def _inline_backend():
    from matplotlib_inline.config import InlineBackend

    return InlineBackend.instance()


INLINE_TRAITS = ("figure_formats", "print_figure_kwargs", "close_figures", "rc")


def _snapshot() -> dict:
    import copy
    import logging
    import os
    import sys
    import warnings

    import matplotlib
    import matplotlib.units
    import numpy as np

    root = logging.getLogger()
    inline = _inline_backend()
    return {"rc": matplotlib.rcParams.copy(), "units": dict(matplotlib.units.registry),
            "inline": {name: copy.deepcopy(getattr(inline, name)) for name in INLINE_TRAITS},
            "printoptions": np.get_printoptions(), "errstate": np.geterr(),
            "warnings": list(warnings.filters), "cwd": os.getcwd(), "environ": dict(os.environ),
            "path": list(sys.path), "log_level": root.level, "log_handlers": list(root.handlers)}


def _restore(state: dict) -> None:
    import copy
    import logging
    import os
    import sys
    import warnings

    import matplotlib
    import matplotlib.pyplot as plt
    import matplotlib.units
    import numpy as np
    import pandas as pd

    plt.close("all")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        matplotlib.rcParams.update(state["rc"])       # every key: the set of keys is fixed
        pd.reset_option("all")                       # deprecated options warn when set, even to their default
    matplotlib.units.registry.clear()
    matplotlib.units.registry.update(state["units"])
    inline = _inline_backend()
    for name, value in state["inline"].items():
        if getattr(inline, name) != value:
            setattr(inline, name, copy.deepcopy(value))
    np.set_printoptions(**state["printoptions"])
    np.seterr(**state["errstate"])
    warnings.filters[:] = state["warnings"]
    warnings._filters_mutated()                      # forget which warnings were already shown once
    warnings.onceregistry.clear()
    os.chdir(state["cwd"])
    if dict(os.environ) != state["environ"]:
        os.environ.clear()
        os.environ.update(state["environ"])
    sys.path[:] = state["path"]
    root = logging.getLogger()
    root.setLevel(state["log_level"])
    root.handlers[:] = state["log_handlers"]
