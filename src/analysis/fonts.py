"""Chinese labels in charts: the one place that registers the CJK font.

The font is Noto Sans CJK SC as shipped inside the pinned ``mplfonts`` wheel, so
a fresh machine renders Chinese with nothing installed by hand.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from matplotlib import font_manager
from matplotlib import rcParams

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
    path = cjk_font_path()
    font_manager.fontManager.addfont(str(path))
    family = font_manager.FontProperties(fname=str(path)).get_name()
    rcParams["font.family"] = "sans-serif"
    rcParams["font.sans-serif"] = [family, "DejaVu Sans"]
    rcParams["axes.unicode_minus"] = False
    return family
