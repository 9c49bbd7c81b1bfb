"""The Dask executor, on a LocalCluster: same results as the local process pool."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import extract
from analysis.report.build import build, slug
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


def test_executor_errors_are_usage_errors():
    with pytest.raises(UsageError, match="needs --scheduler"):
        map_ordered(abs, [1], executor="dask")
    with pytest.raises(UsageError, match="unknown executor"):
        map_ordered(abs, [1], executor="spark")
