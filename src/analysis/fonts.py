"""Chinese labels in charts: the one place that registers the CJK font.

The font is Noto Sans CJK SC as shipped inside the pinned ``mplfonts`` wheel, so
a fresh machine renders Chinese with nothing installed by hand.

``import analysis`` arranges the registration without importing matplotlib
itself (which would slow every import): if matplotlib is already loaded the
font is registered at once, else it is registered right after
``matplotlib.pyplot`` is first imported. A notebook that does ``import
analysis`` and then plots with pyplot or pandas gets readable Chinese titles.
``seaborn.set_theme`` resets the fonts: pass it ``font=register_cjk_font()``.
"""

from __future__ import annotations

import importlib.abc
import sys
from importlib.resources import files
from pathlib import Path

FONT_FILE = "NotoSansCJKsc-Regular.otf"


def cjk_font_path() -> Path:
    """Path of the bundled Noto Sans CJK SC font file."""
    path = Path(str(files("mplfonts") / "fonts" / FONT_FILE))
    if not path.is_file():
        raise FileNotFoundError(f"the CJK font {FONT_FILE} is missing from mplfonts: {path}")
    return path


def register_cjk_font() -> str:
    """Register the bundled CJK font with matplotlib and make it the default.

    Call it after ``seaborn.set_theme`` (which resets fonts), or pass the
    returned family name to ``seaborn.set_theme(font=...)``.

    Returns
    -------
    str
        The font family name (``Noto Sans CJK SC``).
    """
    from matplotlib import font_manager, rcParams

    path = cjk_font_path()
    font_manager.fontManager.addfont(str(path))
    family = font_manager.FontProperties(fname=str(path)).get_name()
    rcParams["font.family"] = "sans-serif"
    rcParams["font.sans-serif"] = [family, "DejaVu Sans"]
    rcParams["axes.unicode_minus"] = False
    return family


class _AfterPyplot(importlib.abc.MetaPathFinder):
    """Registers the font once ``matplotlib.pyplot`` has been executed."""

    def find_spec(self, name, path=None, target=None):
        if name != "matplotlib.pyplot":
            return None
        sys.meta_path.remove(self)
        from importlib.util import find_spec

        spec = find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        original = loader.exec_module

        def exec_module(module):
            original(module)
            register_cjk_font()
        loader.exec_module = exec_module
        return spec


def register_on_plot() -> None:
    """Register the font now if pyplot is loaded, else as soon as it is (idempotent)."""
    if "matplotlib.pyplot" in sys.modules:
        register_cjk_font()
    elif not any(isinstance(f, _AfterPyplot) for f in sys.meta_path):
        sys.meta_path.insert(0, _AfterPyplot())
