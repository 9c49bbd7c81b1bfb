"""Chinese labels render with the bundled font and no missing-glyph warning."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402

from analysis.fonts import cjk_font_path, register_cjk_font  # noqa: E402


def test_chinese_labels_render_without_missing_glyphs(tmp_path):
    family = register_cjk_font()
    assert family == "Noto Sans CJK SC"
    assert font_manager.findfont(family) == str(cjk_font_path())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig, ax = plt.subplots()
        ax.set_title("昌江区 地区生产总值（亿元）")
        ax.bar(["2015年", "2020年"], [216, 236.8])
        ax.set_ylabel("增长 −5%")
        fig.savefig(tmp_path / "chart.png")
        plt.close(fig)
    assert (tmp_path / "chart.png").stat().st_size > 1000
