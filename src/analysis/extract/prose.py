"""Statistics stated in sentences: "全区社会消费品零售总额达131亿元，同比增长16.2%".

Every number with a unit in the prose of a document becomes an observation
(``source = text``) with its indicator phrase, value, unit, qualifier, measure
(a level, or a growth rate or change attached to the same indicator), status,
period, the unit it is about, the sentence and the line. What cannot be read
goes to flags with its sentence.

The rules, in the order they apply
----------------------------------
Text read
    every non-blank line outside the indicator and tab tables, plus the text
    cells of task tables and the items of project boxes. A line repeated
    verbatim (30+ characters) is read once and flagged
    ``duplicate_paragraph``. A line that ends in a bare number is joined to a
    later line that starts with a unit (a layout break) when exactly one such
    line follows; flagged ``layout_break_rejoined`` either way it goes. A
    sentence over 3,000 characters or 100 numbers is not prose (data or a
    table run together): it is flagged ``sentence_not_read`` and not read, so
    no page can make one sentence cost more than a bounded time and output.
Not statistics
    years, months and days (2021年, 1至10月, 7月8日), ranks (第27位), grades
    and codes (5A级, 4A, 5G, PM2.5, 3+1), numbers in book titles 《》 or in
    short quotes (“5020”项目), document numbers (〔2021〕22号), list markers
    at the start of a line (1. / 1、), road numbers (206国道), ISO dates and
    long identifiers. Chinese numerals are not read in prose (they name
    slogans far more often than quantities).
Period
    the last period expression before the number in its sentence, else the
    paragraph's, else empty: an explicit year (2021年); 今年 = the published
    year; 1至10月 = a month range of that year; 十三五期间/时期 = 2016/2020;
    十年来 = ten years back to the published year (2012/2022); 近五年 =
    2017/2022; 目前/如今 = the published year. 近年来 gives no period.
Status
    ``target`` where the sentence says 力争/确保/争取/目标/计划/到2025年,
    ``expected`` where it says 预计; otherwise ``actual``, except in a plan,
    where a sentence whose period does not end before the publication year is
    a ``target``. Task tables of a higher level's work report (a title with
    市《政府工作报告》) hold that level's targets for the title's year.
Attribution
    the document's district, unless the clause names another unit before the
    number (全市, the city's name, 全省, 江西省, 全国): then ``district`` is
    that unit and ``scope`` its level.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import cn2an

from analysis.errors import QuantityError
from analysis.extract.numbers import BASE_UNITS, SCALES, Quantity, parse_quantity
from analysis.extract.sources import Document
from analysis.extract.tables.common import Collector

# Units read in prose: every base unit but those that are dates or too ambiguous.
_PROSE_UNITS = sorted((u for u in BASE_UNITS if u not in {"年", "月", "日", "度", "方", "成", "块",
                                                             "门", "道", "节", "本", "部", "片"}),
                      key=len, reverse=True)
_UNIT_ALT = "|".join(re.escape(u) for u in _PROSE_UNITS)
_SCALE_ALT = "|".join(sorted(SCALES, key=len, reverse=True))
_PREFIX_ALT = ("不少于|不低于|不超过|不高于|将近|接近|大约|超过|突破|至少|最多|不足|不到|"
               "约|近|超|逾")
MENTION_RE = re.compile(
    rf"(?P<prefix>{_PREFIX_ALT})?"
    rf"(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?(?:(?:-|~|至|到)\d+(?:\.\d+)?)?)"
    rf"(?P<inner0>余|多)?(?P<scale>{_SCALE_ALT})?(?P<inner>余|多)?(?P<unit>{_UNIT_ALT})?"
    rf"(?P<suffix>及以上|以上|以内|以下|左右|有余|余|多)?")
NUMBER_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
RATIO_RE = re.compile(r"(?<!\d)\d+(?:\.\d+)?(?::\d+(?:\.\d+)?){2}")

SENTENCE_END_RE = re.compile(r"(?<=[。！？!?；;])")
CLAUSE_SPLIT_RE = re.compile(r"[，,；;：:。！？!?]")

# Periods ------------------------------------------------------------------------------
_CN_NUM = "一二两三四五六七八九十"
MONTH_RANGE_RE = re.compile(r"(?:(?P<year>(?:19|20)\d{2})年|(?P<this>今年))?"
                            r"(?P<m1>\d{1,2})\s*(?:至|—|-|~|到)\s*(?P<m2>\d{1,2})月")
PLAN_PERIOD_RE = re.compile(r"“?十(?P<n>[一二三四五六七八九])五”?(?:期间|时期|以来)")
_RUN_START = rf"(?<!\d)\d+|(?<![{_CN_NUM}])[{_CN_NUM}]+"      # a whole run of digits or numerals
YEARS_BACK_RE = re.compile(rf"(?:近|过去)?(?P<n>{_RUN_START})年(?:来|以来|间)|近(?P<n2>\d+|[{_CN_NUM}]+)年|"
                           rf"(?P<n3>{_RUN_START})年(?=净增|净减|增加|新增)")
YEAR_RE = re.compile(r"(?P<year>(?:19|20)\d{2})年(?!的)(?:度)?")
THIS_YEAR_RE = re.compile(r"今年|本年")
NOW_RE = re.compile(r"目前|如今|当前|现有|截至目前")
VAGUE_RE = re.compile(r"近年来|近些年")

TARGET_RE = re.compile(r"力争|确保|争取|目标|计划|到(?:19|20)\d{2}年|(?:19|20)\d{2}年前|(?<!即)将(?:达|实现|建成|完成)")
EXPECTED_RE = re.compile(r"预计")
WORK_REPORT_RE = re.compile(r"市\s*[《<]\s*政府工作报告|市政府工作报告")

# Indicator phrases --------------------------------------------------------------------
_LEAD_STRIP = re.compile(
    r"^(?:(?:19|20)\d{2}年(?:度)?|到(?:19|20)\d{2}年|今年(?:以来)?|\d{1,2}(?:至|—|-|~)\d{1,2}月|"
    r"\d{1,2}月(?:\d{1,2}日)?|[(（]?\d{1,2}[.、．)）]|\d+年(?:来|以来|间)?|全年|目前|如今|当前|力争|确保|争取|预计|计划|的|了|"
    r"同时|其中|此外|另外|并|且|已|共|累计|近年来|十年来|近\S{1,2}年来|近\S{1,2}年|"
    r"“?十[一二三四五六七八九]五”?(?:期间|时期)?|对|在|为|将|把|通过|以|与|和|及|、|\s)+")
_ADVERBS = re.compile(r"^(?:大力|积极|加快|全力|深入|着力|努力|成功|顺利|全面|持续|不断|进一步|扎实|"
                      r"精心|累计|共|已|先后|全年|力争|确保|争取)+")
_VERBS = re.compile(r"^(?:实施|完成|建成|建设|打造|新建|引进|开展|设立|组建|发放|解决|拥有|实现|培育|"
                    r"认定|签订|举办|开通|投入|启动|推进|推动|吸引|接种|安置|开发|印发|颁发|承办|"
                    r"组织|创建|改造提升|优化升级|联手引进|推出|纳入|形成|保持|稳定|有)了?")
_TRAILING = re.compile(r"(?:分别|均|共|累计|全部|合计|总计|已|再)?(?:达到|达|实现|完成|为|突破|超过|超|"
                       r"增至|增加到|提高到|提高至|提升至|提升到|降至|降低到|是|约|近|有|共有|已有|已达|"
                       r"稳定在|保持在|控制在|力争|确保|每年|同比|年均|再)?$")
_RIGHT_STOP = re.compile(r"的|全部|实现|已|深化|进行|得到|达到|达|正在|将|被|在|落户|入驻|参与|"
                         r"相继|加快|投建|签约|吸引|带动|位列|居|突破|超过|等|和|及|，|。")
_GROWTH_RE = re.compile(r"(?=.{0,60}$)(?P<base>(?:同比|比上年|较上年|较去年|年均|平均每年|每年|较2\d{3}年)*)"
                        r"(?P<verb>增长|增加|提高|提升|上升|下降|降低|减少|回落|净增|净减)了?$")
_NEGATIVE = ("下降", "降低", "减少", "回落")
_MULTIPLE_RE = re.compile(r"是(?P<year>(?:19|20)\d{2})年的$")
_SCOPE_WORDS = (("全国", "country"), ("全省", "province"), ("全市", "city"))

# A sentence longer than this, or with more numbers, is not read (the longest sentences of real
# documents have about 800 characters and 35 numbers): it keeps the time and the output of one
# sentence bounded whatever a page holds.
_MAX_SENTENCE = 3000
_MAX_SENTENCE_NUMBERS = 100

# Not statistics ---------------------------------------------------------------------------
_QUOTE_PAIRS = {"“": "”", "‘": "’", "《": "》", "〔": "〕", "[": "]", "【": "】"}
_MAX_SHORT_QUOTE = 15


@dataclass
class Mention:
    start: int
    end: int
    text: str
    quantity: Quantity
    prefix: str = ""


@dataclass
class Paragraph:
    line: int
    text: str                      # NFKC-normalised
    raw: str


@dataclass
class Context:
    """What a document tells about every sentence in it."""

    doc: Document
    published_year: int
    is_plan: bool
    scope_override: tuple[str, str] | None = None     # (district, scope) for a table of tasks
    status_override: str | None = None
    period_override: str | None = None


def extract_prose(doc: Document, out: Collector) -> None:
    """Write the statistics stated in ``doc``'s text into ``out`` (observations, structure, flags)."""
    ctx = _context(doc)
    table_lines = _table_lines(out)
    carried: str | None = None
    previous = ""
    for paragraph in _paragraphs(doc, table_lines, out):
        in_list = paragraph.text.startswith(BULLET) and (previous.startswith(BULLET)
                                                          or previous.endswith((":", "：")))
        carried = _read_paragraph(paragraph, ctx, out, carried if in_list else None)
        previous = paragraph.text
    _read_task_texts(doc, ctx, out)


def _context(doc: Document) -> Context:
    return Context(doc, doc.source.published_year, doc.source.doc_kind == "plan")


def document_sentences(doc: Document, table_rows: list[dict]) -> list[tuple[int, str]]:
    """The sentences read from ``doc`` as ``(line, sentence)``, given its ``tables`` rows.

    The same paragraphs as the extraction (duplicates skipped, layout breaks
    joined), for review; task texts are not included.
    """
    scratch = Collector(doc)
    scratch.rows["tables"] = list(table_rows)
    return [(p.line, s.strip()) for p in _paragraphs(doc, _table_lines(scratch), scratch)
            for s in _sentences(p.text)]


def _table_lines(out: Collector) -> set[int]:
    """Lines inside indicator and tab tables (their cells are not prose)."""
    lines: set[int] = set()
    for table in out.rows.get("tables", []):
        if table["kind"] != "project_box":
            lines.update(range(table["line"], table["line_end"] + 1))
    return lines


def normalise(text: str) -> str:
    """NFKC (full-width digits and signs), keeping the length of CJK text."""
    return unicodedata.normalize("NFKC", text).replace("−", "-")


# Paragraphs: duplicates and layout breaks ------------------------------------------------

_ENDS_WITH_BARE_NUMBER = re.compile(r"(?<!\d)\d+(?:\.\d+)?$")
_STARTS_WITH_UNIT = re.compile(rf"^(?:{_SCALE_ALT})?(?:{_UNIT_ALT})(?=[，,、。；;])")


def _paragraphs(doc: Document, skip: set[int], out: Collector) -> list[Paragraph]:
    lines = doc.lines
    seen: dict[str, int] = {}
    consumed: dict[int, int] = {}            # continuation line -> characters already read
    paragraphs: list[Paragraph] = []
    for i, raw in enumerate(lines):
        number = i + 1
        if number in skip or not raw.strip():
            continue
        text = normalise(raw.strip())
        if number in consumed:
            text = text[consumed[number]:]
            if not text.strip("，,、。；; "):
                continue
        key = re.sub(r"\s+", "", text)
        if len(key) >= 30 and key in seen:
            out.flag(number, "duplicate_paragraph", "info",
                     f"repeats line {seen[key]} verbatim: its facts are taken once", text=raw.strip()[:80])
            continue
        seen.setdefault(key, number)
        if _ends_with_bare_number(text):
            text = _rejoin_layout_break(lines, i, text, skip, consumed, out)
        paragraphs.append(Paragraph(number, text, raw))
    return paragraphs


def _ends_with_bare_number(text: str) -> bool:
    """True when the text ends in a number that is not a date, code or other non-statistic."""
    m = _ENDS_WITH_BARE_NUMBER.search(text)
    if not m or text.endswith(("。", "；")):
        return False
    return not inside(excluded_spans(text), m.start(), m.end())


def _rejoin_layout_break(lines, i, text, skip, consumed, out) -> str:
    """Join a paragraph that ends in a bare number to the one later line starting with a unit."""
    candidates = []
    for j in range(i + 1, min(len(lines), i + 30)):
        follow = normalise(lines[j].strip())
        if j + 1 in skip or not follow:
            continue
        m = _STARTS_WITH_UNIT.match(follow)
        if m and not _ENDS_WITH_BARE_NUMBER.search(normalise(lines[j - 1].strip()) or "x"):
            candidates.append((j, m.group(0)))
    number = _ENDS_WITH_BARE_NUMBER.search(text).group(0)
    if len(candidates) == 1:
        j, unit = candidates[0]
        consumed[j + 1] = len(unit)
        out.flag(i + 1, "layout_break_rejoined", "info",
                 f"{number!r} ends the line without a unit; joined to {unit!r} that starts line {j + 1}",
                 text=text[-30:])
        return text + unit
    reason = "no later line starts with a unit" if not candidates else \
        f"{len(candidates)} later lines start with a unit: {[c[0] + 1 for c in candidates]}"
    out.flag(i + 1, "layout_break_unresolved", "warning",
             f"{number!r} ends the line without a unit; {reason}; not read", text=text[-30:])
    return text


# Sentences -----------------------------------------------------------------------------------


BULLET = "——"


def _read_paragraph(paragraph: Paragraph, ctx: Context, out: Collector,
                    period: str | None = None) -> str | None:
    """Read a paragraph's sentences in order; return the period it ends with."""
    for sentence in _sentences(paragraph.text):
        period = _read_sentence(sentence, paragraph, ctx, out, period)
    return period


def _sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END_RE.split(text) if s.strip()]


def _read_sentence(sentence: str, paragraph: Paragraph, ctx: Context, out: Collector,
                   paragraph_period: str | None) -> str | None:
    """Read one sentence; return the period it leaves for the sentences after it."""
    too_many = sum(1 for _ in itertools.islice(NUMBER_RE.finditer(sentence), _MAX_SENTENCE_NUMBERS + 1)) \
        > _MAX_SENTENCE_NUMBERS
    if len(sentence) > _MAX_SENTENCE or too_many:
        size = f"{len(sentence)} characters" + (f" and over {_MAX_SENTENCE_NUMBERS} numbers" if too_many else "")
        out.flag(paragraph.line, "sentence_not_read", "warning",
                 f"{size} in one sentence: not prose (data or a table run together); not read",
                 text=sentence.strip()[:120])
        return paragraph_period
    excluded = excluded_spans(sentence)
    periods = _periods(sentence, ctx)
    sentence_period = periods[-1][1] if periods else paragraph_period
    mentions, ratios = _mentions(sentence, excluded)
    _flag_bare_numbers(sentence, excluded, mentions, ratios, paragraph, out)
    for start, text in ratios:
        _emit_ratio(sentence, start, text, paragraph, ctx, out, paragraph_period)
    levels: list[str] = []          # indicators of the levels read so far in the sentence
    for group in _groups(sentence, mentions):
        levels += _emit_group(sentence, group, periods, paragraph_period, levels, paragraph, ctx, out)
    return sentence_period


def excluded_spans(sentence: str) -> list[tuple[int, int, str]]:
    """Character spans of the sentence whose numbers are not statistics, with why."""
    spans = Spans()
    for opener, closer in _QUOTE_PAIRS.items():
        start = sentence.find(opener)
        while start >= 0:                   # each opener to the first closer after it
            end = sentence.find(closer, start + 1)
            if end < 0:
                break                       # no closer after this opener, nor after any later one
            if opener in "《〔[【" or end + 1 - start <= _MAX_SHORT_QUOTE:
                spans.append((start, end + 1, "in a title, quote or bracket"))
            start = sentence.find(opener, end + 1)
    patterns = (
        (r"(?:19|20)\d{2}\s*年(?:度)?|\d{1,2}\s*(?:至|—|-|~|到)\s*\d{1,2}\s*月|\d{1,2}\s*月(?:\d{1,2}\s*日)?|\d{1,2}\s*[日号]", "date"),
        (r"\d{4}-\d{2}(?:-\d{2})?", "date"),
        (r"第\s*\d+(?:\.\d+)?\s*\S?", "rank or ordinal"),
        (r"(?<!\d)\d+[A-Za-z]+\S?|(?<![A-Za-z])[A-Za-z]+\d+(?:\.\d+)?", "code or grade (5A, 5G, PM2.5)"),
        (r"(?<!\d)\d+\s*[+＋]\s*\S|\S[+＋]\s*\d+", "formula or slogan (3+1)"),
        (r"(?<!\d)\d+\s*(?:国道|省道|县道|路|号线)", "road or line number"),
        (r"\d{6,}(?:[/-]\d+)+|\d{3,4}-\d{7,8}|\d{9,}", "identifier or phone number"),
        (r"(?<!\d)\d+(?:\.\d+)?\s*(?:周年|届|次全会|次党代会|个五年)|专栏\s*\d+|附件\s*[:：]?\s*\d+", "ordinal, box or attachment number, anniversary"),
        (r"(?<!\d)\d+年(?:来|以来|间|净增)?", "duration"),
    )
    for pattern, why in patterns:
        for m in re.finditer(pattern, sentence):
            spans.append((m.start(), m.end(), why))
    marker = re.match(r"^\s*[(（]?\d{1,2}\s*[.、．)）](?!\d)", sentence)
    if marker:
        spans.append((marker.start(), marker.end(), "list marker"))
    return spans


class Spans(list):
    """Spans ``(start, end, why)`` in the order found, answering :func:`inside` in O(1) a query.

    The first span (in list order) that holds a position gives its reason, as a
    scan of the list would; positions are painted once, on the first query.
    """

    _painted: tuple[int, array] | None = None

    def why_at(self, position: int) -> str | None:
        if self._painted is None or self._painted[0] != len(self):
            size = max((e for _, e, _ in self), default=0)
            owner = array("i", [-1]) * size
            for k in range(len(self) - 1, -1, -1):     # earlier spans paint over later ones
                s, e, _ = self[k]
                if e > s >= 0:
                    owner[s:e] = array("i", [k]) * (e - s)
            self._painted = (len(self), owner)
        owner = self._painted[1]
        if not 0 <= position < len(owner) or owner[position] < 0:
            return None
        return self[owner[position]][2] or "covered"


def inside(spans, start: int, end: int) -> str | None:
    """Why the span ``start:end`` lies in one of ``spans`` (None when it does not)."""
    if isinstance(spans, Spans):
        return spans.why_at(start)
    for s, e, why in spans:
        if s <= start < e:
            return why or "covered"
    return None


def _mentions(sentence: str, excluded) -> tuple[list[Mention], list[tuple[int, str]]]:
    mentions: list[Mention] = []
    ratios: list[tuple[int, str]] = []
    for m in RATIO_RE.finditer(sentence):
        if not inside(excluded, m.start(), m.end()):
            ratios.append((m.start(), m.group(0)))
    not_read = Spans(list(excluded) + [(s, s + len(t), "ratio") for s, t in ratios])
    for m in MENTION_RE.finditer(sentence):
        num_start = m.start("num")
        if not m.group("unit") or inside(not_read, num_start, m.end("num")):
            continue
        if num_start > 0 and (sentence[num_start - 1].isdigit() or sentence[num_start - 1] == "."):
            continue
        text = m.group(0)
        try:
            quantity = parse_quantity(text)
        except QuantityError:
            continue
        mentions.append(Mention(m.start(), m.end(), text, quantity, m.group("prefix") or ""))
    return mentions, ratios


def _flag_bare_numbers(sentence, excluded, mentions, ratios, paragraph, out) -> None:
    covered = Spans([(m.start, m.end, "read") for m in mentions] + [(s, s + len(t), "read") for s, t in ratios])
    for m in NUMBER_RE.finditer(sentence):
        if inside(covered, m.start(), m.end()) or inside(excluded, m.start(), m.end()):
            continue
        out.flag(paragraph.line, "number_without_unit", "info",
                 f"{m.group(0)!r} has no unit that is read as a statistic", text=sentence.strip()[:120])


def _groups(sentence: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions that follow each other joined only by 、/和/及 form one group (分别 lists)."""
    groups: list[list[Mention]] = []
    for mention in mentions:
        if groups:
            gap = sentence[groups[-1][-1].end:mention.start]
            if gap.strip() in ("", "、", "和", "及", "与"):
                groups[-1].append(mention)
                continue
        groups.append([mention])
    return groups


def _emit_group(sentence, group, periods, paragraph_period, previous_levels, paragraph, ctx, out):
    first = group[0]
    left = _left_context(sentence, first.start)
    growth = _GROWTH_RE.search(left)
    multiple = _MULTIPLE_RE.search(left)
    unit_base = first.quantity.unit_base
    period_here = _period_before(periods, first.start, paragraph_period)
    sign = 1
    if multiple and unit_base == "倍":
        names = previous_levels[-1:] or [""]
        measure = "change"
        end_year = _period_year(period_here)
        period_here = f"{multiple.group('year')}/{end_year}" if end_year else None
    elif growth and (unit_base in ("%", "百分点", "倍") or growth.group("verb") in _COUNT_CHANGES):
        stem = _clean_indicator(left[: growth.start()], ctx)
        verb = growth.group("verb")
        names = _names_for(stem, len(group)) if stem else previous_levels[-len(group):]
        measure = "growth" if unit_base == "%" and verb not in _COUNT_CHANGES else "change"
        sign = -1 if verb in _NEGATIVE else 1
    else:
        stem = _clean_indicator(left, ctx)
        right = _right_phrase(sentence, group[-1].end)
        if unit_base not in _LEFT_FIRST_UNITS and right:
            stem = right                  # 57个棚改征收项目: the classifier counts what follows
        elif not stem:
            stem = (_bare_verb(left, ctx) or right) if unit_base in _LEFT_FIRST_UNITS else right
        names = _names_for(stem, len(group))
        measure = "level"
    if len(names) != len(group):
        names = (names + [names[-1] if names else ""] * len(group))[: len(group)]
        if len(group) > 1:
            out.flag(paragraph.line, "respectively_unsplit", "info",
                     f"{len(group)} values for one indicator phrase {names[0]!r}", text=sentence.strip()[:120])
    scope, district = _scope(left, ctx)
    status = _status(_status_span(sentence, group[-1].end), period_here, ctx)
    emitted = []
    for mention, name in zip(group, names):
        if not name:
            out.flag(paragraph.line, "no_indicator", "warning",
                     f"{mention.text!r}: no indicator phrase found", text=sentence.strip()[:120])
            continue
        _emit(mention, name, measure, sign, status, period_here, scope, district, sentence,
              paragraph, ctx, out)
        emitted.append(name)
    return emitted if measure == "level" else []


_COUNT_CHANGES = ("净增", "新增", "净减")


def _status_span(sentence: str, position: int) -> str:
    """The sentence up to the end of the clause holding ``position`` (status words after it do not count)."""
    m = CLAUSE_SPLIT_RE.search(sentence, position)
    return sentence[: m.start()] if m else sentence


def _bare_verb(left: str, ctx) -> str:
    """投入5.8亿元: when only a verb precedes a sum, the verb names it."""
    text = _strip_subject(_LEAD_STRIP.sub("", left.strip(" 、")), ctx)
    text = _ADVERBS.sub("", text)
    m = _VERBS.match(text)
    return m.group(0).rstrip("了") if m else ""


_MEASURE_UNITS = {"元", "美元", "%", "百分点", "亩", "公顷", "平方米", "平方公里", "公里", "米", "吨", "斤",
                  "公斤", "克", "立方米", "千瓦", "千瓦时", "小时", "天", "吨标煤", "倍", "‰", "欧元", "港元"}


# Units whose number follows the noun it measures (生产总值236.8亿元, 扶持创业6384人); for
# classifiers (57个棚改项目) the noun follows the number.
_LEFT_FIRST_UNITS = _MEASURE_UNITS | {"人", "户", "人次"}


def _left_context(sentence: str, position: int) -> str:
    """Text of the clause before ``position``, back to the clause start or the previous number."""
    cuts, number_ends = _clause_marks(sentence)
    cut = cuts[bisect_right(cuts, position) - 1]
    k = bisect_right(number_ends, position)
    return sentence[max(cut, number_ends[k - 1] if k else 0):position]


@functools.lru_cache(maxsize=8)
def _clause_marks(sentence: str) -> tuple[list[int], list[int]]:
    """Where the clauses of a sentence start, and where its numbers with a unit end (found once)."""
    cuts = [0] + [m.end() for m in CLAUSE_SPLIT_RE.finditer(sentence)]
    return cuts, [m.end() for m in MENTION_RE.finditer(sentence) if m.group("unit")]


def _clean_indicator(text: str, ctx=None) -> str:
    text = re.sub(r"[“”‘’\"']", "", text).strip(" 、")
    text = re.sub(r"在\S{0,6}基础上", "", text)
    text = _LEAD_STRIP.sub("", text)
    text = _strip_subject(text, ctx)
    text = _ADVERBS.sub("", text)
    stripped = _VERBS.sub("", text, count=1)
    text = stripped if len(stripped) >= 2 else text
    text = _TRAILING.sub("", text)
    text = _TRAILING.sub("", text).strip(" 、")
    return text if re.search(r"[\u4e00-\u9fffA-Za-z]", text) and not _VERBS.fullmatch(text) else ""


_SUBJECT_RE = re.compile(r"^(?:全区|该区|本区|区里|区内|我区|全县|全市|全省|全国)")


def _strip_subject(text: str, ctx=None) -> str:
    text = _SUBJECT_RE.sub("", text)
    if ctx is not None:
        for name in _district_names(ctx):
            rest = text[len(name):]
            if text.startswith(name) and not rest.startswith(("委", "政府", "人民", "党委", "人大", "政协")):
                return rest
    return text


def _district_names(ctx) -> list[str]:
    """昌江区 and its short form 昌江 (names of two characters or more before 区/县/市)."""
    district = ctx.doc.source.district
    short = re.sub(r"[区县市]$", "", district)
    return [district] + ([short] if len(short) >= 2 else [])


def _right_phrase(sentence: str, position: int) -> str:
    tail = sentence[position:]
    if tail.startswith("的"):
        tail = tail[1:]             # 3万平方公里的“九江茶市”项目: what follows 的 is measured
    stop = _RIGHT_STOP.search(tail)
    phrase = tail[: stop.start()] if stop else tail
    phrase = re.split(r"[，,；;。、\d]", phrase)[0]
    phrase = re.sub(r"[“”‘’\"']", "", phrase).strip()
    return phrase if len(phrase) >= 2 else ""


def _names_for(stem: str, n: int) -> list[str]:
    """Indicator names for ``n`` values stated together (分别): 城乡X -> 城镇X, 农村X."""
    if n == 1:
        return [stem]
    if stem.startswith("城乡") and n == 2:
        rest = stem[2:]
        return [f"城镇{rest}", f"农村{rest}"]
    items = [p for p in stem.split("、") if p]
    if len(items) == n:
        last = items[-1]
        head_len = len(items[0])
        suffix = last[head_len:] if len(last) > head_len else ""
        return [item if item.endswith(suffix) else item + suffix for item in items]
    return [stem]


# Periods, status, scope ----------------------------------------------------------------------


def _periods(sentence: str, ctx: Context) -> list[tuple[int, str]]:
    """Period expressions of a sentence as (position, ISO period), in order."""
    found: list[tuple[int, str]] = []
    year = ctx.published_year
    for m in MONTH_RANGE_RE.finditer(sentence):
        y = int(m.group("year")) if m.group("year") else year
        found.append((m.start(), f"{y}-{int(m.group('m1')):02d}/{y}-{int(m.group('m2')):02d}"))
    for m in PLAN_PERIOD_RE.finditer(sentence):
        n = 10 + int(cn2an.cn2an(m.group("n"), "smart"))
        start = 1966 + 5 * (n - 3)
        found.append((m.start(), f"{start}/{start + 4}"))
    for m in YEARS_BACK_RE.finditer(sentence):
        raw = m.group("n") or m.group("n2") or m.group("n3")
        try:
            n = int(raw) if raw.isdigit() else int(cn2an.cn2an(raw, "smart"))
        except ValueError:                   # 十十年, or thousands of digits: no period
            continue
        found.append((m.start(), f"{year - n}/{year}"))
    near = {s + k for s, _ in found for k in range(12)}   # a year within 12 characters of one found
    for m in YEAR_RE.finditer(sentence):
        if m.start() not in near:
            found.append((m.start(), m.group("year")))
            near.update(range(m.start(), m.start() + 12))
    starts = {s for s, _ in found}
    for m in THIS_YEAR_RE.finditer(sentence):
        if m.start() not in starts:
            found.append((m.start(), str(year)))
            starts.add(m.start())
    for m in NOW_RE.finditer(sentence):
        found.append((m.start(), ctx.doc.source.published[:4]))
    if ctx.period_override:
        found = [(0, ctx.period_override)]
    return sorted(found)


def _period_before(periods, position: int, paragraph_period: str | None) -> str | None:
    before = bisect_left(periods, (position,))
    if before:
        return periods[before - 1][1]
    return periods[0][1] if periods else paragraph_period


def _period_year(period: str | None) -> int | None:
    if not period:
        return None
    return int(period.split("/")[-1][:4])


def _status(sentence: str, period: str | None, ctx: Context) -> str:
    if ctx.status_override:
        return ctx.status_override
    if TARGET_RE.search(sentence):
        return "target"
    if EXPECTED_RE.search(sentence):
        return "expected"
    if ctx.is_plan:
        year = _period_year(period)
        return "actual" if year is not None and year < ctx.published_year else "target"
    return "actual"


def _scope(left: str, ctx: Context) -> tuple[str, str]:
    if ctx.scope_override:
        return ctx.scope_override
    source = ctx.doc.source
    words = [(w, level) for w, level in _SCOPE_WORDS]
    words += [(source.city, "city"), (source.province, "province"), (source.district, "district"),
              ("全区", "district")]
    found = None
    for word, level in words:
        position = left.rfind(word)
        if position >= 0 and (found is None or position > found[0]):
            found = (position, word, level)
    if found is None or found[2] == "district":
        return "district", source.district
    level = found[2]
    name = {"city": source.city, "province": source.province, "country": "全国"}[level]
    return level, name


# Output ------------------------------------------------------------------------------------


def _emit(mention: Mention, name: str, measure: str, sign: int, status: str, period: str | None,
          scope: str, district: str, sentence: str, paragraph: Paragraph, ctx: Context,
          out: Collector) -> None:
    q = mention.quantity
    value = None if q.value is None else sign * q.value
    low = None if q.low is None else sign * q.low
    high = None if q.high is None else sign * q.high
    if sign < 0 and low is not None:
        low, high = high, low
    out.add("observations", district=district, scope=scope, source="text", table_id="",
            category="", indicator=name, indicator_id="", measure=measure, status=status,
            period=period or "", year=_period_year(period), value=value, unit=q.unit,
            value_base=None if value is None else value * q.factor, unit_base=q.unit_base,
            qualifier=q.qualifier, low=low, high=high, value_text=mention.text,
            line=paragraph.line, attribute="", column="", sentence=sentence.strip())


def _emit_ratio(sentence, start, text, paragraph, ctx, out, paragraph_period) -> None:
    parts = [float(p) for p in text.split(":")]
    before = sentence[:start]
    year_m = list(re.finditer(r"((?:19|20)\d{2})年(?:的)?$", before[-8:]))
    year = int(year_m[-1].group(1)) if year_m else _period_year(paragraph_period)
    if year is None:
        out.flag(paragraph.line, "no_period", "warning", f"structure {text!r} has no year; not read",
                 text=sentence.strip()[:120])
        return
    if abs(sum(parts) - 100) > 0.5:
        out.flag(paragraph.line, "structure_sum", "warning", f"sector shares sum to {sum(parts):g}",
                 text=text)
    status = _status(sentence, str(year), ctx)
    out.add("structure", district=ctx.doc.source.district, year=year, status=status,
            primary=parts[0], secondary=parts[1], tertiary=parts[2], value_text=text,
            line=paragraph.line, table_id="", indicator="", source="text", column="")


def _read_task_texts(doc: Document, ctx: Context, out: Collector) -> None:
    """Task texts of task tables: a higher level's work report holds that level's targets."""
    titles = {t["table_id"]: t["title"] for t in out.rows.get("tables", []) if t["kind"] == "tasks"}
    for task in out.rows.get("tasks", []):
        title = titles.get(task["table_id"], "")
        task_ctx = Context(doc, ctx.published_year, ctx.is_plan)
        if WORK_REPORT_RE.search(title):
            year = re.search(r"((?:19|20)\d{2})年", title)
            task_ctx.scope_override = ("city", doc.source.city)
            task_ctx.status_override = "target"
            task_ctx.period_override = year.group(1) if year else None
        paragraph = Paragraph(task["line"], normalise(task["text"]), task["text"])
        _read_paragraph(paragraph, task_ctx, out)
