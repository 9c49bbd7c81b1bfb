"""Public alias of :mod:`analysis.extract.numbers` (``analysis.numbers.parse_quantity``)."""

from analysis.extract.numbers import *  # noqa: F401,F403
from analysis.extract.numbers import __all__  # noqa: F401
