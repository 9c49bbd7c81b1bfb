"""The Dask executor, on a LocalCluster: same results as the local process pool."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import extract
from analysis.report.build import build, slug, summary
from analysis.errors import UsageError
from analysis.executors import map_ordered

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_extraction_on_dask_equals_local(tmp_path, raw_dir, scheduler):
    local = extract.run(raw_dir, tmp_path / "local")
    remote = extract.run(raw_dir, tmp_path / "dask", executor="dask", scheduler=scheduler)
    for name, frame in local.items():
        pd.testing.assert_frame_equal(frame, remote[name], check_like=False)


@pytest.mark.notebook
def test_a_report_on_dask(tmp_path, clean_dir, scheduler):
    outcomes = build(clean_dir, tmp_path, "珠山区", "zh", executor="dask", scheduler=scheduler)
    assert all(o.ok for o in outcomes)
    assert (tmp_path / f"{slug('珠山区')}.html").is_file()


def _kernels_of_worker():
    from analysis.report import kernels

    return kernels.started, len(kernels._all)


@pytest.mark.notebook
def test_each_dask_worker_keeps_its_warm_kernel(tmp_path, clean_dir, scheduler):
    with distributed.Client(scheduler, set_as_default=False) as client:
        before = client.run(_kernels_of_worker)
        outcomes = build(clean_dir, tmp_path, "all", "zh", executor="dask", scheduler=scheduler)
        after = client.run(_kernels_of_worker)
    assert [o.ok for o in outcomes] == [True] * 4, summary(outcomes)
    started = sum(after[w][0] - before.get(w, (0, 0))[0] for w in after)
    assert 1 <= started <= len(after) == 2, (before, after)      # four reports on at most one kernel a worker
    assert all(running == 0 for _, running in after.values())    # stopped at the end of the build


def test_executor_errors_are_usage_errors():
    with pytest.raises(UsageError, match="needs --scheduler"):
        map_ordered(abs, [1], executor="dask")
    with pytest.raises(UsageError, match="unknown executor"):
        map_ordered(abs, [1], executor="spark")
