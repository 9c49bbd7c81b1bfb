"""Read the values that Chinese statistical documents state.

One entry point, :func:`parse_quantity`, turns a cell or a phrase such as
``236.8亿元``, ``突破3万户``, ``5-8个``, ``[0.4]``, ``省内下达指标`` or
``3:68:29`` into a :class:`Quantity`: the value in the stated unit, the unit in
a normalised spelling, the same value in base units, and a qualifier saying how
exact the statement is.

Text that is not a value raises :class:`analysis.errors.QuantityError` (a
``ValueError``) quoting the text; nothing else is raised.

Qualifiers
----------
``exact``       a plain value, or one introduced by 达/达到/实现/完成/为/共/累计.
``approx``      约, 近, 接近, 左右, 上下.
``at_least``    以上, 不少于, 不低于, 至少.
``at_most``     以内, 以下, 不超过, 不高于, 控制在.
``more_than``   超过, 超, 逾, 突破, 余, 多 (``1.2万余名``).
``less_than``   不足, 不到, 少于, 低于.
``range``       ``5-8个``: ``low`` and ``high`` set, ``value`` is None.
``cumulative``  ``[0.4]``: a change over the plan period (the ``[ ]`` notation).
``qualitative`` a target stated in words (保持稳定, 确保数量不减,质量提升).
``delegated``   a number set by a higher level (省内下达指标).
``blank``       an empty cell: ``——``, ``[  ]``, ``/`` or nothing.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

import cn2an

from analysis.errors import QuantityError

__all__ = ["QUALIFIERS", "Quantity", "QuantityError", "normalise_text", "parse_quantity", "parse_unit"]

QUALIFIERS = (
    "exact", "approx", "at_least", "at_most", "more_than", "less_than",
    "range", "cumulative", "qualitative", "delegated", "blank",
)

# Scale prefixes that may stand before a unit (万人, 亿元, 十万亩).
SCALES: dict[str, float] = {
    "万亿": 1e12, "千万": 1e7, "百万": 1e6, "十万": 1e5,
    "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2,
}

# Spelling as written -> normalised base unit.  A unit written in full here is
# taken as it is before any scale prefix is looked for (千瓦 is kW, not 千 x 瓦).
BASE_UNITS: dict[str, str] = {
    # money
    "元": "元", "块": "元", "美元": "美元", "欧元": "欧元", "港元": "港元",
    # shares and rates
    "%": "%", "‰": "‰", "个百分点": "百分点", "百分点": "百分点", "倍": "倍",
    "成": "成",
    # people and organisations
    "人": "人", "名": "人", "位": "人", "人次": "人次", "户": "户", "家": "家",
    "家次": "家次",
    # area, length, volume, mass, energy
    "亩": "亩", "公顷": "公顷", "平方米": "平方米", "平米": "平方米",
    "平方公里": "平方公里", "平方千米": "平方公里", "公里": "公里", "千米": "公里",
    "米": "米", "立方米": "立方米", "方": "立方米", "吨": "吨", "斤": "斤",
    "公斤": "公斤", "千克": "公斤", "克": "克", "吨标煤": "吨标煤",
    "吨标准煤": "吨标煤", "千瓦": "千瓦", "千瓦时": "千瓦时", "度": "千瓦时",
    "兆瓦": "兆瓦", "标箱": "标箱",
    # time
    "年": "年", "个月": "月", "月": "月", "天": "天", "日": "天", "小时": "小时",
    "岁": "岁",
    # counters
    "个": "个", "项": "项", "次": "次", "场": "场", "批次": "批次", "批": "批",
    "件": "件", "册": "册", "期": "期", "支": "支", "枚": "枚", "剂次": "剂次",
    "剂": "剂", "所": "所", "座": "座", "条": "条", "套": "套", "辆": "辆",
    "间": "间", "张": "张", "床": "床", "株": "株", "棵": "棵", "头": "头",
    "只": "只", "栋": "栋", "幢": "幢", "台": "台", "处": "处", "层": "层",
    "轮": "轮", "届": "届", "篇": "篇", "部": "部", "本": "本", "种": "种",
    "类": "类", "道": "道", "组": "组", "艘": "艘", "架": "架", "根": "根",
    "片": "片", "盏": "盏", "宗": "宗", "笔": "笔", "份": "份", "门": "门",
    "节": "节", "课时": "课时",
}

_BLANKS = {"", "-", "--", "—", "——", "———", "－", "/", "\\", "─", "──", "…", "……",
           "[]", "【】", "()", "n/a", "na", "nan", "none"}

_NUM = r"[-+]?\d+(?:,\d{3})*(?:\.\d+)?|[-+]?\.\d+"
_CN_DIGITS = "〇零一二两三四五六七八九"
_CN_NUM = r"[〇零一二两三四五六七八九十百千万亿]{1,24}"  # bounded: cn2an is slow and overflows on long runs

# Words before a number; the longest spelling is tried first.
_PREFIXES: dict[str, str] = {
    "达到": "exact", "达": "exact", "实现": "exact", "完成": "exact", "为": "exact",
    "是": "exact", "共计": "exact", "共": "exact", "累计": "exact", "合计": "exact",
    "总计": "exact", "计": "exact",
    "大约": "approx", "约": "approx", "将近": "approx", "接近": "approx", "近": "approx",
    "超过": "more_than", "超": "more_than", "逾": "more_than", "突破": "more_than",
    "多于": "more_than", "高于": "more_than", "大于": "more_than",
    "不少于": "at_least", "不低于": "at_least", "不小于": "at_least", "至少": "at_least",
    "最少": "at_least",
    "不超过": "at_most", "不高于": "at_most", "不大于": "at_most", "至多": "at_most",
    "最多": "at_most", "控制在": "at_most",
    "不足": "less_than", "不到": "less_than", "少于": "less_than", "低于": "less_than",
    "小于": "less_than",
}
# Words after the unit.
_SUFFIXES: dict[str, str] = {
    "以上": "at_least", "及以上": "at_least", "以内": "at_most", "以下": "at_most",
    "左右": "approx", "上下": "approx", "有余": "more_than", "余": "more_than",
    "多": "more_than",
}
# Between the scale and the unit: 1.2万余名, 30余家, 90多个.
_INNER = {"余": "more_than", "多": "more_than"}

_RANGE_SEP = r"(?:-|~|至|到|—|–)"

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
        Bounds of a range, in ``unit``.
    value_base : float or None
        ``value`` in ``unit_base`` (236.8亿元 -> 2.368e10).
    unit_base : str
        The unit without its scale (元, 人, %).
    factor : float
        ``value_base / value``: the scale of ``unit``.
    parts : tuple of float
        The terms of a ratio such as ``3:68:29``; empty otherwise.
    notes : tuple of str
        Repairs or doubts worth flagging (for example a lost 〇 in a year).
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

    @property
    def is_number(self) -> bool:
        """True when the statement carries a single number."""
        return self.value is not None


def normalise_text(text: str) -> str:
    """Fold full-width forms (NFKC), unify minus signs and drop inner spaces."""
    folded = unicodedata.normalize("NFKC", text)
    folded = folded.replace("−", "-").replace("﹣", "-").replace("：", ":")
    return re.sub(r"\s+", "", folded)


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
    if text == "":
        return "", "", 1.0
    if "/" in text and text.count("/") <= 3:  # a rate (元/人, 万元/亩/年); more is no unit, and no recursion
        numerator, _, denominator = text.partition("/")
        unit, base, factor = parse_unit(numerator)
        d_unit, d_base, d_factor = parse_unit(denominator)
        if not unit or not d_unit:
            raise QuantityError(f"cannot read the unit {unit_text!r}")
        return f"{unit}/{d_unit}", f"{base}/{d_base}", factor / d_factor
    if text in BASE_UNITS:
        base = BASE_UNITS[text]
        return base, base, 1.0
    for scale in sorted(SCALES, key=len, reverse=True):
        rest = text[len(scale):]
        if text.startswith(scale) and rest in BASE_UNITS:
            base = BASE_UNITS[rest]
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
        ``十四五`` (14), ``二〇三五年`` (2035).

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
    if s.lower() in _BLANKS or _BRACKET_BLANK_RE.match(s):
        return Quantity(text, None, qualifier="blank")

    m = _CUMULATIVE_RE.match(s)
    if m:
        value = _to_float(m.group(1), text)
        unit, base, factor = parse_unit(m.group(2) or "")
        return Quantity(text, value, unit, "cumulative", value_base=value * factor,
                        unit_base=base, factor=factor)

    if _RATIO_RE.match(s):
        parts = tuple(_to_float(p, text) for p in s.split(":"))
        return Quantity(text, None, qualifier="exact", parts=parts)

    if _DELEGATED_RE.match(s):
        return Quantity(text, None, qualifier="delegated")

    m = _PLAN_RE.match(s)
    if m:
        number = 10 + int(cn2an.cn2an(m.group(1), "smart"))
        return Quantity(text, float(number), "五年规划", "exact", value_base=float(number),
                        unit_base="五年规划")

    m = _CN_YEAR_RE.match(s)
    if m:
        return _cn_year(text, m.group(1))

    return _parse_number_phrase(text, s)


def _parse_number_phrase(text: str, s: str) -> Quantity:
    """Read ``[prefix] number [- number] [scale] [余] [unit] [suffix]``."""
    qualifier = "exact"
    notes: list[str] = []
    for word in sorted(_PREFIXES, key=len, reverse=True):
        if s.startswith(word) and len(s) > len(word) and _starts_numeric(s[len(word):]):
            qualifier = _PREFIXES[word]
            s = s[len(word):]
            break

    m = re.match(rf"^({_NUM})", s)
    if m:
        number_text = m.group(1)
        value = _to_float(number_text, text)
    else:
        m = re.match(rf"^({_CN_NUM})", s)
        if not m:
            return _qualitative_or_fail(text, s)
        number_text = m.group(1)
        value = _cn_to_float(number_text, text)
    rest = s[len(number_text):]

    high = None
    range_m = re.match(rf"^((?:%|[万亿千百])?){_RANGE_SEP}({_NUM})", rest)
    if range_m:
        high = _to_float(range_m.group(2), text)
        rest = rest[range_m.end():]

    for word in sorted(_SUFFIXES, key=len, reverse=True):
        if rest.endswith(word) and not _is_unit_ending(rest, word):
            suffix_q = _SUFFIXES[word]
            if qualifier != "exact" and qualifier != suffix_q:
                notes.append(f"qualifier words disagree: kept {qualifier}, dropped {word}")
            else:
                qualifier = suffix_q
            rest = rest[: -len(word)]
            break

    rest, inner_q = _take_inner_qualifier(rest)
    if inner_q:
        qualifier = inner_q if qualifier == "exact" else qualifier

    try:
        unit, base, factor = parse_unit(rest)
    except QuantityError:
        raise QuantityError(f"cannot read a value from {text!r}: unknown unit {rest!r}") from None

    if high is not None:
        low = value
        if high < low:
            raise QuantityError(f"cannot read a value from {text!r}: range runs backwards")
        return Quantity(text, None, unit, "range", low=low, high=high, unit_base=base,
                        factor=factor, notes=tuple(notes))
    return Quantity(text, value, unit, qualifier, value_base=value * factor, unit_base=base,
                    factor=factor, notes=tuple(notes))


def _take_inner_qualifier(rest: str) -> tuple[str, str | None]:
    """Take 余/多 that stands between a scale and a unit (万余名, 余家)."""
    for scale in sorted(SCALES, key=len, reverse=True):
        for word, qualifier in _INNER.items():
            if rest.startswith(scale + word):
                return scale + rest[len(scale) + len(word):], qualifier
    for word, qualifier in _INNER.items():
        if rest.startswith(word) and len(rest) > len(word):
            return rest[len(word):], qualifier
    return rest, None


def _is_unit_ending(rest: str, word: str) -> bool:
    """True when ``word`` at the end of ``rest`` is part of the unit itself."""
    return rest in BASE_UNITS and word not in ("以上", "以内", "以下", "左右", "上下", "及以上")


def _starts_numeric(s: str) -> bool:
    return bool(re.match(rf"^(?:{_NUM}|[{_CN_DIGITS}十])", s))


def _qualitative_or_fail(text: str, s: str) -> Quantity:
    if _HAN_TEXT_RE.match(s) and len(s) <= 30 and _QUALITATIVE_MARKERS.search(s):
        return Quantity(text, None, qualifier="qualitative")
    raise QuantityError(f"cannot read a value from {text!r}")


def _to_float(number_text: str, text: str) -> float:
    value = float(number_text.replace(",", ""))
    if not math.isfinite(value):
        raise QuantityError(f"cannot read a value from {text!r}: number out of range")
    return value


def _cn_to_float(number_text: str, text: str) -> float:
    try:
        value = cn2an.cn2an(number_text, "smart")
    except (ValueError, KeyError, IndexError) as err:
        raise QuantityError(f"cannot read a value from {text!r}: {err}") from None
    return float(value)


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
