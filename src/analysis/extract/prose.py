"""Statistics stated in sentences: "全区社会消费品零售总额达131亿元，同比增长16.2%".

Every number with a unit in the prose of a document becomes an observation
(``source = text``) with its indicator phrase, value, unit, qualifier, measure,
status, period, the unit it is about, the sentence and the line it stands on.
What cannot be read goes to flags with its sentence. The wordings are declared
in :mod:`analysis.extract.rules` (periods, status, change verbs, label words,
scopes, exclusions) and the values' in :mod:`analysis.extract.numbers`.

The rules, in the order they apply
----------------------------------
Text read
    every non-blank line outside the indicator and tab tables, prepared by
    :mod:`analysis.extract.text` (full-width forms, pinyin glosses, traditional
    characters, stray spaces, page numbers, wrapped lines), plus the text cells
    of task tables and the items of project boxes. A line repeated verbatim
    (30+ characters) is read once and flagged ``duplicate_paragraph``. A line
    that ends in a bare number is joined to a later line that starts with a
    unit when exactly one such line follows (``layout_break_rejoined``).
Sentences and items
    a paragraph is split into sentences at 。！？ and a sentence into items at
    ；. What an item says about status (预计, a target word) holds for the items
    after it in the same sentence; ``下同`` (预计(下同)) holds to the next heading.
Not statistics
    the exclusions of :data:`analysis.extract.rules.EXCLUSIONS` (dates, ranks,
    codes, identifiers, gaps to another unit, completion ratios, thresholds
    inside names, attendance, awards), numbers in book titles and short
    quotes, list markers. Chinese numerals are not read in prose (they name
    slogans far more often than quantities).
Genres and the calendar
    ``bulletin``: the data year is the title's year (else the year before
    publication); every fact without a period of its own is of that year.
    ``work_report``: the review year is the year before publication (the
    publication year for a report given in November or December); facts
    without a period are of that year; 今年 is the publication year and its
    targets are targets. ``plan``: a fact whose period does not end before the
    publication year is a target. ``feature``, ``notice``: facts without a
    period get the publication year as ``year`` and no ``period`` (unless the
    title names one whole year: a year before publication, or a 年度 in a text
    of November or December — 2023年度亩均效益评价结果 — gives its facts that
    year as their period; a feature titled by a five-year plan that ended before
    publication, 【奋进“十三五”】 of 2021, puts them under the plan's years); but a
    feature's annual flow (rules.ANNUAL_FLOWS) with no period in its paragraph
    or title, stated as done (not 预计, 可达, a target), published in months
    1-10 (or an unknown month), is the previous full year's: a year's total is
    published after it ends (flagged ``period_previous_year``); in November
    or December it may be the year so far: kept, flagged ``flow_year_uncertain``. A note such
    as 2020年数据均为预计数 makes that year's facts expected everywhere.
Period
    the period phrase attached to the number (``2015年的8.57亿元``), else the
    last period phrase before the number in its sentence that is not a base of
    comparison (比上年, 较2015年, 是2010年的), else the one carried from earlier
    in the paragraph, else the document's. Under a span (十三五期间, 五年来) a
    level is as of the span's end unless it is cumulative (累计, 共, N年…); a
    rate (年均) or change takes the span; a change against a base year B ends
    at the period's end E: (B+1)/E. A 年均 rate with only a year of its own
    (2020年…达到326.5亿元，年均增长7.6%) averages over the span stated last
    before it in its item, paragraph or section (过去五年, 十三五时期) when that
    span ends in its year; else its period is left empty (unsure). So does a
    sum (累计, 共计, 五年累计) with no period of its own. In a plan, an amount
    brought about by the plan's end year (到2025年，引进…人才100人) is of the
    plan's five years; a rate (%) is as of its end. 目前/现有 is the year the
    document reports on and dates only its own item; so does a feature's 全年
    that only the calendar dates.
Status
    ``target`` after a target word (力争, 确保, 目标, 到2025年 …), ``expected``
    after 预计, carried as above; else the genre's rule; else ``actual``.
    Task tables of a higher level's work report (a title with 市《政府工作报告》)
    hold that level's targets for the title's year.
Measure and label
    A rate after a change verb (增长, 下降 …) is ``growth``, signed; points or
    an amount after one is ``change``; ``是2015年的1.7倍`` is ``multiple``. The
    label is the noun phrase before the number with its lead words, verbs,
    change bases and method phrases taken off; a growth or change clause whose
    own label is empty takes the label of the level before it in the sentence.
    ``分别`` lists pair labels and values in order (城镇和农村居民… ->
    城镇居民…, 农村居民…); a label that starts with 占 is completed with the
    level before it (城镇人口 + 占常住人口的比重). A count keeps the verb that
    says which things it counts (rules.WORKS_VERBS, KEPT_VERBS, PEOPLE_VERBS,
    COUNT_VERBS: 引进5020项目, 新建学校, 解决矛盾纠纷, 培训应急救护员); one action
    closing a list of counts applies to each item (rules.LIST_ACTIONS); examples
    before 等 are not the label; a generic noun keeps what the clause says of it
    (群众(参与说事)); a size or sum whose subject follows after 的 names it
    (rules.MEASURE_OF, MEASURE_BY_UNIT); a bare 投入 before a sum is 投入资金,
    of the works named right after it in its clause (学校项目投入资金).
    A label that is nothing but a generic head (rules.TOPIC_HEADS, with a
    works verb or a generic modifier: 改造项目, 服务时长, 网络覆盖率, 引进项目)
    and not defined by the indicator dictionary (改造户数 is) takes its topic: a sibling label sharing the modifier, else the object of
    an earlier clause's topic verb (rules.TOPIC_VERBS), else for 项目/工程 the
    paragraph's heading sentence; else it is kept and flagged
    ``generic_label``. 每年/逐年…增长N个百分点 is a growth of N% each year of
    the span (flagged ``each_year_points``). A list of levels of N tiers
    (区、乡镇、村三级…) gives each tier its own label (区级…). A person count in
    bare digits above any district's population that splits into households
    and persons is flagged ``glued_counts`` (kept as printed for the audit).
    Counts that are not totals of the unit are flagged, not read: units and the
    threshold each passes, what each named unit reaches, per-unit models,
    administrative units counted by what they did (rules.ADMIN_UNITS).
Attribution
    the document's district, unless the clause names another unit before the
    number (全国, 全省, 全市 — the district itself when it is a 市 —, the
    city's or province's name): then ``district`` is that unit and ``scope`` its
    level. A number about a project, park, firm or facility (``投资12亿元的
    抽水蓄能电站``, ``园区实现营业收入…``, ``某项目120亩工业用地``) is ``scope = entity``
    with the entity's name in ``entity`` (taken off the label); a size of a
    list of named ones (的A三期、B、C等项目) is theirs, the list in ``entity``.
    A unit's name
    inside quotes or brackets, after 的, or opening a firm's or park's name
    (江西数联产业基地) is not a scope.
"""

from __future__ import annotations

import itertools
import re
from array import array
from bisect import bisect_right
from functools import lru_cache
from dataclasses import dataclass, field, replace

from analysis.dictionary import load_dictionary, name_index, normalise_name
from analysis.errors import QuantityError
from analysis.extract import rules, vocabulary
from analysis.extract.numbers import BASE_UNITS, Quantity, parse_quantity, split_households
from analysis.extract.script import TRADITIONAL_SHARE, traditional_share
from analysis.extract.sources import Document
from analysis.extract.tables.common import Collector
from analysis.extract.text import (Prepared, carries_on, fills_width, fold_line, is_heading, is_page_number,
                                   wrap_width)

_PLAN_TITLE_RE = re.compile(r"(?:第)?十([一二三四五六七八九])(?:个五年|五)")
_PLAN_NAME_RE = re.compile(r"十([一二三四五六七八九])?五")
_CHAPTER_RE = re.compile(r"^第[一二三四五六七八九十百\d]+[篇章]")

# Mentions --------------------------------------------------------------------------------

# Units read in prose: every base unit but those that are dates or too ambiguous.
_PROSE_UNITS = sorted((u for u in BASE_UNITS if u not in {"年", "月", "日", "度", "方", "成", "块",
                                                             "门", "道", "节", "本", "部", "片"}),
                      key=len, reverse=True)
_UNIT_ALT = "|".join(re.escape(u) for u in _PROSE_UNITS)
_SCALE_ALT = vocabulary.SCALE_ALT
# In prose only the qualifying words are part of a value; 达, 为, 实现 belong to the label's verb.
_PREFIX_ALT = vocabulary.alternation(w for w, q in vocabulary.PREFIXES.items() if q != "exact")
MENTION_RE = re.compile(
    rf"(?P<prefix>{_PREFIX_ALT})?"
    rf"(?P<num>-?(?:\d{{1,3}}(?:[ \u2009\u202f]\d{{3}})+(?=\s?[^\d\s.,])|\d+(?:,\d{{3}})*)"
    rf"(?:\.\d+)?(?:(?:{vocabulary.RANGE_SEP_ALT})\d+(?:\.\d+)?)?)"
    rf"(?P<inner0>{vocabulary.INNER_ALT})?(?P<scale>{_SCALE_ALT})?(?P<inner>{vocabulary.INNER_ALT})?"
    rf"(?P<unit>(?:{_UNIT_ALT})(?:/(?:{_UNIT_ALT}|年|月|日))?)?(?P<suffix>{vocabulary.SUFFIX_ALT})?")
NUMBER_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
RATIO_RE = re.compile(r"(?<!\d)\d+(?:\.\d+)?(?:[:﹕∶]\d+(?:\.\d+)?){2}")

SENTENCE_END_RE = re.compile(r"(?<=[。！？!?])")
ITEM_END_RE = re.compile(r"(?<=[；;])")
CLAUSE_SPLIT_RE = re.compile(r"[，,；;：:。！？!?]")
BULLET = "——"

# Declared wordings, compiled once ------------------------------------------------------------


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PERIODS = [(p, re.compile(p.pattern)) for p in rules.PERIOD_PHRASES]
# Every period phrase at once, for taking them off labels (group names dropped: they repeat).
_ANY_PERIOD_RE = re.compile("|".join("(?:" + re.sub(r"\(\?P<\w+>", "(?:", p.pattern) + ")"
                                     for p in rules.PERIOD_PHRASES))
_YEARS_AT_END_RE = re.compile(rf"(?<![\d年第十])(?:{rules.N_YEARS})年$")
_BASE_BEFORE_RE = re.compile(rf"(?:{_alternation(w for w, _ in rules.COMPARISON_BASES)})$")
_TARGET_RE = re.compile(rf"(?<!完成)(?<!实现)(?<!规划)(?<!各项)(?:{_alternation(w for w, _ in rules.TARGET_WORDS)})"
                        r"(?!任务|责任)|(?<![^,，；;:：。\s])到\s*(?:19|20)\d{2}\s*年|到\s*“?十[一二三四五六七八九]?五”?末"
                        r"|(?:19|20)\d{2}年前")
_TARGET_AS_BASE_RE = re.compile(rules.TARGET_AS_BASE)
_NOTE_RE = re.compile(r"\([^()]{0,30}\)")
_QUOTED_RE = re.compile(r"“[^”]*”|《[^》]*》")
_LIST_INTRO_RE = re.compile(r"(?:目标|预计|主要预期目标|指标)(?:是|为|如下)?\s*[:：]\s*$|(?:目标|预计)(?:是|为|如下)?[:：]")
_DONE_RE = re.compile(rules.DONE_OPENING)
_EXPECTED_RE = re.compile(_alternation(w for w, _ in rules.EXPECTED_WORDS))
_CARRY_RE = re.compile(_alternation(w for w, _ in rules.CARRY_WORDS))
_SIGNS = {verb: sign for verb, sign, _ in rules.CHANGE_VERBS}
_VERB_ALT = _alternation(_SIGNS)
_BASES_ANYWHERE_ALT = _alternation(w for w, anywhere, _ in rules.CHANGE_BASES if anywhere)
_BASES_END_ALT = _alternation(w for w, anywhere, _ in rules.CHANGE_BASES
                              if not anywhere and w not in ("比", "较"))
_FINAL_BI = "".join(f"(?<!{re.escape(w)})" for w in rules.KEEP_FINAL_BI) + "比|较"
_METHOD_ALT = _alternation(w for w, _ in rules.METHOD_PHRASES)
# A change clause: optional base words, a change verb, then the number (to-verbs are levels).
_CHANGE_RE = re.compile(rf"(?P<verb>{_VERB_ALT})(?:了)?(?:分别)?(?:为|达到|达|是|幅度为)?\s*$")
_TO_VERB_RE = re.compile(rf"(?:{_VERB_ALT})(?:至|到)(?:(?:19|20)\d{{2}}年(?:末|底)?的?)?$")
_MULTIPLE_RE = re.compile(rf"(?:{_alternation(w for w, _ in rules.MULTIPLE_WORDS)})"
                          r"(?P<base>[^,，；;。]{0,12}?)的$")
_NAMED_INDUSTRY_RE = re.compile(rf"^(?P<industry>(?!{_alternation(rules.NOT_PRODUCTS)})[\u4e00-\u9fff]{{2,6}}?)产业"
                                r"(?!链|集群|园|基地)")
_SAME_PERIOD_RE = re.compile(r"(?:去年|上年|上一年)同期")
_ATTACHED_YEAR_RE = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年(?:末|底)?的?$")
_AGE_BRACKET_RE = re.compile(r"^(?:为)?\d+\s*周?岁(?:及|\(含\))?(?:以上|以下)(?:的)?(?=[\u4e00-\u9fff])")
_N_YEARS_AVERAGE_RE = re.compile(r"(?P<n>\d{1,2}|[两二三四五六七八九十]{1,2})年(?:来|间)?(?:年均|年平均|平均每年)")
_CROP_OF_RE = re.compile(r"^(?P<crop>[\u4e00-\u9fff]{1,6}?)(?:播种面积|种植面积|收获面积|养殖面积|面积|总产量|产量|存栏|出栏)$")
_TASK_SIZE_RE = re.compile(r"(?:占|为|完成|达到)(?:了)?(?:年度|全年)?(?:目标任务|任务|目标|计划)\s*\(?$")
_PER_HEAD_RE = re.compile(r"(?<=[到至为达])\s*(?:每人|每户)(?:每月|每年)?$")
_FROM_YEAR_RE = re.compile(r"(?:由|从)\s*(?:19|20)\d{2}\s*年(?:末|底)?的?$")
_BASE_YEAR_RE = re.compile(r"(?:比|较|与|同)\s*(?P<year>(?:19|20)\d{2})\s*年")
_SUM_ALT = "|".join(rules.SUM_WORDS)
# Said to be a sum (累计, 五年累计; not 连续五年), and, wider, done over some years (五年新增, 3年完成).
_SUMMED_RE = re.compile(rf"{_SUM_ALT}|(?<!连续)[一二两三四五六七八九十\d]{{1,2}}年(?:共|累计)")
_CUMULATIVE_RE = re.compile(rf"{_SUM_ALT}|(?:^|[^\d])[一二两三四五六七八九十\d]{{1,2}}年(?:共|累计|全社会|新增|引进|完成)?")
_LEAD_RE = re.compile(rf"^(?:(?!{_alternation(rules.LEAD_LIKE_WORDS)})(?:{_alternation(rules.LABEL_LEADS)}))+")
_TRAIL_RE = re.compile(rf"(?:{_alternation(w for w in rules.LABEL_TRAILS if w not in ('比', '较'))}"
                       rf"|{_BASES_END_ALT}|{_FINAL_BI})+$")
_RATED_CLAUSE_RE = re.compile(rf"(?:{_alternation(rules.RATED_AS)})(?P<category>(?:{rules.CATEGORY_MARK})类)"
                              r"\s*[，,]\s*(?:共|共计|合计)?\s*$")
_FIRMS_OF_PRODUCT_RE = re.compile(r"^[\u4e00-\u9fff]*?(?P<product>[\u4e00-\u9fff]{2,3})(?:企业|行业)"
                                  r"(?:实现|完成|达到)?(?=(?P=product)[\u4e00-\u9fff]{1,4}$)")
# A part of a whole counted before it (47家规上工业企业中有39家实现增长): the whole, and what the part did.
_AMONG_RE = re.compile(r"(?P<whole>[\u4e00-\u9fff]{2,12}?)中(?:有|共有)?$")
_DEED_AFTER_RE = re.compile(r"(?P<deed>(?:实现|保持|出现|达到)[\u4e00-\u9fff]{1,6}?)(?=[，,；;。]|$)")
# 已完成, 均已建成: said of works or items, that they are done.
_ALREADY_DONE = rf"(?:已经|已|均已|已全部)(?:{_alternation(rules.WORKS_DONE_VERBS)})"
# …28件民生实事中已完成19件: the part of a whole that is done, named by what is done and the whole.
_DONE_AMONG_RE = re.compile(rf"(?P<whole>[\u4e00-\u9fff]{{2,12}}?)中(?:有|共有)?(?P<done>{_ALREADY_DONE})\s*$")
_FROM_START_RE = re.compile(r"(?:由|从)\s*$")
_TO_AFTER_RE = re.compile(rf"\s*(?:(?:{_VERB_ALT})(?:至|到)|达到)")
# A township's name (保安镇, 濛阳街道; not 乡村, 镇村, 乡镇企业): two to four characters before its kind.
_TOWNSHIP_NAME = (rf"[\u4e00-\u9fff]{{2,4}}?(?:[\u4e00-\u9fff]{{1,3}}族)?(?:{_alternation(rules.TOWNSHIP_ENDINGS)})"
                  r"(?![村民镇企])")                 # (星火朝鲜族乡: an ethnic township)
_TOWNSHIP_LABEL_RE = re.compile(rf"^(?P<name>{_TOWNSHIP_NAME})")
_COUNT_VERB_LEAD_RE = re.compile(rf"^(?:{_alternation(rules.COUNT_VERBS)})")
_RATED_AS_RE = re.compile(rf"^(?:{_alternation(rules.RATED_AS)})|的$")
_CAUSE_RE = re.compile("|".join(rules.CAUSE_PATTERNS))   # 受大型项目建成投产等因素影响: why, not whose
_STRIP_ANYWHERE_RE = re.compile(rf"(?:{_METHOD_ALT}|{_BASES_ANYWHERE_ALT}|\(下同\)|下同|{_CAUSE_RE.pattern}"
                                rf"|(?<=[\u4e00-\u9fff]){_alternation(w for w, _ in rules.EXPECTED_WORDS)}(?=[\u4e00-\u9fff]))")
# (特色林果预计总产量: an estimate's word inside a label is no part of it)
_QUOTES_RE = re.compile(r"[“”‘’\"']")
# A parenthesis that closes a label (地区生产总值(GDP), 产值(现价)) or is a note, not a part of the name.
_TRAILING_PAREN_RE = re.compile(r"\([^()]*\)$|\((?:[^()]*(?:预计|同比|下同|现价|可比价|含)[^()]*)\)")
# 地区生产总值突破300亿大关、达312.4亿元: a milestone passed is not part of the label.
_MILESTONE_RE = re.compile(r"(?:首次|成功|一举)?(?:突破|跨越|迈上|跨上|超过)\d+(?:\.\d+)?[万亿千百]*元?(?:大关|台阶|关口)?$")
# 标准化规模养殖比重占规模养殖场的: the share is named before 占; the base after it is not part of it.
_SHARE_OF_RE = re.compile(r"^(.{2,}?(?:比重|比例|占比))占.+$")
_PAREN_NAME_RE = re.compile(r"\(([\u4e00-\u9fff]{3,20}(?:率|比重|指数|系数))\)(?:为|达到|达|是)?$")
# 第一产业完成增加值 -> 第一产业增加值: a verb between a sector and the measure it names.
_DATE_LEAD_RE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}年(?!度)|[一二两三四五六七八九十]{1,2}年(?!度)|\d{1,2}月(?:\d{1,2}[日号])?|\d{1,2}[日号]|[(]?\d{1,2}[.、)](?!\d))")
_LEAD_TARGET_RE = re.compile(rf"^(?:{_alternation(w for w, _ in rules.TARGET_WORDS)})")
_TARGET_PREFIX_RE = re.compile(r"^.*?(?:目标是|目标为|目标:|目标：|任务是)")
_TRAIL_PATTERN_RE = re.compile(rf"(?:{'|'.join(rules.LABEL_TRAIL_PATTERNS)})$")
_ADVERBS = re.compile(r"^(?:大力|积极|加快|全力|深入|着力|努力|成功|顺利|圆满|全面|持续|不断|进一步|扎实|统筹|"
                      r"精心|累计|共|先后|全年|力争|确保|争取|首次|同时|一举|率先|在全[省市国]率先)+")
_CATEGORY_RE = re.compile(rules.CATEGORY_LABEL)
_GROUP_OPENING_RE = re.compile(rules.GROUP_OPENING)
_SECTOR_ECONOMY_RE = re.compile(rf"({_alternation(rules.SECTORS)})经济")
_INNER_VERB_RE = re.compile("(?:" + "|".join(f"(?<={w})" for w in rules.SUBJECT_ENDINGS) + ")"
                            rf"(?:{_alternation(rules.INNER_EMPTY_VERBS)})(?!投资)"   # (民生实事项目完成投资: kept)
                            rf"(?=[\u4e00-\u9fff]{{0,8}}?(?:{_alternation(rules.SUM_NOUNS)}))")
_RESULT_WORDS_RE = re.compile(r"(?:的)?(?:综合)?(?:评价|评定|考核|认定)结果(?:为|是)")
_VERBS = re.compile(rf"^(?:{_alternation(rules.LABEL_VERBS)})了?")
_CONTENT_VERB_RE = re.compile(rf"(?:{_alternation(rules.CONTENT_VERBS)})了?")
# A label's opening verb, empty or not, is taken off (打造新农村示范点52个 -> 新农村示范点); a content
# verb standing alone before a count is kept with the noun after it (改造提升20所敬老院).
_LEAD_VERB_RE = re.compile(rf"^(?!{_alternation(rules.LEAD_LIKE_WORDS)})"
                           rf"(?:{_alternation(rules.LABEL_VERBS + rules.CONTENT_VERBS)})了?(?![区业])")   # not 开发区,
                                                                                                   # 服务业
# A sentence whose first clause opens with a verb names no subject (近年来，累计投入…).
_ELIDED_OPENING_RE = re.compile(rf"(?:累计|共|先后|相继)?(?:{_alternation(rules.LABEL_VERBS + rules.CONTENT_VERBS)})")
_ENTITY_CLASS_RE = re.compile(rf"(?:{_alternation(rules.ENTITY_CLASS_WORDS)})+")
_RIGHT_STOP = re.compile(rf"{_alternation(rules.RIGHT_STOPS)}|，|。")
_SCOPE_WORDS = rules.SCOPE_WORDS
_ENTITY_END_ALT = _alternation(rules.ENTITY_ENDINGS)
_FIRM_PERSON_RE = re.compile(rf"(?P<firm>(?:该|这家|一家)?[\u4e00-\u9fff]{{0,14}}?(?:{_alternation(rules.FIRM_SPEAKER_UNITS)}))?"
                             rf"的?(?:一位|一名)?(?:相关)?(?P<role>{_alternation(rules.FIRM_SPEAKER_ROLES)})")
_ZONE_PERSON_RE = re.compile(rf"(?P<zone>[\u4e00-\u9fff]{{0,12}}?(?:{_alternation(rules.ZONE_ENDINGS)}))(?:相关)?"
                             rf"(?:{_alternation(rules.ZONE_SPEAKER_ROLES)})")
_QUOTE_RE = re.compile(r"“[^“”]+”")
_SPEAKER_AFTER_RE = re.compile(rf"[，,]?(?P<who>[^，,。；;“”：:]{{1,40}}?)(?:{_alternation(rules.SPEAKING_VERBS)})")
_VILLAGE_SPEAKER_RE = re.compile(
    rf"(?P<village>[\u4e00-\u9fff]{{1,5}}村)?(?:{_alternation(rules.VILLAGE_ROLES)})"
    rf"|(?P<person>(?:[\u4e00-\u9fff]{{1,5}}村)?(?:{_alternation(rules.VILLAGER_WORDS)})[\u4e00-\u9fff]{{0,3}})")
_VILLAGER_SUBJECT_RE = re.compile(
    rf"^\s*(?P<person>(?:[\u4e00-\u9fff]{{1,5}}[镇乡])?(?:[\u4e00-\u9fff]{{1,5}}村)?(?:{_alternation(rules.VILLAGER_WORDS)})"
    r"[\u4e00-\u9fff]{1,3}?)(?=家里|家|今年|去年|已|[种养开承靠])")
_SENTENCE_SPEAKER_RE = re.compile(rf"^(?P<who>[^，,。；;“”：:]{{1,40}}?)(?:{_alternation(rules.SPEAKING_VERBS)})[，,：:]")
_FIRM_NAME_RE = re.compile(r"(?:(?![的于在位])[\u4e00-\u9fff]){2,8}(?:有限责任公司|股份有限公司|有限公司|集团)")
_OPENING_ZONE_RE = re.compile(rf"^\s*(?:其中|同时|此外|另外)?[，,]?\s*(?P<name>[\u4e00-\u9fff]{{2,10}}?"
                             rf"(?:{_alternation(rules.ZONE_ENDINGS)})|{_TOWNSHIP_NAME})"
                             rf"(?![、和与及等的])")   # 保安镇作为…, not 全力推进乡村振兴
# A named site standing alone as a sentence's topic, after any describing words (被誉为“菜都”的洛门蔬菜批发市场，…).
_OPENING_SITE_RE = re.compile(rf"^\s*(?:[^，,。；;]{{0,24}}的)?(?P<name>(?:(?!的)[\u4e00-\u9fff]){{2,10}}?"
                              rf"(?:{_alternation(rules.ENTITY_ENDINGS + rules.SITE_ENDINGS)}))[，,]")
_ZONE_NAME_RE = re.compile(rf"[\u4e00-\u9fff]{{2,12}}?(?:{_alternation(rules.ZONE_ENDINGS)})")
# A zone named by its kind alone (园区, 该开发区): the one named last, at a sentence's opening or a label's.
_BARE_ZONE = rf"(?:该|这个)?(?:{_alternation(rules.ZONE_ENDINGS)})"
_BARE_ZONE_OPENING_RE = re.compile(rf"^\s*{_BARE_ZONE}(?![\u4e00-\u9fff]{{0,2}}(?:、|和|与|及))(?=[\u4e00-\u9fff])")
_BARE_ZONE_LEAD_RE = re.compile(rf"^{_BARE_ZONE}(?![内外里中])")     # not 园区内外路网: roads in and around it


_ZONE_NAME_CUT_RE = re.compile(_alternation(rules.ZONE_NAME_CUTS))
_NOT_IN_A_ZONE_NAME_RE = re.compile(_alternation(rules.NOT_IN_A_ZONE_NAME))


def _last_zone(text: str) -> str:
    """The last proper zone name ``text`` holds (某县经济开发区, not 园区 or 县开发区), or ''."""
    names = [_LEAD_RE.sub("", _ZONE_NAME_CUT_RE.split(m.group(0))[-1]) for m in _ZONE_NAME_RE.finditer(text)]
    names = [n for n in names if _proper_name(n, rules.ZONE_ENDINGS) and not _unnamed_entity(n)
             and _place_name(n) and not _NOT_IN_A_ZONE_NAME_RE.search(n)]
    return names[-1] if names else ""


_ZONE_TOPIC_RE = re.compile(rf"(?:推进|加快|加速|推动)(?P<name>[\u4e00-\u9fff]{{2,12}}?(?:{_ENTITY_END_ALT}))"
                            r"(?:的)?(?:建设|开发建设|规划建设)")
_ZONE_LABEL_RE = re.compile(rf"^(?P<name>[\u4e00-\u9fff]{{0,10}}?(?:{_alternation(rules.ZONE_ENDINGS)}))")
_ENTITY_AFTER_RE = re.compile(rf"^的(?P<name>(?!\d)[^,，；;。、的等]{{1,20}}?(?:{_ENTITY_END_ALT})[一二三四五六七八九十\d]*期?)")
_ENTITY_SUBJECT_RE = re.compile(rf"(?P<name>(?:“[^”]{{1,12}}”)?[\u4e00-\u9fffA-Za-z]{{0,12}}(?:{_ENTITY_END_ALT}))"
                                rf"(?:{_alternation(rules.ENTITY_TIME_WORDS)}|{'|'.join(rules.ENTITY_TIME_PATTERNS)})?"
                                rf"(?:{_alternation(rules.ENTITY_VERBS)})(?!值)")     # 年产 (not 年产值)
_SERVING_RE = re.compile(rf"(?P<name>[\u4e00-\u9fffA-Za-z]{{2,14}}?(?:{_alternation(rules.SERVING_ORGANISATIONS)}))”?"
                         rf"(?:先后|累计|共|已)?为全(?:县|区|市|旗)")
_ENTITY_NAME_RE = re.compile(rf"(?<![\d只个家项座条所])[\u4e00-\u9fff]{{0,10}}?(?:{_ENTITY_END_ALT})|"
                             rf"(?<=[\d][只个家项座条所])[\u4e00-\u9fff]{{0,10}}?(?:{_ENTITY_END_ALT})")
_EXPECTED_YEARS_RE = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年(?:的)?(?:数据|数字|指标)?[^。;；]{0,12}?"
                                r"(?:均为|均系|为|系)预计")
_TARGET_HEADING_RE = re.compile(r"(?:今年|明年|(?:19|20)\d{2}年).{0,12}(?:目标|工作安排|主要任务|总体要求|重点工作)")
_REVIEW_HEADING_RE = re.compile(r"回顾|过去一年|去年工作|过去五年")
_PLAN_TARGET_HEADING_RE = re.compile(_alternation(rules.PLAN_TARGET_HEADINGS))
_PLAN_REVIEW_HEADING_RE = re.compile(rf"^(?:第[一二三四五六七八九十\d]+[章节篇]|[一二三四五六七八九十]+、)?\s*"
                                     rf"(?:{_alternation(rules.PLAN_REVIEW_HEADINGS)})")
_SECTION_YEAR_RE = re.compile(r"(?:19|20)\d{2}年.{0,4}(?:工作回顾|工作安排|主要任务|重点工作|工作总结|主要目标|预期目标|目标任务|发展目标|工作建议)")
_TITLE_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年")
_SUBJECT_RE = re.compile(rf"^(?:{_alternation(rules.LABEL_SUBJECTS)})")
_PROJECT_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,20}?项目")

# Not statistics ---------------------------------------------------------------------------
_QUOTE_PAIRS = {"“": "”", "‘": "’", "《": "》", "〔": "〕", "[": "]", "【": "】"}
_MAX_SHORT_QUOTE = 15
_LIST_MARKER_RE = re.compile(r"^\s*[(（]?\d{1,2}\s*[.、．)）](?!\d)")
# A sentence longer than this, or with more numbers, is not prose (data or a table run together;
# real documents have about 800 characters and 35 numbers): it is flagged and not read, which
# keeps the time and the output of one sentence bounded whatever a page holds.
_MAX_SENTENCE = 3000
_MAX_SENTENCE_NUMBERS = 100
_EXCLUSIONS = [(e, re.compile(e.pattern)) for e in rules.EXCLUSIONS]


@dataclass
class Mention:
    start: int
    end: int
    text: str
    quantity: Quantity
    prefix: str = ""
    people_after: bool = False      # 9.8万建档立卡贫困人口: 万人, the people named after the number


@dataclass
class Paragraph:
    text: Prepared
    raw: str
    originals: dict[int, str] = field(default_factory=dict)     # item offset -> its sentence as printed

    @property
    def line(self) -> int:
        return self.text.first_line


@dataclass
class Context:
    """What a document tells about every sentence in it."""

    doc: Document
    calendar: rules.Calendar
    kind: str
    simplify: bool = False
    default_period: str = ""
    expected_years: frozenset[int] = frozenset()
    scope_override: tuple[str, str] | None = None     # (district, scope) for a table of tasks
    status_override: str | None = None
    period_override: str | None = None
    section_status: str | None = None
    note_status: str | None = None              # 预计(下同): to the next heading
    section_period: str | None = None
    plan_end: int | None = None                 # a plan's last year (its targets' year when none is stated)
    speaker: tuple[str, str] | None = None      # (scope, name) of a higher unit's speaker named
    default_status: str | None = None
    sentence_levels: list = field(default_factory=list)  # the levels read in the sentence's earlier items
    paragraph_last: list = field(default_factory=list)   # the group read last in the paragraph, any measure
    breakdown: tuple[str, str] | None = None              # (居民, 人均可支配收入): a breakdown the sentence began
    unit_groups: set[str] = field(default_factory=set)
    last_unit_group: str = ""            # the one group of units the sentence's earlier items name (规模以上工业企业)
    last_industry: str = ""              # the industry named last in a label (纺织服装): whose a bare 产业… label is
    last_zone: str = ""                  # the zone named last (某县经济开发区): whom a bare 园区… sentence is about
    reviews_last_year: bool = False      # a feature early in the year has reported figures of the year before
    last_firm: str = ""                  # the firm named last (竹韵家居有限公司): whose a 公司董事长…回忆 sentence is   # the groups of units named so far (规模以上工业企业)
    title_period: str = ""           # a feature titled 上半年/前10月…: the months its undated flows cover
    cite: str | None = None        # a task text: sentences are cited from it, not from the lines
    row_works: str = ""            # a task-table cell: the works its row's earlier text cells name
    row_label: str = ""            # … and the item those cells name when they count nothing (改造城镇老旧小区)
    plan_goals: bool = False       # in a plan's chapter of goals (第二章 主要目标)
    scope_levels: dict[str, str] | None = None
    scope_re: re.Pattern | None = None

    @property
    def published_year(self) -> int:
        return self.calendar.published

    @property
    def is_plan(self) -> bool:
        return self.kind == "plan"


@dataclass
class Carry:
    """What earlier items of a sentence or paragraph say about the ones after them."""

    period: str | None = None
    status: str | None = None             # from 预计 / a target word earlier in the sentence
    paragraph_status: str | None = None   # from 下同
    unit: tuple[str, str, str] | None = None   # (scope, district, entity) the sentence opens with
    opening: bool = True                  # reading the sentence's first clause
    last_year: set[str] = field(default_factory=set)   # flows of the sentence taken as the previous year's
    zone: str = ""                        # a named zone whose building the paragraph is about (推进X科技城建设)
    elided: bool = False                  # the sentence names no subject (近年来，累计投入…，启动…)
    span: str | None = None               # the last span of years the paragraph stated (过去五年, 十三五时期)


def extract_prose(doc: Document, out: Collector) -> None:
    """Write the statistics stated in ``doc``'s text into ``out`` (observations, structure, flags)."""
    ctx = _context(doc)
    paragraphs = _paragraphs(doc, ctx, _table_lines(out), out)
    ctx.expected_years = frozenset(int(m.group("year")) for p in paragraphs
                                   for m in _EXPECTED_YEARS_RE.finditer(p.text.text))
    _expected_in_tables(ctx.expected_years, out)
    carried: str | None = None
    intro: str | None = None
    previous = ""
    for paragraph in paragraphs:
        text = paragraph.text.text
        _update_section(text, ctx)
        _update_speaker(text, ctx)
        # An item of a —— list carries on the paragraph that introduces the list (each item the
        # introduction's period, not the one the item before it ended with).
        in_list = text.startswith(BULLET) and bool(previous)
        if in_list and not previous.startswith(BULLET):
            intro = carried
        carried = _read_paragraph(paragraph, ctx, out, intro if in_list else None)
        previous = text
    _read_task_texts(doc, ctx, out)


def _expected_in_tables(years: frozenset[int], out: Collector) -> None:
    """A note in the text (2020年数据为预计数) makes that year's table values expected too, flagged once a table."""
    flagged = set()
    for name in ("observations", "indicator_rows", "structure"):
        for row in out.rows.get(name, []):
            if row.get("status") == "actual" and row.get("year") in years and row.get("source", "table") == "table":
                row["status"] = "expected"
                if row.get("table_id") not in flagged:
                    flagged.add(row.get("table_id"))
                    out.flag(row.get("line"), "expected_by_note", "info",
                             f"{row.get('year')} values of this table are expected: the text says so "
                             f"(年数据为预计数)", table_id=row.get("table_id") or "")


def calendar(doc: Document) -> rules.Calendar:
    """The document's calendar: publication year and month, and the year it reports on."""
    source = doc.source
    published = source.published_year
    month = int(source.published[5:7]) if len(source.published) >= 7 else 0
    if source.doc_kind == "bulletin":
        title_year = _TITLE_YEAR_RE.search(source.title)
        data_year = int(title_year.group(1)) if title_year else published - 1
    elif source.doc_kind == "work_report":
        data_year = published if month >= 11 else published - 1
    elif source.doc_kind in ("notice", "feature"):
        title_year = _TITLE_YEAR_RE.search(source.title)
        data_year = int(title_year.group(1)) if title_year and int(title_year.group(1)) <= published else published
    else:
        data_year = published
    annual = None
    if source.doc_kind == "feature" and data_year == published and month <= rules.FLOW_MONTHS:
        annual = published - 1            # 全年 before the year's figures exist (as the undated annual flows)
    return rules.Calendar(published, month, data_year, annual=annual)


def _context(doc: Document) -> Context:
    cal = calendar(doc)
    kind = doc.source.doc_kind
    default = str(cal.data_year) if kind in ("bulletin", "work_report") else ""
    simplify = traditional_share("".join(doc.lines)) >= TRADITIONAL_SHARE
    ctx = Context(doc, cal, kind, simplify=simplify, default_period=default)
    if kind == "plan":
        plan = _PLAN_TITLE_RE.search(doc.source.title)
        if plan:                          # 第十四个五年规划, “十四五”规划: 2025
            ctx.plan_end = rules.plan_years(10 + rules._cn(plan.group(1)))[1]
    title = doc.source.title
    if kind == "notice" and (any(w in title for w in rules.TARGET_TITLE_WORDS)
                             or ("印发" in title and any(w in title for w in rules.ISSUED_TARGET_WORDS))):
        ctx.default_status = "target"           # a notice assigning a year's goals
        ctx.default_period = str(cal.data_year) if _TITLE_YEAR_RE.search(doc.source.title) else ""
        span = next((p for _, p in _periods(title, ctx) if p.span and re.fullmatch(r"\d{4}/\d{4}", p.period)), None)
        if span:                                # 三年行动方案（2025—2027年）: its goals are of the last year
            ctx.default_period = str(span.year)
    if kind in ("feature", "notice") and not ctx.default_status:
        ctx.title_period = _title_period(title, ctx)      # …上半年经济运行…; 关于2024年1—10月…进展情况的通报
        ctx.default_period = _title_whole_year(title, ctx) or _title_span(title, ctx) or ctx.default_period
    ctx.unit_groups = _unit_groups(title)
    ctx.last_zone = _last_zone(title)
    return ctx


_WHOLE_YEAR_TITLE_RE = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年(?P<du>度)?"
                                  r"(?!\d|[一二三四五六七八九十]{1,2}月|[一二三四]季度|元|上半|下半|前)")


def _title_whole_year(title: str, ctx: Context) -> str:
    """The one whole year a feature's or notice's title is about, if certain: a year before publication
    (仁怀市2023年经济运行情况综述 of 2024-02) or one named 年度 in a text of its November or December
    (2023年度亩均效益综合评价结果), also a notice on that year's progress then (关于2024年十件民生实事推进情况的通报). Its facts
    without a period of their own are of that year. Not when the title names months or several years."""
    if ctx.title_period or any(p.span for _, p in _periods(title, ctx)):
        return ""
    found = {m.group("year"): m.group("du") for m in _WHOLE_YEAR_TITLE_RE.finditer(title)}
    if len(found) != 1:
        return ""
    year, du = next(iter(found.items()))
    late = not 0 < ctx.calendar.month <= rules.FLOW_MONTHS      # a year's 年度 results are out by November
    progress = ctx.kind == "notice" and any(w in title for w in rules.PROGRESS_TITLE_WORDS)
    return year if int(year) < ctx.published_year or ((du or progress) and late and int(year) == ctx.published_year) \
        else ""


def _title_span(title: str, ctx: Context) -> str:
    """The five-year plan a feature's title reviews when it ended before publication (【奋进“十三五”】,
    “十三五”成就巡礼 of 2021-01): its facts without a period of their own are under it (a stock as of its
    end, a flow over it); so do the years it looks back on (砥砺奋进五年间). Not a span of years named
    otherwise (2022—2023年发展回眸: either year)."""
    if ctx.kind != "feature":
        return ""
    spans = {phrase.resolve(m, ctx.calendar) for phrase, regex in _PERIODS if phrase.name in _REVIEW_SPANS
             for m in regex.finditer(title)} | {rules.plan_named(title, ctx.calendar)}
    spans = {p.period for p in spans if p is not None and p.span and p.year and p.year < ctx.published_year}
    return next(iter(spans)) if len(spans) == 1 else ""


_REVIEW_SPANS = ("plan_span", "plan_since", "years_back")


def _title_period(title: str, ctx: Context) -> str:
    """The months a feature's title names (上半年…, 前10月…, 一季度…), if any: its undated flows are theirs."""
    months = [p.period for _, p in _periods(title, ctx) if "-" in p.period]
    return months[0] if months else ""


def document_sentences(doc: Document, table_rows: list[dict]) -> list[tuple[int, str]]:
    """The sentences read from ``doc`` as ``(line, sentence)``, given its ``tables`` rows.

    The same items as the extraction (prepared text, duplicates skipped, wrapped
    lines and layout breaks joined), for review; task texts are not included.
    ``line`` is the line the item starts on.
    """
    return [(min(lines), text) for lines, text in document_items(doc, table_rows)]


def document_items(doc: Document, table_rows: list[dict]) -> list[tuple[set[int], str]]:
    """Every item read, as ``(lines it spans, text as read)``."""
    scratch = Collector(doc)
    scratch.rows["tables"] = list(table_rows)
    ctx = _context(doc)
    found = []
    for p in _paragraphs(doc, ctx, _table_lines(scratch), scratch):
        for start, item in _items(p.text.text):
            lines = {p.text.line_at(i) for i in range(start, start + len(item))}
            found.append((lines, item.strip()))
    return found


def _table_lines(out: Collector) -> set[int]:
    """Lines inside indicator and tab tables (their cells are not prose)."""
    lines: set[int] = set()
    for table in out.rows.get("tables", []):
        if table["kind"] != "project_box":
            lines.update(range(table["line"], table["line_end"] + 1))
    return lines


def normalise(text: str) -> str:
    """The text as read (full-width forms folded, stray spaces removed), for one line."""
    return fold_line(text, simplify=False)[0]


# Paragraphs: preparation, wrapped lines, duplicates, layout breaks -----------------------------

# A long line that stops inside a clause right after a count and its noun's first characters (对80户特殊困 /
# 难家庭…): a layout break, joined across one blank line.
_BROKEN_WORD_RE = re.compile(r".{18,}[。；;，,][^。！？；;：:，,、]{0,20}?\d+\s*[个户名家所人]\s*[\u4e00-\u9fff]{1,4}$")
_ENDS_WITH_BARE_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?$")
_STARTS_WITH_UNIT = re.compile(rf"^(?:{_SCALE_ALT})?(?:{_UNIT_ALT})(?=[，,、。；;])")


def _paragraphs(doc: Document, ctx: Context, skip: set[int], out: Collector) -> list[Paragraph]:
    prepared = _prepared_lines(doc, ctx, skip, out)
    seen: dict[str, int] = {}
    consumed: dict[int, int] = {}            # continuation line -> characters already read
    paragraphs: list[Paragraph] = []
    numbers = sorted(prepared)
    width = wrap_width([doc.lines[n - 1] for n in numbers])
    i = 0
    while i < len(numbers):
        number = numbers[i]
        text, cols = prepared[number]
        if number in consumed:
            text, cols = text[consumed[number]:], cols[consumed[number]:]
            if not text.strip("，,、。；; "):
                i += 1
                continue
        piece = Prepared()
        piece.append(text, number, cols)
        # Join the lines that carry on a sentence wrapped by a converter.
        last_line = text
        while (i + 1 < len(numbers) and numbers[i + 1] not in consumed
               and _across_break(doc, piece.lines[-1], numbers[i + 1], last_line)
               and carries_on(last_line, prepared[numbers[i + 1]][0],
                              fills_width(doc.lines[piece.lines[-1] - 1], width))):
            i += 1
            follow, follow_cols = prepared[numbers[i]]
            last_line = follow
            out.flag(numbers[i], "wrapped_line_joined", "info",
                     f"line {numbers[i]} carries on the sentence of line {piece.lines[-1]}: joined",
                     text=follow[:40])
            piece.append(follow, numbers[i], follow_cols)
        i += 1
        key = piece.text
        if len(key) >= 30 and key in seen:
            out.flag(piece.first_line, "duplicate_paragraph", "info",
                     f"repeats line {seen[key]} verbatim: its facts are taken once",
                     text=doc.lines[piece.first_line - 1].strip()[:80])
            continue
        seen.setdefault(key, piece.first_line)
        if _ends_with_bare_number(piece.text):
            _rejoin_layout_break(prepared, piece, consumed, out, lambda n: _line_carried(doc, prepared, n, width))
        paragraphs.append(Paragraph(piece, doc.lines[piece.first_line - 1].strip()))
    return paragraphs


def _across_break(doc: Document, last: int, follow: int, last_text: str) -> bool:
    """Whether line ``follow`` may carry on line ``last``: the next line, or one after blank lines and
    page numbers only, when a page number stands between (a page's end) or the word is broken (民生支 / 出占…)."""
    if follow == last + 1:
        return True
    between = [doc.lines[n - 1].strip() for n in range(last + 1, follow)]
    if len(between) > 3 or any(t and not is_page_number(t) for t in between):
        return False
    return any(between) or (len(between) == 1 and bool(_BROKEN_WORD_RE.search(last_text)))


def _prepared_lines(doc: Document, ctx: Context, skip: set[int], out: Collector) -> dict[int, tuple[str, list[int]]]:
    """Every line read as prose, prepared: line number -> (text, columns in the raw line)."""
    prepared: dict[int, tuple[str, list[int]]] = {}
    glosses = 0
    for i, raw in enumerate(doc.lines):
        number = i + 1
        if number in skip or not raw.strip():
            continue
        text, cols, removed = fold_line(raw, ctx.simplify)
        if not text:
            continue
        if glosses == 0 and removed:
            out.flag(number, "pinyin_gloss_removed", "info",
                     "inline pinyin after characters (生產(chǎn)) removed before reading", text=raw.strip()[:60])
        glosses += removed
        if is_page_number(text):
            out.flag(number, "page_number_skipped", "info", f"{text!r} is a page number: not read", text=text)
            continue
        prepared[number] = (text, cols)
    return prepared


def _ends_with_bare_number(text: str) -> bool:
    """True when the text ends in a number that is not a date, code or other non-statistic."""
    m = _ENDS_WITH_BARE_NUMBER.search(text[-40:])
    if not m or text.endswith(("。", "；")):
        return False
    tail = text[-40:]
    return not inside(excluded_spans(tail), m.start(), m.end())


def _line_carried(doc: Document, prepared, n: int, width: int | None) -> bool:
    """Whether prepared line ``n`` carries on the sentence of the line before it."""
    if n - 1 not in prepared or n not in prepared:
        return False
    return carries_on(prepared[n - 1][0], prepared[n][0], fills_width(doc.lines[n - 2], width))


def _rejoin_layout_break(prepared, piece: Prepared, consumed, out, is_carried) -> None:
    """Join a paragraph that ends in a bare number to the one later line starting with a unit
    (not a line that carries on the sentence of the line before it: ``4.58万`` / ``亿元``)."""
    last = piece.lines[-1]
    numbers = [n for n in range(last + 1, last + 30) if n in prepared]
    candidates = []
    for n in numbers:
        follow = prepared[n][0]
        m = _STARTS_WITH_UNIT.match(follow)
        before = prepared.get(n - 1, ("x", []))[0]
        if m and not _ENDS_WITH_BARE_NUMBER.search(before[-20:] or "x") and not is_carried(n):
            candidates.append((n, m.group(0)))
    number = _ENDS_WITH_BARE_NUMBER.search(piece.text[-40:]).group(0)
    if len(candidates) == 1:
        n, unit = candidates[0]
        consumed[n] = len(unit)
        out.flag(last, "layout_break_rejoined", "info",
                 f"{number!r} ends the line without a unit; joined to {unit!r} that starts line {n}",
                 text=piece.text[-30:])
        piece.append(unit, n, prepared[n][1][: len(unit)])
        return
    reason = "no later line starts with a unit" if not candidates else \
        f"{len(candidates)} later lines start with a unit: {[c[0] for c in candidates]}"
    out.flag(last, "layout_break_unresolved", "warning",
             f"{number!r} ends the line without a unit; {reason}; not read", text=piece.text[-30:])


def _update_speaker(text: str, ctx: Context) -> None:
    """A higher unit's speaker (省长…作政府工作报告): its quoted paragraphs are that unit's."""
    source = ctx.doc.source
    if not any(w in text for w in rules.SPEECH_WORDS):
        return
    for word, level in rules.SPEAKERS:
        if word in text and not (level == "city" and source.district.endswith("市")):
            ctx.speaker = (level, source.province if level == "province" else source.city)
            return


def _update_section(text: str, ctx: Context) -> None:
    """Headings set what the section's sentences inherit: targets, or the span it reviews."""
    if not is_heading(text):
        return
    ctx.note_status = None
    ctx.plan_goals = bool(ctx.plan_end) and bool(_PLAN_TARGET_HEADING_RE.search(text))
    if _TARGET_HEADING_RE.search(text) and not _REVIEW_HEADING_RE.search(text):
        ctx.section_status = "target"
    elif _REVIEW_HEADING_RE.search(text):
        ctx.section_status = None         # 一、2023年工作回顾和2024年主要目标: each sentence's own words decide
    found = [p for _, p in _periods(text, ctx)]
    spans = [p for p in found if p.span]
    years = [p for p in found if not p.span and re.fullmatch(r"\d{4}", p.period or "")]
    if not spans and len(years) == 1 and _SECTION_YEAR_RE.search(text):   # 一、2023年工作回顾; 二、2024年工作安排
        ctx.section_period = years[0].period
        ctx.calendar = replace(ctx.calendar, current=years[0].year)
        return
    plan = _PLAN_NAME_RE.search(text)
    if not spans and plan:                # 第一节 “十一五”发展成就: the plan's span
        start, end = rules.plan_years(10 + rules._cn(plan.group(1)) if plan.group(1) else 10)
        spans = [rules.Period(f"{start}/{end}", end, span=True)]
    elif not spans and ctx.plan_end and _PLAN_REVIEW_HEADING_RE.search(text):
        end = ctx.plan_end - 5            # 第一章 发展基础 of the 十四五 plan: the 十三五 years it reviews
        spans = [rules.Period(f"{end - 4}/{end}", end, span=True)]
    if spans:
        ctx.section_period = spans[-1].period
    elif _CHAPTER_RE.match(text):
        ctx.section_period = None
        ctx.calendar = replace(ctx.calendar, current=None)


# Sentences -----------------------------------------------------------------------------------


def _items(text: str) -> list[tuple[int, str]]:
    """``(start, item)``: the sentences (。！？) of a text cut into items at ；."""
    found = []
    position = 0
    for sentence in SENTENCE_END_RE.split(text):
        for item in ITEM_END_RE.split(sentence):
            if item.strip():
                found.append((position, item))
            position += len(item)
    return found


def _read_paragraph(paragraph: Paragraph, ctx: Context, out: Collector,
                    period: str | None = None) -> str | None:
    """Read a paragraph's items in order; return the period it ends with."""
    carry = Carry(period=period)
    ctx.paragraph_last = []
    text = paragraph.text.text
    quoted = ctx.speaker if text.startswith("“") else None
    quotes = _quotes_of_units(text, ctx)
    for sentence in SENTENCE_END_RE.split(text):
        carry.status = None
        carry.unit = (quoted[0], quoted[1], "") if quoted else None
        opener = _sentence_unit(sentence, ctx)
        if opener:
            carry.unit = ("entity", ctx.doc.source.district, opener)
        carry.opening = True
        carry.last_year = set()
        carry.elided = bool(carry.zone) and _subject_elided(sentence, ctx)
        ctx.sentence_levels, ctx.breakdown, ctx.last_unit_group = [], None, ""
        offset = text.find(sentence) if sentence else 0
        if quotes:                              # 总经理李建华说：“我们1至7月生产…”: the quote holds its figures
            first = MENTION_RE.search(sentence)
            at = offset + first.start() if first else offset
            inside_quote = next((unit for start, end, unit in quotes if start <= at < end), None)
            if inside_quote:                            # “我们今年…产值达到3.2亿元。”公司总经理介绍说
                carry.unit = ("entity", ctx.doc.source.district, inside_quote)
        position = offset
        for item in ITEM_END_RE.split(sentence):
            if item.strip():
                _read_item(item, position, paragraph, ctx, out, carry)
            position += len(item)
        ctx.last_zone = _last_zone(sentence) or ctx.last_zone
    return carry.period


_BARE_BRACKET_RE = re.compile(r"[\[［]\s*(?P<num>\d+(?:\.\d+)?)\s*[\]］]"
                              r"(?=\s*(?:个百分点|百分点|%|‰|[万亿千]|元|人|户|家|个|公里|亩|吨))")


def _unbracket(m: re.Match) -> str:
    """[5.8] -> '  5.8' (the same length: offsets into the item stay those of the text)."""
    return " " * (len(m.group(0)) - len(m.group("num"))) + m.group("num")


def _sentence_unit(sentence: str, ctx: Context) -> str:
    """The one unit a sentence's opening makes its figures about, or '': a firm's, zone's or village's
    speaker whose 介绍/说 opens it (公司董事长沈立群回忆，…), a villager as its subject (村民刘大姐家里种了…), or a
    named zone or township opening it whose own clause reads no value (蒙城经济开发区跻身…，实现…), or a
    named site standing alone as its topic (被誉为“菜都”的某蔬菜批发市场，去年交易量达62万吨)."""
    speaker = _SENTENCE_SPEAKER_RE.match(sentence.lstrip().lstrip("”"))   # ”…管委会负责人介绍，…
    unit = _speaker_of(speaker.group("who"), ctx.last_firm) if speaker else ""
    if unit:
        return unit
    villager = _VILLAGER_SUBJECT_RE.match(sentence)
    if villager:
        return villager.group("person")
    if ctx.last_zone and _BARE_ZONE_OPENING_RE.match(sentence):
        return ctx.last_zone                  # …经济开发区…。园区现有规上企业126家: the zone named last
    opening = _OPENING_ZONE_RE.match(sentence)
    name = opening.group("name") if opening else ""
    if (name and _proper_name(name, rules.ZONE_ENDINGS + rules.TOWNSHIP_ENDINGS)
            and _place_name(name) and not _unnamed_entity(name)
            and not _read_mentions(CLAUSE_SPLIT_RE.split(sentence, 1)[0])):
        return name
    site = _OPENING_SITE_RE.match(sentence)
    name = site.group("name") if site else ""
    own = _own_part(name, rules.ENTITY_ENDINGS + rules.SITE_ENDINGS)
    if (name and len(own) >= 2 and _place_name(name) and not _unnamed_entity(name)
            and not _ENTITY_CLASS_RE.fullmatch(own)):
        return name                       # 洛门蔬菜批发市场，去年交易量达62万吨: the market's
    return ""


def _read_mentions(text: str) -> list[Mention]:
    """The values ``text`` holds that are read (not dates, ranks, codes…)."""
    return _mentions(text, excluded_spans(text))[0]


_QUOTE_UNIT_OPENING_RE = re.compile(rf"(?:我们|咱们)?(?P<unit>{_alternation(rules.QUOTE_UNIT_OPENINGS)})")


def _quotes_of_units(text: str, ctx: Context) -> list[tuple[int, int, str]]:
    """(start, end, unit) of the quotes in a paragraph said by a firm's, a zone's or a village's person (the
    speaker named right after the quote, else right before it; the firm named last stands for a bare 公司)."""
    spans = []
    for m in _QUOTE_RE.finditer(text):
        after = _SPEAKER_AFTER_RE.match(text, m.end())
        who = after.group("who") if after else text[text.rfind("。", 0, m.start()) + 1: m.start()]
        firms = _FIRM_NAME_RE.findall(text[: m.start()])   # 福建某竹业有限公司…“…”公司总经理介绍说
        unit = _speaker_of(who, firms[-1] if firms else ctx.last_firm)
        opening = _QUOTE_UNIT_OPENING_RE.match(m.group(0)[1:])
        if unit or opening:               # “合作社今年出栏牦牛860头…”: the unit the quote opens with
            spans.append((m.start(), m.end(), unit or opening.group("unit")))
    return spans


def _speaker_of(who: str, last_firm: str) -> str:
    """The firm, zone or village a speaker phrase names as the speaker's (公司总经理, 开发区管委会负责人,
    布尧村党支部书记, 村民老张), or '' (an official, a reporter, no one)."""
    who = who[-40:]
    zone = _ZONE_PERSON_RE.search(who)
    if zone:
        return zone.group("zone")
    for m in _FIRM_PERSON_RE.finditer(who):
        firm = m.group("firm")
        if firm is None and m.group("role") == "负责人":
            continue                      # 县商务局负责人: an official, not a firm's
        named = _FIRM_NAME_RE.search(firm or "")
        if named:
            return named.group(0)
        if firm and len(firm) > 4 and not firm.startswith(("该", "这家")):
            return firm                   # 一家袜业企业的董事长
        return last_firm or firm or "企业"
    village = _VILLAGE_SPEAKER_RE.search(who)
    if village:
        return village.group("village") or village.group("person") or "村"
    return ""


def _read_item(item: str, offset: int, paragraph: Paragraph, ctx: Context, out: Collector,
               carry: Carry) -> None:
    """Read one item (a sentence, or a part of one between ；)."""
    too_many = sum(1 for _ in itertools.islice(NUMBER_RE.finditer(item), _MAX_SENTENCE_NUMBERS + 1)) \
        > _MAX_SENTENCE_NUMBERS
    if len(item) > _MAX_SENTENCE or too_many:
        size = f"{len(item)} characters" + (f" and over {_MAX_SENTENCE_NUMBERS} numbers" if too_many else "")
        out.flag(paragraph.text.line_at(offset), "sentence_not_read", "warning",
                 f"{size} in one sentence: not prose (data or a table run together); not read",
                 text=item.strip()[:120])
        return
    item = _BARE_BRACKET_RE.sub(_unbracket, item)   # 提高[5.8]个百分点: a plan's bracketed change, read
    excluded = excluded_spans(item)
    periods = _periods(item, ctx)
    bases = [(s, e) for s, e, why in excluded if why in _BASE_EXCLUSIONS]
    if bases:                             # 完成全年预算的58.6%: a base's year is no period of the item
        periods = [(at, p) for at, p in periods if not any(s <= at < e for s, e in bases)]
    mentions, ratios = _mentions(item, excluded)
    _flag_excluded(item, excluded, offset, paragraph, out)
    _flag_bare_numbers(item, excluded, mentions, ratios, offset, paragraph, out)
    for start, ratio in ratios:
        _emit_ratio(item, start, ratio, offset, paragraph, ctx, out, periods, carry)
    levels: list[Level] = []          # the levels read so far in the item
    last: list[Level] = []            # the group read last, whatever its measure
    for group in _groups(item, mentions):
        emitted, measure = _emit_group(item, group, periods, levels, last, offset, paragraph, ctx, out, carry,
                                       excluded)
        if measure == "level":
            levels += emitted
        last = emitted or last
    ctx.paragraph_last = last or ctx.paragraph_last
    _update_carry(item, periods, carry, ctx)
    zone = _ZONE_TOPIC_RE.search(item)
    if zone and _proper_name(zone.group("name"), rules.ENTITY_ENDINGS) and not _unnamed_entity(zone.group("name")):
        carry.zone = zone.group("name")       # 举全区之力推进鄱阳湖生态科技城建设: what the paragraph goes on about
    ctx.sentence_levels = ctx.sentence_levels + levels
    groups = _unit_groups(item)
    ctx.unit_groups |= groups
    ctx.last_unit_group = _only_group(groups) or ctx.last_unit_group
    firms = _FIRM_NAME_RE.findall(item)
    ctx.last_firm = firms[-1] if firms else ctx.last_firm


def _update_carry(item: str, periods, carry: Carry, ctx: Context) -> None:
    """What this item leaves for the next ones: its period, 预计, 下同, a list's status."""
    carrying = [(s, p) for s, p in periods if p.carries]     # (今年春节假期: 今年 goes on, the holiday not)
    if carrying:
        last = carrying[-1][1]
        stated = [p for _, p in carrying if not p.contextual and _single_year(p.period)]
        if last.contextual and stated:
            last = stated[-1]                         # 做好今年工作…，全年力争…；…: 全年 is that year
        guessed = last.contextual and carry.period is None and ctx.kind == "feature"
        if last.contextual and carry.period is None and _single_year(ctx.section_period):
            carry.period = ctx.section_period         # 二、2024年工作安排 … 全年…；力争…: the section's year
        elif not (last.contextual and _single_year(carry.period)) and not guessed:
            carry.period = last.period or carry.period    # (a feature's 全年 that only the calendar dates holds
                                                          # for its own item, not for the paragraph's later ones)
    spans = [p.period for _, p in periods if p.span and re.fullmatch(r"\d{4}/\d{4}", p.period or "")]
    if spans:
        carry.span = spans[-1]
    status = _status_words(item)
    if status == "expected" and _estimate_of_one(item, ctx):
        status = None                                 # 2020年，地区生产总值预计达到…；2020年…完成…: its own clause's
    if status:
        carry.status = status
        if _LIST_INTRO_RE.search(item):
            carry.paragraph_status = status           # 主要目标是: the list that follows
    note_status = _note_status(item)
    if note_status:
        carry.paragraph_status = note_status          # (预计,同比,下同)
        ctx.note_status = note_status                 # ... and to the section's end (the next heading)


def _estimate_of_one(item: str, ctx: Context) -> bool:
    """Whether the item's last 预计 stands inside one indicator's clause (地区生产总值预计达到…), not at the head of
    what follows (预计全年地区生产总值…；…): it governs the rest of its item, not the items after it."""
    marks = list(_EXPECTED_RE.finditer(_status_text(item)))
    if not marks:
        return False
    at = marks[-1].start()
    before = _LEAD_RE.sub("", _strip_periods(item[clause_start(item, at): at], ctx).strip("，,、 "))
    return len(re.findall(r"[\u4e00-\u9fff]", before)) >= 2


def _note_status(item: str) -> str | None:
    """The status a note such as (预计,同比,下同) gives the whole item it stands in."""
    for m in _NOTE_RE.finditer(item):
        note = m.group(0)
        if not _CARRY_RE.search(note):
            continue
        status = _status_words(note) or _status_words(item[max(0, m.start() - 4): m.start()])
        if status:                                    # (预计,下同); 预计(下同)
            return status
    return None


def _status_text(text: str) -> str:
    """The text status words are looked for in: quotes, titles, year notes and targets named as a base masked."""
    text = _QUOTED_RE.sub(lambda m: "　" * len(m.group(0)), text)
    text = _TARGET_AS_BASE_RE.sub(lambda m: "　" * len(m.group(0)), text)   # 高于年度目标0.7个百分点
    text = _FORESEEN_FUTURE_RE.sub(lambda m: m.group(1) + "　" * len(m.group(2)), text)   # 预计…将达到: foreseen
    return _EXPECTED_YEARS_RE.sub(lambda m: "　" * len(m.group(0)), text)


_FORESEEN_FUTURE_RE = re.compile(r"(预计[^，,；;。]{0,20}?)(将达到|将)")


def excluded_spans(sentence: str) -> "Spans":
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
    for exclusion, pattern in _EXCLUSIONS:
        for m in pattern.finditer(sentence):       # (?P<excluded>…): only that part is not a statistic
            start, end = m.span("excluded") if "excluded" in pattern.groupindex else m.span()
            spans.append((start, end, exclusion.reason))
    marker = _LIST_MARKER_RE.match(sentence)
    if marker:
        spans.append((marker.start(), marker.end(), "list marker"))
    return spans


# Exclusions whose words name what a figure is measured against, not when (完成全年预算的58.6%).
_BASE_EXCLUSIONS = frozenset(e.reason for e in rules.EXCLUSIONS if e.name in ("completion_ratio", "completion_of_task"))


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


_FLAGGED_EXCLUSIONS = {e.reason: e.name for e in rules.EXCLUSIONS if e.flag}


def _flag_excluded(item, excluded, offset, paragraph, out) -> None:
    for s, e, why in excluded:
        if why in _FLAGGED_EXCLUSIONS:
            out.flag(paragraph.text.line_at(offset + s), _FLAGGED_EXCLUSIONS[why], "info",
                     f"{item[s:e]!r}: {why}; not an observation", text=item.strip()[:120])


def _mentions(sentence: str, excluded) -> tuple[list[Mention], list[tuple[int, str]]]:
    mentions: list[Mention] = []
    ratios: list[tuple[int, str]] = []
    for m in RATIO_RE.finditer(sentence):
        if not inside(excluded, m.start(), m.end()):
            ratios.append((m.start(), re.sub(r"[﹕∶]", ":", m.group(0))))
    not_read = Spans(list(excluded) + [(s, s + len(t), "ratio") for s, t in ratios])
    for m in MENTION_RE.finditer(sentence):
        num_start = m.start("num")
        bare_scale = (not m.group("unit") and m.group("scale") in _BARE_SCALES
                      and (m.end() == len(sentence) or sentence[m.end()] in _AFTER_BARE_SCALE))
        unitless = (not m.group("unit") and not m.group("scale")
                    and m.group("suffix") in (None, "以上", "以下", "左右", "以内")    # 指数达到66以上
                    and (_UNITLESS_BEFORE_RE.search(sentence[:num_start])
                         or _UNITLESS_CHANGE_RE.search(sentence[:num_start]))
                    and (m.end() == len(sentence) or sentence[m.end()] in _AFTER_BARE_SCALE))
        people = (not m.group("unit") and m.group("scale") == "万" and not m.group("suffix")
                  and _PEOPLE_AFTER_SCALE_RE.match(sentence, m.end()))
        if (not m.group("unit") and not bare_scale and not unitless and not people) or inside(not_read, num_start, m.end("num")):
            continue
        if num_start > 0 and (sentence[num_start - 1].isdigit() or sentence[num_start - 1] == "."):
            continue
        text = m.group(0)
        if text.startswith("-") or (m.group("prefix") and m.group("num").startswith("-")):
            rate_after_label = (re.search(r"[\u4e00-\u9fff]$", sentence[:num_start])
                                and m.group("unit") in ("%", "‰", "％"))   # 人口自然增长率-2.28‰
            if num_start > 0 and not re.search(r"[为是达:：]$", sentence[:num_start]) and not rate_after_label:
                text = text.replace("-", "", 1)       # a dash that is not a minus sign
        try:
            quantity = parse_quantity(text + "人" if people else text)
        except QuantityError:
            continue
        mentions.append(Mention(m.start(), m.end(), text, quantity, m.group("prefix") or "", bool(people)))
    return mentions, ratios


_PEOPLE_AFTER_SCALE_RE = re.compile(_alternation(rules.PEOPLE_AFTER_SCALE))
_PEOPLE_OUTCOME_RE = re.compile(r"(?:全部|均|已经|已|实现|稳定|顺利)*(?P<outcome>[\u4e00-\u9fff]{1,4})(?=[，,；;。]|$)")


def _people_label(item: str, mention: Mention, own_left: str) -> str:
    """The label of people counted before their noun (9.8万建档立卡贫困人口脱贫): a support verb before the
    number (带动), the noun, and what they achieved when it closes the clause (全部脱贫 -> 脱贫)."""
    noun = _PEOPLE_AFTER_SCALE_RE.match(item, mention.end).group(0)
    outcome = _PEOPLE_OUTCOME_RE.match(item, mention.end + len(noun))
    support = next((v for v in rules.PEOPLE_SUPPORT_VERBS if own_left.rstrip().endswith(v)), "")
    return support + noun + (outcome.group("outcome") if outcome else "")


# 城乡居民收入比为2.24, 居民消费价格指数为102.1: a ratio or an index has no unit.
_FROM_VALUE_RE = re.compile(r"(?:由|从)[^，,；;。由从]*?\d[^，,；;。由从]*$")
_DISTRICT_WORD_RE = re.compile(rf"(?:{_alternation(rules.DISTRICT_WORDS)})")
_UNITLESS_BEFORE_RE = re.compile(rf"(?:{_alternation(rules.UNITLESS_LABELS)})(?:(?:由|从)[^，,。；;]{{0,12}}?(?:缩小|下降|降低|缩减)?"
                                 rf"(?:至|到|为))?(?:为|是|达到|达|降至|缩小至|缩小到)?$")   # …由上年的2.78缩小到2.68
# 城乡居民收入比为2.10，比上年缩小0.04: the ratio's change has no unit either.
_UNITLESS_CHANGE_RE = re.compile(rf"(?:{_alternation(rules.UNITLESS_LABELS)})(?:为|是|达到|达)?\s*\d+(?:\.\d+)?\s*[，,]\s*"
                                 r"(?:比上年|较上年|比去年|同比|比上年末)?(?:缩小|扩大|下降|提高|降低|减少|增加)$")
# 56.7亿, as a feature may write a sum: a scale standing alone before punctuation.
_BARE_SCALES = ("亿", "万亿")
_AFTER_BARE_SCALE = set("，,。；;、)）")


def _flag_bare_numbers(sentence, excluded, mentions, ratios, offset, paragraph, out) -> None:
    covered = Spans([(m.start, m.end, "read") for m in mentions] + [(s, s + len(t), "read") for s, t in ratios])
    for m in NUMBER_RE.finditer(sentence):
        if inside(covered, m.start(), m.end()) or inside(excluded, m.start(), m.end()):
            continue
        out.flag(paragraph.text.line_at(offset + m.start()), "number_without_unit", "info",
                 f"{m.group(0)!r} has no unit that is read as a statistic", text=sentence.strip()[:120])


def _groups(sentence: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions that follow each other joined only by 、/和/及 form one group (分别 lists)."""
    groups: list[list[Mention]] = []
    for mention in mentions:
        if groups:
            gap = sentence[groups[-1][-1].end:mention.start]
            if gap.strip() in ("", "、", "和", "及", "与", ",、"):
                groups[-1].append(mention)
                continue
        groups.append([mention])
    return groups


# One group of values -----------------------------------------------------------------------


@dataclass
class Reading:
    names: list[str]
    measure: str
    sign: int = 1
    period: str | None = None
    year: int | None = None
    flags: list[tuple[str, str]] = field(default_factory=list)
    each_year: bool = False         # 每年较上年增长2个百分点: a growth rate (%) each year of a span


@dataclass(frozen=True)
class Level:
    """A level read earlier in the item: what a following rate or change is about."""

    name: str
    scope: str
    district: str
    entity: str


def _emit_group(item, group, periods, previous_levels: list[Level], last: list[Level], offset, paragraph,
                ctx, out, carry, excluded=None):
    """Read one group of values; return the levels it emitted and its measure."""
    first = group[0]
    left = _left_context(item, first.start, excluded)
    reading, inherited = _measure_and_names(item, group, left, previous_levels, last, ctx)
    if (reading.measure == "level" and reading.names and first.quantity.unit_base not in ("%", "‰", "元")
            and all(_FALL_LABEL_RE.match(name) for name in reading.names)):
        reading = replace(reading, names=[_FALL_LABEL_RE.sub("", name) for name in reading.names],
                          measure="change", sign=-1)     # 累计减少农村贫困人口1.46万人: a fall of the count
    if not re.match(r"^的(?!\d)", item[group[-1].end:]):       # 总投资30亿元的智能港: one entity's
        reading.names = [_aggregate_investment(item, name, first.start, ctx) for name in reading.names]
        reading.names = [_programme_investment(item[: first.start], name, ctx) for name in reading.names]
    if first.people_after:
        out.flag(paragraph.text.line_at(offset + first.start), "unit_inferred", "info",
                 f"{first.text!r} before a people noun: read as {first.text}人", text=item.strip()[:120])
    change = _CHANGE_RE.search(left)
    if (reading.measure == "change" and first.quantity.unit_base == "百分点" and change
            and _EACH_YEAR_RE.search(left[: change.start()])):
        reading.measure, reading.each_year = "growth", True
    reading.period, reading.year = _period_for(item, first, group, reading, periods, carry, ctx)
    span = carry.span or (reading.period if re.fullmatch(r"\d{4}/\d{4}", reading.period or "") else "")
    if (reading.measure == "level" and span and _FROM_START_RE.search(item[: first.start])
            and _TO_AFTER_RE.match(item, first.end) and reading.year == int(span[-4:])):
        reading.period = str(int(span[:4]) - 1)     # “十三五”期间…由23.1亿元增至31.8亿元: 23.1 is of 2015
        reading.year = int(reading.period)
    if reading.each_year:
        reading.period = _each_year_span(reading.period, reading.year, ctx)
        out.flag(paragraph.text.line_at(offset + first.start), "each_year_points", "info",
                 f"{first.text!r} after 每年/逐年: read as a growth of that many % each year of "
                 f"{reading.period or 'an unstated span'}", text=item.strip()[:120])
    names = reading.names
    if len(names) != len(group):
        names = (names + [names[-1] if names else ""] * len(group))[: len(group)]
        if len(group) > 1:
            out.flag(paragraph.text.line_at(offset + first.start), "respectively_unsplit", "info",
                     f"{len(group)} values for one indicator phrase {names[0]!r}", text=item.strip()[:120])
    if len(group) == 1 and _EACH_RE.search(left) and names and "、" in names[0]:
        each = _each_names(names[0])      # 宫颈癌、乳腺癌检查各1.2万人: the number is each one's
        if each:
            names, group = each, group * len(each)
    names = [_sum_purpose(name, item, group) for name in names]
    names = [_topic_label(name, item, first.start, previous_levels, paragraph, offset, out) for name in names]
    names = [_works_label(name, item, first.start, previous_levels, paragraph, offset, ctx, out) for name in names]
    own_clause = item[clause_start(item, first.start): first.start]
    if inherited and inherited[-1].scope != "district" and _DISTRICT_WORD_RE.match(own_clause.lstrip("，, ")):
        inherited = []                # 全市…增长4.9%，全县增长6.1%: the clause names the district itself
    if inherited:                   # a rate or change of levels read before: their unit too
        scope, district, entity = inherited[-1].scope, inherited[-1].district, inherited[-1].entity
    else:
        scope, district, entity, named = _scope(item, left, group, ctx, reading)
        bare_zone = _BARE_ZONE_OPENING_RE.match(entity) if scope == "entity" and ctx.last_zone else None
        if bare_zone or (scope == "entity" and ctx.last_zone and entity in rules.ZONE_ENDINGS):
            entity = ctx.last_zone            # 走进望江经济开发区…。园区去年实现工业产值…: the zone named last
            names = [_cleaned_label(_BARE_ZONE_LEAD_RE.sub("", name), ctx) or name if _BARE_ZONE_LEAD_RE.match(name)
                     else name for name in names]
        if (scope == "entity" and carry.unit and carry.unit[0] == "entity" and carry.unit[2] != entity
                and carry.unit[2].endswith(entity)):
            entity = carry.unit[2]            # 地理信息小镇…，小镇集聚企业…: the one named before
        if scope == "district" and not named and carry.elided and carry.zone:
            scope, entity = "entity", carry.zone     # …推进X科技城建设。近年来，累计投入…: the zone's, said on
        opens = carry.opening and not CLAUSE_SPLIT_RE.search(item[: first.start])
        subject = scope == "entity" and _CLAUSE_CONNECTOR_RE.sub("", _QUOTES_RE.sub(
            "", item[clause_start(item, first.start):]).lstrip("，, ")).startswith(_QUOTES_RE.sub("", entity))
        if named and (opens or scope != "entity" or subject):   # an entity governs from the opening, or as
            carry.unit = (scope, district, entity)              # the subject of its clause (…基地签约…，带动…)
        elif carry.unit is not None:        # 经开区实现…；完成地区生产总值…: the unit named first
            scope, district, entity = carry.unit
    carry.opening = False
    status = _status(item, group[-1].end, reading, carry, ctx, group[0].quantity.qualifier)
    if _TASK_SIZE_RE.search(left):
        status = "target"                 # 占年度任务60公里的81%: 60 is the year's target
        reading.period = str(reading.year) if reading.year else reading.period
    start_value = _FROM_YEAR_RE.search(item[max(0, first.start - 14): first.start])
    if status != "actual" and start_value and reading.year is not None and reading.year < ctx.calendar.data_year:
        status = "actual"                 # 预计…由2016年的86.2亿元增加到…: the start of a from-to is past, known
    of_level = reading.measure == "level" or bool(inherited) and all(lv.name in carry.last_year for lv in inherited)
    if status == "actual" and of_level and _flow_of_last_year(paragraph.text.text[: offset + first.start], first,
                                                              reading, carry, ctx):
        line = paragraph.text.line_at(offset + first.start)
        if ctx.calendar.month > rules.FLOW_MONTHS:      # late in the year: the year so far, or the last one
            out.flag(line, "flow_year_uncertain", "info",
                     f"{first.text!r}: an annual flow with no year of its own in a feature of "
                     f"{ctx.doc.source.published}: this year's so far or {ctx.published_year - 1}'s; kept as "
                     f"{ctx.published_year}", text=item.strip()[:120])
        else:
            reading.period, reading.year = str(ctx.published_year - 1), ctx.published_year - 1
            carry.last_year.update(reading.names)
            out.flag(line, "period_previous_year", "info",
                     f"{first.text!r}: an annual flow with no year of its own in a feature published before the "
                     f"year's figures exist: taken as {ctx.published_year - 1}'s", text=item.strip()[:120])
    elif (status == "actual" and of_level and _level_of_reviewed_year(paragraph.text.text[: offset + first.start],
                                                                       reading, carry, ctx)):
        reading.period, reading.year = str(ctx.published_year - 1), ctx.published_year - 1
        carry.last_year.update(reading.names)
        out.flag(paragraph.text.line_at(offset + first.start), "period_previous_year", "info",
                 f"{first.text!r}: a level with no year of its own in a feature of "
                 f"{ctx.doc.source.published} that reviews {ctx.published_year - 1}: taken as of that year",
                 text=item.strip()[:120])
    elif (reading.measure == "multiple" and inherited and reading.year == ctx.published_year
          and all(lv.name in carry.last_year for lv in inherited)):
        base = reading.period.split("/")[0]      # …旅游总收入152.8亿元 (last year's)，是2022年的1.7倍: last year's
        reading.year = ctx.published_year - 1
        reading.period = f"{base}/{reading.year}" if base and int(base) < reading.year else ""
    if ctx.kind == "feature" and status == "actual" and reading.year == ctx.published_year - 1:
        ctx.reviews_last_year = True
    per_year = _series_years(item, group, periods, reading)
    emitted = []
    for i, (mention, name) in enumerate(zip(group, names)):
        line = paragraph.text.line_at(offset + mention.start)
        if i == 0 and _NAMED_UNITS_RE.search(left) and mention.quantity.unit_base == "元":
            out.flag(line, "named_units_each", "info",
                     f"{mention.text!r} is what each of the units named before 等 reaches, not the unit's total; "
                     "not read", text=item.strip()[:120])
            continue
        if _units_that_did(item, mention.end):
            out.flag(line, "count_of_units", "info",
                     f"{mention.text!r} counts administrative units that did or have what follows, not the "
                     "units themselves; not read", text=item.strip()[:120])
            continue
        if not name:
            out.flag(line, "no_indicator", "warning", f"{mention.text!r}: no indicator phrase found",
                     text=item.strip()[:120])
            continue
        own_unit = _listed_entity(name) if len(group) > 1 else ""
        its_scope, its_entity = ("entity", own_unit) if own_unit else (scope, entity)   # 石花镇、城关镇…分别为…
        glued = _glued_counts(mention, reading)
        if glued:
            out.flag(line, "glued_counts", "warning",
                     f"{mention.text!r} ({name}): more people than a district holds; likely {glued} printed "
                     "run together; kept as printed (the audit marks it implausible)", text=item.strip()[:120])
        own = next((its_entity[i:] for i in range(len(its_entity) - 1) if name.startswith(its_entity[i:])), "") \
            if its_entity else ""
        bare = _BARE_ZONE_LEAD_RE.match(name) if its_entity.endswith(rules.ZONE_ENDINGS) else None
        own = own or (bare.group(0) if bare and len(name) > bare.end() + 1 else "")   # 园区规上企业 of a named zone
        if its_scope == "entity" and own and len(name) > len(own) + 1 and (own == its_entity or bare
                                                                             or own.endswith(rules.ZONE_ENDINGS)):
            name = name[len(own):]             # 直播基地签约入驻商家 -> 签约入驻商家 (entity 直播基地; 灵山工业区…)
            name = _LEAD_TARGET_RE.sub("", name) or name    # 园区力争工业总产值 -> 工业总产值 (a target word)
            name = _VERBS.sub("", name) if len(_VERBS.sub("", name)) >= 2 else name   # 经开区实现技工贸总收入
        this = reading
        if per_year:
            period, year = per_year[i]
            this = Reading(reading.names, reading.measure, reading.sign, period, year)
            status = _status(item, group[-1].end, this, carry, ctx, group[0].quantity.qualifier)
        sentence = _original_sentence(paragraph, item, offset, ctx)
        _emit(mention, name, this, status, its_scope, district, its_entity, sentence, line, ctx, out)
        emitted.append(Level(name, its_scope, district, its_entity))
    return emitted, reading.measure


_CLAUSE_CONNECTOR_RE = re.compile(r"^(?:其中|另外|此外|同时)[，,]?\s*")   # 其中万峰林景区接待游客…: the subject follows
_TOPIC_NOTE_RE = re.compile(r"^(?P<core>.*?)(?P<note>\([^()]*\))?$")
_TOPIC_VERB_PREFIX_RE = re.compile(rf"^(?:{_alternation(rules.WORKS_VERBS)})")
_TOPIC_VERB_RE = re.compile(_alternation(rules.TOPIC_VERBS))
_TOPIC_TAIL_RE = re.compile(rf"(?:{_alternation(rules.TOPIC_TAILS)})+$")
_TOPIC_RE = re.compile(r"[\u4e00-\u9fff]{2,10}")


_PURPOSE_RE = re.compile(rf"^(?:{_alternation(rules.WORKS_VERBS + rules.CONTENT_VERBS + rules.ONGOING_WORKS_VERBS)})?了?(?:\d+\s*(?:余|多)?\s*个)?"
                         r"(?P<works>[\u4e00-\u9fff()、]{2,16}?(?:项目|工程))(?:\d+\s*(?:余|多)?\s*个)?(?:建设)?$")


_NEXT_WORKS_RE = re.compile(rf"^(?:{_alternation(rules.WORKS_VERBS + rules.CONTENT_VERBS + rules.ONGOING_WORKS_VERBS)})了?\d+\s*(?:余|多)?\s*个"
                            r"(?P<works>[\u4e00-\u9fff()]{2,16}?(?:项目|工程))(?P<rest>.*)$")


def _sum_purpose(name: str, item: str, group) -> str:
    """A sum put into works named right after it in its clause (投入5.8亿元新建学校项目14个, 投入6亿元启动
    12个医疗项目建设): the works' 投入资金, not the district's whole spending."""
    if name != rules.SUM_VERBS["投入"] or len(group) != 1:
        return name
    clauses = re.split(r"[，,；;。：:]", item[group[-1].end:])
    clause = clauses[0]
    if clause.startswith("的"):
        return name                       # 投入1亿元的项目: the works' size, read elsewhere
    m = _PURPOSE_RE.match(clause)
    if m:
        return m.group("works") + name
    if clause.strip() or len(clauses) < 2:
        return name
    after = _NEXT_WORKS_RE.match(_QUOTES_RE.sub("", clauses[1]))
    if after and not re.search(r"[和、及]", after.group("rest")[:12]):
        return after.group("works") + name    # 投入资金1.2亿元，实施107个背街小巷改造工程: those works'
    before = topic_of(re.split(r"[，,；;。：:]", item[: group[0].start])[-2]) if re.search(
        r"[，,]", item[: group[0].start]) else ""
    return before + name if before else name  # 大力实施环境综合整治，投入1.2亿元，打造…和…: the clean-up's


@lru_cache(maxsize=1)
def _dictionary_names() -> frozenset[str]:
    """The names and aliases the indicator dictionary defines (normalised)."""
    return frozenset(name_index(load_dictionary()))


def generic_parts(name: str) -> tuple[str, str, str, str] | None:
    """(verb, modifier, head, note) of a label that names nothing but a generic head (rules.TOPIC_HEADS):
    改造项目 -> ('', '改造', '项目', ''), 引进项目 -> ('引进', '', '项目', ''); else None."""
    m = _TOPIC_NOTE_RE.match(name)
    core, note = m.group("core"), m.group("note") or ""
    head = next((h for h in rules.TOPIC_HEADS if core.endswith(h)), None)
    if head is None:
        return None
    modifier = core[: -len(head)]
    if modifier in rules.GENERIC_MODIFIERS:
        return "", modifier, head, note
    verb = _TOPIC_VERB_PREFIX_RE.match(modifier)
    if not modifier or verb and verb.end() == len(modifier):
        return modifier, "", head, note
    return None


def topic_of(clause: str) -> str:
    """The topic a clause introduces: the object of its last topic verb (大力推进老旧小区改造 ->
    老旧小区改造; 完成9个乡镇的医保专网建设 -> 医保专网), without works or figures of speech; '' if none."""
    for verb in reversed(list(_TOPIC_VERB_RE.finditer(clause))):
        obj = _QUOTES_RE.sub("", clause[verb.end():]).lstrip("了")
        if not obj or _TOPIC_TAIL_RE.fullmatch(obj):
            continue                      # …专网建设: 建设 closes the object, it opens none
        obj = _TOPIC_TAIL_RE.sub("", obj.rsplit("的", 1)[-1])
        return obj if _TOPIC_RE.fullmatch(obj) else ""
    return ""


def _paragraph_topic(paragraph: Paragraph) -> str:
    """The topic of a paragraph that opens with a short heading sentence (打造数字经济引擎。)."""
    first = SENTENCE_END_RE.split(paragraph.text.text.strip(), maxsplit=1)[0]
    first = first.rstrip("。！？!?")
    if len(first) > rules.TOPIC_LEAD_MAX or re.search(r"[\d，,；;]", first):
        return ""
    return topic_of(first)


def _topic_label(name: str, item: str, position: int, previous_levels: list[Level], paragraph: Paragraph,
                 offset: int, out: Collector) -> str:
    """A label that names nothing but a generic head takes the topic that says which things are meant:
    a sibling label of the item sharing its modifier (志愿服务组织… 服务时长 -> 志愿服务时长), the topic
    of an earlier clause (大力推进老旧小区改造，…改造项目 -> 老旧小区改造项目), or the paragraph's heading
    sentence (打造数字经济引擎。…引进…项目 -> 引进数字经济项目). Unsure: kept and flagged."""
    parts = generic_parts(name) if name else None
    if parts is None or normalise_name(name) in _dictionary_names():
        return name                       # the dictionary defines it (改造户数): not generic
    verb, modifier, head, note = parts
    topic = ""
    if modifier:
        ending = rules.GENERIC_MODIFIERS[modifier]
        for level in reversed(previous_levels):
            at = level.name.find(modifier)
            if at >= 2 and level.name[: at + len(modifier)] in item:
                topic = level.name[: at + len(modifier)]
                break
        if not topic:
            clauses = CLAUSE_SPLIT_RE.split(item[:position])
            topic = next((t for t in (topic_of(c) for c in reversed(clauses)) if t.endswith(ending)), "")
        if not topic and _paragraph_topic(paragraph).endswith(ending):
            topic = _paragraph_topic(paragraph)
    elif head in rules.PARAGRAPH_TOPIC_HEADS:
        topic = _paragraph_topic(paragraph)
        if topic.endswith(head):
            topic = topic[: -len(head)]
    if len(topic) >= 2:
        return verb + topic + head + note
    out.flag(paragraph.text.line_at(offset + position), "generic_label", "info",
             f"{name!r} names only a generic noun and its sentence says no more of which things it means; "
             "kept as printed", text=item.strip()[:120])
    return name


_WORKS_PROPERTY_RE = re.compile(rf"^(?:{rules.WORKS_PROPERTY_LABELS})$")
_WORKS_DONE_RE = re.compile(rules.WORKS_DONE_LABELS)
_WORKS_STARTED_RE = re.compile(rules.WORKS_STARTED_LABELS)
_DONE_SUM_RE = re.compile(rf"^已(?:经)?完成(?P<sum>[\u4e00-\u9fff]{{2,}}(?:{_alternation(rules.SUM_NOUNS + ('投入',))}))$")
_ALREADY_MADE_RE = re.compile(rf"^已(?=(?:{_alternation(rules.MAKING_VERBS)})[\u4e00-\u9fff]{{2}})")
_INCOME_FROM_RE = re.compile(r"从(?P<source>[\u4e00-\u9fff]{2,8}?)中?(?:获得|取得|得到)(?=[\u4e00-\u9fff]{0,2}收入)")
_KEPT_PAIR_RE = re.compile(rf"^(?:并|和|及|与)(?:{_alternation(rules.KEPT_VERBS)})")
_WORKS_OPENING_RE = re.compile(rf"^(?:(?:{_alternation(rules.WORKS_OPENING_VERBS)})了?)+")
_WORKS_NOUN_VERB_RE = re.compile(rf"^(?:{_alternation(rules.WORKS_NOUN_VERBS)})(?=[\u4e00-\u9fff]{{2}})")


def works_name(label: str) -> str:
    """The works a clause's label names, as a noun: 完成营造林 -> 营造林, 改造老旧小区 -> 老旧小区改造."""
    label = _WORKS_OPENING_RE.sub("", label)
    verb = _WORKS_NOUN_VERB_RE.match(label)
    return label[verb.end():] + verb.group(0) if verb else label


def _works_label(name: str, item: str, position: int, previous_levels: list[Level], paragraph: Paragraph,
                 offset: int, ctx: Context, out: Collector) -> str:
    """A label that states what some works reach or involve (涉及住户, 受益人口, 成活率) takes the works of
    the clause before it in its item: the label read there, else that clause's own phrase; a task-table
    cell that opens with it, the works its row's earlier cells name. Unsure: flagged."""
    done = _WORKS_DONE_RE.fullmatch(name)
    started = _WORKS_STARTED_RE.fullmatch(name)
    if not (done or started or _WORKS_PROPERTY_RE.match(name)):
        return name
    before = CLAUSE_SPLIT_RE.split(item[:position])
    while len(before) >= 3 and _ALL_DONE_CLAUSE_RE.fullmatch(before[-2]):
        del before[-2]                    # …12个，已全部完工，惠及居民…: the works before the news they are done
    clause = before[-2] if len(before) >= 2 else ""
    works = ""
    own_levels = [lv for lv in previous_levels if not _WORKS_PROPERTY_RE.match(lv.name)]   # (…14个、涉及居民
    last = _TOPIC_NOTE_RE.match(own_levels[-1].name).group("core") if own_levels else ""       # 1260户: the works)
    counted = bool(MENTION_RE.search(clause))
    if last and counted and done:
        return last                       # 计划改造老旧小区46个，已完工41个: those works, as the plan named them
    if last and counted:                  # 为民办实事项目(完成): the works, without the note
        works = works_name(last)
    elif clause and not counted and not clause.lstrip().startswith(rules.MANNER_OPENERS):
        works = works_name(_clean_indicator(clause))     # (联合某科技城，引进投资…: a partner, no works)
    elif len(before) == 1:                # a cell that opens with it: its row says which works
        works = ctx.row_works
    if len(works) >= 2 and _TOPIC_RE.fullmatch(works) and not works.endswith(rules.SIZE_LABEL_ENDS):
        if not (done or started) and _PROGRAMME_RE.search(works):
            return works + name           # 确定实施36项民生实事项目，计划总投资…: the programme's, as said
        return works if done else works + started.group("verb") if started else works + name.removeprefix("计划")
    out.flag(paragraph.text.line_at(offset + position), "generic_label", "info",
             f"{name!r} says what some works reach, and the clause before it names no works; kept as printed",
             text=item.strip()[:120])
    return name


def _glued_counts(mention: Mention, reading: Reading) -> str:
    """The likely reading of a person count in bare digits above any district's population that splits
    into households and persons (7021879人 -> 702户1879人), else ''."""
    q = mention.quantity
    if (reading.measure != "level" or q.unit_base != "人" or q.value_base is None or q.factor != 1
            or q.value_base <= rules.MAX_DISTRICT_PEOPLE):
        return ""
    return split_households(q.value_base)


_EACH_YEAR_RE = re.compile(rf"(?:{_alternation(w for w, _ in rules.EACH_YEAR_WORDS)})"
                           r"(?:较上年|比上年|较去年|比去年)?$")


_ANNUAL_FLOW_RE = re.compile(_alternation(rules.ANNUAL_FLOWS))
_MODAL_RE = re.compile(r"(?:可|将|能|会|有望)(?:达到|达|实现|突破|超过)?$")


def _flow_of_last_year(before: str, first: Mention, reading: Reading, carry: Carry, ctx: Context) -> bool:
    """A feature's annual flow (营业收入, 增加值 …) with no year of its own, stated as done, in the year it
    was published: not that year's total (published after the year ends). ``before`` is the paragraph
    up to the number; a period it or the title states (今年, 二季度, 1至10月,
    2022年) is the flow's own."""
    cal = ctx.calendar
    if ctx.kind != "feature" or reading.year != cal.published:
        return False
    if reading.period not in ("", str(cal.published)) or reading.measure == "multiple":
        return False
    if any(not p.span and not (p.contextual and p.year == cal.annual)     # (a 全年 only the calendar dates: none)
           for _, p in _periods(before, ctx) + _periods(ctx.doc.source.title, ctx)):
        return False
    if any(p and "/" not in p for p in (carry.period, ctx.section_period)) or _MODAL_RE.search(before):
        return False                          # 主营业务收入可达30亿元: this year's, as foreseen
    return any(_ANNUAL_FLOW_RE.search(name) for name in reading.names)


def _level_of_reviewed_year(before: str, reading: Reading, carry: Carry, ctx: Context) -> bool:
    """A level with no period of its own in a feature published early in the year (rules.REVIEW_MONTHS) that
    has reported figures of the year before: as of that year (``before``: the paragraph up to the number)."""
    cal = ctx.calendar
    if not (ctx.reviews_last_year and 0 < cal.month <= rules.REVIEW_MONTHS and reading.year == cal.published):
        return False
    if reading.period not in ("", str(cal.published)) or reading.measure == "multiple":
        return False
    if (any(p.year is None or p.year >= cal.published for _, p in _periods(before, ctx))
            or any(p and not p.startswith(str(cal.published - 1)) for p in (carry.period, ctx.section_period))
            or _MODAL_RE.search(before)):
        return False                          # 今年…, 目前…, 可达…: the text says which year
    return True


def _each_year_span(period: str, year: int | None, ctx: Context) -> str:
    """The span an each-year growth runs over: the stated span, else the plan's years, else unsure."""
    if "/" in period and "-" not in period:
        return period
    if ctx.plan_end and year == ctx.plan_end:
        return f"{ctx.plan_end - 4}/{ctx.plan_end}"
    return ""


_COUNTED_PROJECTS_RE = re.compile(r"(?:项目|实事|事项)\s*(?:\d+\s*大?类\s*)?\d+\s*(?:余|多)?\s*[个项件类]"
                                  r"|(?<!\d)(?:\d+|[一二三四五六七八九十]{1,3})\s*(?:余|多)?\s*(?:个|项|件|大?类|方面)"
                                  r"[\u4e00-\u9fff]{0,12}(?:项目|实事|事项)")
_COUNT_OF_PROJECTS_RE = re.compile(r"\d+\s*(?:余|多)?\s*个")
_COUNT_OF_WORKS_RE = re.compile(r"(?P<n>\d+)\s*(?:余|多)?\s*(?:个|项|件|所|座|条|处|栋|幢|套)")
_PROJECTS_BEFORE_COUNT_RE = re.compile(r"([\u4e00-\u9fff]{0,12}?(?:项目|事项))\s*(?:\d+\s*大?类\s*)?\d+\s*(?:余|多)?\s*[个项件]")
# The words a total investment is said in (计划总投资3.86亿元): 计划 stays in the programme's label.
_PLANNED_TOTAL_RE = re.compile(r"(?P<word>(?:年度)?计划总投资|(?:年度)?计划投资)\s*(?:约|近|超过?|达到?)?\s*$")


_PROGRAMME_RE = re.compile(rf"(?:(?<![全本该我])(?:{_alternation(rules.PROGRAMME_LEVELS)}))?(?:{_alternation(rules.PROGRAMME_KINDS)})"
                           rf"(?:{_alternation(rules.PROGRAMME_NOUNS)})")
_COUNT_OPENING_RE = re.compile(r"^(?:\d+|[一二两三四五六七八九十]{1,3})\s*(?:项|件|个|大类|类|方面)")
_BARE_INVESTMENT_RE = re.compile(rf"(?P<programme>.*?){rules.BARE_INVESTMENT}")


def _programme_investment(before: str, name: str, ctx: Context) -> str:
    """A bare 完成投资 is the investment of the programme of works its item names before it, else its
    document's title (rules.PROGRAMME_KINDS): 民生实事项目完成投资, 重点项目完成投资; a label naming its
    programme drops its 累计 (民生实事累计完成投资 -> 民生实事完成投资)."""
    bare = _BARE_INVESTMENT_RE.fullmatch(name)
    if not bare:
        return name
    own = _PROGRAMME_RE.fullmatch(_COUNT_OPENING_RE.sub("", bare.group("programme")))   # (十项民生实事…: its count)
    if own:
        return own.group(0) + bare.group("sum")
    if bare.group("programme"):
        return name
    named = _PROGRAMME_RE.findall(before) or _PROGRAMME_RE.findall(ctx.doc.source.title)
    return named[-1] + bare.group("sum") if named else name


def _aggregate_investment(item: str, name: str, position: int, ctx: Context) -> str:
    """总投资 beside a count of projects (实施总投资80亿元的26个重点项目) is the projects' total, not one's; in
    a notice whose title names a programme (关于2023年民生实事项目推进情况的通报), a total naming no project is
    the programme's (全年计划投资5.63亿元 -> 民生实事项目计划投资). Said as 计划(总)投资, the label keeps 计划.
    (What they completed is :func:`_programme_investment`'s.)"""
    if name not in rules.PROJECT_LABELS:
        return name
    planned = _PLANNED_TOTAL_RE.search(item[:position])
    name = planned.group("word") if planned else name
    for m in _COUNT_OF_PROJECTS_RE.finditer(item):
        noun = _right_phrase(item, m.end())
        if noun == "项目":                  # 18个项目纳入市重点项目…，总投资88亿元: the projects said so
            done = _after_noun(item, m.end(), noun)
            if len(done) >= 2:
                return f"{done}的{noun}{name}"
        if noun.endswith("项目"):
            return noun + name
    before = _PROJECTS_BEFORE_COUNT_RE.search(item)
    if before:                              # A、B等数字产业项目100余个…，总投资超600亿元
        projects = before.group(1).rsplit("等", 1)[-1].removeprefix("年")
        projects = re.sub(r"^(?:列入|纳入|确定|安排)", "", _LEAD_VERB_RE.sub("", _LEAD_RE.sub("", projects)))
        projects = _OWN_LEVEL_RE.sub("", projects)
        return projects + name if len(projects) > 2 else name
    if name.startswith("项目"):
        return name                                     # 项目总投资: the project's the item names
    programme = _programme_before(item, position) or _title_programme(item, position, ctx)
    return programme + name if programme else name


_PROMISED_AT_END_RE = re.compile(rf"(?:{_alternation(rules.PROMISED_PROGRAMMES)})(?:项目|事项)?\s*$")


def _programme_before(item: str, position: int) -> str:
    """A promised programme the clause before the total ends with (确定2024年县政府十方面民生实事项目，计划总投资…)."""
    before = CLAUSE_SPLIT_RE.split(item[:position])
    found = _PROMISED_AT_END_RE.search(before[-2]) if len(before) >= 2 else None
    return found.group(0).strip() if found else ""


def _title_programme(item: str, position: int, ctx: Context) -> str:
    """The programme a notice's title names (民生实事项目, 重点项目), when ``item`` names no project of its own
    and counts nothing before ``position`` (新建教学综合楼1栋，总投资6800万元: that building's)."""
    if (ctx.kind != "notice" or _PROJECT_NAME_RE.search(item) or clause_start(item, position) > 0
            or re.search(r"\d", _ANY_PERIOD_RE.sub("", item[:position]))):
        return ""                 # (…推进某公寓建设，总投资1.2亿元: the works the clause before names)
    named = _PROGRAMME_RE.findall(ctx.doc.source.title)
    return named[-1] if named else ""


_NAMED_UNITS_RE = re.compile(rf"、[^，,；;。、]{{1,10}}等(?:{_alternation(rules.ADMIN_UNITS)})")


def _units_that_did(item: str, end: int) -> bool:
    """9个乡镇和111个村的医保专网建设, 至少有1个街道基本建成…: a count of administrative units
    followed by what they did is not a count of the units."""
    rest = item[end:]
    unit = next((u for u in sorted(rules.ADMIN_UNITS, key=len, reverse=True) if rest.startswith(u)), None)
    if unit is None:
        return False
    rest = rest[len(unit):]
    return bool(rest) and (rest[0] in "和、及的" or bool(_RIGHT_STOP.match(rest)))   # not 村级服务中心


def _series_years(item, group, periods, reading: Reading) -> list[tuple[str, int]]:
    """(period, year) of each value of a series, in order, or empty when the group is not one:
    2016-2020年分别为A、B、C、D、E (one value a year), 一季度、上半年分别增长5.2%和5.7% (a list of periods)."""
    if len(group) < 2:
        return []
    listed = _listed_periods(item, group, periods)
    if listed:
        return listed
    if reading.measure != "level":
        return []
    spans = [p for s, p in periods if s < group[0].start and p.span and "-" not in p.period]
    if not spans:
        return []
    first, last = (int(y) for y in spans[-1].period.split("/"))
    return [(str(y), y) for y in range(first, last + 1)] if last - first + 1 == len(group) else []


def _listed_periods(item, group, periods) -> list[tuple[str, int]]:
    """一季度、上半年、前三季度分别增长…: as many periods listed (、/和) before 分别 as values, one each."""
    before = [(s, p) for s, p in periods if s < group[0].start and p.period]
    run = before[-len(group):]
    if len(run) != len(group) or "分别" not in item[run[-1][0]: group[0].start]:
        return []
    if re.search(r"[，,；;。]", item[run[0][0]: group[0].start]):
        return []
    for (s, _), (t, _) in zip(run, run[1:]):
        if not re.search(r"[、和及与]\s*$", item[s:t]):
            return []
    return [(p.period, p.year) for _, p in run]


def _original_sentence(paragraph: Paragraph, item: str, offset: int, ctx: Context) -> str:
    """The sentence as the document prints it (traditional characters and glosses kept)."""
    if ctx.cite is not None:
        return item.strip()
    cached = paragraph.originals.get(offset)
    if cached is not None:
        return cached
    start = offset + (len(item) - len(item.lstrip()))
    end = offset + len(item.rstrip())
    original = paragraph.text.original(ctx.doc.lines, start, end).strip() or item.strip()
    paragraph.originals[offset] = original
    return original


_FALL_LABEL_RE = re.compile(r"^(?:累计)?减少(?=[\u4e00-\u9fff]{2,})")
_BASE_VALUE_RE = re.compile(r"(?:比|较)\s*(?:19|20)\d{2}\s*年(?:末|底)?的\s*$")
_PART_OPENING_RE = re.compile(r"^\s*其中\s*[，,:：]?")


def _measure_and_names(item, group, left, previous_levels: list[Level], last: list[Level],
                       ctx) -> tuple[Reading, list[Level]]:
    """The group's measure (level, growth, change, multiple), sign and indicator names.

    Also returns the earlier levels the names were taken from, when they were.
    """
    unit_base = group[0].quantity.unit_base
    n = len(group)
    earlier = previous_levels[-n:] or last[-n:]   # 年均增长7.4%，较十三五末净增190亿元: of the rate's indicator
    if _TASK_SIZE_RE.search(left) and previous_levels:
        return Reading([previous_levels[-1].name] * n, "level"), []   # 完成年度任务(3000人)的: the task's size
    multiple = _MULTIPLE_RE.search(left)
    if multiple and unit_base == "倍":
        stem = _clean_indicator(left[: multiple.start()], ctx)
        if stem and not (stem in rules.GENERIC_LABELS and earlier):   # 总量是2019年的1.31倍: the level's
            return Reading(_names_for(stem, n), "multiple"), []
        return Reading([lv.name for lv in earlier], "multiple"), earlier
    change = _CHANGE_RE.search(left)
    if change and _is_change(left, change, unit_base):
        verb = change.group("verb")
        stem = _clean_indicator(left[: change.start()], ctx)
        measure = ("growth" if (unit_base in ("%", "‰") or (unit_base == "倍" and verb in rules.GROWTH_IN_TIMES_VERBS))
                   and verb not in rules.COUNT_VERBS
                   else "multiple" if unit_base == "倍" else "change")   # 增长1.3倍: a growth of 130%, said in 倍
        sign = _SIGNS[verb]
        if stem.startswith("占") and previous_levels:
            return Reading([previous_levels[-1].name + stem] * n, measure, sign), []
        if stem:
            return Reading(_names_for(stem, n), measure, sign), []
        if earlier:
            return Reading([lv.name for lv in earlier], measure, sign), earlier
        parts = ctx.paragraph_last[-1:] if _PART_OPENING_RE.match(item) and measure == "growth" else []
        if parts:                         # …规上工业增加值增长7.8%。其中，10月当月增长9.2%: that rate's part
            return Reading([parts[0].name] * n, measure, sign), parts * n
        return Reading(_names_for(_subject(item, ctx), n), measure, sign), []
    own_left = _own_left(item, group, left)
    if group[0].people_after and n == 1:
        return Reading([_people_label(item, group[0], own_left)], "level"), []
    stem = _clean_indicator(own_left, ctx)
    done = _ALREADY_DONE_RE.search(own_left.strip())
    if done and own_left.strip() == stem + done.group(0) and _PROMISED_RE.search(stem) and not stem.endswith("中"):
        return Reading(_names_for(own_left.strip(), n), "level"), []   # 36项民生实事已完成21项: the items done
    if not stem and previous_levels and _BASE_VALUE_RE.search(own_left):
        return Reading([previous_levels[-1].name] * n, "level"), []   # …22418元，比2020年的15630元: the base's
    rate_noun = next(((w, sign) for w, sign in rules.RATE_NOUNS if stem.endswith(w) and len(stem) > len(w)), None)
    if rate_noun and unit_base in ("%", "‰"):              # 居民消费价格涨幅控制在3%左右: a growth target
        return Reading(_names_for(stem[: -len(rate_noun[0])], n), "growth", rate_noun[1]), []
    if stem.endswith(rules.COUNT_SUFFIXES) and unit_base not in ("%", "‰"):
        stem = re.sub(f"(?:{'|'.join(rules.COUNT_SUFFIXES)})$", "", stem) or stem   # 规上工业企业数量达到421家
    if stem.endswith(rules.COUNTED_WITH_SHU) and unit_base not in ("%", "‰"):
        stem = stem[:-1]                      # 规上工业企业数达到612家
    if stem in rules.TOTAL_WORDS and last:                 # 新增规上工业企业71家，总数突破800家
        stem = ""
    if (last and _CONTENT_VERB_RE.fullmatch(stem) and _CUMULATIVE_RE.search(left)
            and not _right_phrase(item, group[-1].end)):
        stem = ""                         # 新建5G基站486座，累计建成3520座: the total of the things just counted
    stem = _shared_count_verb(item, group, own_left, stem)
    sized = _sized_label(item, group, stem, left, ctx)
    if sized:
        return Reading(_names_for(sized, n), "level"), []   # 建成总长50公里的园区路网 -> 园区路网总长
    if stem in rules.SUM_VERBS and unit_base == "元":
        stem = rules.SUM_VERBS[stem]                          # 投入1.2亿元 -> 投入资金
    right = _right_phrase(item, group[-1].end)
    done_among = _DONE_AMONG_RE.search(own_left)
    if done_among and unit_base not in _MEASURE_UNITS and not right:
        return Reading(_names_for(done_among.group("done") + done_among.group("whole"), n), "level"), []
    among = _AMONG_RE.search(stem)
    deed = _DEED_AFTER_RE.match(item, group[-1].end) if among else None
    if deed:                                  # 47家规上工业企业中有39家实现增长 -> 实现增长的规上工业企业
        return Reading(_names_for(deed.group("deed") + "的" + among.group("whole"), n), "level"), []
    if _owner_entity(item, group) and right:
        return Reading(_names_for(right, n), "level"), []     # 某项目120亩工业用地: the land, of the project
    if (unit_base not in _LEFT_FIRST_UNITS and right and stem.endswith(rules.COUNTED_NOUNS)
            and _opens_clause(item, group[0].start - len(left))):
        right = ""                    # “领军”企业2家 某某集团…: the noun before the count is what it counts
    if right and (_CONTENT_VERB_RE.fullmatch(stem) or stem in rules.COUNT_VERBS) and unit_base not in _MEASURE_UNITS:
        verb = "" if stem.rstrip("了") in rules.BECOMING_VERBS else stem.rstrip("了")
        return Reading(_names_for(verb + right, n), "level"), []   # 改造提升20所敬老院; 建成380个…设施: 设施
    if right in rules.GENERIC_NOUNS and stem and unit_base not in _LEFT_FIRST_UNITS:
        return Reading(_names_for(_examples_dropped(item, group, stem + right, ctx), n), "level"), []   # 政策惠及27236家企业: 企业 alone names nothing
    if unit_base not in _LEFT_FIRST_UNITS and right:
        if n > 1:                     # 14所中学、15所幼儿园: each count names its own noun
            rights = [_right_phrase(item, m.end) for m in group]
            if all(rights):
                return Reading(rights, "level"), []
        stem = _list_action(item, group[-1].end, right)   # 57个棚改征收项目: the classifier counts what follows
        owner = _clean_indicator(own_left, ctx)
        if (owner and _PRIOR_COUNT_RE.search(item[: group[0].start - len(own_left)])
                and not re.search(r"[、和及与]", own_left)):
            stem = owner + stem                  # 25个重点民生项目83项具体任务 -> 重点民生项目具体任务
        stem = re.sub(r"(项目|工程)建设$", r"\1", stem)     # 新建12个医疗项目建设 -> 新建医疗项目
        stem = _examples_closed(item, group[-1].end, stem)
        stem = _located(item, group[-1].end, stem)
        if stem.endswith(rules.ACTION_HEADS) and not _LEAD_VERB_RE.match(stem):
            verb = _verb_before(own_left, ctx) or _clause_verb(item, group[0].start, ctx)
            if verb in rules.LABEL_VERBS and re.search("|".join(rules.LIST_ACTIONS + ("建设",)), stem):
                verb = ""                             # 实施107个背街小巷改造工程: the works are named already
            if verb:
                stem = verb + stem                    # 引进10个产业项目 -> 引进产业项目
            elif stem.endswith("项目"):
                done = _after_noun(item, group[-1].end, stem)
                if len(done) >= 2 and done != "建设" and not _ALL_DONE_WORDS_RE.fullmatch(done):
                    stem = f"{stem}({done})"      # 7个房地产项目成功入库 (not 28项民生实事项目已全面完成)
    elif not stem and right and _VERBS.fullmatch(_ADVERBS.sub("", _LEAD_RE.sub("", left.strip()))):
        stem = right                  # 完成1万户老旧小区改造, 实现100%的接种率: the verb names nothing

    elif not stem:
        stem = (_bare_verb(own_left, ctx) or right) if unit_base in _LEFT_FIRST_UNITS else right
        stem = rules.SUM_VERBS.get(stem, stem) if unit_base == "元" else stem
    stem = _located(item, group[-1].end, stem) if stem == right else stem
    stem = _examples_dropped(item, group, stem, ctx)
    stem = _breakdown_verb(item, group, stem, previous_levels)
    role = _ROLE_AFTER_RE.match(item[group[-1].end:]) or _LISTED_ROLE_RE.fullmatch(
        re.split(r"[，,；;。]", item[group[-1].end:])[0])   # 39家A、36家B参与综合评价: the list's role is each one's
    if role:                                  # 127家企业参评, 35家企业入库 -> 参评企业, 入库企业
        noun, verb = role.group("noun"), role.group("role")
        for said in (noun + verb, f"{noun}({verb})", noun):
            if stem.endswith(said) and not stem.startswith(verb):
                written = rules.ROLE_LABEL_WORDS.get(verb, verb)
                stem = stem[: -len(said)] + written + ("的" if verb in rules.ROLE_PHRASES else "") + noun
                break
    per = next((w for w in rules.PER_PERIOD if w in own_left), "")
    if per and stem and not stem.startswith(per):
        stem = per + stem                       # 每月开展3次巡查 -> 每月巡查
    if own_left.rstrip().endswith("对") and stem == right and stem:
        action = re.sub(r"^进行了?", "", _after_noun(item, group[-1].end, stem))
        stem = f"{stem}({action})" if len(action) >= 2 else stem   # 对1548亩工业用地深化合作
    if stem.startswith(rules.PARTIAL_LABELS) and len(stem) <= 10:
        subject = re.sub(r"(?:标准|水平)$", "", _subject(item, ctx))
        stem = subject + stem if len(subject) >= 2 else stem    # 城乡低保标准…，月标准 -> 城乡低保月标准
    if unit_base == "%" and stem and re.match(r"(?:全)?覆盖", item[group[-1].end:]) and not stem.endswith("率"):
        stem += "覆盖率"                      # 养老机构100%覆盖 -> 养老机构覆盖率
    support = _SUPPORT_STEM_RE.fullmatch(stem) if unit_base in ("户", "人") else None
    after = re.match(r"[\u4e00-\u9fff]{2,10}?(?=[，,；;。]|$)", item[group[-1].end:]) if support else None
    if after:                                # 带动1.2万户农户增收, 带动周边1800户农户增收: whom and what for
        stem = support.group("verb") + after.group(0)
    if unit_base == "人" and stem:
        outcome = next((w for w in rules.PERSON_OUTCOMES if re.match(rf"{w}(?:[，,；;。]|$)", item[group[-1].end:])), "")
        if outcome and not stem.endswith(outcome):
            stem += outcome                    # 带动1.6万余人就业 -> 带动…就业
    stem = _last_of_list(stem, unit_base, n)
    sector = _SECTOR_ECONOMY_RE.findall(item[: group[0].start]) if stem in rules.SECTOR_SUMS else []
    if sector:
        stem = sector[-1] + stem              # 全区工业经济稳中有进，实现营业收入433.5亿元 -> 工业营业收入
    breakdown = "其中" in item[clause_start(item, group[0].start) - 4: group[0].start]
    fuller = "" if _category_of(stem) or breakdown or len(stem) > 4 else _fuller_label(stem, previous_levels + last)
    # (其中出口总额 after 进出口总额 is a part, not the whole abbreviated)
    if fuller:                        # (a category takes the head of the level right before it, below)
        stem = fuller                 # 粮食总产…，总产达4万吨
    elif n == 1:
        stem = _breakdown_label(stem, item, group, ctx.sentence_levels + previous_levels, ctx) or stem
    crops = [m for m in (_CROP_OF_RE.match(lv.name) for lv in reversed(previous_levels[-2:])) if m] \
        if stem in rules.OUTPUT_WORDS else []
    crop = next((m for m in crops if "面积" in m.group(0)), crops[0] if crops else None)   # the area's crop first:
                                          # 草莓种植面积…，鲜果产量…，全产业链产值… -> 草莓全产业链产值
    if crop:
        stem = crop.group("crop") + stem      # 粮食播种面积91万亩，总产量44.3万吨 -> 粮食总产量
    if (unit_base == "吨" and 2 <= len(stem) <= 4 and not stem.endswith(("量", "产")) and "其中" in item[: group[0].start]
            and any(lv.name.endswith("产量") for lv in ctx.sentence_levels + previous_levels)):
        stem += "产量"                        # 粮食总产量73.9万吨，其中小麦33.6万吨 -> 小麦产量
    total_share = re.match(rf"(?:{_alternation(rules.TOTAL_WORDS)})(?=占)", stem)
    if total_share and (last or previous_levels):
        stem = stem[total_share.end():]       # …地区生产总值192.4亿元，…，总量占全市的比重达到51.8%: that total's
    if (stem.endswith("占") and len(stem) > 2 and (last or previous_levels) and unit_base == "%"
            and "占" not in stem[:-1]):
        whole = (last or previous_levels)[-1].name       # 一般公共预算支出38.45亿元，其中民生支出占81.2%: of
        whole = whole.split("占", 1)[1] if "占" in whole else whole     # the level before, its whole unsaid;
        if whole != stem[:-1]:                          # after a share (…占GDP的比重13.8%，第二产业占39.7%), its whole
            return Reading([_share_label(stem + whole)] * n, "level"), []
    if stem.startswith("占") and (last or previous_levels):     # …增长11.8%，占全部投资的比重58.6%: of
        source = (last or previous_levels)[-1]      # the clause read last, whatever its measure, and its unit
        return Reading([_share_label(source.name + stem)] * n, "level"), [source] if source.scope == "entity" else []
    if not stem:                              # 评为A类，共278家: the category the clause before names
        rated = _RATED_CLAUSE_RE.search(item[: clause_start(item, group[0].start)])
        stem = rated.group("category") if rated else stem
    if not stem and unit_base == "家":         # 本次评价对象为…工业企业，共计136家: the firms evaluated
        evaluated = _EVALUATION_OBJECT_RE.search(item[: group[0].start])
        stem = (rules.EVALUATED_WORDS[0] + ("工业企业" if "工业企业" in evaluated.group(0) else "企业")
                if evaluated else stem)
    category = _category_of(stem)
    group_opening = _GROUP_OPENING_RE.match(item) if category else None
    if group_opening:                         # 规上工业企业中，A类81家: the group the item opens with
        return Reading([_LEAD_RE.sub("", group_opening.group("group")) + category] * n, "level"), []
    if category and previous_levels:
        head = _category_head(previous_levels[-1].name) or _unit_group(previous_levels[-1].name)
        if head:                              # …A类11家、B类21家: B类 of the same head
            return Reading([head + category] * n, "level"), []
    local = _unit_groups(item[: group[0].start])
    named = (_only_group(ctx.unit_groups | local)     # two groups named (规上…和规下…): whose is unsure,
             or _only_group(local) or ctx.last_unit_group)          # unless its sentence names one
    if category and named and re.sub(r"\([^()]*\)", "", stem).endswith((category,) + rules.CATEGORY_NOUNS):
        return Reading([named + category] * n, "level"), []   # …对规模以上工业企业开展评价。…A类企业24家
    if category and category != stem:         # A类（优先发展类）企业 with no group named: A类企业
        stem = re.sub(r"\([^()]*\)", "", stem)
    if (not stem or stem in rules.GENERIC_LABELS) and _TO_VERB_RE.search(left) and earlier:
        return Reading([lv.name for lv in earlier], "level"), earlier
    if stem in rules.COUNT_VERBS and last and len(last) >= n:     # 共有合作社286家，今年以来新增31家
        return Reading([stem + _COUNT_VERB_LEAD_RE.sub("", lv.name) for lv in last[-n:]], "level"), []
    if not stem and last and len(last) >= n:
        names = [lv.name for lv in last[-n:]]
        if "累计" in own_left or "总数" in own_left or "总量" in own_left:   # 新认定…产品4个，累计37个;
                                               # 新增规上工业企业28家，总数达到213家: the total has no 新认定/新增
            names = [_TOTAL_DROPPED_VERB_RE.sub("", nm) or nm for nm in names]   # (新培育…，总数达到238家)
        done = _ALREADY_DONE_RE.search(own_left.strip())
        if done and done.start() == 0 and len(names) == 1 and _PROMISED_RE.search(names[0]):
            names = [names[0] + done.group(0)]   # 实施民生实事36项，已完成21项: the promised items done
        return Reading(names, "level"), []   # 其中2015年完成58.6亿元; 到2020年突破8亿元
    if not stem and ctx.row_label and not item[: group[0].start].strip():
        return Reading(_names_for(ctx.row_label, n), "level"), []   # 4 | 改造城镇老旧小区 | 16个，惠及…: the row's item
    named_before = stem in rules.GENERIC_LABELS and _ENTITY_NAME_RE.search(item[: group[0].start])
    if (not stem or stem in rules.GENERIC_LABELS) and not named_before:   # (组建…等5只基金,总规模: the funds')
        subject = _subject(item, ctx)
        if subject:
            return Reading(_names_for(subject, n), "level"), []
    return Reading(_names_for(stem, n), "level"), []


_SUPPORT_STEM_RE = re.compile(rf"(?P<verb>{_alternation(rules.PEOPLE_SUPPORT_VERBS)})(?:周边|当地|全县|全区|全市)?")
_EVALUATION_OBJECT_RE = re.compile(rf"(?:{_alternation(rules.EVALUATION_OBJECT_WORDS)})(?:为|是|包括)[^。；;]*?企业"
                                   r"\s*[，,]\s*(?:共|共计|合计|总计)?\s*$")
_TOTAL_DROPPED_VERB_RE = re.compile(rf"^(?:{_alternation(rules.KEPT_VERBS + rules.COUNT_VERBS + rules.MAKING_VERBS + tuple('新' + v for v in rules.MAKING_VERBS))})")
_ALREADY_DONE_RE = re.compile(rf"{_ALREADY_DONE}$")
_LISTED_ROLE_RE = re.compile(rf"(?P<noun>[\u4e00-\u9fff]{{1,10}}?)、\s*\d[^，,；;。]*?(?P<role>{_alternation(rules.ROLE_VERBS)})")
_ROLE_AFTER_RE = re.compile(rf"(?P<noun>[\u4e00-\u9fff]{{1,10}}?)(?:成功)?(?P<role>{_alternation(rules.ROLE_VERBS)})"
                            r"(?=[，,；;。）)]|$)")


def _opens_clause(item: str, start: int) -> bool:
    """True when the text from ``start`` opens its clause (no value read before it in the clause)."""
    before = item[:start].rstrip()
    return not before or before[-1] in "，,；;：:。！？!? "


_PRIOR_COUNT_RE = re.compile(r"\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:万|亿)?\s*[个家所条座项]$")


def _own_left(item: str, group, left: str) -> str:
    """The part of the left context that names this number, not the count before it
    (57个棚改项目、151个: 棚改项目 is the 57's; 3平方公里的湖心公园、人才公寓1169套: 人才公寓)."""
    if left.startswith("的") and "、" in left:
        return left.split("、", 1)[1]
    if (_PRIOR_COUNT_RE.search(item[: group[0].start - len(left)]) and left.strip(" 、和及与")
            and re.search(r"[、和及与]\s*$", left)):
        return ""
    return left


_STOCK_LEAD_RE = re.compile(r"共有|共计|现有|拥有|累计|目前|总数|总量|全县|全区|全市|全旗")


def _shared_count_verb(item: str, group, left: str, stem: str) -> str:
    """新增登记注册企业1549户,个体工商户8455户: a 新增 before the count just read holds for this one."""
    if not stem or _LEAD_VERB_RE.match(stem) or stem.startswith(rules.COUNT_VERBS) or _STOCK_LEAD_RE.search(left):
        return stem                       # 新增A级景区6家，目前全县共有A级景区32家: a stock, all of them
    before = item[: group[0].start - len(left)]
    if left[:1] in ("、", "，", ","):
        before += left[0]                 # …23家、高新技术企业15家: the separator went with this label's words
    unit = re.escape(group[0].quantity.unit or "")
    m = re.search(rf"(?:^|[，,；;])(?P<verb>{'|'.join(rules.COUNT_VERBS)})[^，,；;]{{1,20}}?\d+(?:\.\d+)?\s*"
                  rf"(?:余|多)?\s*(?:万|亿)?{unit}[，,、]$", before)
    return m.group("verb") + stem if m and unit else stem


def _breakdown_verb(item: str, group, stem: str, previous_levels: list[Level]) -> str:
    """其中“100”项目1个 after 引进重大项目90个: a breakdown of works takes the total's verb (a breakdown
    naming its own, 其中新开工项目47个，竣工项目29个, keeps it)."""
    if (not stem.endswith(rules.ACTION_HEADS) or _LEAD_VERB_RE.match(stem) or not previous_levels
            or stem.startswith(rules.WORKS_VERBS) or "其中" not in item[: group[0].start]):
        return stem
    verb = next((v for v in rules.WORKS_VERBS if previous_levels[-1].name.startswith(v)), "")
    return verb + stem


_OWNER_ENTITY_RE = re.compile(rf"(?<![\d个家项座条所])(?P<name>[\u4e00-\u9fff]{{2,10}}?(?:{_ENTITY_END_ALT}))$")


def _owner_entity(item: str, group) -> str:
    """某项目120亩工业用地: a size written between a project's or firm's name and the noun it measures."""
    if len(group) != 1 or group[0].quantity.unit_base not in _MEASURE_UNITS - {"%", "倍", "‰", "百分点"}:
        return ""
    after = item[group[0].end:group[0].end + 2]
    if not re.match(r"[\u4e00-\u9fff]", after) or re.match(r"以上|以下|以内|左右|上下|之内|之间|的", after):
        return ""                         # 完成重点项目投资120亿元以上: a qualifier, no noun measured
    m = _OWNER_ENTITY_RE.search(item[clause_start(item, group[0].start):group[0].start])
    name = _ADVERBS.sub("", _LEAD_RE.sub("", m.group("name"))) if m else ""
    return name if len(name) >= 3 and not _SUBJECT_RE.match(name) else ""


def _verb_before(left: str, ctx) -> str:
    """A works verb standing right before the count (投入6亿元启动12个项目: 启动)."""
    text = _ADVERBS.sub("", _LEAD_RE.sub("", _QUOTES_RE.sub("", left).strip()))
    return text if text in rules.WORKS_VERBS else ""


def _examples_closed(item: str, end: int, noun: str) -> str:
    """30家民办美术馆、博物馆等: the list closed by 等 is what is counted."""
    m = re.match(rf"{re.escape(noun)}((?:、[^\d、，,；;。等]{{2,10}})+)等", item[end:].lstrip("的"))
    return noun + m.group(1) if m else noun


def _located(item: str, end: int, noun: str) -> str:
    """17144户老旧小区内的…设施进行改造: a place (…内) is not counted; the works done there are."""
    if not noun.endswith(("内", "中")) or len(noun) < 3:
        return noun
    clause = re.split(r"[，,；;。]", item[end:])[0]
    action = re.search(r"进行了?([\u4e00-\u9fff]{2,4})$", clause)
    return noun[:-1] + (action.group(1) if action else "")


def _clause_verb(item: str, start: int, ctx) -> str:
    """The verb that opens the clause holding ``start`` (先后引进…, 该区实施…), else ''."""
    text = _QUOTES_RE.sub("", item[clause_start(item, start):start])
    for _ in range(3):
        text = _ADVERBS.sub("", _strip_subject(_LEAD_RE.sub("", text), ctx))
    m = _LEAD_VERB_RE.match(text)
    verb = m.group(0).rstrip("了") if m else ""
    return verb if verb in rules.WORKS_VERBS else ""


def _after_noun(item: str, end: int, noun: str) -> str:
    """What the clause says after the noun that follows a count (群众参与说事 -> 参与说事)."""
    at = item.find(noun, end)
    if at < 0 or at - end > 12:
        return ""
    rest = re.split(r"[，,；;。、]", item[at + len(noun):])[0]
    rest = re.sub(r"^(?:全部|均|都|已|成功|正在|进行)+", "", rest).replace("了", "")
    if re.match(r"^(?:是|为|的|将|要|由|在|\d)", rest) or "基础上" in rest:
        return ""                       # 65件实事是…的承诺: a copula or a clause, not what they did;
                                        # 25个项目83项任务的基础上: another count, a base
    return _QUOTES_RE.sub("", rest)[:16]


_ETC_RE = re.compile(r"等(?![级次额同待])")        # 等 closing a list of examples, not 等级 / 等次


def _examples_dropped(item: str, group, stem: str, ctx) -> str:
    """A list of examples before 等 is not the label (A、B等重大项目 -> 重大项目; A、B等企业实现上云 ->
    企业(实现上云)); a generic noun left alone keeps what the clause says of it."""
    etc = [m.end() for m in _ETC_RE.finditer(stem)]
    if etc:
        after = stem[etc[-1]:]
        if len(after) >= 2:
            stem = after
            if stem.endswith(rules.ACTION_HEADS) and not _LEAD_VERB_RE.match(stem):
                stem = _clause_verb(item, group[0].start, ctx) + stem
    if (stem in rules.GENERIC_NOUNS or stem.endswith(_PERSON_NOUNS) or stem.endswith(rules.ADMIN_UNITS)
            or stem.endswith(_ACTOR_NOUNS)):
        action = _after_noun(item, group[-1].end, stem)
        if len(action) >= 2:
            return f"{stem}({action})"      # 1.2万名群众参与说事 -> 群众(参与说事)
    return stem


_PERSON_NOUNS = ("群众", "人员", "居民", "农户", "家庭")
_ACTOR_NOUNS = ("企", "商家", "商户")           # 93家茶企入驻: firms counted by what they did
_FOR_ALL_RE = re.compile(r"^[^为，,]{0,12}为(?:全区|全县|全市|我区|我县)")
_FOR_SOMEONE_RE = re.compile(rf"^为[\u4e00-\u9fff]{{1,8}}?(?:{_alternation(rules.CONTENT_VERBS)})")
# A service given to a group of people (为全区65岁以上老年人开展健康体检): the group's service (老年人健康体检).
_SERVICE_FOR_RE = re.compile(r"^为(?:全区|全县|全市|全旗|辖区)?(?:\d+\s*周?岁(?:及|\(含\))?以上(?:的)?)?"
                             r"(?P<who>[\u4e00-\u9fff]{2,8}?)(?:免费)?(?:开展|提供|实施|进行)(?P<what>[\u4e00-\u9fff]{2,10})$")


def _last_of_list(stem: str, unit_base: str, n: int) -> str:
    """A rate after a list of things (建成A、B、C设施覆盖率85%) is the rate of the last item only."""
    if n != 1 or unit_base not in ("%", "‰") or "、" not in stem:
        return stem
    items = stem.split("、")
    last = items[-1]
    if (re.search(r"(?:率|比重|比例)$", last) and len(last) >= 6 and not re.search(r"[等个]", last)
            and all(len(i) >= 4 and not re.search(r"(?:率|比重|比例)$", i) and i not in _UNIT_LEVELS
                    for i in items[:-1])):
        return last
    return stem


def _list_action(item: str, end: int, noun: str) -> str:
    """A list of counts closed by one action (完成14所中学、15所幼儿园改造提升): every item takes it."""
    if noun.endswith(rules.ACTION_HEADS) or noun.endswith(rules.LIST_ACTIONS):
        return noun
    clause = re.split(r"[，,；;。]", item[end:])[0]
    joined = re.match(rf"{re.escape(noun)}(?P<rest>[及和与][^\d]{{2,20}})$", clause)
    if joined and re.search(rf"(?:{'|'.join(rules.LIST_ACTIONS)}|建设)(?:项目|工程)?$", joined.group("rest")):
        return noun + joined.group("rest")     # 13所中小学及幼儿园维修改造项目: one noun phrase
    if not re.search(r"[、和及]\s*\d", clause) and not re.match(rf"{re.escape(noun)}进行了?", clause):
        return noun                   # 对80个老旧小区进行了改造提升: the action after 进行 too
    last = re.sub(r"进行了?|实施了?|完成了?", "", re.split(r"[、和及]", clause)[-1])
    for action in rules.LIST_ACTIONS:
        if last.endswith(action):
            return noun + action
    return noun


def _sized_label(item: str, group, stem: str, left: str, ctx) -> str:
    """A size or sum whose subject follows after 的 (建成总长50公里的园区路网, 投资30亿元的智能港,
    建成3平方公里的湖心公园): the subject and the measure, or the measure alone for an entity."""
    tail = item[group[-1].end:]
    if len(group) != 1 or not tail.startswith("的"):
        return ""
    core = stem.split("、")[-1] if stem else ""
    core = _LEAD_VERB_RE.sub("", core, count=1) or core
    measure = rules.MEASURE_OF.get(core)
    bare = not stem or _CONTENT_VERB_RE.fullmatch(stem) or _VERBS.fullmatch(stem)
    if measure is None and bare:
        measure = rules.MEASURE_BY_UNIT.get(group[0].quantity.unit_base)
    if measure is None:
        return ""
    if (_one_entity_after(tail) or _named_list_after(tail)
            or measure in rules.PROJECT_LABELS and not _COUNT_AT_START_RE.match(tail[1:])):
        return measure                     # one entity's, or a list of named ones: named in ``entity``
    subject = re.split(r"[,，；;。]|等|相继|正在|加快|即将|已经|已", _QUOTES_RE.sub("", tail[1:]))[0]
    subject = re.sub(r"(?:项目)?建设$", "", _COUNT_AT_START_RE.sub("", subject))
    return subject + measure if len(subject) >= 2 else ""


_COUNT_AT_START_RE = re.compile(r"^\d+\s*(?:余|多)?\s*[个家项座条所]")


_NAMED_LIST_END_RE = re.compile(rf"(?:{_ENTITY_END_ALT})[一二三四五六七八九十\d]*期?$")


def _named_list_after(tail: str) -> str:
    """的 + a list of named projects or facilities after a size (总面积18万平方米的A三期、B、C等项目):
    the names, whose figure it is (scope entity); '' when the list is not of named things."""
    if not tail.startswith("的"):
        return ""
    rest = _QUOTES_RE.sub("", tail[1:])
    names = re.split(r"[,，；;。]|等|相继|正在|加快|即将|已经|已", rest)[0]
    if not re.search(r"[、和]", names) or _COUNT_AT_START_RE.match(names):
        return ""
    items = re.split(r"[、和]", names)
    closed = rest[len(names):]
    if all(len(i) >= 2 for i in items[:-1]) and (
            re.match(r"等(?:\d+个)?(?:项目|工程|设施|园区|企业)", closed) or _NAMED_LIST_END_RE.search(names)):
        return names
    return ""


def _one_entity_after(tail: str) -> re.Match | None:
    """的 + one entity's name after a number (not the first of a list: 的A三期、B、C等项目, 的A和B)."""
    m = _ENTITY_AFTER_RE.match(tail)
    rest = re.split(r"[，,；;。]", tail[m.end():])[0] if m else ""
    return m if m and not (rest.startswith(("、", "和")) and not re.search(r"\d(?![A-Za-z\d])", rest)) else None


def _fuller_label(stem: str, earlier: list[Level]) -> str:
    """An earlier label of the item that this one abbreviates (总产 after 粮食总产), else ''."""
    for level in reversed(earlier):
        if len(stem) >= 2 and level.name != stem and level.name.endswith(stem) \
                and level.name[: -len(stem)] not in rules.COUNT_VERBS + rules.WORKS_VERBS + rules.CONTENT_VERBS:
            return level.name             # not 新增A级景区6家，共有A级景区32家: the verb says which, not whose
    return ""


_ABOUT_SHARE_RE = re.compile(r"(?:大约|约)(?=占)")


def _share_label(label: str) -> str:
    """…占全市进出口总额 (the text: 占全市进出口总额的31.9%) -> …占全市进出口总额的比重: a share's label says so."""
    if re.search(r"占[^占]+$", label) and not label.endswith(rules.SHARE_WORDS):
        return label + "的比重"
    return label


def _subject_elided(sentence: str, ctx) -> bool:
    """True when a sentence's first clause, its time words taken off, opens with a verb: no subject named."""
    first = CLAUSE_SPLIT_RE.split(_ANY_PERIOD_RE.sub("", sentence).lstrip("，, "), maxsplit=1)[0]
    first = re.sub(r"^(?:近年来|目前|如今|当前|截至目前)[，,]?", "", first.strip())
    return bool(_ELIDED_OPENING_RE.match(first))


_PART_CLASS_RE = re.compile(rf"(?P<cls>{_alternation(rules.PART_CLASSES)})(?P<head>[\u4e00-\u9fff]{{2,4}})")


_EVALUATED_WHOLE_RE = re.compile(rf"^(?P<word>{_alternation(rules.EVALUATED_WORDS)})[\u4e00-\u9fff]{{0,8}}企业$")


def _breakdown_label(stem: str, item: str, group, earlier: list[Level], ctx) -> str:
    """其中城镇居民42186元 after 全体居民人均可支配收入27314元: a part named by its group alone takes
    the whole's measure (城镇居民人均可支配收入); so does the next part of the sentence (农村居民…); a part of
    the firms evaluated is of them (参评企业386家，其中规模以上工业企业241家 -> 参评规模以上工业企业)."""
    evaluated = _EVALUATED_WHOLE_RE.match(earlier[-1].name) if earlier else None
    part = _PART_CLASS_RE.fullmatch(stem)
    if evaluated and part and not stem.startswith(rules.EVALUATED_WORDS) and "其中" in item[: group[0].start]:
        word, rest = evaluated.group("word"), earlier[-1].name[evaluated.end("word"):]
        if rest.endswith(part.group("head")) and not rest.startswith(rules.PART_CLASSES):
            return word + part.group("cls") + rest      # 参评工业企业…，其中规上企业 -> 参评规上工业企业
        return word + stem                              # 参评企业…，其中规模以上工业企业 (or the part before)
    if not 2 < len(stem) <= 6:
        return ""
    if ctx.breakdown and stem.endswith(ctx.breakdown[0]) and not stem.endswith(ctx.breakdown[1]):
        return stem + ctx.breakdown[1]
    if not _PART_OPENING_RE.match(item[clause_start(item, group[0].start):]) and not _PART_OPENING_RE.match(item):
        return ""
    part = _PART_CLASS_RE.fullmatch(stem)
    if part and earlier:                  # 竹加工企业216家，其中规模以上企业48家 -> 规模以上竹加工企业
        whole = earlier[-1].name
        noun = whole.rsplit("的", 1)[-1]
        if whole.endswith(part.group("head")) and not noun.startswith(rules.PART_CLASSES) and whole != part.group("head"):
            if "的" in whole:                 # 参与综合评价的工业企业…，其中规上企业327家 -> 参与综合评价的规上工业企业
                described, noun = whole.rsplit("的", 1)
                return f"{described}的{part.group('cls')}{noun}"
            return part.group("cls") + whole
    for whole in reversed(earlier[-3:]):
        for size in range(len(stem) - 1, 1, -1):
            head = stem[-size:]
            at = whole.name.find(head)
            rest = whole.name[at + size:] if at > 0 else ""
            if _BARE_INVESTMENT_RE.fullmatch(rest):
                continue                  # 重大项目完成投资…；其中新开工项目47个: a count of the projects, not money
            if len(rest) >= 2 and not whole.name.startswith(stem):
                ctx.breakdown = (head, rest)
                return stem + rest
    return ""


def _place_name(name: str) -> bool:
    """Whether a zone's or township's name names one place (not 全县城镇…, 各乡镇…, 县开发区, 新增城乡…)."""
    return not name.startswith(rules.NOT_A_PLACE_NAME_LEADS) and not name.endswith(rules.NOT_A_TOWNSHIP_ENDINGS)


def _own_part(name: str, endings: tuple[str, ...]) -> str:
    """What a name says before its kind, the longest of ``endings`` it ends with (望远工业园区 -> 望远)."""
    ending = max((e for e in endings if name.endswith(e)), key=len, default="")
    return name[: len(name) - len(ending)]


def _proper_name(name: str, endings: tuple[str, ...]) -> bool:
    """A name with at least two characters of its own before its kind (望远工业园区, not 工业园区 or 县开发区)."""
    return len(_own_part(name, endings)) >= 2


def _category_of(stem: str) -> str:
    """The category a label is, if it is one: A类, A类（优先发展类）企业 -> A类; else empty."""
    bare = re.sub(r"\([^()]*\)", "", stem)
    bare = _RATED_AS_RE.sub("", bare)        # 评为B类的(712家)
    bare = re.sub(f"(?:{'|'.join(rules.CATEGORY_NOUNS)})$", "", bare) or bare
    return bare if _CATEGORY_RE.match(bare) else ""


_UNIT_GROUP_RES = [(group, re.compile(re.escape(group))) for group in rules.UNIT_GROUPS]


def _unit_groups(text: str) -> set[str]:
    """The declared groups of units ``text`` names (规模以上工业企业; not the 工业企业 inside it)."""
    if "《" in text:
        text = re.sub(r"《[^》]*》", "", text)    # 《…工业企业亩均效益综合评价办法》 names a rule, not a group
    found = [(m.start(), group) for group, pattern in _UNIT_GROUP_RES if group in text
             for m in pattern.finditer(text)]
    return {group for start, group in found
            if not any(s <= start and start + len(group) <= s + len(g) and g != group for s, g in found)}


def _only_group(groups: set[str]) -> str:
    """The group of units when ``groups`` holds one (规模以上工业企业), else '' (none, or several: unsure)."""
    return next(iter(groups)) if len(groups) == 1 else ""


def _unit_group(name: str) -> str:
    """The group of units a count is of (参评规模以下工业企业 -> 规模以下工业企业), from the declared groups."""
    return next((g for g in rules.UNIT_GROUPS if g in name), "")


def _category_head(name: str) -> str:
    """规模以上工业企业A类 -> 规模以上工业企业 (empty when the name ends in no category)."""
    m = re.search(r"[A-Za-z一二三四五六七八九十甲乙丙丁]{1,2}(?:类|档|级|等|星)$", name)
    return name[: m.start()] if m and m.start() > 0 else ""


def _is_change(left: str, change: re.Match, unit_base: str) -> bool:
    """A change verb right before the number makes a rate, points or an amount a change."""
    verb = change.group("verb")
    if _TO_VERB_RE.search(left) or verb == "新增" or (verb in ("缩小", "扩大") and re.search(r"为\s*$", left)):
        return False                      # 增长至2020年的…, 缩小为1.73: a level; 新增就业3210人: a count
    if left[: change.start()].endswith(rules.COMPOUND_VERB_HEADS):
        return False                      # 改造提升20所: a compound verb
    if unit_base in ("%", "百分点", "倍", "‰", ""):    # "": a ratio's (城乡居民收入比…比上年缩小0.04)
        return True
    return verb in rules.AMOUNT_CHANGE_VERBS


def _period_for(item, first, group, reading: Reading, periods, carry: Carry, ctx: Context):
    """The period and year of a group (see the module's rules)."""
    if ctx.period_override:
        return ctx.period_override, _last_year(ctx.period_override)
    attached = _ATTACHED_YEAR_RE.search(item[: first.start])
    before = [(s, p) for s, p in periods if s < first.start]
    own = before[-1][1] if before else None
    if attached and reading.measure != "multiple":   # 由2015年的8.57亿元: the number's own year
        own = rules.Period(attached.group("year"), int(attached.group("year")))
    if own is not None and own.contextual:
        stated = [p for _, p in before[:-1] if not p.contextual and _single_year(p.period)]
        context = _single_year(stated[-1].period if stated else carry.period or ctx.section_period)   # 2025年，…全年
        if context is None and (carry.period or "").count("/") == 1 and "-" not in carry.period:
            context = _last_year(carry.period)    # 年末 in a review of 十三五: its last year
        if context is not None:           # 2018年…全年完成生产总值: 全年 is 2018
            own = rules.Period(str(context), context)
    if own is None and periods and not carry.period and not CLAUSE_SPLIT_RE.search(item[first.start: periods[0][0]]):
        own = periods[0][1]               # …接待游客120万人次（2022年）: a period later in its clause, not a later clause's
    if own is None and ctx.kind == "feature" and re.fullmatch(r"\d{4}", carry.period or "") \
            and any(w in item[: first.start] for w in rules.CUMULATIVE_WORDS):
        year = int(carry.period)          # 今年引进…；累计引进…: a total since an unstated start, not this year's
        return "", year
    if own is None and not (carry.period or ctx.section_period) and ctx.title_period \
            and not (reading.measure == "level" and any(n.endswith(rules.STOCK_ENDINGS) for n in reading.names)):
        return ctx.title_period, _last_year(ctx.title_period)
    if own is None:
        period = carry.period or ctx.section_period or ctx.default_period or ""
        if not period and ctx.plan_end and ctx.plan_end >= ctx.published_year:
            period = f"{ctx.plan_end - 4}/{ctx.plan_end}"     # a plan's undated goal: its five years (a level: the last)
        year = _last_year(period) if period else (ctx.plan_end or ctx.calendar.data_year)
        own = rules.Period(period, year, span="/" in period and "-" not in period)
    period, year = own.period, own.year
    if reading.measure == "multiple":
        base = _MULTIPLE_RE.search(_left_context(item, first.start))
        if base and _SAME_PERIOD_RE.search(base.group("base")):
            return period, year               # 上半年…，是去年同期的3.2倍: a ratio within the period stated
        base_period = _periods(base.group("base"), ctx) if base else []
        base_year = base_period[0][1].year if base_period else None
        end = year
        return (f"{base_year}/{end}" if base_year and end and base_year < end else ""), end
    rate = group[0].quantity.unit_base in ("%", "‰")
    if (not own.span and not before and reading.measure == "level" and not rate
            and _SUMMED_RE.search(item[clause_start(item, first.start): first.start])):
        span = _span_ending(year, [], carry, ctx)
        if span:                              # 十三五时期，…2020年…。累计完成固定资产投资1050亿元: over the span
            return span, year
    if (not own.span and reading.measure == "level" and ctx.plan_end and year == ctx.plan_end and not rate
            and ctx.published_year < ctx.plan_end and "-" not in (own.period or "")
            and _is_flow(item[clause_start(item, first.start): first.start])
            and not any(name.endswith(rules.PROJECT_LABELS) for name in reading.names)):
        return f"{year - 4}/{year}", year     # 到2025年，引进…人才100人以上: brought in over the plan's years
    if own.span and reading.measure == "level":
        project = any(name.endswith(rules.PROJECT_LABELS) for name in reading.names)
        after = re.split(r"[，,；;。]", item[first.start:])[0]
        if project or rate or not (_is_flow(item[clause_start(item, first.start): first.start])
                           or _DONE_AFTER_RE.search(after)
                           or (group[0].quantity.unit_base not in ("%", "‰")
                               and any(_FLOW_VERB_RE.search(name) for name in reading.names))):
            return str(year), year            # a stock under a span (a project's size too): as of its end
    if reading.measure in ("growth", "change"):
        left = item[: first.start]
        base = _BASE_YEAR_RE.search(left)
        if base and year and int(base.group("year")) < year and not own.span:
            return f"{int(base.group('year')) + 1}/{year}", year
        if any(w in left[-12:] for w in rules.AVERAGE_RATE_WORDS) and not own.span:
            years = sorted({int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", item[: first.start])})
            if len(years) >= 2:
                return f"{years[0] + 1}/{years[-1]}", years[-1]
            if ctx.plan_end and year == ctx.plan_end:
                return f"{year - 4}/{year}", year     # 到2025年…年均增长5.5% in the 十四五 plan: its five years
            span = _N_YEARS_AVERAGE_RE.search(left[-14:])
            if span and year:                       # 预计2021年…，五年年均增长7.3%: the five years to 2021
                n = rules._cn(span.group("n"))
                if 1 < n <= 30:
                    return f"{year - n + 1}/{year}", year
            span = _span_ending(year, [p.period for _, p in before if p.span], carry, ctx)
            if span:                                # 过去五年，…2020年…达到326.5亿元，年均增长7.6%: those five years
                return span, year
            return "", year
    return period, year


def _span_ending(year: int | None, earlier: list[str], carry: Carry, ctx: Context) -> str:
    """The span of years stated last before a 年均 rate without a span of its own (``earlier`` in its
    item, else in its paragraph, else its section's), when it ends in ``year`` (or ``year`` is unknown)."""
    for span in (*reversed(earlier), carry.span, ctx.section_period):
        if span and re.fullmatch(r"\d{4}/\d{4}", span):
            return span if year is None or _last_year(span) == year else ""
    return ""


_STOCK_BEFORE_RE = re.compile(r"(?:达到|达|突破|超过|为|总数|总量|余额|年末|拥有|有)$")
_FLOW_VERB_RE = re.compile(r"建成|新建|改造|升级|完成|实施|新增|引进|培育|打造|建设|开工|签约|招引|解决|发放|投入|安置|创建"
                           r"|吸引|培养|引育|建立|组建|设立")


# 20个样板村、270个新农村点…任务全面完成: works done over the span, said after the counts.
_DONE_AFTER_RE = re.compile(r"(?:全面|圆满|顺利|全部)?(?:完成|建成|竣工|达标退出|退出|出列|摘帽)$")


def _is_flow(left: str) -> bool:
    """Under a span, an amount done over it (累计, 五年…, 改造…513条), not a stock at its end."""
    if _CUMULATIVE_RE.search(left):
        return True
    if _STOCK_BEFORE_RE.search(left):
        return False
    return bool(_FLOW_VERB_RE.search(left))


def _single_year(period: str | None) -> int | None:
    """The year of a one-year period (2018), else None."""
    return int(period) if period and period.isdigit() else None


def _last_year(period: str) -> int | None:
    if not period:
        return None
    return int(period.split("/")[-1][:4])


def _bare_verb(left: str, ctx) -> str:
    """投入5.8亿元: when only a verb precedes a sum, the verb names it."""
    text = _strip_subject(_LEAD_RE.sub("", left.strip(" 、")), ctx)
    text = _ADVERBS.sub("", text)
    m = _CONTENT_VERB_RE.fullmatch(text)
    return m.group(0).rstrip("了") if m else ""


_MEASURE_UNITS = {"元", "美元", "%", "百分点", "亩", "公顷", "平方米", "平方公里", "公里", "米", "吨", "斤", "担",
                  "公斤", "克", "立方米", "千瓦", "千瓦时", "小时", "天", "吨标煤", "倍", "‰", "欧元", "港元"}


# Units whose number follows the noun it measures (生产总值236.8亿元, 扶持创业6384人); for
# classifiers (57个棚改项目) the noun follows the number.
_LEFT_FIRST_UNITS = _MEASURE_UNITS | {"人", "户", "人次"}


@lru_cache(maxsize=16)
def _clause_ends(item: str) -> tuple[int, ...]:
    """Where each clause of ``item`` ends (after its punctuation), in order."""
    return tuple(m.end() for m in CLAUSE_SPLIT_RE.finditer(item))


def clause_start(item: str, position: int) -> int:
    """Where the clause holding ``position`` starts."""
    ends = _clause_ends(item)
    k = bisect_right(ends, position) - 1
    return ends[k] if k >= 0 else 0


def _left_context(sentence: str, position: int, excluded=None) -> str:
    """Text of the clause before ``position``, back to the clause start or the previous value read.

    A clause that opens right after a colon (规上服务业营业收入:完成19.5亿元) reaches back
    over the colon to its label.
    """
    head = sentence[:position]
    cuts = [c for c in _clause_ends(sentence) if c <= position]
    cut = cuts[-1] if cuts else 0
    if cut and head[cut - 1] in ":：" and not _clean_indicator(head[cut:]):
        earlier = [c for c in cuts if c < cut]
        cut = earlier[-1] if earlier else 0
    head = head[cut:]
    opened = head.rfind("(")
    if opened >= 0 and ")" not in head[opened:] and re.search(r"分别|其中", head[opened:]):
        cut, head = cut + opened + 1, head[opened + 1:]   # …加快0.4个百分点(一季度、上半年分别增长: a list opens
    if excluded is None:
        excluded = excluded_spans(head)
    else:                                 # the item's spans, shifted to the clause
        excluded = [(s - cut, e - cut, why) for s, e, why in excluded if e > cut and s < position]
    last_number = max((m.end() for m in MENTION_RE.finditer(head)
                       if m.group("unit") and not inside(excluded, m.start("num"), m.end("num"))), default=0)
    return _PER_HEAD_RE.sub("", head[last_number:])   # 提高到每人每月860元: the rate's base, not its label


def _subject(item: str, ctx) -> str:
    """The indicator a sentence is about, from its first clause (税收收入实现两位数增长 -> 税收收入).

    A clause naming only how the figures were obtained (初步核算，…) is not the first clause.
    """
    first = CLAUSE_SPLIT_RE.split(_SOURCE_CLAUSE_RE.sub("", item, count=1), maxsplit=1)[0]
    if MENTION_RE.search(first) and any(m.group("unit") for m in MENTION_RE.finditer(first)):
        return ""
    if first.lstrip().startswith(rules.MANNER_OPENERS):
        return ""                         # 联合某科技城，引进投资100亿元的…: a partner, not the subject
    phrase = _clean_indicator(first, ctx)
    cut = _SUBJECT_CUT_RE.search(phrase)
    phrase = phrase[: cut.start()] if cut else phrase
    return phrase if len(phrase) >= 2 else ""


_SOURCE_CLAUSE_RE = re.compile(rf"^\s*(?:{_alternation(rules.SOURCE_CLAUSES)})[，,]")
_SUBJECT_CUT_RE = re.compile(r"首次|突破|实现|达到|完成|超过|增长|保持|位居|连续|稳居|跃居|再创|创|迈上|同步|稳定|"
                             r"跨上|进入|提升|提高|下降|好于|高于|低于|列|排|居")


def _clean_indicator(text: str, ctx=None) -> str:
    """The indicator phrase in ``text``: lead words, verbs, bases and method phrases taken off."""
    label = _cleaned_label(text, ctx)
    at = text.rfind(label) if label else -1
    for lead, pattern in rules.KEPT_LEADS:       # 对RCEP成员国进出口, 有进出口实绩的企业: part of the name
        if (at >= len(lead) and text[at - len(lead):at] == lead and re.search(pattern, label)
                and text[max(0, at - len(lead) - 1):at] not in rules.HAVING_VERBS):
            return lead + label           # (共有存栏100头以上的规模牧场: 共有 is the empty verb, not 有…的)
    return label


def _cleaned_label(text: str, ctx=None) -> str:
    text = _QUOTES_RE.sub("", text).strip(" 、").lstrip("—－-─")      # ——地区生产总值…: a list's dash
    text = re.sub(r"^【[^】]{1,8}】", "", text)                  # 【农业】粮食播种面积: a section marker
    named = _PAREN_NAME_RE.search(text)
    if named and "占" in text[: named.start()]:
        return named.group(1)                 # …占常住人口的比重(常住人口城镇化率)
    text = _TRAILING_PAREN_RE.sub("", _TRAILING_PAREN_RE.sub("", text)).strip(" 、")
    text = _INNER_VERB_RE.sub("", text)      # 规模以上工业企业实现营业收入 -> 规模以上工业企业营业收入
    firms = _FIRMS_OF_PRODUCT_RE.match(text)
    if firms and not _unit_groups(firms.group(0)):   # 规模以上白酒企业完成白酒产量 -> 白酒产量: the product says
        text = text[firms.end():]                      # it (not 规模以上工业企业…工业总产值: a declared group)
    text = _FROM_VALUE_RE.sub("", text)      # 城乡收入比由上年的2.78(缩小到): the start of a from-to
    text = re.sub(r"\d+\s*大?类$", "", text)  # 民生实事项目10大类(32项): how the count is grouped
    text = _SHARE_OF_RE.sub(r"\1", text)
    text = _RESULT_WORDS_RE.sub("", text)
    text = re.sub(r"在\S{0,6}基础上", "", text)
    text = _TARGET_PREFIX_RE.sub("", text)
    text = _STRIP_ANYWHERE_RE.sub("", text)
    text = _INCOME_FROM_RE.sub(r"\g<source>", text)   # 农民人均从蔬菜产业中获得收入 -> 农民人均蔬菜产业收入
    text = _strip_periods(text, ctx)
    service = _SERVICE_FOR_RE.match(text)
    if service:
        text = service.group("who") + service.group("what")
    for _ in range(4):
        before = text
        text = _OWN_LEVEL_RE.sub("", _PAYER_LEAD_RE.sub("", text))   # 县级财政安排…资金, 确定区级民生实事项目
        if not text.startswith(rules.YEAR_NAMES):      # 九年义务教育 is a name, not a duration
            text = _DATE_LEAD_RE.sub("", text)
        text = _FOR_ALL_RE.sub("", text)        # “某工作室”为全区培养… -> 培养…
        if not _FOR_SOMEONE_RE.match(text):     # 为企业解决问题: for whom is part of the label
            text = _LEAD_RE.sub("", text)
        text = _strip_subject(text, ctx)
        text = _ADVERBS.sub("", text)
        if text == before:
            break
    if "的" not in text:                 # 已培育龙头企业14家: a deed done; not 已建成投产的项目 (a kind of project)
        text = _ALREADY_MADE_RE.sub("", text)
    done_sum = _DONE_SUM_RE.match(text)
    if done_sum:                          # 已完成民生实事投入8.7亿元: the sum, not that it is done
        text = done_sum.group("sum")
    stripped = _LEAD_VERB_RE.sub("", text, count=1)
    if stripped != text and text.startswith(rules.KEPT_VERBS) and _KEPT_PAIR_RE.match(stripped):
        stripped = text                   # 新建和改造农村公路: both deeds name what is counted
    elif stripped != text and re.match(r"^(?:并|和|及)", stripped):    # 摸排并解决群众问题 -> 解决群众问题
        stripped = stripped[1:]
        text = stripped
        stripped = _LEAD_VERB_RE.sub("", stripped, count=1)
    core = _TRAIL_RE.sub("", stripped)
    verb = text[: len(text) - len(stripped)].rstrip("了")
    works = ((core.endswith(rules.ACTION_HEADS) and verb in rules.WORKS_VERBS and not _LEAD_VERB_RE.match(core))
             or (core.endswith(rules.PEOPLE_HEADS) and verb in rules.PEOPLE_VERBS)   # 培训应急救护员
             or (verb in rules.SUPPORT_VERBS and core.endswith(rules.PERSON_OUTCOMES))   # 扶持成功自主创业
             or verb in rules.KEPT_VERBS)                # 新建标准化厂房, 解决矛盾纠纷
    if len(stripped) >= 2 and core not in rules.GENERIC_NOUNS and not works:
        text = stripped                   # 改造项目36个 keeps its verb: 项目 alone names nothing;
                                          # 引进5020项目7个: a count of works keeps what was done
    text = _strip_subject(text, ctx)      # 完成全区17144户…: the subject after the verb
    text = re.sub(rf"^(?:(?!{_alternation(rules.LEAD_LIKE_WORDS)})(?:由|从)|[:：])", "", text)
    for _ in range(3):
        before = text
        text = _TRAILING_PAREN_RE.sub("", text)
        text = _TRAIL_RE.sub("", text).strip(" 、:：")
        text = _MILESTONE_RE.sub("", text)
        text = _TRAIL_PATTERN_RE.sub("", text)
        text = re.sub(r"(?:由|从)$", "", text)
        if text == before:
            break
    text = _service_label(text)
    aged = _AGE_BRACKET_RE.sub("", text)
    if not re.search(r"(?:人|人口|儿童|老人|妇女|率)$", aged):
        text = aged                       # 65岁以上老年人免费健康体检 -> 老年人…; 65岁以上老年人 keeps its age
    text = _OWN_LEVEL_RE.sub("", _drop_group_subject(text))
    uncounted = _COUNT_OPENING_RE.sub("", text)
    text = uncounted if _PROMISED_RE.match(uncounted) else text      # 十件民生实事…: the count is no name
    return text if re.search(r"[\u4e00-\u9fffA-Za-z]", text) and not _VERBS.fullmatch(text) else ""


def _service_label(text: str) -> str:
    """为适龄妇女免费开展两癌筛查 -> 两癌筛查: the service done, after 开展 and without whom it is for."""
    at = text.rfind(rules.SERVICE_VERB)
    if at >= 0 and len(text) - at - len(rules.SERVICE_VERB) >= 2:
        text = text[at + len(rules.SERVICE_VERB):]
    if text.endswith(rules.SERVICE_WORDS):
        text = _SERVICE_RECIPIENT_RE.sub("", text) or text
    return text


_SERVICE_RECIPIENT_RE = re.compile(rf"^(?:\d+岁以上)?(?:{_alternation(rules.SERVICE_RECIPIENTS)})")


def _drop_group_subject(text: str) -> str:
    """参评规上工业企业亩均税收 -> 亩均税收, 规上工业企业原煤产量 -> 原煤产量: a group of firms before an
    average per mu or a product's output is whose it is, not what is measured (see rules.GROUP_SUBJECT_HEADS)."""
    for group in rules.UNIT_GROUPS + ("企业",):
        at = text.find(group)
        if at < 0:
            continue
        rest = text[at + len(group):]
        if not re.fullmatch(r"(?:参评|参与评价的?|参加评价的?)?", text[:at]):
            continue                      # 河西堡工业园区参评企业亩均税收: the zone's, kept whole
        if rest.startswith(rules.GROUP_SUBJECT_HEADS) or (len(rest) >= 3 and rest.endswith("产量")):
            return rest
    return text


def label_cleaner(doc: Document):
    """The label cleaning above for labels read from a table of ``doc`` (a task table's task names)."""
    ctx = _context(doc)
    return lambda text: _clean_indicator(text, ctx)


def _strip_periods(text: str, ctx) -> str:
    """Period phrases are not part of a label (一季度GDP -> GDP); nor is a span of N years left at
    its end once the verb after it is gone (常住人口10年净增 -> 常住人口)."""
    if ctx is None:
        return text
    return _YEARS_AT_END_RE.sub("", _ANY_PERIOD_RE.sub("", text))


def _strip_subject(text: str, ctx=None) -> str:
    text = _SUBJECT_RE.sub("", text)
    if ctx is not None:
        for name in _district_names(ctx):
            rest = text[len(name):]
            if text.startswith(name) and not rest.startswith(("委", "政府", "人民", "党委", "人大", "政协")):
                if name != ctx.doc.source.district and (_named_product(rest)
                                                        or rest.startswith(rules.NAMED_AFTER_COUNTY)):
                    return text           # 英德红茶产业综合产值, 梨树镇…: a product or place named after the county
                return rest
    return text


_NAMED_PRODUCT_RE = re.compile(rf"^(?!{_alternation(rules.NOT_PRODUCTS)})[\u4e00-\u9fff]{{1,3}}?"
                               rf"(?:{_alternation(rules.PRODUCT_MEASURES)})$")


def _named_product(rest: str) -> bool:
    """Whether what follows a county's short name is a product's measure (新会柑种植面积, 英德红茶产业综合产值)."""
    rest = _TRAIL_RE.sub("", _TRAIL_RE.sub("", rest))    # 白茶产值达到 -> 白茶产值
    return bool(_NAMED_PRODUCT_RE.match(rest)) and normalise_name(rest) not in _dictionary_names()


_SHORT_NAME_RE = re.compile(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,3}?族)*自治[县旗]$|^(.{2,}?)[区县市]$")


def _district_names(ctx) -> tuple[str, ...]:
    """昌江区 and its short form 昌江 (names of two characters or more before 区/县/市); an autonomous
    county's also as a county (焉耆回族自治县 -> 焉耆县, 焉耆)."""
    return _names_of(ctx.doc.source.district)


@lru_cache(maxsize=256)
def _names_of(district: str) -> tuple[str, ...]:
    short = _SHORT_NAME_RE.sub(lambda m: m.group(1) or m.group(2), district)    # 乐东黎族自治县 -> 乐东
    if len(short) < 2 or short == district:
        return (district,)
    plain = short + district[-1] if "自治" in district else ""                  # 焉耆县, 鄂伦春旗
    return (district,) + ((plain,) if plain else ()) + (short,)


def _right_phrase(sentence: str, position: int) -> str:
    """The noun a count or rate measures when it follows the number (57个棚改项目, 100%的接种率)."""
    tail = re.sub(r"^\([^()]{0,12}\)", "", sentence[position:])   # 65件(含政策类)事项
    if tail.startswith("的"):
        tail = tail[1:]             # 3万平方公里的“九江茶市”项目: what follows 的 is measured
    clause = re.split(r"[，,；;。、(]", tail)[0]
    if "的" in clause and "等" in clause[: clause.rfind("的")]:
        tail = clause[clause.rfind("的") + 1:]   # 380个具备助餐等功能的农村互助养老服务设施
    elif re.match(r"^[^的“]{1,8}的“", clause):
        tail = clause[clause.index("的“") + 1:]   # 6个条件成熟的“暖心驿站”: the quoted name is counted
    stop = _RIGHT_STOP.search(tail)
    phrase = tail[: stop.start()] if stop else tail
    phrase = re.split(r"[，,；;。、]|\d(?![A-Za-z]级)", phrase)[0]      # 4A级景区 is a name
    if "(" in phrase and ")" not in phrase[phrase.index("("):]:
        phrase = phrase[: phrase.index("(")]
    phrase = re.sub(r"[“”‘’\"']", "", phrase).strip()
    return phrase if len(phrase) >= 2 else ""


def _names_for(stem: str, n: int) -> list[str]:
    """Indicator names for ``n`` values stated together (分别): 城乡X -> 城镇X, 农村X."""
    if n == 1:                        # 石材、水暖厨卫、光电信息三大主导产业产值: one total, the examples off
        return [re.sub(r"^[^、，,]{2,10}(?:、[^、，,]{2,10})+(?=[两二三四五六七八九十]大)", "", stem)]
    if "分别" in stem:                  # A园区、B城分别实现营业收入: the heads before 分别, the measure after
        before, after = stem.split("分别", 1)
        heads = [h for h in re.split(r"[、和及与]", before) if h]
        tail = _LEAD_VERB_RE.sub("", after)
        shared = _shared_tail(heads) if len(heads) == n else None
        if shared:                    # 化工、装备制造、电子信息三大主导产业分别实现产值: 化工产业产值…
            heads = [head + shared[1] for head in shared[0]]
        if len(heads) == n and len(tail) >= 2 and all(len(h) >= 2 for h in heads):
            return [h + tail for h in heads]
    for compound, parts in sorted(rules.COORDINATED.items(), key=lambda kv: -len(kv[0])):
        at = stem.find(compound)
        if at >= 0 and len(parts) == n:
            head, rest = stem[:at], stem[at + len(compound):]
            return [head + p + rest for p in parts]
    items = [p for p in re.split(r"[、和及与]", stem) if p]
    if len(items) == n and len(items[-1]) > 1 and items[-1][0] in _NUMERALS and all(
            item[-1] in _NUMERALS for item in items[:-1]):
        head = items[0][:-1]                  # 第一、二、三产业增加值
        tail = items[-1][1:]
        return [(item if item.startswith(head) else head + item) + tail for item in items[:-1]] + [
            (items[-1] if items[-1].startswith(head) else head + items[-1])]
    if len(items) == n and all(i in _UNIT_LEVELS for i in items[:-1]) and items[-1].startswith(_UNIT_LEVELS):
        head = next(u for u in sorted(_UNIT_LEVELS, key=len, reverse=True) if items[-1].startswith(u))
        rest = items[-1][len(head):]
        tiers = _TIER_COUNT_RE.match(rest)
        if tiers:                             # 区、乡镇、村三级综治中心: each value is its own tier's
            return [i + "级" + rest[tiers.end():] for i in items[:-1] + [head]]
        return [i + rest for i in items[:-1]] + [items[-1]]   # 区、乡镇、村…比率
    shared = _shared_tail(items) if len(items) == n else None
    if shared:                                # 电子信息、生物医药产业增加值; 纺织服装、制鞋两大产业集群规模
        heads, tail = shared
        return [head + tail for head in heads]
    if len(items) == n:
        last = items[-1]
        full = [item for item in items if len(item) >= 4]
        if len(full) == n:                    # 城镇居民和农村居民人均可支配收入: parallel heads share the tail
            return [item + last[len(item):] if len(last) > len(item) and item[-2:] == last[len(item) - 2:len(item)]
                    else item for item in items[:-1]] + [last]
        out = []
        for item in items:
            out.append(item + _shared_suffix(item, last) if len(item) <= 3 else item)
        return out
    return [stem]


_EACH_RE = re.compile(r"各\s*$")


def _listed_entity(name: str) -> str:
    """The place, park or firm a name of a 分别 list opens with (石花镇规上工业增加值 -> 石花镇), or ''."""
    m = _NAMED_ENTITY_LABEL_RE.match(name)
    if not m or len(name) - m.end() < 2 or _unnamed_entity(m.group("name")):
        return ""
    ok = _proper_name(m.group("name"), rules.ENTITY_ENDINGS + rules.SITE_ENDINGS)
    return m.group("name") if ok and not _ENTITY_CLASS_RE.fullmatch(m.group(2)) else ""


def _each_names(label: str) -> list[str]:
    """宫颈癌、乳腺癌检查 -> [宫颈癌检查, 乳腺癌检查]: parallel heads before 各 and the tail they share
    (a declared opener or a service word); [] when the tail is not known."""
    items = re.sub(r"各$", "", label).split("、")
    if len(items) < 2 or any(len(i) < 2 for i in items):
        return []
    shared = _shared_tail(items)
    if shared:
        heads, tail = shared
        return [h + tail for h in heads]
    tail = next((w for w in rules.SERVICE_WORDS if items[-1].endswith(w) and len(items[-1]) > len(w) + 1), "")
    return [i if i.endswith(tail) else i + tail for i in items] if tail else []


def _shared_tail(items: list[str]) -> tuple[list[str], str] | None:
    """Parallel heads whose last item carries the shared tail, opened by a declared word
    (`rules.SHARED_TAIL_OPENERS`: 产业, 行业, 两大…): the heads and the tail (its 两大 dropped)."""
    last = items[-1]
    at = min((last.find(w) for w in rules.SHARED_TAIL_OPENERS if last.find(w) >= 2), default=-1)
    if at < 2 or any(w in item for item in items[:-1] for w in rules.SHARED_TAIL_OPENERS) \
            or any(len(item) < 2 for item in items[:-1]):
        return None
    tail = re.sub(r"^[两二三四五六七八九十]大(?:主导|支柱|优势|重点|特色)?(?=产业|行业)", "", last[at:])
    tail = re.sub(r"^[两二三四五六七八九十]大", "", tail)
    return (items[:-1] + [last[:at]], tail) if len(tail) >= 2 else None


_NUMERALS = "一二三四五六七八九十"
_TIER_COUNT_RE = re.compile(rules.TIER_COUNT)
_UNIT_LEVELS = tuple(rules.ADMIN_UNITS) + ("区", "县", "市", "镇", "乡")


def _shared_suffix(short: str, full: str) -> str:
    """城镇 + 农村居民人均可支配收入 -> 居民人均可支配收入 (what follows the full item's own head); a head
    ending like the full item's (农业 + 服务业增加值) ends where that one does: 增加值."""
    end = full.find(short[-1]) if short else -1
    if 0 < end <= len(short) + 1 and end + 1 < len(full):
        return full[end + 1:]
    return full[len(short):] if len(full) > len(short) else ""


# Periods, status, scope ----------------------------------------------------------------------


def _periods(sentence: str, ctx: Context) -> list[tuple[int, rules.Period]]:
    """Period phrases of a sentence as (position, Period), in order; bases of comparison left out."""
    found: list[tuple[int, int, rules.Period]] = []
    bases: list[tuple[int, int, None]] = []      # 较去年底: its 年底 is part of the base, no period either
    for phrase, pattern in _PERIODS:
        for m in pattern.finditer(sentence):
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _ in found + bases):
                continue
            base = _BASE_BEFORE_RE.search(sentence[max(0, m.start() - 3):m.start()])
            if base and not (base.group(0) == "是" and not re.match(r"(?:同期)?的", sentence[m.end():m.end() + 3])):
                bases.append((m.start(), m.end(), None))
                continue                  # 比上年, 是2010年的 (not 特别是近五年来)
            try:
                period = phrase.resolve(m, ctx.calendar)
            except ValueError:
                continue                  # 十十年来: not a number of years
            if period is not None and ctx.plan_goals and phrase.name == "years_back" and m.group("n2"):
                n = int(period.period[-4:]) - int(period.period[:4]) + 1      # 五年累计完成 among the goals:
                period = rules.Period(f"{ctx.plan_end - n + 1}/{ctx.plan_end}", ctx.plan_end, span=True)   # the plan's
            if period is not None:
                found.append((m.start(), m.end(), period))
    if ctx.period_override:
        return [(0, rules.Period(ctx.period_override, _last_year(ctx.period_override)))]
    return [(s, p) for s, _, p in sorted(found, key=lambda f: f[0])]


def _status_words(text: str) -> str | None:
    """target, expected or (a clause opening with 已) actual when the text says so (the later word wins)."""
    text = _status_text(text)
    marks = [(m.start(), "target") for m in _TARGET_RE.finditer(text)]
    marks += [(m.start(), "expected") for m in _EXPECTED_RE.finditer(text)]
    marks += [(m.end(), "actual") for m in _DONE_RE.finditer(text)]
    return max(marks)[1] if marks else None


@lru_cache(maxsize=16)
def _status_marks(item: str) -> tuple[tuple[int, ...], tuple[tuple[int, str], ...]]:
    """Per item, once: clause ends outside notes, and where target, expected and done (已…) words stand."""
    masked = _NOTE_RE.sub(lambda n: "　" * len(n.group(0)), item)
    ends = tuple(m.start() for m in CLAUSE_SPLIT_RE.finditer(masked))
    text = _status_text(item)
    marks = [(m.start(), "target") for m in _TARGET_RE.finditer(text)]
    marks += [(m.start(), "expected") for m in _EXPECTED_RE.finditer(text)]
    marks += [(m.end(), "actual") for m in _DONE_RE.finditer(text)]
    return ends, tuple(sorted(marks))


def _status_before_clause_end(item: str, position: int) -> str | None:
    """The status words say for the clause holding ``position`` (words up to its end; the later wins)."""
    ends, marks = _status_marks(item)
    k = bisect_right(ends, position - 1)
    end = ends[k] if k < len(ends) else len(item)
    before = [status for at, status in marks if at < end]
    return before[-1] if before else None


_ALL_DONE = rf"(?:已经|已|均已|全部|已全部|均)+(?:{_alternation(rules.WORKS_DONE_VERBS)})"
_ALL_DONE_WORDS_RE = re.compile(rf"(?:已经|已|均已|全部|已全部|均|全面|已全面|如期)*(?:{_alternation(rules.WORKS_DONE_VERBS)})")
# The clause right after a planned count saying that all of it is done (…12个，已全部完工).
_ALL_DONE_NEXT_RE = re.compile(rf"[^，,；;。]*[，,]\s*{_ALL_DONE}\s*(?=[，,；;。]|$)")
_ALL_DONE_CLAUSE_RE = re.compile(rf"\s*{_ALL_DONE}\s*")
_NOW_RE = re.compile(next(p.pattern for p in rules.PERIOD_PHRASES if p.name == "now"))


def _status(item: str, position: int, reading: Reading, carry: Carry, ctx: Context, qualifier: str = "") -> str:
    if ctx.status_override:
        return ctx.status_override
    own = _status_before_clause_end(item, position) or _note_status(item)
    status = own or carry.status or carry.paragraph_status or ctx.note_status or ctx.section_status
    if status == "target" and _ALL_DONE_NEXT_RE.match(item[position:]):
        return "actual"                   # 全年计划改造老旧小区12个，已全部完工: the plan is carried out
    if (status == "target" and not own and reading.year is not None
            and reading.year < (ctx.calendar.current or ctx.published_year)):
        return "actual"                   # 二、2024年工作安排 …“十四五”以来…年均增长6.7%: no target of a past year
    if status == "target" and _MONTHS_SO_FAR_RE.fullmatch(reading.period or "") and not _own_clause_target(item, position):
        return "actual"                   # 全年计划投资5.63亿元，1—10月累计完成投资4.87亿元: the months are done
    if not own and _promised_programme_plan(item, position, reading, ctx):
        return "target"                   # 确定实施12大类36项民生实事项目 (a notice of October): the year's plan
    if status:
        return status
    if ctx.default_status:                # a notice of the year's tasks: what it says of past years is done
        past = reading.year is not None and reading.year < ctx.published_year and (
            reading.period == str(reading.year) or reading.measure == "multiple")   # 2024年…是2020年的2.4倍
        now = reading.period == str(ctx.published_year) and bool(_NOW_RE.search(item[:position]))
        return "actual" if past or now else ctx.default_status    # …现有陶瓷企业3200多家: as things stand
    if reading.year is not None and reading.year in ctx.expected_years:
        return "expected"
    if ctx.is_plan:
        return "actual" if reading.year is not None and reading.year < ctx.published_year else "target"
    if ctx.kind == "work_report" and reading.year is not None and reading.year > ctx.calendar.data_year:
        return "target"
    if reading.year is not None and reading.year > ctx.published_year:
        return "target"                   # a year not yet begun when the text was published: never done
    cal = ctx.calendar
    if (reading.period == str(cal.published) and 0 < cal.month <= rules.FLOW_MONTHS
            and reading.measure in ("level", "growth")
            and (ctx.kind == "notice" or (ctx.kind == "feature" and qualifier in ("approx", "at_least", "at_most")
                                          and (re.match(r"\s*(?:左右|以上|以内|以下)", item[position:])
                                               or re.search(r"(?:左右|以上|以内|以下)\s*$", item[:position]))))):
        return "target"     # a notice of March on 2024年…增长9%以上 (a feature: …增长7%左右): the year is not over
    return "actual"


_PAYER_LEAD_RE = re.compile(rf"^{rules.PAYER_LEAD}")
_OWN_LEVEL_RE = re.compile(rf"(?:{_alternation(rules.OWN_PROGRAMME_LEVELS)})(?=(?:{_alternation(rules.PROMISED_PROGRAMMES)}))")
_MONTHS_SO_FAR_RE = re.compile(r"(?P<year>\d{4})-01/(?P=year)-\d{2}")


def _own_clause_target(item: str, position: int) -> bool:
    """A target word stands in the clause holding ``position`` (1—9月力争增长6%), not only before it."""
    ends, marks = _status_marks(item)
    start = clause_start(item, position)
    end = next((e for e in ends if e >= position), len(item))
    return any(status == "target" and start <= at < end for at, status in marks)


_PROMISED_RE = re.compile(_alternation(rules.PROMISED_PROGRAMMES))
_PROGRAMME_PLAN_RE = re.compile(_alternation(rules.PROGRAMME_PLAN_VERBS))


def _promised_programme_plan(item: str, position: int, reading: Reading, ctx: Context) -> bool:
    """A count of a year's promised programme (rules.PROMISED_PROGRAMMES) said with a planning verb, in a text
    published before that year is over, and not said to be done in its clause."""
    if reading.measure != "level" or reading.year is None or reading.year < ctx.published_year:
        return False
    if not any(_PROMISED_RE.search(name) for name in reading.names):
        return False
    start = clause_start(item, position)
    end = next((e for e in _clause_ends(item) if e > position), len(item))
    return (bool(_PROGRAMME_PLAN_RE.search(item[start:position]))
            and not _ALL_DONE_WORDS_RE.search(item[start:end]) and not _ALL_DONE_NEXT_RE.match(item[position:]))


def _scope(item: str, left: str, group, ctx: Context, reading: Reading) -> tuple[str, str, str, bool]:
    """(scope, district, entity, named) of a group of values; named: the text names the unit."""
    source = ctx.doc.source
    if ctx.scope_override:
        return ctx.scope_override[1], ctx.scope_override[0], "", True
    entity = _entity(item, left, group, reading, ctx) or _owner_entity(item, group)
    if entity:
        return "entity", source.district, entity, True
    head = item[:group[0].start] if reading.measure != "level" else item[clause_start(item, group[0].start):group[0].start]
    found = None
    levels = _scope_words(ctx)
    said, region = rules.AUTONOMOUS_REGION_WHOLE          # 全区(自治区): the region's, not the district's
    head = head.replace(said, region + "　" * (len(said) - len(region)))
    # A unit's name inside quotes or brackets, or after 的, is part of a name (“九江茶市”, 青网(九江)).
    head = _NAMED_RE.sub(lambda m: "　" * len(m.group(0)), head)
    for m in _scope_pattern(ctx).finditer(head):
        if ((head[m.end():].startswith(rules.RANK_AFTER_SCOPE) and not _ANY_PERIOD_RE.match(head, m.end()))
                or head[max(0, m.start() - 1):m.start()] == "的"):
            continue                      # 列全市第三: a ranking, not a scope
        if head[max(0, m.start() - 1):m.start()] == "占" and reading.measure == "level":
            continue                      # 产量约占全国的90%: the share's whole, not whose share it is
        if _NAME_GOES_ON_RE.match(head[m.end():]) and not m.group(0).endswith(("市", "省", "县", "区")):
            continue                      # 江西数联产业基地: a firm's or park's name
        found = (m.start(), m.group(0), levels[m.group(0)])
    if found is None:
        return "district", source.district, "", False
    if found[2] == "district":
        return "district", source.district, "", True
    level = found[2]
    name = {"city": source.city, "province": source.province, "country": "全国"}[level]
    return level, name, "", True


_NAME_GOES_ON_RE = re.compile(rf"[\u4e00-\u9fffA-Za-z/]{{1,12}}?(?:{_ENTITY_END_ALT})")
_NAMED_RE = re.compile(r"“[^”]*”|\([^()]*\)|《[^》]*》")


def _scope_pattern(ctx: Context) -> re.Pattern:
    if ctx.scope_re is None:
        ctx.scope_re = re.compile(_alternation(_scope_words(ctx)))
    return ctx.scope_re


def _scope_words(ctx: Context) -> dict[str, str]:
    """Words naming the district itself or a higher unit -> the unit's level (first listed wins)."""
    if ctx.scope_levels is None:
        ctx.scope_levels = {}
        for word, level in _scope_word_list(ctx):
            ctx.scope_levels.setdefault(word, level)
    return ctx.scope_levels


def _scope_word_list(ctx: Context) -> list[tuple[str, str]]:
    source = ctx.doc.source
    is_city = source.district.endswith("市")
    words = [(w, "district" if (w == "全市" and is_city) else level) for w, level in _SCOPE_WORDS]
    for name, level in ((source.city, "city"), (source.province, "province")):
        if name:
            words.append((name, level))
            short = re.sub(r"(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$", "", name)
            if len(short) >= 2 and short != name:
                words.append((short, level))
                if level == "city":
                    words.append((short + "全市", level))   # 温州全市…: the city's 全市, in a county-level city's text
            if name.endswith("自治州") and len(name) > 5:
                words.append((name[:2] + "州", level))      # 大理白族自治州 -> 大理州
                words.append(("全州", level))               # the prefecture as a whole
            if name.endswith("地区") and len(name) > 3:
                words.append((name[:-2], level))
    words += [(word, "province") for province, word in rules.PROVINCE_WHOLE_WORDS
              if (source.province or "").startswith(province)]          # 全疆棉花产量: Xinjiang's
    words += [(name, "district") for name in _district_names(ctx)]
    words += [(w, "district") for w in rules.DISTRICT_WORDS]
    if is_city:
        words += [(w, "district") for w in ("该市", "本市", "我市")]
    words += [("我省", "province"), ("我国", "country")]
    return words


_VILLAGE_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,4}村(?![民级集委])")
_NAMED_VILLAGE_RE = re.compile(r"[\u4e00-\u9fff]{2,4}村(?![民级集委])[\u4e00-\u9fff]{0,6}?村(?:级)?集体经济")
_DESCRIBED_FIRM_RE = re.compile(rf"(?:{_alternation(rules.FIRM_DESCRIPTORS)})(?P<name>[\u4e00-\u9fffA-Za-z]{{2,12}}?)"
                                rf"(?=年产值|年产|产值|年销售|销售|营业收入|营收|实现|完成|达到|出口)")
_ONE_FIRM_RE = re.compile(r"(?P<name>(?:[县区市]内|园区内|本地)?(?:某|一家|这家|该(?![县区市镇乡旗]))[\u4e00-\u9fff]{0,10}?(?:企业|公司|厂|集团|合作社|企))")
_NAMED_ENTITY_LABEL_RE = re.compile(rf"^(?P<name>(?!全|各|重点|主要)([\u4e00-\u9fff]{{2,10}}?)"
                                    rf"(?:{_alternation(rules.ENTITY_ENDINGS + rules.SITE_ENDINGS)}))")


_CLASS_THRESHOLD_RE = re.compile(r"^(?:\d+(?:\.\d+)?\s*)?(?:千|万|亿)元\s*(?:\(含\)|（含）)?\s*(?:及)?以上")


def _unnamed_entity(name: str) -> bool:
    """重点项目, 产业项目, 项目: a class of entities (its figure is the class's total), not one named entity."""
    for ending in rules.UNNAMED_ENTITIES:
        if name.endswith(ending):
            rest = _CLASS_THRESHOLD_RE.sub("", name[: -len(ending)])   # 亿元及以上项目, 5000万元以上工业项目
            return not rest or bool(_ENTITY_CLASS_RE.fullmatch(rest))
    return False


def _without_causes(text: str) -> str:
    """``text`` with what says why blanked, offsets kept (受大型项目建成投产等因素影响 names no entity)."""
    return _CAUSE_RE.sub(lambda m: "　" * len(m.group(0)), text)


def _entity(item: str, left: str, group, reading: Reading, ctx: Context) -> str:
    """The project, park, firm or facility a number is about, when it is one."""
    after = _one_entity_after(item[group[-1].end:])
    if after:
        return after.group("name")
    serving = _SERVING_RE.search(_QUOTES_RE.sub("", item[clause_start(item, group[0].start): group[0].start]))
    if serving and not _SUBJECT_RE.match(serving.group("name")):
        return serving.group("name")          # 某党建工作室为全区培养社工20名: the studio's deed
    if len(group) == 1 and group[0].quantity.unit_base in _MEASURE_UNITS:
        named = _named_list_after(item[group[-1].end:])
        if named:                         # 总面积18万平方米的A三期、B、C等项目: theirs, not the district's
            return named
    start = clause_start(item, group[0].start)
    clause = _without_causes(item[start: group[0].start])
    subject = _ENTITY_SUBJECT_RE.search(clause) or _ENTITY_SUBJECT_RE.search(
        _without_causes(CLAUSE_SPLIT_RE.split(item, maxsplit=1)[0]))
    if subject and re.search(r"\d\s*$", subject.string[: subject.start()]):
        subject = None                    # 50万千瓦光伏发电项目建成…: a size opens the name; read elsewhere
    if subject and not _SUBJECT_RE.match(subject.group("name")) and subject.group("name")[0] not in "个家项座条所":
        name = re.sub(r"^(?:其中|同时|另外|以及)", "", subject.group("name"))
        for _ in range(3):                # 确保全年完成重点项目: the lead, time and verb words are no name
            name = _LEAD_VERB_RE.sub("", _ADVERBS.sub("", _LEAD_RE.sub("", _strip_periods(name, ctx))))
        if not _unnamed_entity(name):            # 其中项目投资增长18.4%: all projects' investment, no one's
            return name
    if any(name in rules.PROJECT_LABELS for name in reading.names):
        before = CLAUSE_SPLIT_RE.split(item[: group[0].start])
        if len(before) >= 2 and _COUNTED_PROJECTS_RE.search(before[-2]):
            return ""                     # 确定为民办实事项目12项，计划总投资…: the projects', all of them
        works = _COUNT_OF_WORKS_RE.search(before[-2]) if len(before) >= 2 else None
        if works and float(works.group("n")) > 1:
            return ""                     # 计划改造老旧小区46个，计划总投资2.1亿元: all the works' (not 1栋's)
        tail = item[group[-1].end:]
        if tail.startswith("的"):         # 总投资12亿元的货运码头
            named = re.split(r"[,，；;。、]|等|即将|正在|相继|加快|已", _QUOTES_RE.sub("", tail[1:]))[0]
            if len(named) >= 2:
                return named
        if "项目总投资" not in reading.names and (_programme_before(item, group[0].start)
                                              or _title_programme(item, group[0].start, ctx)):
            return ""                     # 全年计划投资5.63亿元 in a notice on the 民生实事项目: the programme's
        project = _PROJECT_NAME_RE.search(item)
        if project and _unnamed_entity(project.group(0)):
            return ""                     # 亿元及以上项目投资增长18.4%: a class of projects, all of them
        return project.group(0) if project else "项目"
    if any(name in rules.GENERIC_LABELS for name in reading.names):
        named = _ENTITY_NAME_RE.findall(item[: group[0].start])
        if named:                             # 设立…产业引导基金,总规模20亿元
            return named[-1]
    tail = item[group[-1].end:]
    if re.fullmatch(r"(?:总)?投资", left.strip()) and re.match(r"^[\u4e00-\u9fff]{2,}", tail):
        return re.split(r"[,，；;。、]", tail)[0][:30]
    zone = _ZONE_LABEL_RE.match(reading.names[0]) if reading.names else None
    if zone and len(reading.names[0]) - zone.end() >= 2:
        if _proper_name(zone.group("name"), rules.ZONE_ENDINGS):
            return zone.group("name")         # 望远工业园区规上工业产值: the zone's figure (not 园区路网)
        named_after = _named_after_county(item, zone.group("name"), ctx)
        if named_after:                       # 灵山工业区…: named after the county, whose name the label lost
            return named_after
        rest = _TARGET_PREFIX_RE.sub("", reading.names[0][zone.end():])
        if rest.endswith(rules.SUM_NOUNS + rules.SHARE_ENDINGS):
            return zone.group("name")         # 园区工业总产值, 县经济开发区A类企业占比: the county's zone's, not its own
    start = clause_start(item, group[0].start)
    one = _ONE_FIRM_RE.search(item[start: group[0].start])
    if not one and start > 0:                 # 比如县内一家氟化工企业，上半年产值就达到…: the firm just named
        previous = item[clause_start(item, start - 1): start].strip("，,;； ")
        one = _ONE_FIRM_RE.fullmatch(re.sub(r"^(?:比如|例如|譬如|像|如|其中)", "", previous))
    if one:
        return one.group("name")              # 某智能制造企业年产值, 县内一家药业企业实现销售收入: one firm's
    firm = _firm_opening(item, start)
    if firm:
        return firm                           # 禾丰牧业黑山分公司…，实现产值9.4亿元; 祥光铜业等重点企业实现…
    named_village = _NAMED_VILLAGE_RE.match(item[clause_start(item, group[0].start): group[0].start].lstrip("，, "))
    if reading.names and reading.names[0].startswith(rules.VILLAGE_LABEL_LEADS) or named_village:
        villages = _VILLAGE_NAME_RE.findall(item[: group[0].start])
        return villages[-1] if villages else "村"    # 全村人均纯收入, 小岗村实现村集体经济收入: the village's
    described = _DESCRIBED_FIRM_RE.search(item[clause_start(item, group[0].start): group[0].start])
    if described:
        return described.group("name")        # 规模最大的企业三环集团枣阳公司年产值: the firm named after it
    named = _NAMED_ENTITY_LABEL_RE.match(reading.names[0]) if reading.names else None
    if (named and reading.names[0][named.end():].endswith(rules.SUM_NOUNS + rules.SITE_MEASURES)
            and not re.search(r"[级类星]", named.group(2))
            and not reading.names[0][named.end():].startswith("的") and not _LEAD_VERB_RE.match(named.group(2))
            and reading.names[0] in _INNER_VERB_RE.sub("", _ANY_PERIOD_RE.sub(
                "", item[clause_start(item, group[0].start): group[0].start]))
            and not _ENTITY_CLASS_RE.fullmatch(named.group(2)) and not _unnamed_entity(named.group("name"))):
        return named.group("name")            # 三孔景区门票收入: a named site's sum (not A级景区…)
    township = _TOWNSHIP_LABEL_RE.match(reading.names[0]) if reading.names else None
    if (township and len(reading.names[0]) - township.end() >= 2 and _place_name(township.group("name"))
            and not _LEAD_VERB_RE.match(township.group("name"))      # 新增城镇就业, 改造城镇…: no township
            and not _ENTITY_CLASS_RE.fullmatch(_own_part(township.group("name"), rules.TOWNSHIP_ENDINGS))):
        return township.group("name")         # 屏锦镇荷虾共生基地面积, 太平镇完成道路改造: the township's
    site = _SITE_LABEL_RE.match(reading.names[0]) if reading.names else None
    if site and reading.names[0][site.end():].endswith(rules.SUM_NOUNS + rules.SITE_MEASURES):
        return _named_after_county(item, site.group(0), ctx)   # 台山核电站发电量, 龙口港集团…: the label lost 台山
    return ""


_SITE_LABEL_RE = re.compile(rf"^[\u4e00-\u9fff]?(?:{_alternation(rules.ENTITY_ENDINGS)})")   # 核电站, 港集团


_FIRM_NAME = (r"(?:(?!的)[\u4e00-\u9fffA-Za-z]){2,16}?(?:\([\u4e00-\u9fff]{2,6}\)[\u4e00-\u9fffA-Za-z]{0,12}?)?"
              rf"(?:{_alternation(rules.FIRM_NAME_ENDINGS)})(?:[\u4e00-\u9fff]{{1,8}}?(?:分公司|公司|厂))?"
              r"(?:\([\u4e00-\u9fff]{2,8}\))?")
_FIRM_OPENING_RE = re.compile(rf"^(?!{_alternation(rules.NOT_FIRM_OPENINGS)})(?:{_alternation(rules.FIRM_OPENING_LEADS)})?(?P<name>{_FIRM_NAME}"
                              rf"|[\u4e00-\u9fff、]{{2,30}}?等(?:{_alternation(rules.FIRM_CLASSES)})?企业)"
                              rf"(?=[\u4e00-\u9fff])")


def _firm_opening(item: str, start: int) -> str:
    """A firm named at the opening of the number's clause (中远海运(启东)海洋工程有限公司全年交付…), or of the
    clause before it when the number's clause opens with a verb and names no one (禾丰牧业某分公司屠宰肉鸡…，
    实现产值…); named firms and their class (祥光铜业等重点企业): theirs, not the county's."""
    own = _strip_connector(item[start:])
    if not _ELIDED_OPENING_RE.match(own):         # (实现国资平台公司固定资产…: a verb opens it, no firm)
        found = _FIRM_OPENING_RE.match(own)
        return found.group("name") if found else ""
    previous = _last_clause_before(item, start)
    if not previous or _ELIDED_OPENING_RE.match(previous):
        return ""
    found = _FIRM_OPENING_RE.match(previous)
    return found.group("name") if found else ""


def _last_clause_before(item: str, start: int) -> str:
    """The last clause of ``item`` before ``start`` that says something (a bare 其中 is none), its connector
    taken off; '' when there is none."""
    last, at = "", 0
    for end in _clause_ends(item):
        if end > start:
            break
        said = _strip_connector(item[at:end].rstrip("，,；;：:。"))
        last = said or last
        at = end
    return last


def _strip_connector(text: str) -> str:
    return re.sub(r"^\s*(?:其中|同时|此外|另外)?\s*[，,]?\s*", "", text)


def _named_after_county(item: str, name: str, ctx: Context) -> str:
    """``name`` with the county's short name the text puts before it (台山 + 核电站), or ''."""
    at = item.find(name)
    before = item[max(0, at - 2):at] if at >= 2 else ""
    if re.fullmatch(r"[\u4e00-\u9fff]{2}", before) and ctx.doc.source.district.startswith(before):
        return before + name
    return ""


# Output ------------------------------------------------------------------------------------


def _emit(mention: Mention, name: str, reading: Reading, status: str, scope: str, district: str,
          entity: str, sentence: str, line: int, ctx: Context, out: Collector) -> None:
    q = mention.quantity
    for note in q.notes:
        out.flag(line, "value_note", "info", f"{mention.text!r}: {note}", text=sentence[:120])
    sign = reading.sign
    value = None if q.value is None else sign * q.value
    low = None if q.low is None else sign * q.low
    high = None if q.high is None else sign * q.high
    if sign < 0 and low is not None:
        low, high = high, low
    qualifier = q.qualifier
    if reading.measure == "level" and q.unit_base == "%" and "占" in name:
        about = _ABOUT_SHARE_RE.search(name)
        if about:                                   # 银耳产量约占全国的90%: about 90%
            name = name[: about.start()] + name[about.end():]
            qualifier = "approx" if qualifier == "exact" else qualifier
        name = _share_label(name)                   # …占全县出口总额的80%以上: …的比重
    name = rules.ABBREVIATED_LABELS.get((name, q.unit_base), name)   # 建档立卡7021879人 -> 建档立卡贫困人口
    industry = _NAMED_INDUSTRY_RE.match(name)
    if industry and scope == "district":
        ctx.last_industry = industry.group("industry")
    elif name.startswith("产业") and name[2:] in rules.INDUSTRY_MEASURES and ctx.last_industry:
        name = ctx.last_industry + name             # 纺织服装产业营业收入…；产业从业人员: that industry's
    out.add("observations", district=district, scope=scope, entity=entity, source="text", table_id="",
            category="", indicator=name, indicator_id="", measure=reading.measure, status=status,
            period=reading.period or "", year=reading.year, value=value, unit="%" if reading.each_year else q.unit,
            value_base=None if value is None else value * q.factor,
            unit_base="%" if reading.each_year else q.unit_base,
            qualifier=qualifier, low=low, high=high, value_text=mention.text,
            line=line, attribute="", column="", sentence=sentence)


def _emit_ratio(item, start, text, offset, paragraph, ctx, out, periods, carry) -> None:
    parts = [float(p) for p in text.split(":")]
    line = paragraph.text.line_at(offset + start)
    before = item[:start]
    year_m = list(re.finditer(r"((?:19|20)\d{2})年(?:的)?$", before[-8:]))
    if year_m:
        year = int(year_m[-1].group(1))
    else:
        earlier = [p for s, p in periods if s < start and p.year]
        year = earlier[-1].year if earlier else _last_year(carry.period or ctx.default_period)
    if year is None:
        out.flag(line, "no_period", "warning", f"structure {text!r} has no year; not read",
                 text=item.strip()[:120])
        return
    if abs(sum(parts) - 100) > 0.5:
        out.flag(line, "structure_sum", "warning", f"sector shares sum to {sum(parts):g}", text=text)
    status = _status(item, start, Reading([], "level", year=year), carry, ctx)
    out.add("structure", district=ctx.doc.source.district, year=year, status=status,
            primary=parts[0], secondary=parts[1], tertiary=parts[2], value_text=text,
            line=line, table_id="", indicator="", source="text", column="")


def _read_task_texts(doc: Document, ctx: Context, out: Collector) -> None:
    """Task texts of task tables: a higher level's work report holds that level's targets."""
    titles = {t["table_id"]: t["title"] for t in out.rows.get("tables", []) if t["kind"] == "tasks"}
    for task in out.rows.get("tasks", []):
        title = titles.get(task["table_id"], "")
        if WORK_REPORT_RE.search(title):
            year = re.search(r"((?:19|20)\d{2})年", title)
            _read_cell_text(task["text"], task["line"], doc, ctx, out, scope=(doc.source.city, "city"),
                            status="target", period=year.group(1) if year else None)
        else:
            _read_cell_text(task["text"], task["line"], doc, ctx, out)
    for cell, year, _table_id, row_before in out.prose_cells:   # 建设内容/目标 cells as text: the year's targets
        _read_cell_text(cell.text, cell.line, doc, ctx, out, status="target", period=str(year) if year else None,
                        row_before=row_before)


def _works_of_cells(text: str, ctx: Context) -> str:
    """The works the last counted clause of a row's text cells names (完成营造林4.5万亩 -> 营造林), or ''."""
    for clause in reversed(CLAUSE_SPLIT_RE.split(text)):
        number = next((m for m in MENTION_RE.finditer(clause) if m.group("unit")), None)
        if number:
            return works_name(_clean_indicator(clause[: number.start()], ctx))
    return ""


def _row_label(text: str, ctx: Context) -> str:
    """The item a row's text cells name when they count nothing (4 | 改造城镇老旧小区 | …: 改造城镇老旧小区), or ''."""
    item = text.strip().lstrip("0123456789.、 \t")          # the row's number taken off
    if not item or re.search(r"\d", _NOTE_RE.sub("", item)):
        return ""
    return _clean_indicator(item, ctx)


def _read_cell_text(cell: str, line: int, doc: Document, ctx: Context, out: Collector, scope=None,
                    status: str | None = None, period: str | None = None, row_before: str = "") -> None:
    """Read a table cell's text as a paragraph of its own, cited from the cell, with what its table says
    and the works its row's earlier cells (``row_before``) name."""
    label = _row_label(row_before, ctx)            # a row that counts nothing: its item's works (改造城镇老旧小区)
    works = _works_of_cells(row_before, ctx) or (works_name(label) if label else "")
    cell_ctx = Context(doc, ctx.calendar, ctx.kind, simplify=ctx.simplify, default_period=ctx.default_period,
                       expected_years=ctx.expected_years, row_works=works, row_label=label)
    cell_ctx.scope_override, cell_ctx.status_override, cell_ctx.period_override = scope, status, period
    text, cols, _ = fold_line(cell, ctx.simplify)
    prepared = Prepared()
    prepared.append(text, line, cols)
    cell_ctx.cite = cell
    _read_paragraph(Paragraph(prepared, cell), cell_ctx, out)


WORK_REPORT_RE = re.compile(r"市\s*[《<]\s*政府工作报告|市政府工作报告")
