"""The error types that the suite raises on purpose.

Every failure caused by the input (a value that cannot be read, a manifest or a
document that is not usable) is one of these, so that the command line can
print one clear line instead of a traceback, and callers can catch exactly
what they expect.
"""

from __future__ import annotations


class AnalysisError(Exception):
    """Base class of every error the suite raises on purpose."""

    exit_status = 1


class UsageError(AnalysisError):
    """Bad parameters, such as an unknown district or language: exit status 2."""

    exit_status = 2


class QuantityError(AnalysisError, ValueError):
    """Text that is not a value, raised by :func:`analysis.extract.numbers.parse_quantity`.

    The message always quotes the offending text.
    """


class InputError(AnalysisError):
    """A raw document or the manifest cannot be used.

    Parameters
    ----------
    message : str
        What is wrong.
    path : str, optional
        The file concerned.
    line : int, optional
        The 1-based line concerned, when there is one.
    """

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        return f"{where}{self.message}"


class ValidationError(AnalysisError):
    """A clean table failed its schema: names the table, column and row."""
