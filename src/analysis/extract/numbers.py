"""Read the values that Chinese statistical documents state.

One entry point, :func:`parse_quantity`, turns a cell or a phrase such as
``236.8亿元``, ``突破3万户``, ``5-8个``, ``两到三万港元``, ``八九亿``,
``十块三毛``, ``百分之八``, ``[0.4]``, ``省内下达指标`` or ``3:68:29`` into a
:class:`Quantity`: the value in the stated unit, the unit in a normalised
spelling, the same value in base units, and a qualifier saying how exact the
statement is.

Every word it knows (scales, units and currencies, qualifier words, range
separators, number words, vague-count words) is a row of a declared table in
:mod:`analysis.extract.vocabulary`; the patterns here are built from them.

Text that is not a value raises :class:`analysis.errors.QuantityError` (a
``ValueError``) quoting the text; nothing else is raised.

Qualifiers
----------
``exact``       a plain value, or one introduced by 达/达到/实现/完成/为/共/累计.
``approx``      约, 左右, 上下.
``at_least``    以上, 不少于, 不低于, 至少; 上百 (at least 100).
``at_most``     以内, 以下, 不超过, 不高于, 控制在 (a word after the number wins over 控制在:
                控制在3%左右 is ``approx``).
``more_than``   超过, 超, 逾, 突破; 余/多 (``1.2万余名``). 余/多 written right
                after the number also give ``low``/``high``: from the number to
                the number plus one unit of its last written digit
                (``3000多`` 3000-4000, ``1.2万余`` 1.2-1.3万, ``万余人`` 10000-20000).
``less_than``   不足, 不到, 少于, 低于; 近, 将近, 接近 (nearly: just short of, as
                the hand-coded keys read it).
``range``       ``5-8个``: ``low`` and ``high`` set, ``value`` is None.
``vague``       a vague count with bounds and no single value: ``八九亿`` (8-9亿),
                ``三五百`` (300-500), ``几十万`` (10万-100万), ``数十亿`` (10亿-100亿),
                ``十几`` (10-20).  几/数 before a place span 1 to 10 of it; 几 after
                one (十几, 二十几) spans up to the next (10-20, 20-30).
``cumulative``  ``[0.4]``: a change over the plan period (the ``[ ]`` notation).
``qualitative`` a target stated in words (保持稳定, 确保数量不减,质量提升).
``delegated``   a number set by a higher level (省内下达指标).
``blank``       an empty cell: ``——``, ``[  ]``, ``/`` or nothing.

Numbers
-------
Arabic digits with thousands separators and full-width forms; Chinese numerals,
lower or capital (壹贰叁 ... 拾佰仟萬億, folded onto 一二三 ... 十百千万亿) through
``cn2an``. A Chinese numeral is read with its places (``三百万`` is 3,000,000 with
no scale in the unit), a digit number with its scale word in the unit (``1.2万元``
is 1.2 万元). ``两个亿`` is 两亿; ``15k``/``30w`` are 15千/30万. A bare place word
is a number only when qualified: ``万余人``, ``近万人``, ``逾千人``, ``上百家``
(but ``亿元`` alone is not a value). ``元角分``/``块毛``: ``123元1角1分`` is 123.11元.
``百分之八`` is 8 %, ``千分之五`` 5 ‰, ``三分之一`` the plain fraction 1/3, ``三成`` 3 成.
A currency word before the number names the 元 after it (``港币两千九百六十元`` is
2960 港元); ``元人民币`` is 元. Each currency is its own ``unit_base``.

Ranges and mixed scales
-----------------------
``low``/``high`` are in the unit of the high end (the unit written last);
``low_base``/``high_base`` in the base unit. The low end keeps its own scale
when it has one (``5千至8万人`` is 5,000-80,000, ``1万(含)-5万元``). A low end
written without a scale is read, in this order:

1. a single digit n before a high end written as one digit d > n and places
   (``两到三万``, ``两到三仟``, ``2——3万``, ``八到九百亿``) takes the high end's
   places: 20,000-30,000, 2,000-3,000, 800亿-900亿. When that differs from
   taking only the scale word (``八到九百亿`` could be 8亿) the reading is kept
   and ``notes`` says so.
2. else, when the high end has a scale (万, 亿, 千, a Chinese numeral ending in
   万/亿), the low end takes it if the range then ascends within one order of
   magnitude (``十八至三十万`` 180,000-300,000, ``一百二十到一百五十万``,
   ``10~15k``); else it stays as written if that ascends within one order of
   magnitude (``从8500到3万`` 8,500-30,000); else the ascending reading is
   kept with a note that it is ambiguous (``2-30万`` could be 二三十万).
3. without a scale on the high end the low end is read as written (``5-80个``).

A range that runs backwards under every reading raises, and so does a negative
low end without a scale before a scaled high end (``-5-3万``); ``-5--3%`` is
-5 to -3. Qualifier words on a
range (约5-8个) are kept in ``notes``; ``(含)`` is noted as an included bound.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import cn2an

from analysis.errors import QuantityError
from analysis.extract import vocabulary as voc

__all__ = ["BASE_UNITS", "QUALIFIERS", "SCALES", "Quantity", "QuantityError", "normalise_text",
           "parse_quantity", "parse_unit"]

QUALIFIERS = (
    "exact", "approx", "at_least", "at_most", "more_than", "less_than",
    "range", "vague", "cumulative", "qualitative", "delegated", "blank",
)

# Scale words that may stand before a unit (万人, 亿元, 十万亿): analysis.extract.vocabulary.SCALE_WORDS.
SCALES: dict[str, float] = voc.SCALES
# Spelling as written -> normalised base unit (analysis.extract.vocabulary.UNITS). A unit written
# in full here is taken as it is before any scale prefix is looked for (千瓦 is kW, not 千 x 瓦).
BASE_UNITS: dict[str, str] = voc.BASE_UNITS

_BLANKS = {"", "-", "--", "—", "——", "———", "－", "/", "\\", "─", "──", "…", "……",
           "[]", "【】", "()", "n/a", "na", "nan", "none"}

_NUM = r"[-+]?\d+(?:,\d{3})*(?:\.\d+)?|[-+]?\.\d+"
_CN_DIGITS = "".join(d.word for d in voc.DIGITS)
_CN_PLACES = "".join(p.word for p in voc.PLACES)
_PLACE_VALUE = {p.word: p.value for p in voc.PLACES}
_DIGIT_VALUE = {d.word: int(d.value) for d in voc.DIGITS}
_SMALL_PLACES = "十百千"
_BIG_PLACES = "万亿"
_VAGUE_LEAD = "".join(w.word for w in voc.VAGUE_WORDS if w.means == "lead")
_CN_TOKEN = rf"[{_VAGUE_LEAD}]?[{_CN_DIGITS}{_CN_PLACES}几点]+"
_NUMBER_RE = re.compile(rf"(?P<ar>{_NUM})|(?P<cn>{_CN_TOKEN})")

# Capital numerals, look-alikes and traditional spellings fold onto the simplified vocabulary.
_CAPITALS = str.maketrans({m.word: m.means for m in voc.CAPITAL_NUMERALS + voc.TRADITIONAL_FORMS})
_CAPITAL_CHARS = frozenset(m.word for m in voc.CAPITAL_NUMERALS + voc.TRADITIONAL_FORMS)
_SHORTHAND = {m.word: m.means for m in voc.SHORTHAND_SCALES}
_SHORTHAND_RE = re.compile(rf"(?<=\d)([{''.join(_SHORTHAND)}])(?![A-Za-z])")
_MEASURE_RE = re.compile(rf"(?<=[\d{_CN_DIGITS}{_CN_PLACES}])(?:{voc.alternation(w.word for w in voc.MEASURE_BEFORE_SCALE)})"
                         rf"(?=[{_BIG_PLACES}])")

_LEAD_RE = re.compile(rf"(?P<q>{voc.PREFIX_ALT})|(?P<cur>{voc.CURRENCY_ALT})|(?P<open>{voc.RANGE_OPENER_ALT})")
_FRACTION_WORD = {m.word: m.means for m in voc.FRACTION_WORDS}
_FRACTION_RE = re.compile(rf"(?P<den>\d+|[{_CN_DIGITS}{_CN_PLACES}]+?)分之(?P<num>{_NUM}|[{_CN_DIGITS}{_CN_PLACES}点]+)")
_RANGE_RE = re.compile(rf"(?P<tail>.{{0,10}}?)(?P<sep>{voc.RANGE_SEP_ALT})(?=[-+]?[\d.{_CN_DIGITS}{_CN_PLACES}])")
_INCLUSIVE = tuple(w.word for w in voc.INCLUSIVE_MARKS)
_SUFFIX_ORDER = tuple(sorted(voc.SUFFIXES, key=len, reverse=True))
_SCALE_ORDER = tuple(sorted(SCALES, key=len, reverse=True))
_BOUND_SUFFIXES = frozenset(w.word for w in voc.SUFFIX_WORDS if w.word not in voc.INNER and w.word != "有余")
_ODD_WORDS = frozenset(voc.INNER) | {"有余"}
_DIGIT_CLASS = rf"[0-9{_CN_DIGITS}]"
_SUBUNIT_ALT = voc.alternation(w.word for w in voc.MONEY_SUBUNITS)
_MONEY_RE = re.compile(
    rf"^(?:{voc.alternation(w.word for w in voc.MONEY_MAIN_UNITS)})"
    rf"(?:零?(?P<d1>{_DIGIT_CLASS})(?P<u1>{_SUBUNIT_ALT}))(?:零?(?P<d2>{_DIGIT_CLASS})(?P<u2>{_SUBUNIT_ALT}))?"
    rf"(?:{voc.alternation(w.word for w in voc.MONEY_TRAILERS)})?$")
_SUBUNIT_VALUE = {w.word: w.value for w in voc.MONEY_SUBUNITS}
_CURRENCY_AFTER_RE = re.compile(rf"^(?P<unit>.*[元块圆])(?P<cur>{voc.CURRENCY_ALT})$")

_RATIO_RE = re.compile(rf"^({_NUM})(?::({_NUM})){{1,4}}$")
_CUMULATIVE_RE = re.compile(rf"^[\[【]\s*({_NUM})\s*(%|个百分点|百分点)?\s*[\]】]$")
_BRACKET_BLANK_RE = re.compile(r"^[\[【(]\s*[\]】)]$")
_PLAN_RE = re.compile(r"^十([一二三四五六七八九])五(?:规划|时期|期间)?$")
_CN_YEAR_RE = re.compile(rf"^([{_CN_DIGITS}]{{3,4}})年$")
_DELEGATED_RE = re.compile(
    r"^(?:按|执行)?(?:省内|省|市|县|区|上级|国家)?下达(?:的)?(?:指标|目标|计划)(?:执行)?$"
)
_QUALITATIVE_MARKERS = re.compile(
    r"保持|稳定|不减|提升|提高|下降|降低|改善|完成|达标|持平|增长|全覆盖|巩固|逐年|"
    r"确保|优化|加强|扩大|减少|控制|不断"
)
_HAN_TEXT_RE = re.compile(r"^[\u4e00-\u9fff,，、;；。 ]+$")

# Chinese numeral shapes (vocabulary.VAGUE_WORDS, SEQUENTIAL_PAIRS).
_PAIRS = {p.word: (p.low, p.high) for p in voc.SEQUENTIAL_PAIRS}
_BIG_SCALE = "(?:万亿|万|亿)?"
_PAIR_RE = re.compile(rf"^(?P<head>.*[{_CN_PLACES}])?(?P<pair>{voc.alternation(_PAIRS)})"
                      rf"(?P<p>[{_SMALL_PLACES}]?)(?P<s>{_BIG_SCALE})$")
_JI_RE = re.compile(rf"^(?P<head>.*[{_CN_PLACES}])?几(?P<p>[{_SMALL_PLACES}]?)(?P<s>{_BIG_SCALE})$")
_SHU_RE = re.compile(rf"^数(?P<p>[{_SMALL_PLACES}]?)(?P<s>{_BIG_SCALE})$")
_LEAD_DIGIT_RE = re.compile(rf"^(?P<d>[一二两三四五六七八九])(?P<places>[{_CN_PLACES}]+)$")
_TRAILING_BIG_RE = re.compile(rf"(?<=.)[{_BIG_PLACES}]+$")
_NOT_POSITIONAL_RE = re.compile(r"[一二两三四五六七八九〇][一二两三四五六七八九〇]|〇|^零.")
_SMALL_POWER = {"十": 1, "百": 2, "千": 3}
_COLLOQUIAL_RE = re.compile(r"^([一二两三四五六七八九])([百千万])([一二两三四五六七八九])$")
_PLACE_LED_UNITS = tuple(sorted((u for u in BASE_UNITS if u[0] in _CN_PLACES), key=len, reverse=True))
@dataclass(frozen=True)
class Quantity:
    """A value as a document states it.

    Attributes
    ----------
    text : str
        The text as given.
    value : float or None
        The value in ``unit``; None for ranges, ratios and non-numeric statements.
    unit : str
        Normalised spelling of the stated unit, scale included (亿元, 万人, %);
        empty when none is stated.
    qualifier : str
        One of :data:`QUALIFIERS`.
    low, high : float or None
        Bounds of a range or a vague count, in ``unit`` (see the module docstring).
    value_base : float or None
        ``value`` in ``unit_base`` (236.8亿元 -> 2.368e10).
    unit_base : str
        The unit without its scale (元, 人, %).
    factor : float
        ``value_base / value``: the scale of ``unit``.
    parts : tuple of float
        The terms of a ratio such as ``3:68:29``; empty otherwise.
    notes : tuple of str
        Repairs or doubts worth flagging (for example a lost 〇 in a year, an
        ambiguous range, a qualifier word dropped, an included bound).
    low_base, high_base : float or None
        ``low`` and ``high`` in ``unit_base``.
    """

    text: str
    value: float | None
    unit: str = ""
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None
    value_base: float | None = None
    unit_base: str = ""
    factor: float = 1.0
    parts: tuple[float, ...] = ()
    notes: tuple[str, ...] = ()
    low_base: float | None = None
    high_base: float | None = None

    @property
    def is_number(self) -> bool:
        """True when the statement carries a single number."""
        return self.value is not None


def normalise_text(text: str) -> str:
    """Fold full-width forms (NFKC), unify minus signs and drop inner spaces."""
    folded = text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)
    if "−" in folded or "﹣" in folded or "：" in folded:
        folded = folded.replace("−", "-").replace("﹣", "-").replace("：", ":")
    return "".join(folded.split())


def parse_unit(unit_text: str) -> tuple[str, str, float]:
    """Split a unit into its normalised spelling, base unit and scale factor.

    Parameters
    ----------
    unit_text : str
        A unit as written, e.g. ``亿元``, ``万名``, ``万元/人``; may be empty.

    Returns
    -------
    (unit, unit_base, factor) : tuple of (str, str, float)

    Raises
    ------
    QuantityError
        When the unit is not known.
    """
    text = normalise_text(unit_text)
    return _parse_unit(text, unit_text)


def _parse_unit(text: str, unit_text: str) -> tuple[str, str, float]:
    if text == "":
        return "", "", 1.0
    base = BASE_UNITS.get(text)
    if base is not None:
        return base, base, 1.0
    if "/" in text:
        if text.count("/") > 3:               # a rate (元/人, 万元/亩/年); more is no unit, and no recursion
            raise QuantityError(f"cannot read the unit {unit_text!r}")
        numerator, _, denominator = text.partition("/")
        unit, base, factor = _parse_unit(numerator, unit_text)
        d_unit, d_base, d_factor = _parse_unit(denominator, unit_text)
        if not unit or not d_unit:
            raise QuantityError(f"cannot read the unit {unit_text!r}")
        return f"{unit}/{d_unit}", f"{base}/{d_base}", factor / d_factor
    for scale in _SCALE_ORDER:
        if text.startswith(scale):
            base = BASE_UNITS.get(text[len(scale):])
            if base is not None:
                return scale + base, base, SCALES[scale]
    if text in SCALES:  # a bare scale: 3万 is 30000 of nothing named
        return text, "", SCALES[text]
    raise QuantityError(f"cannot read the unit {unit_text!r}")


def parse_quantity(text: str) -> Quantity:
    """Read one stated value.

    Parameters
    ----------
    text : str
        A table cell or a value phrase: ``236.8亿元``, ``突破3万户``,
        ``20家以上``, ``5-8个``, ``8左右``, ``[0.4]``, ``——``, ``保持稳定``,
        ``省内下达指标``, ``3:68:29``, ``49,826元``, ``１２.６亿元``,
        ``十四五`` (14), ``二〇三五年`` (2035), ``5千至8万人``, ``两到三万港元``,
        ``八九亿``, ``几十万``, ``万余人``, ``肆佰叁拾萬圆整``, ``十块三毛``,
        ``15k``, ``百分之八``, ``50万元(含)以上``.

    Returns
    -------
    Quantity

    Raises
    ------
    QuantityError
        When the text is not a value; the message quotes the text.
    """
    if not isinstance(text, str):
        raise QuantityError(f"expected text, got {type(text).__name__}: {text!r}")
    s = normalise_text(text)
    if not _CAPITAL_CHARS.isdisjoint(s):
        s = s.translate(_CAPITALS)
    if s.lower() in _BLANKS or _BRACKET_BLANK_RE.match(s):
        return Quantity(text, None, qualifier="blank")

    m = _CUMULATIVE_RE.match(s) if s[0] in "[【" else None
    if m:
        value = _to_float(m.group(1), text)
        unit, base, factor = parse_unit(m.group(2) or "")
        return Quantity(text, value, unit, "cumulative", value_base=value * factor,
                        unit_base=base, factor=factor)

    if ":" in s and _RATIO_RE.match(s):
        parts = tuple(_to_float(p, text) for p in s.split(":"))
        return Quantity(text, None, qualifier="exact", parts=parts)

    if "下达" in s and _DELEGATED_RE.match(s):
        return Quantity(text, None, qualifier="delegated")

    m = _PLAN_RE.match(s) if s[0] == "十" else None
    if m:
        number = 10 + int(cn2an.cn2an(m.group(1), "smart"))
        return Quantity(text, float(number), "五年规划", "exact", value_base=float(number),
                        unit_base="五年规划")

    m = _CN_YEAR_RE.match(s) if s[-1] == "年" else None
    if m:
        return _cn_year(text, m.group(1))

    return _parse_number_phrase(text, s)


class _Num(NamedTuple):
    """One number as written, before its unit."""

    value: float | None     # the value (a Chinese numeral with its places); None for a vague count
    low: float | None       # bounds of a vague count
    high: float | None
    kind: str               # exact, vague, at_least (上百), bare (万 alone: a number only when qualified)
                            # or split (零千克: the last place starts the unit, resolved by _read_end)
    step: float             # one unit of the last written digit (3000 -> 1000, 1.2 -> 0.1): for 余/多
    single: int | None      # the digit, when written as one digit 1-9
    lead: tuple[int, float] | None  # (digit, places) when written as one digit and places (三万, 九百亿)
    trailing: float         # factor of the 万/亿 ending a Chinese numeral (三十万 -> 1e4); else 1
    own_scale: bool         # a Chinese numeral holding 万 or 亿
    token: str
    chinese: bool


class _Tail(NamedTuple):
    """What follows a number: its unit and the words around it."""

    unit: str
    base: str
    factor: float
    suffix_q: str | None
    suffix_word: str
    inner_q: str | None
    odd: bool               # 余/多 (or 有余) right after the number or its scale
    inclusive: bool         # (含)
    cents: int | None       # 角/分 of a 元角分 amount
    currency: str           # a currency word after 元 (元人民币)


def _parse_number_phrase(text: str, s: str) -> Quantity:
    """Read ``[prefix] number [余] [scale] [unit] [separator number ...] [suffix]``."""
    original = s
    if "个" in s:
        s = _MEASURE_RE.sub("", s)
    s = _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m.group(1)], s)

    qualifier, q_word, currency, pos = "exact", "", "", 0
    while True:
        m = _LEAD_RE.match(s, pos)
        if m is None or m.end() >= len(s):
            break
        if m.group("q") and not q_word:
            q_word = m.group("q")
            qualifier = voc.PREFIXES[q_word]
        elif m.group("cur") and not currency:
            currency = voc.CURRENCY_WORDS[m.group("cur")]
        elif not m.group("open"):
            break
        pos = m.end()

    m = _FRACTION_RE.match(s, pos)
    if m:
        return _fraction(text, m, s[m.end():], qualifier, q_word)

    m = _NUMBER_RE.match(s, pos)
    if m is None:
        return _qualitative_or_fail(text, original)
    first = _read_number(m, text)

    r = _RANGE_RE.match(s, m.end())
    if r:
        # -5--3 is -5 to -3: after a negative low end, "--" is a separator and a minus sign
        start = r.end() - 1 if r.group("sep") == "--" and (first.value or 0) < 0 else r.end()
        m2 = _NUMBER_RE.match(s, start)
        if m2:
            return _range(text, first, r.group("tail"), _read_number(m2, text), s[m2.end():],
                          qualifier, q_word, currency)

    num, t = _read_end(first, s[m.end():], text)
    notes: list[str] = []
    unit, base, factor = _apply_currency(t, currency or t.currency, text)
    if t.inclusive:
        notes.append("(含): the bound itself is included")
    if t.suffix_q:
        if q_word in {w.word for w in voc.YIELDING_PREFIXES} and qualifier != t.suffix_q:
            notes.append(f"qualifier words disagree: kept {t.suffix_word} after the number, dropped {q_word}")
            qualifier = t.suffix_q
        elif qualifier != "exact" and qualifier != t.suffix_q:
            notes.append(f"qualifier words disagree: kept {qualifier}, dropped {t.suffix_word}")
        else:
            qualifier = t.suffix_q
    if t.inner_q and qualifier == "exact":
        qualifier = t.inner_q

    if num.kind == "vague":
        if t.odd or t.cents is not None:
            raise QuantityError(f"cannot read a value from {text!r}: 余/多 or 角/分 after a vague count")
        if qualifier != "exact":
            notes.append(f"a vague count: kept vague, dropped {qualifier}")
        low, high = num.low * 1.0, num.high * 1.0
        return Quantity(text, None, unit, "vague", low=low, high=high, unit_base=base, factor=factor,
                        notes=tuple(notes), low_base=_finite(low * factor, text),
                        high_base=_finite(high * factor, text))

    value = num.value
    if num.kind == "bare" and qualifier == "exact":
        raise QuantityError(f"cannot read a value from {text!r}: {num.token} alone is a unit, not a number")
    if num.kind == "at_least":
        if qualifier == "exact":
            qualifier = "at_least"
        else:
            notes.append(f"qualifier words disagree: kept {qualifier}, dropped 上")
    if t.cents is not None:
        if factor != 1 or t.odd or value != int(value):
            raise QuantityError(f"cannot read a value from {text!r}: 角/分 after a scale, a fraction or 余/多")
        value = (round(value * 100) + t.cents) / 100
    value_base = _finite(value * factor, text)
    if t.odd:
        high = _clean(value + num.step)
        return Quantity(text, value, unit, qualifier, low=value, high=high, value_base=value_base,
                        unit_base=base, factor=factor, notes=tuple(notes), low_base=value_base,
                        high_base=_finite(high * factor, text))
    return Quantity(text, value, unit, qualifier, value_base=value_base, unit_base=base,
                    factor=factor, notes=tuple(notes))


def _range(text: str, low: _Num, low_tail: str, high: _Num, tail: str, qualifier: str, q_word: str,
           currency: str) -> Quantity:
    """Two ends joined by a separator; the scale rule is in the module docstring."""
    notes: list[str] = []
    high, t = _read_end(high, tail, text)
    if low.kind != "exact" or high.kind != "exact":
        raise QuantityError(f"cannot read a value from {text!r}: a range with a vague end")
    for mark in _INCLUSIVE:
        if low_tail.endswith(mark):
            low_tail = low_tail[: -len(mark)]
            notes.append(f"(含): the low end {low.token} is included")
    if any(w in low_tail for w in voc.INNER):
        raise QuantityError(f"cannot read a value from {text!r}: 余/多 on the low end of a range")
    try:
        _, low_base_unit, low_factor = _parse_unit(low_tail, low_tail)
    except QuantityError:
        raise QuantityError(f"cannot read a value from {text!r}: unknown unit {low_tail!r}") from None
    if t.odd or t.cents is not None:
        raise QuantityError(f"cannot read a value from {text!r}: 余/多 or 角/分 on the high end of a range")
    if low_base_unit and low_base_unit != t.base:
        raise QuantityError(f"cannot read a value from {text!r}: the ends are in {low_base_unit} and {t.base}")
    unit, base, factor = _apply_currency(t, currency or t.currency, text)
    if t.inclusive:
        notes.append(f"(含): the high end {high.token} is included")
    for word, q in ((q_word, qualifier), (t.suffix_word, t.suffix_q)):
        if word and q != "exact":
            notes.append(f"a range: dropped the qualifier word {word} ({q})")

    high_base = _finite(high.value * factor, text)
    n = low.value
    if low_factor != 1 or low.own_scale:            # the low end has its own scale
        low_base = n * low_factor
    elif n < 0 and high.trailing * factor > 1:
        raise QuantityError(f"cannot read a value from {text!r}: a negative low end without the high end's scale")
    else:
        scale = high.trailing * factor               # the scale word of the high end
        places = None                                # the high end's places, for a one-digit low end
        if low.single is not None:
            if high.lead is not None and low.single < high.lead[0]:
                places = high.lead[1] * factor
            elif not high.chinese and high.single is not None and factor > 1 and low.single < high.single:
                places = factor
        if places is not None:
            low_base = n * places
            if scale > 1 and scale != places:
                notes.append(f"ambiguous range: low end {low.token} read as {_fmt(low_base)} {base} (the high "
                             f"end's leading place, as in {low.token}{high.token}); {_fmt(n * scale)} is also possible")
        elif scale > 1:
            scaled = n * scale
            if scaled <= high_base < 10 * scaled:
                low_base = scaled
            elif n <= high_base < 10 * n:
                low_base = n
            elif scaled <= high_base or n <= high_base:
                low_base = scaled if scaled <= high_base else n
                if n != 0:
                    how = "with the high end's scale" if low_base == scaled else "as written"
                    notes.append(f"ambiguous range: low end {low.token} read {how} as {_fmt(low_base)} {base}; "
                                 f"the ends differ by more than ten times")
            else:
                low_base = n
        else:
            low_base = n
    low_base = _finite(low_base, text)
    if low_base > high_base:
        raise QuantityError(f"cannot read a value from {text!r}: range runs backwards")
    return Quantity(text, None, unit, "range", low=_clean(low_base / factor), high=high.value * 1.0,
                    unit_base=base, factor=factor, notes=tuple(notes), low_base=low_base,
                    high_base=high_base)


def _fraction(text: str, m: re.Match, tail: str, qualifier: str, q_word: str) -> Quantity:
    """百分之八 (8 %), 千分之五 (5 ‰), 三分之一 (1/3)."""
    den_text, num_text = m.group("den"), m.group("num")
    value = _number_value(num_text, text)
    unit = _FRACTION_WORD.get(den_text + "分之")
    if not unit:
        den = _number_value(den_text, text)
        if den == 0:
            raise QuantityError(f"cannot read a value from {text!r}: a fraction over zero")
        value, unit = value / den, ""
    t = _read_tail(tail, text)
    if t.unit or t.odd or t.cents is not None:
        raise QuantityError(f"cannot read a value from {text!r}: a unit after a fraction")
    if t.suffix_q and qualifier == "exact":
        qualifier = t.suffix_q
    value = _finite(value, text)
    return Quantity(text, value, unit, qualifier, value_base=value, unit_base=unit)


def _read_number(m: re.Match, text: str) -> _Num:
    token = m.group("ar")
    if token is not None:
        value = _to_float(token, text)
        digits = token.replace(",", "").lstrip("+-")
        single = int(digits) if len(digits) == 1 and digits != "0" else None
        return _Num(value, None, None, "exact", _step(digits), single, None, 1.0, False, token, False)
    token = m.group("cn")
    num = _read_cn(token)
    if num is None:
        # a last place that starts the unit (一百万千瓦, 零千克) is given back by _read_end
        shorter = _read_cn(token[:-1]) if len(token) > 1 and token[-1] in _CN_PLACES else None
        if shorter is None or not any(u.startswith(token[-1]) for u in _PLACE_LED_UNITS):
            raise QuantityError(f"cannot read a value from {text!r}: {token!r} is not a numeral")
        return _Num(None, None, None, "split", 1.0, None, None, 1.0, False, token, True)
    return num


def _read_end(num: _Num, tail: str, text: str) -> tuple[_Num, _Tail]:
    """Read the tail after a number; a Chinese numeral gives back a last place that starts a unit
    (五千瓦 is 5 千瓦, 一千克 1 千克, as 1千克 is)."""
    if num.chinese and len(num.token) > 1 and num.token[-1] in _CN_PLACES:
        joined = num.token[-1] + tail
        if joined.startswith(_PLACE_LED_UNITS):
            shorter = _read_cn(num.token[:-1])
            if shorter is not None:
                try:
                    return shorter, _read_tail(joined, text)
                except QuantityError:
                    if num.kind == "split":
                        raise
        if num.kind == "split":
            raise QuantityError(f"cannot read a value from {text!r}: {num.token!r} is not a numeral")
    try:
        return num, _read_tail(tail, text)
    except QuantityError:
        if not (num.chinese and len(num.token) > 1 and num.token[-1] in _CN_PLACES):
            raise
        shorter = _read_cn(num.token[:-1])
        if shorter is None:
            raise
        return shorter, _read_tail(num.token[-1] + tail, text)


def _read_tail(tail: str, text: str) -> _Tail:
    rest = tail
    suffix_q, suffix_word, inclusive, odd = None, "", False, False
    changed = True
    while changed and rest:
        changed = False
        if rest.endswith(_INCLUSIVE):
            for mark in _INCLUSIVE:
                if rest.endswith(mark):
                    rest, inclusive, changed = rest[: -len(mark)], True, True
        if not suffix_word and rest.endswith(_SUFFIX_ORDER):
            for word in _SUFFIX_ORDER:
                if rest.endswith(word) and not _is_unit_ending(rest, word):
                    suffix_word, suffix_q = word, voc.SUFFIXES[word]
                    odd = word in _ODD_WORDS
                    rest, changed = rest[: -len(word)], True
                    break
    cents = None
    if rest[:1] in ("元", "块", "圆") and len(rest) > 1:
        m = _MONEY_RE.match(rest)
        if m:
            cents = _cents(m)
            if cents is None:
                raise QuantityError(f"cannot read a value from {text!r}: 角/分 out of order")
            rest = "元"
    currency = ""
    if len(rest) > 2:
        m = _CURRENCY_AFTER_RE.match(rest)
        if m:
            rest, currency = m.group("unit"), voc.CURRENCY_WORDS[m.group("cur")]
    inner_q = None
    if "余" in rest or "多" in rest:
        rest, inner_q = _take_inner_qualifier(rest)
        odd = odd or inner_q is not None
    try:
        unit, base, factor = _parse_unit(rest, rest)
    except QuantityError:
        raise QuantityError(f"cannot read a value from {text!r}: unknown unit {rest!r}") from None
    return _Tail(unit, base, factor, suffix_q, suffix_word, inner_q, odd, inclusive, cents, currency)


def _apply_currency(t: _Tail, currency: str, text: str) -> tuple[str, str, float]:
    """A currency word names the 元 (or the bare scale) of the unit: 港币两千九百六十元 is 港元."""
    if not currency or t.base == currency:
        return t.unit, t.base, t.factor
    if t.base == "" or t.base == "元":
        scale = t.unit[: len(t.unit) - len(t.base)] if t.base else t.unit
        return scale + currency, currency, t.factor
    raise QuantityError(f"cannot read a value from {text!r}: currency {currency} with unit {t.unit}")


@lru_cache(maxsize=4096)
def _read_cn(token: str) -> _Num | None:
    """A Chinese numeral, plain or vague (几十万, 数十亿, 十几, 八九亿, 三五百, 上百, 万)."""
    first = token[0]
    if first == "上":
        rest = token[1:]
        if rest and all(c in _CN_PLACES for c in rest):
            value = _places(rest)
            return _Num(value, None, None, "at_least", value, None, None, 1.0, False, token, True)
        return None
    if first in "百千万亿" and all(c in _CN_PLACES for c in token):
        if len(token) > 1 and token not in SCALES:
            return None
        value = _places(token)
        return _Num(value, None, None, "bare", value, None, None, 1.0, False, token, True)
    if first == "数":
        m = _SHU_RE.match(token)
        if m is None or not (m.group("p") or m.group("s")):
            return None
        unit = _places(m.group("p")) * _places(m.group("s"))
        return _vague(token, unit, 10 * unit)
    if "几" in token:
        m = _JI_RE.match(token)
        if m is None:
            return None
        head = m.group("head") or ""
        h = _cn_value(head) if head else 0.0
        if h is None:
            return None
        scale = _places(m.group("s"))
        if m.group("p"):
            p = _places(m.group("p"))
            return _vague(token, (h + p) * scale, (h + 10 * p) * scale)
        if head:
            return _vague(token, h * scale, (h + _PLACE_VALUE[head[-1]]) * scale)
        return _vague(token, scale, 10 * scale)
    m = _PAIR_RE.match(token)
    if m:
        head = m.group("head") or ""
        h = _cn_value(head) if head else 0.0
        if h is None:
            return None
        a, b = _PAIRS[m.group("pair")]
        p, scale = _places(m.group("p")), _places(m.group("s"))
        return _vague(token, (h + a * p) * scale, (h + b * p) * scale)
    value = _cn_value(token)
    if value is None:
        return None
    single = _DIGIT_VALUE[token] if len(token) == 1 and token in _DIGIT_VALUE and token not in "〇零" else None
    lead_m = _LEAD_DIGIT_RE.match(token)
    lead = (_DIGIT_VALUE[lead_m.group("d")], _places(lead_m.group("places"))) if lead_m else None
    trailing_m = _TRAILING_BIG_RE.search(token)
    trailing = _places(trailing_m.group(0)) if trailing_m else 1.0
    own_scale = "万" in token or "亿" in token
    step = _step(repr(value) if value != int(value) else str(int(value)))
    return _Num(value, None, None, "exact", step, single, lead, trailing, own_scale, token, True)


def _cn_int(token: str) -> float | None:
    """A positional Chinese integer (二十五万三千二百, 三千万亿, 一百二 = 120), read without cn2an.

    Each digit gets its power of ten (its place, times the 万/亿 that close its section; 亿
    also closes the 万 sections before it). The powers must fall one step at a time, or by
    more across a 零, or across a 万/亿 to a digit with its own place (cn2an writes 九十万二千).
    Anything else returns None and the caller asks cn2an, so this is only a fast path (tests
    check it against cn2an).
    """
    m = _COLLOQUIAL_RE.match(token)            # 一百二 = 120, 一万二 = 12,000, 三千五 = 3,500
    if m:
        place = _PLACE_VALUE[m.group(2)]
        return _DIGIT_VALUE[m.group(1)] * place + _DIGIT_VALUE[m.group(3)] * place / 10
    digits: list[list[int]] = []   # [digit, power, 零 before it, has its own place, sections before it]
    since_yi = 0                   # index of the first digit not yet closed by a 亿
    section = 0                    # index of the first digit not yet closed by 万 or 亿
    runs = zero = 0
    wan_open = yi_seen = False
    i, n = 0, len(token)
    while i < n:
        c = token[i]
        if c == "零":
            if zero or not digits:
                return None
            zero = 1
            i += 1
        elif c in _DIGIT_VALUE or (c == "十" and i == 0):
            if c == "十":
                digits.append([1, 1, 0, 1, runs])
                i += 1
                continue
            digits.append([_DIGIT_VALUE[c], 0, zero, 0, runs])
            zero = 0
            i += 1
            if i < n and token[i] in _SMALL_PLACES:
                digits[-1][1], digits[-1][3] = _SMALL_POWER[token[i]], 1
                i += 1
            elif i < n and token[i] not in _BIG_PLACES:
                return None                    # 三四, 三零: not positional
        elif c in _BIG_PLACES:
            j = i
            while j < n and token[j] in _BIG_PLACES:
                j += 1
            run = token[i:j]
            if run not in ("万", "亿", "万亿") or section == len(digits) or zero:
                return None
            if (run == "万亿" and since_yi < section) or (run == "万" and wan_open) or (run != "万" and yi_seen):
                return None
            wan_open = run == "万"
            yi_seen = yi_seen or run != "万"
            start, step = {"万": (section, 4), "亿": (since_yi, 8), "万亿": (section, 12)}[run]
            for k in range(start, len(digits)):
                digits[k][1] += step
            section = len(digits)
            if run != "万":
                since_yi = section
            runs += 1
            i = j
        else:
            return None
    if zero or not digits:
        return None
    total = 0
    previous = None
    for digit, power, zero_before, own_place, sections in digits:
        if previous is not None:
            gap = previous[1] - power
            if gap < 1 or (zero_before and gap == 1):
                return None
            # a skip without 零 only from a 万 or 亿 section to the 千 of the section below (九十万二千)
            if gap > 1 and not zero_before and not (sections != previous[4] and own_place and power % 4 == 3
                                                    and previous[1] // 4 == power // 4 + 1):
                return None
        total += digit * 10 ** power
        previous = (digit, power, zero_before, own_place, sections)
    return float(total)


def _vague(token: str, low: float, high: float) -> _Num:
    return _Num(None, low, high, "vague", 1.0, None, None, 1.0, False, token, True)


def _places(places: str) -> float:
    """Product of place words: 百亿 -> 1e10, '' -> 1."""
    factor = 1.0
    for c in places:
        factor *= _PLACE_VALUE[c]
    return factor


@lru_cache(maxsize=4096)
def _cn_value(token: str) -> float | None:
    """A plain Chinese numeral through cn2an; a decimal before 万/亿 (八点五亿) is read in two steps.

    Only positional numerals are read: digits written one after another (一五, 三两三, 零八,
    五〇) are not a number here (years are read digit by digit before this).
    """
    if _NOT_POSITIONAL_RE.search(token.partition("点")[0]) and token != "〇":
        return None
    if "点" not in token:
        value = _cn_int(token)
        if value is not None:
            return value
    try:
        value = float(cn2an.cn2an(token, "smart"))
    except (ValueError, KeyError, IndexError, TypeError):
        m = _TRAILING_BIG_RE.search(token)
        if m is None or "点" not in token[: m.start()]:
            return None
        head = _cn_value(token[: m.start()])
        if head is None:
            return None
        value = head * _places(m.group(0))
    return value if math.isfinite(value) else None


def _number_value(token: str, text: str) -> float:
    if token[0].isdigit() or token[0] in "+-.":
        return _to_float(token, text)
    value = _cn_value(token)
    if value is None:
        raise QuantityError(f"cannot read a value from {text!r}: {token!r} is not a numeral")
    return value


def _step(digits: str) -> float:
    """One unit of the last written digit: 3000 -> 1000, 30 -> 10, 1.2 -> 0.1, 25 -> 1."""
    if "." in digits:
        return 10.0 ** -len(digits.partition(".")[2])
    stripped = digits.rstrip("0")
    return 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0


def _clean(value: float) -> float:
    """Drop binary noise from a sum or quotient (0.7 + 0.1 -> 0.8, 8500 / 1e4 -> 0.85)."""
    return float(f"{value:.15g}")


def _fmt(value: float) -> str:
    return f"{value:,.12g}"


def _cents(m: re.Match) -> int | None:
    """角/毛/分 after 元/块/圆 in cents; 角 before 分 (十块三毛 = 30, 一角七分 = 17)."""
    first = _SUBUNIT_VALUE[m.group("u1")]
    cents = round(100 * _digit(m.group("d1")) * first)
    if m.group("u2"):
        second = _SUBUNIT_VALUE[m.group("u2")]
        if second >= first:
            return None
        cents += round(100 * _digit(m.group("d2")) * second)
    return cents


def _digit(text: str | None) -> int:
    if not text:
        return 0
    return int(text) if text.isdigit() else _DIGIT_VALUE[text]


def _finite(value: float, text: str) -> float:
    if not math.isfinite(value):
        raise QuantityError(f"cannot read a value from {text!r}: number out of range")
    return value


def _take_inner_qualifier(rest: str) -> tuple[str, str | None]:
    """Take 余/多 that stands between a scale and a unit (万余名, 余家)."""
    for scale in _SCALE_ORDER:
        if rest.startswith(scale):
            for word, qualifier in voc.INNER.items():
                if rest.startswith(word, len(scale)):
                    return scale + rest[len(scale) + len(word):], qualifier
    for word, qualifier in voc.INNER.items():
        if rest.startswith(word) and len(rest) > len(word):
            return rest[len(word):], qualifier
    return rest, None


def _is_unit_ending(rest: str, word: str) -> bool:
    """True when ``word`` at the end of ``rest`` is part of the unit itself."""
    return rest in BASE_UNITS and word not in _BOUND_SUFFIXES


def _qualitative_or_fail(text: str, s: str) -> Quantity:
    if _HAN_TEXT_RE.match(s) and len(s) <= 30 and _QUALITATIVE_MARKERS.search(s):
        return Quantity(text, None, qualifier="qualitative")
    raise QuantityError(f"cannot read a value from {text!r}")


def _to_float(number_text: str, text: str) -> float:
    value = float(number_text.replace(",", ""))
    if not math.isfinite(value):
        raise QuantityError(f"cannot read a value from {text!r}: number out of range")
    return value


def _cn_year(text: str, digits: str) -> Quantity:
    """A year written digit by digit (二〇三五年); repairs a lost 〇 (二三五年)."""
    notes: tuple[str, ...] = ()
    if len(digits) == 3 and digits[0] == "二":
        digits = "二〇" + digits[1:]
        notes = (f"year {text!r} read as {digits}年: a lost 〇 restored",)
    if len(digits) != 4:
        raise QuantityError(f"cannot read a year from {text!r}")
    value = float("".join("0" if c in "〇零" else str(cn2an.cn2an(c, "smart")) for c in digits))
    return Quantity(text, value, "年", "exact", value_base=value, unit_base="年", notes=notes)


def split_households(value: float) -> str:
    """7021879 -> 702户1879人: a count of households and one of persons printed run together (the persons
    1.5 to 5 times the households); '' when the digits split no such way."""
    digits = str(int(value))
    for k in range(1, len(digits)):
        households, persons = int(digits[:k]), int(digits[k:])
        if digits[k] != "0" and households > 0 and 1.5 <= persons / households <= 5:
            return f"{households}户{persons}人"
    return ""
