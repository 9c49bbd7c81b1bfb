"""The wordings the prose reader knows, declared as tables.

Every wording is a row with its meaning; :mod:`analysis.extract.prose` builds
its patterns from these tables and nothing else, and
``tests/test_rules.py`` holds a phrase -> expected-result row for each family.
Adding a wording is one row here and one test row there. Values (numbers,
scales, units, qualifier words) are the value layer's vocabulary
(:mod:`analysis.extract.numbers`); this module is about what a number means.

Periods
-------
A registry of period phrases (:data:`PERIOD_PHRASES`), each resolved by a
named resolver against the document's calendar (:class:`Calendar`):

``published``   the publication year;
``data_year``   the year the document reports on: a bulletin's title year
                (else the year before publication); a work report's review year
                (the year before publication, or the publication year for a
                report given in November or December); a notice's or feature's
                title year (仁怀市2023年经济运行综述, not after publication); else
                the publication year;
``review_year`` the year 过去一年 looks back on: the year before publication, or
                the publication year in a text of November or December;
``current``     the year 今年 means: the publication year, or in a section whose
                heading names a year (二、2024年工作安排) that year;
``span_end``    the last complete year a span such as 五年来 runs to: the
                publication year when the document appeared in the second half
                of the year, else (or when its month is unknown) the year before.

A phrase right after a comparison word (比, 较, 与, 同, 相比, 是) is a base of
comparison, not a period (比上年, 较2015年, 是2010年的).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

import cn2an

from analysis.extract.numbers import parse_quantity

# ----------------------------------------------------------------------------- calendar


@dataclass(frozen=True)
class Calendar:
    """The years a document's relative period words refer to."""

    published: int
    month: int                 # 0 when unknown
    data_year: int
    current: int | None = None  # the year 今年 means: a section heading's year (二、2024年工作安排), else published
    annual: int | None = None   # the year 全年 means when nothing in context names one, if not data_year

    @property
    def review_year(self) -> int:
        """The year 过去一年 looks back on: the publication year late in it (November, December), else the one before."""
        return self.published if self.month >= 11 else self.published - 1

    @property
    def span_end(self) -> int:
        return self.published if self.month >= 7 else self.published - 1


@dataclass(frozen=True)
class Period:
    """A resolved period: ISO text (empty when unsure) and its last year."""

    period: str
    year: int | None
    span: bool = False
    contextual: bool = False    # 全年, 年末: the year already in context, else the report's year
    carries: bool = True        # False for 目前: it dates its own item, not the later items of its paragraph


def _cn(text: str) -> int:
    """A small number written in digits or Chinese numerals (元 = 1, as in 元月)."""
    if text.isdigit():
        return int(text)
    if text == "元":
        return 1
    return int(cn2an.cn2an(text.replace("两", "二"), "smart"))


def _year_of(m: re.Match, cal: Calendar) -> int:
    word = m.groupdict().get("rel") or ""
    if m.groupdict().get("year"):
        return int(m.group("year"))
    this_year = cal.current or cal.published
    return {"去年": this_year - 1, "上年": this_year - 1, "明年": this_year + 1}.get(
        word, this_year if word in ("今年", "本年") else cal.data_year)


def _months(m: re.Match, cal: Calendar) -> Period | None:
    """1至10月 (m1, m2), 前10月 (m2: from January), 10月份 (m1 alone: one month)."""
    found = m.groupdict()
    first = _cn(found["m1"]) if found.get("m1") else 1
    last = _cn(found["m2"]) if found.get("m2") else first
    if not 1 <= first <= last <= 12:
        return None
    year = _month_year(m, cal, last)
    if not found.get("m2"):
        return Period(f"{year}-{last:02d}", year)
    return Period(f"{year}-{first:02d}/{year}-{last:02d}", year)


def _month_year(m: re.Match, cal: Calendar, last_month: int) -> int:
    """The year of months named without one: a month two or more after the publication's is last year's
    (12月 in a January text; a month just after it may be a publication date known only roughly)."""
    year = _year_of(m, cal)
    named = m.groupdict().get("year") or m.groupdict().get("rel")
    if not named and year == cal.published and cal.month and last_month > cal.month + 1:
        return year - 1
    return year


_PART_MONTHS = {"一季度": (1, 3), "第一季度": (1, 3), "上半年": (1, 6), "前半年": (1, 6),
                "前三季度": (1, 9), "下半年": (7, 12)}


def _part_of_year(m: re.Match, cal: Calendar) -> Period:
    year = _year_of(m, cal)
    months = _PART_MONTHS.get(m.group("part"))
    if months is None:           # 二季度, 三季度: one quarter or the year so far; unsure
        return Period("", year)
    return Period(f"{year}-{months[0]:02d}/{year}-{months[1]:02d}", year)


#: The period phrases that name part of one year (1-9月, 前三季度, 上半年, 前10个月): a table column of the
#: year so far is headed by one of them.
PART_OF_YEAR_PHRASES = ("month_range", "part_of_year", "first_months")


def part_of_year(text: str, year: int) -> str:
    """The ISO months a header such as 1-9月, 1—9月, 前三季度 or 上半年 names in ``year``, or ''."""
    cal = Calendar(year, 0, year)
    for phrase in PERIOD_PHRASES:
        if phrase.name in PART_OF_YEAR_PHRASES:
            m = re.fullmatch(phrase.pattern, text.strip())
            period = phrase.resolve(m, cal) if m else None
            if period is not None and "-" in period.period:
                return period.period
    return ""


def plan_years(number: int) -> tuple[int, int]:
    """The years of the N-th five-year plan (十三五 = 13: 2016-2020)."""
    start = 1966 + 5 * (number - 3)          # the 3rd plan ran 1966-1970
    return start, start + 4


def _plan_span(m: re.Match, cal: Calendar) -> Period:
    start, end = plan_years(10 + _cn(m.group("n")) if m.group("n") else 10)
    return Period(f"{start}/{end}", end, span=True)


def _plan_since(m: re.Match, cal: Calendar) -> Period:
    start, end = plan_years(10 + _cn(m.group("n")) if m.group("n") else 10)
    last = min(end, cal.span_end)
    return Period(f"{start}/{last}", last, span=True) if start < last else Period(str(last), last)


def _plan_end(m: re.Match, cal: Calendar) -> Period:
    _, end = plan_years(10 + _cn(m.group("n")) if m.group("n") else 10)
    return Period(str(end), end)


def _years_back(m: re.Match, cal: Calendar) -> Period | None:
    n = _cn(m.group("n") or m.group("n2"))
    if n == 1:                            # 一年来: the last complete year, as 过去一年
        return Period(str(cal.span_end), cal.span_end)
    if not 1 < n <= 30:
        return None
    end = cal.span_end
    return Period(f"{end - n + 1}/{end}", end, span=True)


def _years_ahead(m: re.Match, cal: Calendar) -> Period | None:
    n = _cn(m.group("n"))
    if not 1 < n <= 30:
        return None
    start = cal.current or cal.published
    return Period(f"{start}/{start + n - 1}", start + n - 1, span=True)


def _year_span(m: re.Match, cal: Calendar) -> Period | None:
    first, last = int(m.group("y1")), int(m.group("y2"))
    return Period(f"{first}/{last}", last, span=True) if first < last else None


def _since_year(m: re.Match, cal: Calendar) -> Period | None:
    first, last = int(m.group("year")), cal.span_end
    return Period(f"{first}/{last}", last, span=True) if first < last else None


def _one_year(m: re.Match, cal: Calendar) -> Period:
    year = _year_of(m, cal)
    return Period(str(year), year)


def _cn_year(m: re.Match, cal: Calendar) -> Period | None:
    """二〇二三年: the year written in numerals, as a document's date or a review's opening writes it (read by
    the number reader's digit-by-digit years)."""
    year = int(parse_quantity(m.group("cn") + "年").value)
    return Period(str(year), year) if 1949 <= year <= 2100 else None


def _report_year(m: re.Match, cal: Calendar) -> Period:
    year = cal.data_year
    after = re.split(r"[，,。；;]", m.string[m.end():m.end() + 24])[0]   # its clause: 全年…增长6%的目标
    if cal.annual and not _FORWARD_WORDS_RE.search(m.string[max(0, m.start() - 6):m.end()] + after):
        year = cal.annual                 # 全年 in a feature before the year's figures exist: the last year
    return Period(str(year), year, contextual=True)


def _recent_years(m: re.Match, cal: Calendar) -> Period:
    return Period("", cal.span_end)


def _holiday(m: re.Match, cal: Calendar) -> Period:
    year = cal.current or cal.published
    return Period("", year, carries=False)


def _past_year(m: re.Match, cal: Calendar) -> Period:
    return Period(str(cal.review_year), cal.review_year)


def _now(m: re.Match, cal: Calendar) -> Period:
    return Period(str(cal.data_year), cal.data_year, carries=False)


_FORWARD_WORDS_RE = re.compile(r"预计|预期|目标|力争|确保|争取|计划|有望|将|预算")


@dataclass(frozen=True)
class PeriodPhrase:
    name: str
    pattern: str
    resolve: Callable[[re.Match, Calendar], Period | None]
    meaning: str


_YEAR = r"(?P<year>(?:19|20)\d{2})\s*年"
#: A count of years written in digits or numerals (五年来, 10年净增, 今后五年).
N_YEARS = r"\d{1,2}|[一二两三四五六七八九十]{1,2}"
_REL = r"(?P<rel>今年|本年|去年|上年|明年)"
_PLAN_N = r"“?十(?P<n>[一二三四五六七八九])?五”?"

_PLAN_NAME_RE = re.compile(rf"{_PLAN_N}(?!末|期末)")


def plan_named(text: str, cal: Calendar) -> Period | None:
    """The five years of the one plan a text names bare (a feature's title 【奋进“十三五”】), if it names one."""
    named = {m.group("n") for m in _PLAN_NAME_RE.finditer(text)}
    if len(named) != 1:
        return None
    return _plan_span(_PLAN_NAME_RE.search(text), cal)


#: Period phrases, most specific first; a later phrase overlapping an earlier one is ignored.
PERIOD_PHRASES: tuple[PeriodPhrase, ...] = (
    PeriodPhrase("month_range",
                 rf"(?:{_YEAR}|{_REL})?(?:度)?(?P<m1>\d{{1,2}}|[元一二三四五六七八九十]{{1,2}})(?:月份?)?\s*"
                 r"(?:至|—|-|~|到|－)\s*(?P<m2>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:份)?(?:末|底)?",
                 _months, "1至10月, 元至九月 (a damaged 1至9月), 2022年1-6月: months of a year"),
    PeriodPhrase("part_of_year",
                 rf"(?:{_YEAR}|{_REL})?(?P<part>前三季度|第一季度|一季度|二季度|三季度|四季度|上半年|前半年|下半年)",
                 _part_of_year, "一季度 Jan-Mar, 上半年 Jan-Jun, 前三季度 Jan-Sep; 二/三季度 alone: year only"),
    PeriodPhrase("first_months",
                 rf"(?:{_YEAR}|{_REL})?前(?P<m2>1[0-2]|[1-9]|十[一二]?|[二三四五六七八九])个?月(?:份)?",
                 _months, "前10月, 前十个月: the months from January"),
    PeriodPhrase("month",
                 rf"(?:{_YEAR}|{_REL})?(?<![\d.—~－-])(?<![\d一二三四五六七八九十元][至到])(?P<m1>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月"
                 r"(?:份)?(?:当月|末|底)?(?![\d日号初中上下旬])",
                 _months, "10月份, 10月当月, 3月末, 2024年3月: one month (a month after the publication's, "
                 "written without a year, is last year's); not a date (4月26日) nor 月初/中旬"),
    PeriodPhrase("year_span", r"(?P<y1>(?:19|20)\d{2})\s*(?:年)?\s*(?:—|-|~|至|到|－)\s*(?P<y2>(?:19|20)\d{2})\s*年",
                 _year_span, "2016-2020年: the years from one to the other"),
    PeriodPhrase("plan_end", rf"{_PLAN_N}(?:期末|末期|末)", _plan_end,
                 "十三五末, 十五末: the plan's last year"),
    PeriodPhrase("plan_since", rf"{_PLAN_N}(?:以来|开局以来)", _plan_since,
                 "十四五以来 in 2025: from the plan's first year to the last complete one (2021/2024)"),
    PeriodPhrase("plan_span", rf"{_PLAN_N}(?:期间|时期|以来|期内|的五年|五年|规划(?:执行|实施|完成)|(?=年均))", _plan_span,
                 "十三五期间, 十一五规划执行情况, “十三五”年均增长: the plan's five years (2016/2020)"),
    PeriodPhrase("since_year", rf"{_YEAR}以来", _since_year,
                 "2012年以来: from that year to the last complete year"),
    PeriodPhrase("years_back",
                 rf"(?:近|过去|这)(?P<n>{N_YEARS})年(?:来|以来|间|中)?"
                 rf"|(?<![\d年第十])(?P<n2>{N_YEARS})年(?:来|以来|间|(?=累计|共|全社会|新增|净增|净减|增加|内))",
                 _years_back, "五年来, 近十年, 过去五年, 5年间: N years to the last complete year"),
    PeriodPhrase("years_ahead", rf"(?:今后|未来|此后|以后)(?P<n>{N_YEARS})年",
                 _years_ahead, "今后五年, 未来五年: N years from the publication year (2021年的报告: 2021-2025)"),
    PeriodPhrase("year", rf"{_YEAR}(?:度|末|底)?", _one_year, "2021年, 2021年末: that year"),
    PeriodPhrase("numeral_year", r"(?P<cn>[一二][〇○零一二三四五六七八九]{3})年(?:度|末|底)?", _cn_year,
                 "二〇二三年: that year written in numerals"),
    PeriodPhrase("recent_years", r"近年来|近几年来|近几年|近年", _recent_years,
                 "近年来: some recent years, not said which: no period (the year is the last complete one)"),
    PeriodPhrase("past_year", r"过去一年|过去的一年", _past_year,
                 "过去一年: the year before publication; the publication year in a text of November or December"),
    PeriodPhrase("relative_year", rf"{_REL}(?:以来|度|末|底)?", _one_year,
                 "今年/本年 = published (or the year its section's heading names: 二、2024年工作安排); "
                 "去年/上年 = the year before; 明年 = the year after"),
    PeriodPhrase("report_year", r"全年|年末|年底|本年度", _report_year,
                 "全年, 年末: the year already named in the paragraph, else the year the document reports on "
                 "(in a feature of January-October or of unknown month with no title year: the year before, "
                 "unless a forward word stands near: 全年预计, 确保全年, 全年目标)"),
    PeriodPhrase("holiday", r"[“\"]?(?:五一|十一|国庆|春节|端午|中秋|元旦|清明|劳动节)[”\"]?"
                            r"(?:节)?(?:假期|小长假|长假|黄金周|期间)",
                 _holiday, "“五一”假期, 国庆黄金周: some days of the year, not said which (no period; the year is the "
                           "text's), for its own item only"),
    PeriodPhrase("now", r"截至目前|目前|如今|当前|现有(?!基础)", _now,
                 "目前: the year the document reports on (a work report of February reviewing 2023: 2023; a "
                 "bulletin: its data year; else the publication year; not 在现有基础上, a base of a change), "
                 "for its own item only"),
)

#: Words that make the period phrase right after them a base of comparison.
COMPARISON_BASES: tuple[tuple[str, str], ...] = (
    ("比", "比上年, 比2015年: the base of a change"),
    ("较", "较上年, 较2015年"),
    ("与", "与上年相比"),
    ("同", "同期: the same period a year earlier"),
    ("相比", "与2015年相比"),
    ("是", "是2010年的2.2倍: the base of a multiple"),
    ("相当于", "相当于2015年的"),
    ("恢复至", "恢复至2019年的1.1倍"),
    ("恢复到", "恢复到2019年的"),
    ("高于", "高于上年"),
    ("低于", "低于上年"),
    ("由", "由2015年的8.57亿元增长至…: the start of a from-to (its own number keeps it)"),
    ("从", "从2005年的67.2亿元增加到…"),
)

# ----------------------------------------------------------------------------- status

#: Words that make the numbers after them in their sentence targets.
TARGET_WORDS: tuple[tuple[str, str], ...] = (
    ("力争", "strive to reach"),
    ("确保", "ensure"),
    ("争取", "strive for"),
    ("预期目标", "the expected targets of a work report"),
    ("主要目标", "main targets"),
    ("目标", "target (not 完成…目标, 规划目标 as a comparison, 目标任务)"),
    ("计划", "planned (not 占…计划的, a completion ratio, excluded before)"),
    ("将达到", "will reach"),
    ("提出到", "proposes that by (a year follows)"),
    ("要达到", "shall reach"),
)
#: A target named as what a figure is compared with (高于年度目标0.7个百分点, 完成年度目标的102.5%, 对照年度目标,
#: 完成年度计划的86.3%):
#: the figure is not a target; the words set no status.
TARGET_AS_BASE = (r"(?:高于|低于|快于|慢于|超过|超出|超|完成|实现|对照|比|较|与)了?(?:年度|全年|年初|既定|计划)?"
                  r"(?:(?:预期|计划|考核)?目标(?:任务)?|计划(?=的))")
#: A clause opening with 已 (…计划改造老旧小区46个，已完工41个，惠及居民…) states what is done: its numbers and
#: those after it are actual, whatever target word came before.
DONE_OPENING = (r"(?:^|(?<=[，,；;：:]))\s*(?:其中|目前|截至目前|现|截至[^，,；;已]{1,10})?[，,]?\s*已(?:经)?"
                r"(?=[\u4e00-\u9fff])")
#: Words that make the numbers after them estimates; 下同 carries the note to the paragraph's end.
EXPECTED_WORDS: tuple[tuple[str, str], ...] = (
    ("预计", "estimated"),
    ("初步测算", "first estimate"),
    ("初步统计", "preliminary count"),
)
CARRY_WORDS: tuple[tuple[str, str], ...] = (
    ("下同", "the note applies to what follows too"),
)

# ----------------------------------------------------------------------------- measures

#: Change verbs with their sign. A rate (%) after one is a growth rate; points
#: (个百分点) or an amount after one are a change.
CHANGE_VERBS: tuple[tuple[str, int, str], ...] = (
    ("增长", 1, "grew"), ("增加", 1, "increased"), ("提高", 1, "rose"), ("提升", 1, "rose"),
    ("上升", 1, "rose"), ("上涨", 1, "rose (prices)"), ("递增", 1, "grew each year"),
    ("增速", 1, "growth rate (noun)"), ("增幅", 1, "growth rate (noun)"), ("净增", 1, "net increase"),
    ("新增", 1, "new additions"), ("增", 1, "grew (short)"),
    ("增产", 1, "output grew by (增产0.85万吨)"), ("减产", -1, "output fell by"),
    ("下降", -1, "fell"), ("降低", -1, "fell"), ("减少", -1, "decreased"), ("回落", -1, "fell back"),
    ("下滑", -1, "slid"), ("下跌", -1, "fell (prices)"), ("降幅", -1, "rate of fall"),
    ("净减", -1, "net decrease"), ("减", -1, "fell (short)"),
    ("缩小", -1, "narrowed (a gap or a ratio: 城乡居民收入比…比上年缩小0.04)"), ("扩大", 1, "widened"),
)
#: Nouns of a rate of change ending a label (居民消费价格涨幅控制在3%): the number is a growth rate of
#: what they follow, with their sign (not 增长率: 人口自然增长率 is an indicator of its own).
RATE_NOUNS: tuple[tuple[str, int], ...] = (("涨幅", 1), ("增幅", 1), ("增速", 1), ("降幅", -1))
#: Label endings of statistics stated without a unit (城乡居民收入比为2.24, 居民消费价格指数为102.1):
#: a bare number right after one of them (and its verb) is read, with no unit.
UNITLESS_LABELS: tuple[str, ...] = ("收入比", "收入之比", "价格指数", "指数", "基尼系数", "系数")
#: A bare sum after a clause about one sector's economy is that sector's (全区工业经济稳中有进，实现营业收入…
#: -> 工业营业收入): the sectors and the sums.
SECTORS: tuple[str, ...] = ("规模以上工业", "规上工业", "工业", "服务业", "建筑业", "农业", "文旅", "旅游", "数字")
SECTOR_SUMS: tuple[str, ...] = ("营业收入", "主营业务收入", "利润", "利润总额", "产值", "总产值", "增加值", "税收")
#: Words that say "the number of" after the things counted (规上工业企业数量达到421家): taken off.
COUNT_SUFFIXES: tuple[str, ...] = ("总数量", "数量")
#: Counted nouns written with 数 before a count (规上工业企业数达到612家): the 数 is taken off.
COUNTED_WITH_SHU: tuple[str, ...] = ("企业数", "单位数", "机构数", "项目数", "市场主体数")
#: Verbs that, before N倍, state a growth of N times the base (增长1.3倍 = +130%), not a multiple of it
#: (是…的2.3倍): measure growth, unit 倍.
GROWTH_IN_TIMES_VERBS: tuple[str, ...] = ("增长", "增加", "提高", "上升", "增")
#: Verbs whose amount is a count of new things, not a change of a level (新增就业3210人).
COUNT_VERBS = ("新增", "净增", "净减", "新登记", "新注册")

#: Words before a change verb that name its base: never part of a label. ``anywhere``
#: words are taken off wherever they stand in a label; the others only at its end.
CHANGE_BASES: tuple[tuple[str, bool, str], ...] = (
    ("同比", True, "year on year"), ("环比", True, "on the previous period"),
    ("比上年末", True, "on the end of last year"), ("较上年末", True, "on the end of last year"),
    ("比去年末", True, "on the end of last year"), ("较去年末", True, "on the end of last year"),
    ("比上年底", True, "on the end of last year"), ("较上年底", True, "on the end of last year"),
    ("比去年底", True, "on the end of last year"), ("较去年底", True, "on the end of last year"),
    ("比上年同期", True, "on the same period last year"), ("比去年同期", True, "on the same period last year"),
    ("较上年同期", True, "on the same period last year"), ("较去年同期", True, "on the same period last year"),
    ("较同期", True, "on the same period last year"), ("比同期", True, "on the same period last year"),
    ("比上年度", True, "on last year"), ("较上年度", True, "on last year"),
    ("较上一个五年", True, "on the five years before"), ("比上一个五年", True, "on the five years before"),
    ("较上个五年", True, "on the five years before"), ("比上个五年", True, "on the five years before"),
    ("比上年", True, "on last year"), ("较上年", True, "on last year"), ("比去年", True, "on last year"),
    ("较去年", True, "on last year"), ("与上年相比", True, "on last year"), ("与上年", True, "on last year"),
    ("比年初", True, "on the start of the year (balances)"), ("较年初", True, "on the start of the year (balances)"),
    ("两年平均", True, "average a year over two years"), ("三年平均", True, "average a year over three years"),
    ("年均", False, "average a year"), ("年平均", False, "average a year"), ("平均每年", True, "average a year"),
    ("每年", True, "each year"),
    ("分别", False, "respectively"), ("均", False, "each"), ("比", False, "than (a base follows)"),
    ("较", False, "than (a base follows)"),
)
#: Words that make an amount a total since an unstated start (累计引进…100个): in a feature it does not
#: take the single year an earlier clause named (今年…；累计…).
CUMULATIVE_WORDS: tuple[str, ...] = ("累计", "历年累计", "共累计")
#: Words that say a figure is a sum over some time (累计完成投资1050亿元, 五年共…).
SUM_WORDS: tuple[str, ...] = ("累计", "共计", "总计", "合计")
#: Words that make a rate an average a year over its span (年均增长7.9%).
AVERAGE_RATE_WORDS: tuple[str, ...] = ("年均", "年平均", "平均每年")
#: Words after which the 比 at a label's end is part of the label (第二产业占比).
KEEP_FINAL_BI = ("占", "收入", "存贷")
#: Labels that say only "the total of the things counted just before" (…新增71家，总数突破800家).
TOTAL_WORDS: tuple[str, ...] = ("总数", "总量", "总计", "合计")
#: Output words that name no crop: after a crop's area (and its output) in the same item they are that crop's
#: (粮食播种面积…，总产量… -> 粮食总产量; 黄桃种植面积…，总产量…，实现产值… -> 黄桃产值), and after a product's
#: output (食用菌总产量…，全产业链产值… -> 食用菌全产业链产值).
OUTPUT_WORDS: tuple[str, ...] = ("总产量", "产量", "总产", "单产", "平均单产", "亩产", "平均亩产", "产值", "综合产值", "产业综合产值", "全产业链产值",
                                  "产业产值", "产业链产值", "出栏", "存栏")   # 生猪存栏…，全年出栏… -> 生猪出栏
#: Method phrases: how a rate was computed; never a label.
METHOD_PHRASES: tuple[tuple[str, str], ...] = (
    ("按可比价格计算", "at comparable prices"), ("按可比价计算", "at comparable prices"),
    ("按可比口径计算", "on a comparable basis"), ("按当年价格计算", "at current prices"),
    ("按现价计算", "at current prices"), ("按不变价格计算", "at constant prices"), ("按不变价计算", "at constant prices"),
    ("不变价", "constant prices"),
    ("按可比价", "at comparable prices"), ("可比价", "comparable prices"), ("现价", "current prices"),
    ("按自然口径计算", "on the nominal basis"), ("按同口径计算", "on the same basis"), ("自然口径", "nominal basis"),
    ("同口径", "on the same basis"), ("扣除价格因素", "net of prices"),
    ("经初步核算", "by preliminary accounting"), ("据初步核算", "by preliminary accounting"),
    ("初步核算", "by preliminary accounting"),
    ("按年平均汇率折算", "at the year's average exchange rate"), ("按年均汇率折算", "at the year's average exchange rate"),
    ("按平均汇率折算", "at the average exchange rate"),
    ("现行标准下", "by the current (poverty) standard"), ("按现行标准", "by the current standard"),
)
#: Clauses that open a sentence by naming how its figures were obtained (初步核算，全县地区生产总值…):
#: the sentence's subject is in the clause after them.
SOURCE_CLAUSES: tuple[str, ...] = tuple(w for w, _ in METHOD_PHRASES if "核算" in w) + (
    "据统计", "据初步统计", "初步统计", "经统计", "据测算", "经测算", "据监测", "据调查", "据抽样调查",
)
#: Words opening a clause that says with whom or on what the county acted (联合某科技城，引进…;
#: 依托资源优势，…): such a clause names no indicator the sentence is about.
MANNER_OPENERS: tuple[str, ...] = ("联合", "携手", "依托", "借助", "围绕", "聚焦", "通过", "坚持", "按照", "立足",
                                   "紧扣", "紧盯", "对标", "对接", "瞄准")
#: Verbs that change a level by an amount (比上年增加2.2万亩); the others take rates or points.
AMOUNT_CHANGE_VERBS = ("增加", "减少", "净增", "净减", "增长", "下降", "提高", "降低", "增产", "减产")
#: Verbs that end a compound verb rather than state a change (改造提升20所).
COMPOUND_VERB_HEADS = ("改造", "优化", "质量", "品质", "能力", "水平")
#: ``是YYYY年的N倍``: a multiple of an earlier level.
MULTIPLE_WORDS: tuple[tuple[str, str], ...] = (
    ("是", "是2015年的1.7倍"), ("为", "为2015年的1.7倍"), ("相当于", "相当于2015年的1.7倍"),
    ("恢复至", "恢复至2019年的1.1倍: back to a multiple of a year before a fall"), ("恢复到", "恢复到2019年的"),
)

# ----------------------------------------------------------------------------- labels

#: Words that open a clause before its indicator: subjects, time and linking words.
LABEL_LEADS: tuple[str, ...] = (
    "全年", "年末", "年底", "本年", "今年以来", "今年", "年初", "其中", "此外", "另外", "同时", "并且", "并",
    "且", "全县", "全区", "全市", "全州", "该县", "该区", "该市", "本县", "本区", "我县", "我区", "我市",
    "县域", "区域", "截至目前", "目前", "如今", "当前", "已有", "预计", "初步统计", "据统计", "共",
    "为", "的", "了", "和", "及", "在此基础上", "对", "在", "将", "把", "通过", "以", "与", "到",
    "力争", "确保", "争取", "特别是", "尤其是", "区里", "县里", "区属", "县属", "本次", "此次", "本轮",
    "全旗", "该旗", "本旗", "我旗", "旗里", "我们要", "我们将", "我们", "咱们", "要", "紧盯", "聚焦", "截至", "截止",
    "但是", "但", "而", "计划", "提出到", "瞄准", "锚定", "对标", "帮助", "评定", "春节假期", "国庆假期", "假期期间", "假期", "节假日期间", "黄金周期间",
    "这个", "这一", "紧扣", "共计", "所在地", "项目建成后", "项目投产后", "全部建成后", "建成投产后", "建成后", "投产后", "达产后", "完成后", "县政府", "区政府", "市政府", "旗政府", "确定实施", "决定实施", "各部门要", "各单位要", "对标对表",
)
#: Words that open with a lead word's or a base's character but are one word of the label, never cut
#: (在校学生, 在岗职工平均工资, 在建项目, 从业人员, 以旧换新补贴, 为民办实事).
LEAD_LIKE_WORDS: tuple[str, ...] = (
    "在建", "在校", "在岗", "在册", "在营", "在职", "在园", "在读", "在线", "在库", "在孵", "在途", "在用", "在养",
    "从业", "从事", "以旧换新", "以工代赈", "对外", "为民", "与会", "有色", "有机", "有线", "有效",
)
#: Words before a zone's name that are not part of it (加快推进望江工业园建设, 走进望江经济开发区): the name is what
#: follows the last of them.
ZONE_NAME_CUTS: tuple[str, ...] = ("推进", "加快", "加速", "推动", "依托", "围绕", "聚焦", "建设", "打造", "入驻", "落户",
                                   "走进", "来到", "在", "到")
#: Words no proper zone name holds (全县共有省级以上园区3个: 有, 以上, 级): such a phrase names no one zone.
NOT_IN_A_ZONE_NAME: tuple[str, ...] = ("有", "的", "各", "等", "个", "家", "所", "座", "和", "、", "，", ",", "以上", "级",
                                       "全县", "全区", "全市", "全省", "全国", "县属", "区属", "市属", "推进", "加快",
                                       "建设", "打造")
#: Spans that say why (受疫情影响比上年下降5.8%) or which example leads a group (以葡萄为主的特色水果): never
#: part of a label.
CAUSE_PATTERNS: tuple[str, ...] = (r"受[^，,。；;]{1,30}?(?:影响|冲击)", r"由于[\u4e00-\u9fff]{1,10}?(?:影响|原因)",
                                   r"以[\u4e00-\u9fff“”]{1,12}?为(?:主|主导|重点|龙头|代表|核心)的")
#: Spans that close a label before its verb (粮食总产量连续五年稳定在…): how long, not what.
LABEL_TRAIL_PATTERNS: tuple[str, ...] = (r"连续(?:\d+|[一二两三四五六七八九十]{1,3})年",
                                         # 高新技术企业总数达到512家 counts the firms (养老机构床位总数 keeps it)
                                         r"(?:(?<=企业)|(?<=主体))总数(?:达到|达)?",
                                         # …有望完成年初确定的(增长10%的目标): the target's origin, not what
                                         r"(?:有望|可望|将|能够)?(?:完成|实现)(?:年初|年度|全年)?(?:确定|制定|下达|提出|设定)的?")
#: Words that close a label before its number (verbs and connectors).
LABEL_TRAILS: tuple[str, ...] = (
    "已经", "已", "都", "还", "又", "就", "虽然", "虽", "常年", "仅有", "仅", "逆势", "逆市", "分别达到", "分别完成", "分别实现", "分别为", "分别是", "分别达", "分别",
    "总量达到", "总量达", "达到了", "达到", "已达", "达", "实现了", "实现", "完成了",
    "完成", "突破", "超过", "成功突破", "首次突破", "成功", "首次", "一举", "增至", "增加到", "增加至", "增长到", "增长至", "提高到", "提高至",
    "跃升至", "跃升到", "攀升至", "攀升到", "发展到", "发展至", "上升到", "上升至", "下降到", "下降至", "减少到", "减少至", "降到",
    "提升到", "提升至", "降至", "降低到", "降低至", "稳定在", "保持在", "控制在", "保持", "预计可",
    "收窄至", "收窄到", "扩大至", "扩大到", "缩小至", "缩小到", "缩小为", "缩减至", "缩减到", "有望达到", "有望达",
    "有望突破", "有望", "每亩", "每斤", "每公斤", "每千克", "每吨", "回升至", "回升到", "回落至", "回落到", "录得",
    "预计", "可达", "可", "将", "为", "是", "约", "近", "有", "共有", "共计", "共", "合计", "累计",
    "均", "已", "再", "亦", "也", "总计", "计", "的", "力争", "确保", "争取", "比", "较", "同比",
)

#: Lead words kept when the label after them matches: 对 before a trade flow (对RCEP成员国进出口), 有 before
#: a relative clause (有进出口实绩的企业).
KEPT_LEADS: tuple[tuple[str, str], ...] = (("对", r"(?:进出口|出口|进口|贸易额|外投资)(?:总额|额)?$"),
                                          ("有", r"^[^的]{2,12}的[^的]{1,6}$"),
                                          ("为", r"^民办实事"))          # 为民办实事项目: a name
#: Verbs of having that end in 有 (共有…的规模牧场): the 有 after them is theirs, not a kept lead.
HAVING_VERBS: tuple[str, ...] = ("共有", "拥有", "现有", "已有", "还有", "尚有")
#: Empty verbs that open a clause before the noun a number measures (完成1万户老旧小区改造,
#: 实现地区生产总值…): taken off a label's start; a label that is nothing but one names nothing.
LABEL_VERBS: tuple[str, ...] = (
    "完成", "实现", "拥有", "有", "保持", "稳定", "形成", "推进", "推动", "开展", "组织", "启动", "落实",
    "提供", "达到", "累计完成", "共完成", "实施", "确定", "安排",
)
#: Content verbs that say what was done to the things counted: taken off a label's start like the
#: empty ones (打造新农村示范点52个 -> 新农村示范点), but one standing alone before a count is kept
#: with the noun after it (改造提升20所敬老院 -> 改造提升敬老院).
CONTENT_VERBS: tuple[str, ...] = (
    "建成", "建设", "打造", "新建", "引进", "设立", "组建", "发放", "解决", "培育", "认定", "新认定", "签订",
    "举办", "开通", "投入", "吸引", "接种", "安置", "开发", "印发", "颁发", "承办", "创建", "改造提升",
    "改造升级", "改造", "优化升级", "联手引进", "推出", "纳入", "制定出台", "出台", "制定", "细分", "制发",
    "支持引导建立", "建立", "募集", "摸排", "招引", "落地", "帮扶", "维修改造", "修缮", "整治", "新改建",
    "改建", "扩建", "受理", "办结", "办理", "安装", "培训", "扶持", "服务", "救助", "资助",
)
#: Nouns that a count of things names when they stand right before it (规模以上工业企业8家): the label
#: is then on the left even for a classifier unit, whatever follows the number.
COUNTED_NOUNS: tuple[str, ...] = (
    "企业", "公司", "项目", "单位", "机构", "学校", "医院", "村", "社区", "乡镇", "小区", "事项", "平台",
    "基地", "园区", "站点", "家庭", "农户",
)
#: Nouns too general to name a count alone: the verb before one stays in the label (改造项目,
#: 投入资金), so that a count of works done is not read as a total.
GENERIC_NOUNS: tuple[str, ...] = (
    "项目", "资金", "企业", "户数", "群众", "人员", "人次", "工程", "设施", "场所", "单位", "家庭", "农户",
    "面积", "总长", "次数", "岗位", "学位", "人才", "创业", "时长", "投资", "疫苗", "招商", "内资", "外资",
)
#: Heads of counted nouns that name works done: a count of them keeps the verb that says which
#: (引进项目, 新开工项目, 签约项目); not an empty one (完成棚改项目 -> 棚改项目).
ACTION_HEADS: tuple[str, ...] = ("项目", "工程", "企业")
#: The verbs kept before such a count (纳入重大项目 is a class, not works done: not kept).
WORKS_VERBS: tuple[str, ...] = ("引进", "新开工", "开工", "签约", "建设", "新建",
                                "落地", "招引", "竣工", "储备", "谋划", "入库")
#: Verbs that say only that works go on (实施重点项目526个 is 重点项目, as the keys code it): not kept, but
#: they still open the works a sum is for (投入2.5亿元启动9个医疗卫生项目建设).
ONGOING_WORKS_VERBS: tuple[str, ...] = ("实施", "启动", "打造", "推进", "完成")
#: Heads too general to say which things a label counts or measures (改造项目, 服务时长, 网络覆盖率,
#: 引进项目): a label that is nothing but one (after a works verb and before a note) takes the topic its
#: sentence or paragraph introduces; when none is found it is kept and flagged ``generic_label``.
TOPIC_HEADS: tuple[str, ...] = ("项目", "工程", "时长", "覆盖率", "户数", "企业")
#: Modifiers that say no more than the head (改造项目, 服务时长, 网络覆盖率): modifier -> the ending a topic
#: must have to be the thing meant (老旧小区改造 -> 老旧小区改造项目; 医保专网 -> 医保专网覆盖率). The
#: topic replaces the modifier; a label with another modifier is specific already and left alone.
GENERIC_MODIFIERS: dict[str, str] = {"改造": "改造", "服务": "服务", "网络": "网", "建设": "建设"}
#: Verbs that introduce a clause's topic: their object names what the sentence is about
#: (大力推进老旧小区改造, 完成…的医保专网建设, 打造数字经济引擎).
TOPIC_VERBS: tuple[str, ...] = ("推进", "推动", "实施", "开展", "打造", "建设", "完成", "培育", "发展", "做强",
                                "做优", "做大", "壮大", "深化", "加快")
#: Words that close a topic without naming it (医保专网建设 -> 医保专网, 数字经济引擎 -> 数字经济):
#: works and figures of speech.
TOPIC_TAILS: tuple[str, ...] = ("建设", "工作", "行动", "工程建设", "引擎", "新引擎", "高地", "新高地", "新动能",
                                "动能", "名片", "标杆", "样板", "升级版", "新格局", "主战场", "赛道")
#: The longest sentence that opens a paragraph as its heading (打造数字经济引擎。): its topic is the
#: paragraph's.
TOPIC_LEAD_MAX = 16
#: Heads that take a paragraph's heading topic when their own sentence names none (works: 引进…项目50个
#: under 打造数字经济引擎); a bare 企业 does not (the firms put on the cloud are not digital firms).
PARAGRAPH_TOPIC_HEADS: tuple[str, ...] = ("项目", "工程")
#: Words that make a change in points an annual growth rate over a plan's span (粮食总产每年较上年增长
#: 2个百分点 = 2% a year): read as ``growth`` in %, period the span, flagged.
EACH_YEAR_WORDS: tuple[tuple[str, str], ...] = (
    ("每年", "each year (每年较上年增长2个百分点)"), ("逐年", "year by year (逐年提高1个百分点)"),
)
#: A count of tiers after a list of administrative levels (区、乡镇、村三级综治中心): each value is of its
#: own tier (区级综治中心), not of all three.
TIER_COUNT = r"^[一二两三四五六七八九]级"
#: More people than any county-level district holds: a person count above it printed in bare digits that
#: split into households and persons (7021879人 = 702户1879人) is two counts run together; flagged
#: ``glued_counts`` with the likely reading (kept as printed: the audit marks it implausible).
MAX_DISTRICT_PEOPLE = 2_000_000
#: Annual flows (a year's total): in a feature that gives no year, published in months 1-FLOW_MONTHS (or
#: an unknown month), such a figure is the previous full year's (a year's total is published after the
#: year ends; flagged ``period_previous_year``), unless it is foreseen (预计, 可达) or a target. Later in
#: the year it may be the year so far: kept, flagged ``flow_year_uncertain``.
FLOW_MONTHS = 10
#: Early in the year (months 1-REVIEW_MONTHS) a feature that has reported the year before (2023年，某县实现…)
#: reviews that year: its levels with no year of its own (高新技术企业数量达到63家, 种植规模稳定在3500万袋) are as
#: of that year's end too, not of the few weeks of the new one (flagged ``period_previous_year``).
REVIEW_MONTHS = 3
#: What a bare 产业 label measures that only the industry named before it makes an indicator (纺织服装产业
#: 营业收入…；产业从业人员 -> 纺织服装产业从业人员); 产业投资 (investment in industry) is an indicator of its own.
INDUSTRY_MEASURES: tuple[str, ...] = ("从业人员", "就业人数", "营业收入", "主营业务收入", "营收", "产值", "总产值",
                                      "综合产值", "增加值", "规模", "税收", "利润")
#: Units a speaker's quote may open with (“合作社今年出栏牦牛860头…”, “我们公司…”): the quote's figures are that
#: unit's, whoever the speaker.
QUOTE_UNIT_OPENINGS: tuple[str, ...] = ("合作社", "公司", "企业", "厂里", "基地", "村里", "我们村", "家庭农场")
#: Verbs before a count that say only that the things came to be (建成380个…养老服务设施, 打造6个“暖心驿站”,
#: 培育8家4A级景区): the count is of the things, not of a kind of deed (unlike 新建学校, 引进项目, 改造提升敬老院).
BECOMING_VERBS: tuple[str, ...] = ("建成", "打造", "培育", "创建", "组建", "建立")
#: Words that make a count of firms those evaluated (参评企业386家，其中规模以上工业企业241家): a part after 其中
#: is of them too (参评规模以上工业企业).
#: Words that name what an evaluation covers (本次评价对象为…工业企业，共计136家): the count after them is of
#: the firms evaluated (参评工业企业), and its parts after 其中 are theirs.
EVALUATION_OBJECT_WORDS: tuple[str, ...] = ("评价对象", "评价范围", "参评对象", "评价企业范围")
EVALUATED_WORDS: tuple[str, ...] = ("参评", "参与评价的", "参与评价", "参加评价的", "纳入评价的", "纳入评价", "评价")
#: Labels the genre writes short for the people or households they count: (label, unit) -> the full label.
ABBREVIATED_LABELS: dict[tuple[str, str], str] = {
    ("建档立卡", "人"): "建档立卡贫困人口", ("建档立卡", "户"): "建档立卡贫困户",
    ("脱贫", "人"): "脱贫人口", ("累计脱贫", "人"): "脱贫人口",       # 累计脱贫2.3万人: the people lifted out
}
#: Words of a notice's title that make it a report on its year's progress (关于2024年民生实事推进情况的通报):
#: published in the year's last months, its undated facts are of that year.
PROGRESS_TITLE_WORDS: tuple[str, ...] = ("推进情况", "进展情况", "完成情况", "落实情况", "进度情况", "实施情况")
ANNUAL_FLOWS: tuple[str, ...] = (
    "营业收入", "主营业务收入", "销售收入", "产值", "增加值", "生产总值", "GDP", "零售总额", "财政总收入",
    "财政收入", "一般公共预算收入", "税收收入", "税收", "利润总额", "利润", "进出口总额", "外贸出口", "出口总额",
    "可支配收入", "旅游总收入", "固定资产投资",
)
#: Names that open with a number of years and are not a duration (九年义务教育巩固率).
YEAR_NAMES: tuple[str, ...] = ("九年义务教育", "九年一贯制", "十二年教育", "十五年教育")
#: Measure words whose subject follows the number after 的 (建成总长50公里的园区路网 ->
#: 园区路网总长; 投资30亿元的智能港 -> 总投资 of the entity 智能港): word -> the label's measure.
MEASURE_OF: dict[str, str] = {
    "总长": "总长", "长度": "长度", "全长": "全长", "总面积": "总面积", "面积": "面积", "占地": "占地面积",
    "占地面积": "占地面积", "建筑面积": "建筑面积", "投资": "总投资", "总投资": "总投资", "计划总投资": "总投资",
}
#: Units whose measure is the size of the thing named after the number (建成3平方公里的湖心公园,
#: 156万平方米的科创中心): unit -> measure word of the label.
MEASURE_BY_UNIT: dict[str, str] = {"平方米": "面积", "平方公里": "面积", "亩": "面积", "公顷": "面积",
                                   "公里": "长度"}
#: Verbs that name a sum spent when they stand alone before it (投入1.2亿元): verb -> label.
SUM_VERBS: dict[str, str] = {"投入": "投入资金", "累计投入": "投入资金", "投资": "总投资", "完成投资": "完成投资"}
#: Actions that close a list of counts and apply to every item in it (完成57个A、151个B、513条C改造提升).
LIST_ACTIONS: tuple[str, ...] = ("改造提升", "提升改造", "维修改造", "改造升级", "升级改造", "改造", "新改建", "整治")
#: Administrative units: a count of them followed by what they did or have (9个乡镇和111个村的
#: 医保专网建设, 至少有1个街道建成…) names neither; it is flagged, not read as a count of units.
ADMIN_UNITS: tuple[str, ...] = ("乡镇(街道)", "村(社区)", "乡镇", "街道", "村", "社区", "行政村", "自然村")
#: What the units counted take part in, said right after them (127家企业参评): the label puts it first
#: (参评企业), as the statistics name such counts.
ROLE_VERBS: tuple[str, ...] = ("参评", "参展", "参赛", "参训", "入驻", "入库", "入统", "上市", "挂牌",
                               "参与综合评价", "参加综合评价", "参与评价", "参加评价", "开展评价", "开展综合评价")
#: Roles the label writes in another word (对208家工业企业开展评价 -> 参评工业企业).
ROLE_LABEL_WORDS: dict[str, str] = {"开展评价": "参评", "开展综合评价": "参评"}
#: Roles said as a long phrase: the label joins them with 的 (39家规模以上工业企业参与综合评价 -> 参与综合评价的规模以上
#: 工业企业); a short one is joined bare (186家企业参与评价 -> 参与评价企业), as the keys write them.
ROLE_PHRASES: tuple[str, ...] = ("参与综合评价", "参加综合评价")
#: Words that end the noun phrase after a number (57个棚改项目, 已…): verbs and connectors.
RIGHT_STOPS: tuple[str, ...] = (
    "的", "是", "全部", "实现", "已", "深化", "进行", "得到", "达到", "达", "正在", "将", "被", "在", "落户",
    "入驻", "参与", "相继", "加快", "投建", "签约", "吸引", "带动", "位列", "居", "突破", "超过", "等",
    "和", "及", "开通运营", "开通", "运营", "全面开工", "开工", "成功入库", "入库", "投产", "建成", "竣工",
    "完成", "通过", "获得", "获评", "被评为", "推行", "发放", "纳入", "基本建成", "基本实现", "进行", "置换",
    "全面完成", "全面建成", "中有", "开展",
)
#: Words that open the tail parallel heads share (电子信息、生物医药产业增加值 -> 电子信息产业增加值, …;
#: 纺织服装、制鞋两大产业集群规模 -> 纺织服装产业集群规模, …).
SHARED_TAIL_OPENERS: tuple[str, ...] = ("两大", "三大", "四大", "五大", "六大", "产业", "行业")
#: Abbreviated coordinations that name two indicators at once (城乡居民收入 -> 城镇…, 农村…).
COORDINATED: dict[str, tuple[str, ...]] = {
    "城乡": ("城镇", "农村"),
    "存贷款": ("存款", "贷款"),
    "进出口": ("进口", "出口"),
    "中小学": ("中学", "小学"),
    "城镇和农村": ("城镇", "农村"),
    "城镇、农村": ("城镇", "农村"),
}

# ----------------------------------------------------------------------------- attribution

#: Words naming a higher unit: a number in a clause that names one is about that unit.
SCOPE_WORDS: tuple[tuple[str, str], ...] = (
    ("全国", "country"), ("全省", "province"), ("全市", "city"),
    ("全自治区", "province"),       # also 全区(自治区): an autonomous region's 全区, said so (AUTONOMOUS_REGION_WHOLE)
)
#: Words for a whole province used only in it (全疆 in Xinjiang): the province's, when the document is of that
#: province (its ``province`` starts with the first word).
PROVINCE_WHOLE_WORDS: tuple[tuple[str, str], ...] = (("新疆", "全疆"), ("西藏", "全藏"))
#: A 全区 said to be the autonomous region's (全区（自治区）农村居民…): read as 全自治区.
AUTONOMOUS_REGION_WHOLE = ("全区(自治区)", "全自治区")
#: Speakers of a higher unit: a paragraph of quoted speech (opening with “) after one of them
#: is named is that unit's (a county article relaying the province's work report).
SPEAKERS: tuple[tuple[str, str], ...] = (
    ("省长", "province"), ("副省长", "province"), ("省委书记", "province"),
    ("市长", "city"), ("副市长", "city"), ("市委书记", "city"),
)
#: People who speak for one firm or one zone (公司总经理, 开发区管委会负责人): what they say in quotes, or in
#: the sentence their 介绍/说 opens, is that firm's or zone's, not the district's. ``FIRM_SPEAKER_UNITS`` end
#: a firm's name; ``ZONE_SPEAKER_ROLES`` follow a zone's (ZONE_ENDINGS) name.
FIRM_SPEAKER_UNITS: tuple[str, ...] = ("有限责任公司", "有限公司", "公司", "集团", "企业", "合作社", "工厂", "厂里", "厂")
FIRM_SPEAKER_ROLES: tuple[str, ...] = ("董事长", "总经理", "副总经理", "负责人", "厂长", "经理", "理事长", "创始人",
                                       "总裁", "老板", "技术总监")
ZONE_SPEAKER_ROLES: tuple[str, ...] = ("管委会负责人", "管委会主任", "管委会副主任", "负责人", "主任", "党工委书记")
#: People of a village (村民老张, 菇农, 村党支部书记): what they say in quotes, what a sentence they open says,
#: and what they did (村民刘大姐家里种了3万袋香菇) is theirs or their village's, never the district's.
VILLAGER_WORDS: tuple[str, ...] = ("村民", "农户", "种植户", "养殖户", "菇农", "果农", "茶农", "菜农", "蔗农", "脱贫户",
                                   "贫困户", "返乡青年", "新农人")
VILLAGE_ROLES: tuple[str, ...] = ("村党支部书记", "党支部书记", "村党总支书记", "村支书", "村主任", "村委会主任",
                                  "驻村第一书记", "第一书记", "村干部")
#: Labels that open with the village (全村人均纯收入, 该村…): the village's figure; so is a 村集体经济 label after a
#: named village (小岗村实现村集体经济收入…), not the county's 全县村集体经济收入.
VILLAGE_LABEL_LEADS: tuple[str, ...] = ("全村", "该村", "村里")
SPEAKING_VERBS: tuple[str, ...] = ("介绍说", "介绍", "说", "表示", "告诉记者", "坦言", "算了一笔账", "回忆", "笑着说")
#: What a speaker must be doing in the same paragraph for the rule above to apply.
SPEECH_WORDS: tuple[str, ...] = ("政府工作报告", "作报告", "讲话", "报告时")
#: Words naming the document's own district (全市, 该市 too when the district is a 市).
DISTRICT_WORDS: tuple[str, ...] = ("全区", "全县", "该县", "该区", "本县", "本区", "我县", "我区", "县域", "全旗", "该旗", "本旗",
                                    "我旗")
#: Subjects that open a label (全区社会消费品零售总额 -> 社会消费品零售总额); the district's own
#: name and short name are taken off too.
LABEL_SUBJECTS: tuple[str, ...] = DISTRICT_WORDS + ("区里", "区内", "全市", "该市", "我市", "全省", "全国",
                                                    "区委、区政府", "县委、县政府", "区委区政府", "县委县政府",
                                                    "市委、市政府", "市委市政府")
#: A product named after the county (英德红茶, 新会柑, 连州菜心: 地理标志 brands) keeps the county's short name in
#: its label when one of these measures follows it (英德红茶产业综合产值, 新会柑种植面积; most keys written blind
#: keep it); a known indicator (工业总产值) or a label opening with one of ``NOT_PRODUCTS`` loses it as a subject.
PRODUCT_MEASURES: tuple[str, ...] = ("种植面积", "产业综合产值", "全产业链产值", "产业产值", "产业", "产值", "产量",
                                     "品牌价值", "销售额", "出口额", "出栏量", "出栏", "存栏量", "存栏", "饲养量")
NOT_PRODUCTS: tuple[str, ...] = ("工业", "农业", "服务业", "建筑业", "旅游", "文旅", "经济", "数字", "地区", "全", "总",
                                 "规上", "规模", "第一", "第二", "第三", "主导", "特色", "新兴", "支柱", "首位")
#: Classes of size or rank that a part named after 其中 may give alone (其中规模以上企业48家 after 竹加工企业216家):
#: the part is that class of the whole (规模以上竹加工企业).
PART_CLASSES: tuple[str, ...] = ("规模以上", "规上", "限额以上", "限上", "规模以下", "规下", "国家级", "省级", "市级")
#: Words that describe one firm before its name (全市规模最大的企业三环集团…, 龙头企业赤天化纸业…): the figures
#: of the clause are that firm's.
FIRM_DESCRIPTORS: tuple[str, ...] = ("龙头企业", "领军企业", "链主企业", "骨干企业", "规模最大的企业", "最大的企业",
                                     "纳税第一的企业", "上市企业")
#: A service done for a group (为适龄妇女免费开展“两癌”筛查1.2万人, 开展适龄妇女两癌免费筛查): the label is the
#: service, after 开展, without the group it is done for when it names a screening or check.
SERVICE_VERB = "开展"
SERVICE_RECIPIENTS: tuple[str, ...] = ("适龄妇女", "农村妇女", "城乡妇女", "妇女", "老年人", "儿童", "中小学生", "学生",
                                       "孕产妇", "新生儿", "群众", "居民")
SERVICE_WORDS: tuple[str, ...] = ("筛查", "检查")      # 老年人免费健康体检 keeps its group (the keys')
#: Heads of nouns naming people, and the verbs that say which of them a count is of (培训应急救护员3500人
#: counts people trained, not all first-aiders): such a verb stays in the label.
PEOPLE_HEADS: tuple[str, ...] = ("员", "人员", "人才", "群众", "劳动力", "学生", "干部", "农民工", "人口", "农民", "牧民")
PEOPLE_VERBS: tuple[str, ...] = ("培训", "救助", "资助", "帮扶", "安置", "引进", "吸引", "培养", "招聘", "招录",
                                 "转移", "慰问", "走访")
#: Labels that state what some works reach or involve, not what they are (涉及住户, 受益人口, 成活率): they
#: take the works named just before in their item (改造老旧小区15个，涉及住户3260户 -> 老旧小区改造涉及住户;
#: 巩固提升农村供水工程，受益人口3.2万人 -> 农村供水工程受益人口; a planned total, 计划总投资, is the works'
#: 总投资). A 完成投资 stays as printed (the development key's convention). None named: kept and flagged.
WORKS_PROPERTY_LABELS = r"(?:涉及|受益|惠及|覆盖)(?:住户|居民|群众|农户|人口|家庭|人数|学生|户数)|受益面积|(?:造林)?成活率|保存率|(?:计划)?总投资"
#: Labels that say only that some of the works just named are done or started (计划改造老旧小区46个，已完工41个):
#: a done one is those works (老旧小区改造, status actual: beside the plan's 46 as the same indicator); a started
#: one keeps its verb (新建项目开工).
WORKS_DONE_VERBS: tuple[str, ...] = ("完工", "建成", "竣工", "完成", "投用", "投入使用")
WORKS_DONE_LABELS = rf"(?:已经|已|全部)?(?:{'|'.join(WORKS_DONE_VERBS)})"
WORKS_STARTED_LABELS = r"(?:已经|已|全部)?(?P<verb>开工|启动|签约|落地|开业|投产)"
#: Programmes of works a notice reports on (民生实事项目, 为民办实事项目, 重点项目, 省重点项目, 工业项目): a
#: level, its kind, and the noun. A bare 完成投资 (累计完成投资, 已完成投资) takes the programme its item
#: names before it, else the one its document's title names (12件民生实事项目…，累计完成投资3.86亿元 ->
#: 民生实事项目完成投资; 关于全县重点项目建设进展情况的通报: 1—9月，累计完成投资… -> 重点项目完成投资).
PROGRAMME_LEVELS: tuple[str, ...] = ("省", "市", "县", "区")
PROGRAMME_KINDS: tuple[str, ...] = ("重点民生", "民生", "为民办", "重点", "重大", "工业", "产业", "基础设施",
                                    "招商引资", "技改", "新开工", "续建", "在建")
PROGRAMME_NOUNS: tuple[str, ...] = ("实事项目", "实事", "项目")
#: A year's programme of things the government promises to do for the people (民生实事, 为民办实事): a count
#: of its items said with a planning verb (确定实施12大类36项民生实事项目, 扎实推进2023年28件民生实事项目) in a
#: text published before that year is over is the programme's plan, a target of the year, unless its clause
#: says they are done (…全部完成).
PROMISED_PROGRAMMES: tuple[str, ...] = ("民生实事", "为民办实事", "惠民实事")
#: The document's own level before such a programme (确定2024年县级民生实事项目10件): the county's is said by
#: the document; taken off the label. (A city's programme, 市重点项目, is another's and keeps its level.)
OWN_PROGRAMME_LEVELS: tuple[str, ...] = ("县级", "区级", "旗级", "县本级", "区本级")
#: Who pays a fund, before the fund's name (县级财政安排秸秆综合利用补助资金3200万元): taken off the label.
PAYER_LEAD = (r"(?:(?:县|区|市|旗)级?|本级|各级)?财政(?:安排|投入|拨付|下达|列支|统筹)(?:了)?"
              r"(?=[\u4e00-\u9fff]{2,}(?:资金|经费|补助|补贴))")
PROGRAMME_PLAN_VERBS: tuple[str, ...] = ("确定实施", "计划实施", "决定实施", "确定", "计划", "安排", "推进", "办好",
                                         "实施")
#: Labels that say only that an investment was made or is planned, without whose (累计完成投资, 已完成投资,
#: 计划投入资金): the sum's noun is the group ``sum``.
BARE_INVESTMENT = r"(?:全年|累计|已|已经|共|共计|全部|计划)*(?P<sum>完成投资|投入资金)"
#: Labels of a size, not of works (占地670亩，总投资20亿元: 总投资 is not the 占地面积's).
SIZE_LABEL_ENDS: tuple[str, ...] = ("面积", "占地", "用地", "总长", "长度", "里程", "产能", "规模")
#: Verbs that open the works' clause: taken off (完成营造林 -> 营造林), those of WORKS_NOUN_VERBS moved after
#: the object they act on (改造老旧小区 -> 老旧小区改造).
WORKS_OPENING_VERBS: tuple[str, ...] = ("巩固提升", "完成", "实施", "推进", "开展", "新增", "持续", "加快", "启动", "全面")
WORKS_NOUN_VERBS: tuple[str, ...] = ("改造提升", "提升改造", "维修改造", "改造", "整治", "建设", "修缮",
                                     "治理", "提升", "硬化", "修复")
#: Labels that name a measure of something the sentence's subject names (城乡低保标准…，月标准达780元):
#: they take that subject (城乡低保月标准).
PARTIAL_LABELS: tuple[str, ...] = ("月标准", "年标准", "月人均", "年人均")
#: Verbs that say which of the things a number counts (the ones built, renovated, resolved): kept in the
#: label wherever they stand (新建标准化厂房90万平方米, 改造升级村活动场所67个, 解决矛盾纠纷2491个).
KEPT_VERBS: tuple[str, ...] = ("解决", "化解", "办结", "受理", "调解", "新建", "新认定", "新开工", "改造升级",
                               "升级改造", "改造提升", "提升改造", "维修改造", "改造", "新改建", "改建", "扩建",
                               "整治", "修缮", "优化升级")
#: Verbs that make what a count counts: after 已 they are the deed, not the kind (已培育龙头企业14家 is 龙头企业; but
#: 已开工事项, 已完成26件 say how far the things have come, and keep 已).
MAKING_VERBS: tuple[str, ...] = ("培育", "建成", "新建", "引进", "打造", "认定", "创建", "组建", "招引")
#: Empty verbs inside a label between its subject and a sum it names (规模以上工业企业实现营业收入 ->
#: 规模以上工业企业营业收入): taken out; and the sums they may stand before.
INNER_EMPTY_VERBS: tuple[str, ...] = ("实现", "完成", "达到")
SUBJECT_ENDINGS: tuple[str, ...] = ("企业", "产业链", "产业集群", "产业", "行业", "工业", "农业", "服务业", "建筑业", "园区", "集团", "公司",
                                    "单位", "景区", "商户", "个体工商户", "项目", "开发区", "高新区", "经开区")
SUM_NOUNS: tuple[str, ...] = ("收入", "产值", "增加值", "利润", "利税", "税收", "总额", "销售额", "营业额", "出口额",
                              "进出口额", "零售额", "交易额", "营收", "吞吐量", "投资", "开票销售", "销售")
#: Per-period frequencies (每月开展3次巡查): the label keeps the period it is per.
PER_PERIOD: tuple[str, ...] = ("每月", "每周", "每天", "每日", "每季度")
#: What the people counted did, written right after the count (带动1.6万人就业): part of the label.
#: People nouns a bare 万 stands before (实现9.8万建档立卡贫困人口脱贫, 带动1.2万农民增收): the count is of
#: people, 万人; the noun (and what they achieved) is the label. Read and flagged ``unit_inferred``.
PEOPLE_AFTER_SCALE: tuple[str, ...] = ("建档立卡贫困人口", "农村贫困人口", "贫困人口", "脱贫人口", "贫困群众",
                                       "农村劳动力", "劳动力", "农民工", "农民", "群众", "居民", "人口")
PERSON_OUTCOMES: tuple[str, ...] = ("就业", "创业", "脱贫", "返乡", "参保", "受益", "入学")
#: Verbs of support kept before what the people supported achieved (扶持成功自主创业1800人, 帮扶困难人员就业800人).
SUPPORT_VERBS: tuple[str, ...] = ("扶持", "帮扶", "帮助", "引导", "促进")
#: The same, and the verbs of bringing people along (带动1.2万户农户增收, 吸纳…务工): before a count of people or
#: households they open its label (带动农户增收).
PEOPLE_SUPPORT_VERBS: tuple[str, ...] = SUPPORT_VERBS + ("带动", "吸纳")
#: Endings of the name of a project, park, firm or facility: a number about one is
#: scope ``entity``, never the district's.
ENTITY_ENDINGS: tuple[str, ...] = (
    "经济技术开发区", "经济开发区", "经开区", "高新技术产业开发区", "高新区", "开发区", "工业园区",
    "产业园区", "工业园", "产业园", "园区", "集团", "有限公司", "公司", "电站", "项目",
    "公园", "基金", "基地", "景区", "医院", "大桥", "工厂", "科创园", "科技城", "智能港", "一期", "二期", "三期",
    "工业集中区", "产业集聚区", "集聚区", "生态园", "科技园", "物流园", "农业园", "度假区",
    "集中发展区", "示范区", "保税区", "合作区", "小镇", "化工园", "机场", "免税城", "商贸城", "旅游区",
    "先行区", "试验区", "油田", "气田", "煤矿", "电厂", "核电站", "博物馆", "纪念馆", "水库", "码头",
    "工业城", "产业城", "校区", "经济区", "民俗园", "文化园", "植物园", "动物园", "游乐园", "度假村", "影视城",
    "创业园", "航天城", "新城", "管理区", "风景名胜区", "名胜区", "新区", "片区", "自然保护区", "保护区", "商品城",
)
#: What a named site's own figure measures, besides sums (万峰林景区接待游客, 某核电站发电量, 某油田油气产量).
SITE_MEASURES: tuple[str, ...] = ("游客", "游客量", "人次", "产量", "发电量", "当量", "吞吐量", "交易量", "天然气")
#: Endings of townships (保安镇, 濛阳街道): a sentence opening with one's name is about it.
TOWNSHIP_ENDINGS: tuple[str, ...] = ("镇", "乡", "街道")
#: What, right after a county's short name, makes it part of another place's or firm's name (梨树镇, 龙口港集团):
#: the name is kept whole, never read as the county.
NAMED_AFTER_COUNTY: tuple[str, ...] = TOWNSHIP_ENDINGS + ("村", "港", "集团")
#: Leads that make such an opening no place's name (全县城镇…, 各乡镇…, 县经济开发区…).
#: Endings that make a …镇/乡 word no township's name (全县城镇, 各乡镇, 新增城乡公交线路).
NOT_A_TOWNSHIP_ENDINGS: tuple[str, ...] = ("城镇", "乡镇", "城乡")
NOT_A_PLACE_NAME_LEADS: tuple[str, ...] = ("全", "各", "该", "本", "我", "县", "区", "市", "城镇", "城区", "城乡", "城市",
                                          "小城")
#: Endings of places below the county and of sites, known only with a name of their own (陈埭镇, 玉器街):
#: a label opening with one and measuring a sum is theirs (陈埭镇工业总产值), never the county's.
SITE_ENDINGS: tuple[str, ...] = TOWNSHIP_ENDINGS + ("街", "店", "市场")
#: Entity endings that, standing alone before their verb, name no one entity: 项目投资 is all projects'.
UNNAMED_ENTITIES: tuple[str, ...] = ("项目",)
#: Words that make such an ending a class, not a name (重点项目投资, 省市重点产业项目投资).
ENTITY_CLASS_WORDS: tuple[str, ...] = (
    "重点", "重大", "省", "市", "县", "区", "产业", "工业", "在建", "新建", "续建", "新开工", "亿元以上", "民生",
    "基础设施", "招商", "签约", "技改", "技术改造", "社会", "民间", "政府", "农业", "服务业", "房地产", "交通",
    "水利", "城建", "城市建设", "旅游", "文化", "乡村", "国家", "省级", "市级", "县级", "各类", "各", "全部",
    "小城", "建制", "特色", "中心", "步行", "农贸", "批发", "商业", "专业", "民生实事", "为民办实事", "实事",
)

#: Endings of a stock's label: a level held at a date, not a flow over months (a feature titled 上半年…
#: gives its undated flows the half year, never these).
STOCK_ENDINGS: tuple[str, ...] = ("余额", "面积", "人口", "城镇化率", "覆盖率", "保有量", "存栏", "存量", "总数",
                                  "市场主体", "户数", "人数", "在库企业")

#: Endings of a zone's name: a label that opens with one (望远工业园区规上工业产值) is the zone's figure,
#: scope ``entity``, not the county's.
ZONE_ENDINGS: tuple[str, ...] = ("经济技术开发区", "经济开发区", "经开区", "高新技术产业开发区", "高新区", "开发区",
                                 "工业园区", "产业园区", "工业园", "产业园", "园区", "工业集中区", "产业集聚区",
                                 "集聚区", "工业区", "集中发展区", "示范区", "保税区", "合作区", "先行区", "试验区",
                                 "工业城", "产业城", "科技城", "航天城", "经济区", "管理区", "新区", "片区", "产业区")
#: Time words that may stand between an entity's name and its verb (某集团全年实现…).
ENTITY_TIME_WORDS: tuple[str, ...] = ("全年", "今年", "去年", "当年", "上半年", "前三季度", "一季度")
#: The same, as patterns: months (某公司前10月实现…, 1至10月, 1-9月).
ENTITY_TIME_PATTERNS: tuple[str, ...] = (r"前\d{1,2}个?月", r"1\s*[至到\-—~]\s*\d{1,2}\s*月")
#: Labels that name a project's money: the number is about a project, never the district.
PROJECT_LABELS: tuple[str, ...] = ("总投资", "计划总投资", "项目总投资", "概算总投资")
#: A category label in a list of counts (A类11家、B类21家): it takes the first label's head.
CATEGORY_MARK = r"[A-Za-z一二三四五六七八九十甲乙丙丁]{1,2}"
CATEGORY_LABEL = rf"^{CATEGORY_MARK}(?:类|档|级|等|星)$"
#: Verbs that put units in a category (评为A类, 列为D类): not part of the category's label.
RATED_AS: tuple[str, ...] = ("评为", "列为", "认定为", "确定为", "划为", "划入", "归为")
#: Nouns a category label may end with (A类企业, A类（优先发展类）企业): the category is the same.
CATEGORY_NOUNS: tuple[str, ...] = ("工业企业", "企业", "单位")
#: Groups of units that category counts divide, longest first (…规模以下工业企业1356家，其中A类215家).
UNIT_GROUPS: tuple[str, ...] = ("规模以上工业企业", "规模以下工业企业", "规上工业企业", "规下工业企业",
                                "规模以上服务业企业", "工业企业", "服务业企业")
#: Endings of a share's label (占比, 比重): a zone's share is the zone's, like its sums.
SHARE_ENDINGS: tuple[str, ...] = ("占比", "比重")
#: Words that already say a label is a share (…占GDP的比重, 占比, 份额): else 的比重 is added to 占X.
SHARE_WORDS: tuple[str, ...] = ("比重", "比例", "占比", "份额", "之比", "百分比")
#: Averages whose label drops the group of firms before them (参评规上工业企业亩均税收 -> 亩均税收); a product's
#: output (…企业原煤产量 -> 原煤产量) drops it too.
GROUP_SUBJECT_HEADS: tuple[str, ...] = ("亩均",)
#: A clause that names the group the category counts after it divide (规上工业企业中，A类81家…).
GROUP_OPENING = r"^\s*(?:其中[，,]?\s*)?(?P<group>[\u4e00-\u9fff]{2,14}?)(?:当中|之中|中)[，,：:]"
#: Labels too general to stand alone: the sentence's subject names the indicator (财政收入…其中:总量).
GENERIC_LABELS: tuple[str, ...] = ("总量", "总额", "总数", "总计", "合计", "规模", "总规模")
#: Words after which a higher unit's name is a ranking, not a scope (列全市第三, 全省前列).
RANK_AFTER_SCOPE = ("第", "前", "排", "之首", "领先", "一类", "二类", "同类", "率先", "首家", "首个", "唯一")
#: Headings of a plan's chapter that reviews the previous plan (第一章 发展基础): its facts are of that plan's years.
PLAN_REVIEW_HEADINGS: tuple[str, ...] = ("发展基础", "发展成就", "发展回顾", "发展环境", "主要成就", "取得的成就",
                                         "发展现状", "现实基础", "规划实施情况", "回顾")
#: Headings of a plan's chapter that sets its goals (第二章 主要目标): a bare N-year span in it (五年累计完成…)
#: is the plan's own five years, not the five before publication.
PLAN_TARGET_HEADINGS: tuple[str, ...] = ("主要目标", "发展目标", "目标任务", "主要指标", "预期目标", "远景目标",
                                         "总体要求")
#: Notice titles that assign a year's goals: their numbers are that year's targets.
#: A notice title that issues (印发) one of these holds the year's targets too (关于印发2024年为民办实事事项的通知).
ISSUED_TARGET_WORDS: tuple[str, ...] = ("实事", "任务", "清单", "要点", "计划", "方案", "措施")
TARGET_TITLE_WORDS: tuple[str, ...] = ("实施计划", "工作计划", "项目计划", "计划表", "工作安排",
                                       "目标任务", "任务分解", "实施方案", "工作方案", "行动方案", "工作要点")
#: Verbs that make a park or firm named before them the subject of the number.
#: Endings of organisations that serve the whole county; one named doing something 为全县/为全区 is the
#: subject of its own figure (某党建工作室为全区培养社工20名, 县职业技术学校为全县培训技工1200名).
SERVING_ORGANISATIONS: tuple[str, ...] = ("工作室", "学校", "学院", "协会", "合作社", "服务中心", "服务站")
#: A firm named at a clause's opening (中远海运(启东)海洋工程有限公司全年交付船舶12艘; 某某牧业分公司屠宰肉鸡…，
#: 实现产值…): its figures are the firm's, whatever its verb; a bracketed place inside or after the name is part
#: of it. Named firms and their class (祥光铜业等重点企业) are theirs too. Words before the name that say what
#: kind of firm it is (龙头企业某公司) are not part of it.
FIRM_NAME_ENDINGS: tuple[str, ...] = ("股份有限公司", "有限责任公司", "有限公司", "分公司", "子公司", "公司", "集团")
FIRM_OPENING_LEADS: tuple[str, ...] = ("龙头企业", "重点企业", "骨干企业", "链主企业", "领军企业")
#: Words that open a clause about firms without naming its subject (决定命名某集团…为“航母”企业, 推动某公司…).
NOT_FIRM_OPENINGS: tuple[str, ...] = ("决定", "命名", "推动", "支持", "鼓励", "引导", "帮助", "指导", "组织", "督促",
                                      "对", "为", "将", "把", "向", "与", "和", "由", "让", "使", "带动", "依托")
FIRM_CLASSES: tuple[str, ...] = ("重点", "骨干", "龙头", "链主", "规上", "规模以上", "重点工业", "骨干工业")
ENTITY_VERBS: tuple[str, ...] = (
    "实现", "完成", "累计完成", "共完成", "达到", "引进", "获得", "总投资", "计划总投资", "投资",
    "营业收入", "主营业务收入", "技工贸总收入", "产值", "销售收入", "签约入驻", "入驻", "吸引了", "吸引",
    "接待", "生产", "新引进", "集聚", "建成", "新增", "出口", "年产", "销售",
)

# ----------------------------------------------------------------------------- exclusions


@dataclass(frozen=True)
class Exclusion:
    name: str
    pattern: str
    reason: str
    flag: bool = False      # also write a flag (a number worth a reader's look)


#: Numbers that are not statistics of the unit, with the reason. Applied before reading.
EXCLUSIONS: tuple[Exclusion, ...] = (
    Exclusion("date", r"(?:19|20)\d{2}\s*年(?:度)?|\d{1,2}\s*(?:至|—|-|~|到)\s*\d{1,2}\s*月"
              r"|\d{1,2}\s*月(?:\d{1,2}\s*日)?|\d{1,2}\s*[日号]", "date"),
    Exclusion("iso_date", r"(?<!\d)\d{4}-\d{2}(?:-\d{2})?", "date"),
    Exclusion("rank", r"第\s*\d+(?:\.\d+)?\s*\S?|[前后]\s*\d+\s*(?:位|名|强)|(?<!\d)\d+\s*强"
              r"|(?:前移|后移|前进|后退|上升|下降|提升|提高|跃升|进位)\s*\d+\s*(?:个)?(?:位次|位|名)",
              "rank, ordinal or a move in a ranking (较2015年前移9位)"),
    Exclusion("code", r"(?<!\d)\d+[A-Za-z]+\S?|(?<![A-Za-z])[A-Za-z]+\d+(?:\.\d+)?", "code or grade (5A, 5G, PM2.5)"),
    Exclusion("formula", r"(?<!\d)\d+\s*[+＋]\s*\S|\S[+＋]\s*\d+", "formula or slogan (3+1)"),
    Exclusion("road", r"(?<!\d)\d+\s*(?:国道|省道|县道|路|号线)", "road or line number"),
    Exclusion("identifier", r"(?<!\d)(?:\d{6,}(?:[/-]\d+)+|\d{3,4}-\d{7,8}|\d{11,})", "identifier or phone number"),
    Exclusion("ordinal", r"(?<!\d)\d+(?:\.\d+)?\s*(?:周年|届|次全会|次党代会|个五年)|专栏\s*\d+|附件\s*[:：]?\s*\d+",
              "ordinal, box or attachment number, anniversary"),
    Exclusion("duration", r"(?<!\d)\d+年(?:来|以来|间|净增)?", "duration"),
    Exclusion("comparison_gap",
              r"(?:高于|低于|快于|慢于|高出|低出)[^,，。；;:：]{0,12}?\d+(?:\.\d+)?\s*个?百分点"
              r"|(?:比|较)(?!重|例|率)[^,，。；;:：]{1,10}?(?<![增提上下降减])(?:高|低|快|慢|多|少)出?\d+(?:\.\d+)?\s*个?百分点",
              "a gap to another unit or period (比全市高1.7个百分点), not the unit's own change"),
    Exclusion("gap_to_average",
              r"(?:高于|低于|超过|超出|高出)(?:全[县区市旗省]|全国)?(?:平均水平|平均值|均值)\s*\d+(?:\.\d+)?",
              "a gap of a group to the average (高于全县平均水平4.2万元), not a statistic of the county"),
    Exclusion("schedule_gap",
              r"(?:超|超过|快于|慢于|落后|滞后于?)(?:时间)?序时进度\s*\d+(?:\.\d+)?\s*个?百分点",
              "a gap to the schedule (超序时进度6.6个百分点), not a change of the figure", flag=True),
    Exclusion("milestone",
              r"(?<![\d.])\d+(?:\.\d+)?\s*[万亿千]*元\s*[，,]\s*(?P<excluded>(?:首次|成功|一举)?(?:突破|跨越|迈上|跨上|站上|迈入)"
              r"\s*\d+(?:\.\d+)?\s*[万亿千百]*元?\s*(?:大关|台阶|关口))",
              "a milestone passed right after the figure itself (20.06亿元，首次突破20亿元大关)"),
    Exclusion("per_unit_standard",
              r"(?:每(?:个|家|户|座|所|处|名|人)|各自)[\u4e00-\u9fff]{0,8}?(?:不少于|不低于|不小于|不超过|不高于|原则上不少于)"
              r"\s*\d+(?:\.\d+)?\s*[\u4e00-\u9fff%]{0,4}"
              r"|(?:亩均|人均|户均|每亩|每户|每人)[\u4e00-\u9fff]{0,8}?标准(?:原则上)?(?:不低于|不少于|不高于|不超过)"
              r"\s*\d+(?:\.\d+)?\s*[\u4e00-\u9fff%/]{0,4}",
              "a standard each one must meet (每个基地面积不少于200亩, 亩均投入标准不低于3000元, 两镇各自…不低于5万吨), "
              "not a statistic"),
    Exclusion("rule_recipients",
              r"对[^，,。；;\d]{0,16}?\d+(?:\.\d+)?\s*(?:万|亿)?元\s*(?:\(含\)|（含）)?(?:及)?(?:以上|以下)"
              r"(?=[^，,。；;]{0,40}?的[\u4e00-\u9fff]{0,6}?(?:企业|项目|单位|商户|经营主体))",
              "the size of the units a rule is for (对年主营业务收入2000万元以上…的工业企业给予奖励), not a statistic"),
    Exclusion("threshold_of_rule",
              r"(?:低于|高于|不足|超过|达到|少于)\s*\d+(?:\.\d+)?\s*%?\s*的(?=[\u4e00-\u9fff]{0,4}(?:项目|企业|单位|乡镇|村))",
              "whom a rule is for (对连续两个月进度低于60%的项目约谈), not a statistic", flag=True),
    Exclusion("completion_ratio",
              r"(?:占|为|完成|达到)[^,，。；;:：]{0,10}?(?:计划|预算|目标任务|年度任务|任务|年度[^,，。；;:：的\d]{0,6})"
              r"(?:总投资|投资额|投资|总额|资金)?的\s*\d+(?:\.\d+)?\s*%",
              "a completion ratio (a share of a plan or budget: 占计划总投资的78.7%), not a growth rate", flag=True),
    Exclusion("completion_of_task",
              r"(?:占|为|完成|达到)(?:了)?(?:年度|全年)?(?:目标任务|任务|目标|计划)(?:\([^()]{0,12}\)|\s*\d+(?:\.\d+)?\s*[\u4e00-\u9fff]{1,3})"
              r"的\s*(?P<excluded>\d+(?:\.\d+)?\s*%)",
              "a completion ratio of a task whose size is stated (完成年度任务(3000人)的104.2%; the size is read "
              "as the target), not a growth rate", flag=True),
    Exclusion("threshold",
              r"(?<![\d.])\d+(?:\.\d+)?\s*(?:万|亿|千)?(?:元|亩|平方米|吨|人|家|个|头|只|羽)\s*(?:\(含\)|（含）)?\s*(?:及)?以[上下]"
              r"(?:\s*(?:\(含\)|（含）))?"
              r"(?=\s*[\u4e00-\u9fff]{0,6}?(?:项目|企业|工业企业|用地|工业|固定资产投资|的|但))"
              r"|\([^()]{0,30}?\d+(?:\.\d+)?\s*(?:万|亿)?元\s*(?:及)?以上[^()]{0,30}?\)",
              "a threshold inside a name (1亿元以上项目, 存栏100头以上的规模牧场), not a statistic"),
    Exclusion("person_age", r"(?<![\d.])\d+\s*(?:周)?岁的(?=[\u4e00-\u9fff]{1,20}?[，,“”:：]"
              r"|[\u4e00-\u9fff]{2,16}?(?:告诉|说|介绍|表示|笑着|感慨|回忆|坦言))"
              r"|(?:今年|已经|已)\s*\d+\s*(?:周)?岁(?!以上|以下|及)"
              r"|年龄\s*(?:不超过|不得超过|不高于|不低于|不满|在|为|满)?\s*\d+\s*周?岁",
              "a person's age (今年46岁的车间主任王建华; 年龄不超过60周岁 in a rule), not a statistic"),
    Exclusion("first_person",
              r"(?:我家|我们家|咱家|俺家|我们厂|我们公司|我们合作社|我的)[^。；;”!！?？]*",
              "a speaker's own household or firm (“我家4座棚，今年卖了11万多元”), not the county's"),
    Exclusion("age_bracket",
              r"(?<!寿命)(?<!寿命达)(?<!寿命达到)(?<!寿命为)(?<![\d.])\d+\s*周?岁(?:\s*(?:及|以)?\s*(?:以上|以下)|\s*(?:至|到|-|—|~)\s*\d+\s*周?岁)"
              r"(?=\s*(?:的)?[\u4e00-\u9fff])",
              "an age bracket naming a group (65周岁及以上老年人, 35周岁以下高校毕业生, 80周岁以上每人…), not a "
              "statistic (人均预期寿命达到80岁以上 is)"),
    Exclusion("criterion",
              r"(?<![\d.])\d+(?:\.\d+)?\s*(?:万|亿|千)?(?:元|亩|平方米|吨|%|个百分点)?\s*(?:及)?(?:以上|以下|以内)"
              r"(?=[^，,。；;]{0,30}?的[，,])"
              r"|(?:低于|高于|不足|少于|大于|小于)\s*\d+(?:\.\d+)?\s*(?:万|亿|千)?(?:元|亩|平方米|吨|%|个百分点)?"
              r"(?=[^，,。；;]{0,30}?的[，,])"
              r"|(?:低于|高于|不足|少于|大于|小于|达到|超过)\s*\d+(?:\.\d+)?\s*(?:万|亿|千)?(?:元|亩|平方米|吨|%|个百分点)?"
              r"\s*(?:及)?(?:以上|以下|以内)?(?=的[\u4e00-\u9fff]{0,10}?(?:列为|评为|认定为|确定为|划为|划入|归为))"
              r"|(?<![\d.])\d+(?:\.\d+)?\s*(?:万|亿|千)?(?:[\u4e00-\u9fff]{1,3}?|%)?\s*(?:及)?(?:以上|以下|以内)"
              r"(?=[^，,。；;]{0,30}?的[\u4e00-\u9fff]{0,10}?(?:列为|评为|认定为|确定为|划为|划入|归为))",
              "a condition of a rule (亩均税收15万元以上的，评为A类; 低于1万元的企业列为D类), not a statistic"),
    Exclusion("share_threshold",
              r"(?<![\d.])\d+(?:\.\d+)?\s*%\s*(?:及)?(?:以上|以下)的(?=[\u4e00-\u9fff]{0,4}?(?:项目|企业|单位|村|户|乡镇|街道|部门))",
              "a threshold naming the units a rule is for (进度滞后30%以上的项目), not a statistic"),
    Exclusion("spend_condition", r"满\s*\d+(?:\.\d+)?\s*(?:万)?元",
              "a spending condition of an offer (单笔消费满200元), not a statistic"),
    Exclusion("proposals",
              r"(?:建议|提案|议案)[^，,。；;]{0,10}?\d+\s*(?:件|条)|(?<![\d.])\d+\s*(?:件|条)[^，,。；;]{0,8}?(?:建议|提案|议案)",
              "a count of deputies' proposals handled (人大代表建议和政协委员提案316件), not a statistic"),
    Exclusion("cap",
              r"(?:单个|单家|单户|每个|每家|每户|每人|每项)[\u4e00-\u9fff]{0,6}?(?:最高|最多)?(?:不超过|不高于|封顶|最高)"
              r"\s*\d+(?:\.\d+)?\s*(?:万|亿)?元"
              r"|(?:奖补|补助|补贴|奖励|扶持)资金(?:最高|最多)(?:不超过)?\s*\d+(?:\.\d+)?\s*(?:万|亿)?元"
              r"|给予(?:一次性)?(?:最高|最多)(?:不超过)?\s*\d+(?:\.\d+)?\s*(?:万|亿)?元",
              "a cap per unit in a rule (单个企业最高不超过200万元, 年度技改奖补资金最高200万元), not a statistic"),
    Exclusion("rule_amount",
              r"按(?:每人|每户|每家|每个|每亩|每吨|每平方米)?(?:每月|每年|每次)?\s*\d+(?:\.\d+)?\s*(?:万|亿)?元"
              r"(?:/(?:人|户|月|年|亩))?(?=[^，,。；;]{0,6}?(?:给予|补贴|补助|奖励|的标准))",
              "an amount a rule pays (按每人每月500元给予社会保险补贴), not a statistic"),
    Exclusion("rate_paid",
              r"(?:每亩|每户|每人|每吨|每头|每只|每平方米|每公里)(?:每月|每年|每次)?[\u4e00-\u9fff]{0,8}?"
              r"(?:补助|补贴|奖补|奖励|津贴|发放)\s*\d+(?:\.\d+)?\s*(?:万)?元",
              "a rate paid per unit (每亩补助40元, 每人每月补贴50元), not a statistic of the county"),
    Exclusion("distance_in_name",
              r"(?<![\d.])\d+(?:\.\d+)?\s*(?:米|公里|千米|分钟)(?=\s*(?:覆盖率|服务半径|服务圈|生活圈|健身圈|就医圈|范围内|半径|覆盖))",
              "a distance or time inside a name (公交站点500米覆盖率, 15分钟生活圈), not a statistic"),
    Exclusion("rank_share",
              r"(?:排名|排序|排位|位次|位列|位居|得分)\s*前\s*\d+(?:\.\d+)?\s*%",
              "a ranking percentile a rule uses (综合得分排名前20%的企业评为A类), not a statistic"),
    Exclusion("staffing_rule",
              r"(?:各|每个?)[\u4e00-\u9fff]{0,8}?(?:要|须|需|应|均要|均须)?(?:明确|确定|指定|安排|配备|落实)"
              r"(?=[^，,。；;]{0,4}?(?<![\d.])\d\s*名)[^，,。；;]*",
              "the staff a rule asks of each unit (各单位要明确1名分管领导和1名联络员), not a statistic"),
    Exclusion("rule_share",
              r"原则上(?:不超过|不高于|不低于|不少于|控制在)[^,，。；;]{0,16}?\d+(?:\.\d+)?\s*%",
              "a share a rule allows (A类企业数量原则上不超过参评企业总数的15%), not a statistic"),
    Exclusion("frequency",
              r"每(?:月|周|天|日|季度|年)(?:至少|坚持)?(?:开展|组织|召开|进行|举办|举行)?[^，,。；;\d]{0,8}?(?<![\d.])\d+\s*(?:次|场|轮)",
              "a frequency a working rule sets (坚持每月开展3次实地巡查), not a statistic"),
    Exclusion("ranked_indicators",
              r"(?<![\d.])\d+\s*项(?:主要)?(?:经济)?指标[^，,。；;]{0,8}?(?:全[省市国]|排名|排位|位居|位列|居)"
              r"|(?:约束性|预期性|主要)?指标\s*\d+\s*项|(?<![\d.])\d+\s*项(?:约束性|预期性|主要)指标",
              "a count of indicators that rank (3项指标增速全市第一) or that a plan sets (其中约束性指标8项), not a "
              "statistic"),
    Exclusion("meeting",
              r"(?:召开|举行|举办|主持召开|组织召开)[^,，。；;:：]{0,16}?(?:会议|常务会|全体会|座谈会|推进会|调度会)"
              r"\s*\d+\s*(?:次|场|期)|会期\s*\d+(?:\.\d+)?\s*(?:天|日)"
              r"|(?:学习|研讨)[^，,。；;\d]{0,10}?(?<![\d.])\d+\s*(?:次|场)"
              r"|(?:培训班|研讨班|专题班|轮训班|读书班)\s*(?<![\d.])\d+\s*(?:期|场|次)"
              r"|(?<![\d.])\d+\s*(?:次|场)(?:召开|举办|举行)[^,，。；;:：]{0,16}?(?:会议|会)(?![\u4e00-\u9fff])",
              "a count of meetings held (召开常务会议32次, 3次召开推进会, 中心组学习研讨12次, 培训班6期) or a meeting's "
              "length (会期3天), "
              "not a statistic"),
    Exclusion("officials",
              r"(?<![\d.])\d+\s*名\s*(?:县|区|市|旗)级(?:党员)?领导(?:干部)?|(?:县|区|市|旗)级(?:党员)?领导(?:干部)?\s*\d+\s*名",
              "the county's own leaders counted under a working rule (28名县级领导干部包联重点项目), not a statistic"),
    Exclusion("floor_held",
              r"(?<=[，,；;])\s*连续\s*(?:\d+|[一二两三四五六七八九十]{1,3})\s*年(?:稳定在|保持在|稳居|站稳|保持|稳定)\s*"
              r"(?P<excluded>\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff]{0,2})\s*(?:以上|之上)",
              "a floor held over several years, after the year's level (粮食总产量达到80.3万吨，连续8年稳定在75万吨以上), "
              "not the year's level"),
    Exclusion("policy_items",
              r"(?:围绕|聚焦|出台|制定|印发|推出|等)[^，,。；;\d]{0,30}?(?<![\d.])\d+\s*(?:项|条)(?:重点|具体|政策)?"
              r"(?:工作|措施|举措)",
              "a count of a policy's items (制定出台…18条措施, 围绕…等12项重点工作), not a statistic"),
    Exclusion("documents_issued",
              r"(?:通报|简报|专报|快报|工作动态)\s*(?<![\d.])\d+\s*(?:期|份|篇)",
              "a count of bulletins issued (制发督查通报18期), not a statistic"),
    Exclusion("grouping",
              r"(?<![\d.])\d+\s*(?:大)?类(?=\s*\d+\s*(?:项|件|个))",
              "how a count is grouped (民生实事项目10类32项: 32 is read), not a statistic"),
    Exclusion("holiday_length",
              r"(?:假期|小长假|长假|黄金周)\s*\d+\s*天|(?<![\d.])\d+\s*天(?:假期|小长假|长假)",
              "the length of a holiday (“五一”假期5天), not a statistic"),
    Exclusion("deadline", r"(?<![\d.])\d+\s*个?(?:工作日|日|天|月)(?:内|之内|以内)", "a deadline (10个工作日内), not a statistic"),
    Exclusion("rule_rate", r"(?:按|按照|上浮|下浮)\s*\d+(?:\.\d+)?\s*%"
              r"|按(?![^,，。；;\d]{0,10}?(?:计算|增长|下降|价格|口径))[^,，。；;\d]{1,10}?的?\s*\d+(?:\.\d+)?\s*%"
              r"|加价\s*\d+(?:\.\d+)?\s*(?:元|%)",
              "a rate a rule applies (按100%减免, 加价0.1元), not a statistic"),
    Exclusion("weight", r"权重(?:占|为|是)?\s*\d+(?:\.\d+)?\s*%|占[^,，。；;]{0,12}?总分(?:的)?\s*\d+(?:\.\d+)?\s*%",
              "a weight in a scoring rule (权重占15%, 占综合考核总分15%), not a statistic"),
    Exclusion("attendance", r"(?:应到|实到|出席|列席|缺席)(?:会议)?(?:代表|委员|人员)?\s*\d+\s*(?:名|人)",
              "attendance at a meeting"),
    Exclusion("units_over_threshold",
              r"(?<![\d.])\d+(?:\.\d+)?\s*%\s*的[\u4e00-\u9fff]{2,10}?(?:达到|达|突破|超过|超)\s*\d+(?:\.\d+)?\s*(?:万|亿)?元"
              r"|(?<![\d.])\d+\s*(?:个|家|户)[\u4e00-\u9fff]{2,10}?(?:全部|均|都)(?:达到|达|突破|超过|超)"
              r"\s*\d+(?:\.\d+)?\s*(?:万|亿)?元",
              "a count or share of units and the threshold each passes (33个村收入均达10万元以上, "
              "90%的村收入突破15万元): neither number is the unit's total", flag=True),
    Exclusion("per_unit_model",
              r"按照(?=[^,，。；;]{0,60}?\d)[^,，。；;]{0,60}?的(?:模式|标准|比例|要求)|每(?:个|一个|所|家)?[\u4e00-\u9fff]{1,4}?至少(?:有|建|配备|设)?\s*\d+",
              "a per-unit model or standard (按照1个中心、6个站点的模式, 每个乡镇至少1个): not a count of the unit",
              flag=True),
    Exclusion("reference", r"涉及[^,，。；;]{0,20}?的(?:责任)?单位",
              "a task named to address its units (涉及为民办10件实事的单位), not a statistic", flag=True),
    Exclusion("institute_code", r"(?<!\d)\d{3}\s*所(?=科研|研究)", "an institute's code name (602所), not a count",
              flag=True),
    Exclusion("threshold_of_units",
              r"(?:首次)?(?:突破|达到|超过|达|超)\s*\d+(?:\.\d+)?\s*(?:万|亿)?元"
              r"(?:\s*(?:、|和|或)\s*\d+(?:\.\d+)?\s*(?:万|亿)?元)*\s*(?:以上|\(含\)|（含）)?(?:、[^，,。；;]{1,16}?)?的"
              r"(?=[\u4e00-\u9fff]{0,4}?(?:企业|项目|单位|村|户|个人))"
              r"|(?<=产值|营收|收入|税收|投资|规模)(?:超过|超|突破|达到|达)\s*\d+(?:\.\d+)?\s*(?:万|亿)元(?:以上)?"
              r"(?=(?!的)[\u4e00-\u9fff]{0,6}?(?:企业|项目)(?![\u4e00-\u9fff]{0,2}(?:产值|营收|收入|投资)))",
              "a threshold naming the units a rule is for (年营业收入首次突破5亿元、10亿元的企业; 培育产值超10亿元陶瓷企业5家), "
              "not a statistic"),
    Exclusion("award", r"奖励[^,，。；;:：]{0,10}?\d+(?:\.\d+)?\s*(?:万|亿)?元"
              r"|给予\s*\d+(?:\.\d+)?\s*(?:万|亿)?元(?:\s*[、和]\s*\d+(?:\.\d+)?\s*(?:万|亿)?元)*\s*(?:的)?"
              r"(?:一次性)?(?:奖励|补助|补贴|奖补|资金支持)",
              "an award to a named recipient, not a statistic of the unit"),
)
