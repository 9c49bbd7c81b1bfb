"""The words Chinese statistics are written with, declared once as tables.

Every word the value parser (:mod:`analysis.extract.numbers`) knows is a row
here with a one-line meaning; the parser builds its patterns from these tables
and the prose reader takes its words from the same tables. Adding a unit, a
currency or a qualifier word is one row here plus one test row in
``tests/test_numbers.py``.

Tables
------
``SCALE_WORDS``        scale words after a number (万, 亿, 千万亿 ...) and their factor.
``SHORTHAND_SCALES``   Latin shorthand after a digit (15k, 30w) and the scale word it stands for.
``UNITS``              unit spellings and their base unit. Each currency is its own
                       base (no exchange-rate conversion); 块/圆/人民币 are 元.
``CURRENCIES``         the currency bases; a currency word may stand before the
                       number (港币两千九百六十元) and then names the 元 after it.
``PREFIX_WORDS``       qualifier words before a number (约, 逾, 不少于 ...).
``SUFFIX_WORDS``       qualifier words after the unit (以上, 左右 ...).
``INNER_WORDS``        余/多 between the number, the scale and the unit (1.2万余名).
``INCLUSIVE_MARKS``    (含): the bound itself is included.
``RANGE_SEPARATORS``   between the two ends of a range (-, ~, 至, 到, —— ...).
``RANGE_OPENERS``      words that open a range (从8500到3万).
``DIGITS``, ``PLACES`` the Chinese numerals; ``CAPITAL_NUMERALS`` fold the
                       financial (capital) numerals and look-alikes (○) onto them.
``TRADITIONAL_FORMS``  traditional spellings of these words' characters (億, 萬, 畝, 餘, 超過).
``MEASURE_BEFORE_SCALE`` 个 in 两个亿.
``MONEY_SUBUNITS``     角/毛/分 after 元/块/圆 (十块三毛 = 10.3元).
``FRACTION_WORDS``     百分之 (%), 千分之 (‰); any other X分之Y is a plain fraction.
``VAGUE_WORDS``        几, 数 (几十万, 数十亿, 十几), 上 (上百): vague counts; ``means`` says
                       whether the word only leads a numeral (数, 上) or may stand anywhere (几).
``SEQUENTIAL_PAIRS``   two neighbouring digits (八九亿, 三五百): a vague count between them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple


class Scale(NamedTuple):
    word: str
    factor: float
    meaning: str


class Unit(NamedTuple):
    spelling: str
    base: str
    meaning: str


class QualifierWord(NamedTuple):
    word: str
    qualifier: str
    meaning: str


class Word(NamedTuple):
    word: str
    meaning: str


class NumberWord(NamedTuple):
    word: str
    value: float
    meaning: str


class Mapping(NamedTuple):
    word: str
    means: str
    meaning: str


class Pair(NamedTuple):
    word: str
    low: int
    high: int
    meaning: str


# --- scales -----------------------------------------------------------------------------
SCALE_WORDS: tuple[Scale, ...] = (
    Scale("百", 1e2, "hundred (3百 = 300)"),
    Scale("千", 1e3, "thousand"),
    Scale("万", 1e4, "ten thousand"),
    Scale("十万", 1e5, "hundred thousand"),
    Scale("百万", 1e6, "million"),
    Scale("千万", 1e7, "ten million"),
    Scale("亿", 1e8, "hundred million"),
    Scale("十亿", 1e9, "billion"),
    Scale("百亿", 1e10, "ten billion"),
    Scale("千亿", 1e11, "hundred billion"),
    Scale("万亿", 1e12, "trillion"),
    Scale("千万亿", 1e15, "quadrillion (3千万亿 = 3e15)"),
)

SHORTHAND_SCALES: tuple[Mapping, ...] = (
    Mapping("k", "千", "thousand after a digit (15k = 15千)"),
    Mapping("K", "千", "thousand after a digit"),
    Mapping("w", "万", "ten thousand after a digit (30w = 30万)"),
    Mapping("W", "万", "ten thousand after a digit"),
)

# --- units ------------------------------------------------------------------------------
CURRENCIES: tuple[Word, ...] = (
    Word("元", "renminbi yuan"),
    Word("美元", "US dollar"),
    Word("欧元", "euro"),
    Word("港元", "Hong Kong dollar"),
    Word("日元", "Japanese yen"),
    Word("英镑", "pound sterling"),
    Word("韩元", "South Korean won"),
    Word("泰铢", "Thai baht"),
    Word("卢布", "Russian rouble"),
    Word("新台币", "New Taiwan dollar"),
    Word("澳元", "Australian dollar"),
)

UNITS: tuple[Unit, ...] = (
    # money
    Unit("元", "元", "yuan"),
    Unit("块", "元", "yuan, colloquial"),
    Unit("块钱", "元", "yuan, colloquial"),
    Unit("圆", "元", "yuan, as written on cheques and contracts"),
    Unit("圆整", "元", "yuan exactly, as written on cheques"),
    Unit("元整", "元", "yuan exactly"),
    Unit("人民币", "元", "renminbi"),
    Unit("美元", "美元", "US dollar"),
    Unit("美金", "美元", "US dollar, colloquial"),
    Unit("欧元", "欧元", "euro"),
    Unit("港元", "港元", "Hong Kong dollar"),
    Unit("港币", "港元", "Hong Kong dollar"),
    Unit("日元", "日元", "Japanese yen"),
    Unit("日币", "日元", "Japanese yen, colloquial"),
    Unit("英镑", "英镑", "pound sterling"),
    Unit("韩元", "韩元", "South Korean won"),
    Unit("泰铢", "泰铢", "Thai baht"),
    Unit("卢布", "卢布", "Russian rouble"),
    Unit("新台币", "新台币", "New Taiwan dollar"),
    Unit("台币", "新台币", "New Taiwan dollar, short form"),
    Unit("澳元", "澳元", "Australian dollar"),
    Unit("澳币", "澳元", "Australian dollar, colloquial"),
    # shares and rates
    Unit("%", "%", "per cent"),
    Unit("‰", "‰", "per mille"),
    Unit("个百分点", "百分点", "percentage points"),
    Unit("百分点", "百分点", "percentage points"),
    Unit("倍", "倍", "times (a multiple)"),
    Unit("成", "成", "tenths (三成 = 30%)"),
    # people and organisations
    Unit("人", "人", "people"),
    Unit("名", "人", "people (counter)"),
    Unit("位", "人", "people (polite counter)"),
    Unit("人次", "人次", "person-times (visits, trips)"),
    Unit("户", "户", "households"),
    Unit("农户", "农户", "farm households"),
    Unit("家", "家", "firms or organisations"),
    Unit("家次", "家次", "firm-times"),
    # area, length, volume, mass, energy
    Unit("亩", "亩", "mu (1/15 hectare)"),
    Unit("公顷", "公顷", "hectares"),
    Unit("平方米", "平方米", "square metres"),
    Unit("平米", "平方米", "square metres, short form"),
    Unit("平方公里", "平方公里", "square kilometres"),
    Unit("平方千米", "平方公里", "square kilometres"),
    Unit("公里", "公里", "kilometres"),
    Unit("千米", "公里", "kilometres"),
    Unit("米", "米", "metres"),
    Unit("微克", "微克", "micrograms (PM2.5年均浓度28微克/立方米: a concentration per cubic metre)"),
    Unit("毫克", "毫克", "milligrams (毫克/升: a concentration)"),
    Unit("立方米", "立方米", "cubic metres"),
    Unit("方", "立方米", "cubic metres, colloquial"),
    Unit("吨", "吨", "tonnes"),
    Unit("千升", "千升", "kilolitres (liquor, fuel)"),
    Unit("升", "升", "litres"),
    Unit("斤", "斤", "jin (half a kilogram)"),
    Unit("担", "担", "dan (50 kilograms; tobacco and grain purchases)"),
    Unit("公斤", "公斤", "kilograms"),
    Unit("千克", "公斤", "kilograms"),
    Unit("克", "克", "grams"),
    Unit("吨标煤", "吨标煤", "tonnes of standard coal equivalent"),
    Unit("吨标准煤", "吨标煤", "tonnes of standard coal equivalent"),
    Unit("千瓦", "千瓦", "kilowatts"),
    Unit("千瓦时", "千瓦时", "kilowatt-hours"),
    Unit("度", "千瓦时", "kilowatt-hours, colloquial"),
    Unit("兆瓦", "兆瓦", "megawatts"),
    Unit("标箱", "标箱", "twenty-foot equivalent units (TEU)"),
    # time and age
    Unit("年", "年", "years"),
    Unit("个月", "月", "months"),
    Unit("月", "月", "months"),
    Unit("天", "天", "days"),
    Unit("日", "天", "days"),
    Unit("小时", "小时", "hours"),
    Unit("岁", "岁", "years of age"),
    Unit("周岁", "周岁", "full years of age"),
    # counters
    Unit("个", "个", "items (general counter)"),
    Unit("项", "项", "items, projects"),
    Unit("次", "次", "times"),
    Unit("场", "场", "events, sessions"),
    Unit("批次", "批次", "batches"),
    Unit("批", "批", "batches"),
    Unit("件", "件", "pieces, cases"),
    Unit("册", "册", "volumes"),
    Unit("期", "期", "issues, phases"),
    Unit("支", "支", "teams, sticks"),
    Unit("枚", "枚", "pieces (medals, stamps)"),
    Unit("剂次", "剂次", "vaccine doses given"),
    Unit("剂", "剂", "doses"),
    Unit("所", "所", "schools, institutions"),
    Unit("座", "座", "buildings, bridges, dams"),
    Unit("条", "条", "roads, lines, items"),
    Unit("套", "套", "sets, dwellings"),
    Unit("辆", "辆", "vehicles"),
    Unit("间", "间", "rooms"),
    Unit("间夜", "间夜", "room-nights (元/间夜: a hotel's average price)"),
    Unit("张", "张", "sheets, beds, cards"),
    Unit("床", "床", "hospital beds"),
    Unit("株", "株", "plants, trees"),
    Unit("棵", "棵", "trees"),
    Unit("头", "头", "head of livestock"),
    Unit("只", "只", "animals, birds"),
    Unit("羽", "羽", "poultry (birds)"),
    Unit("双", "双", "pairs (shoes, gloves)"),
    Unit("袋", "袋", "bags (mushroom logs: 香菇3万袋)"),
    Unit("个等级", "等级", "grades (耕地质量等级提升0.5个等级)"),
    Unit("等级", "等级", "grades"),
    Unit("栋", "栋", "buildings"),
    Unit("幢", "幢", "buildings"),
    Unit("台", "台", "machines, sets"),
    Unit("处", "处", "sites"),
    Unit("层", "层", "storeys"),
    Unit("轮", "轮", "rounds"),
    Unit("届", "届", "sessions (of a recurring event)"),
    Unit("篇", "篇", "articles"),
    Unit("部", "部", "works, devices"),
    Unit("本", "本", "books"),
    Unit("种", "种", "kinds"),
    Unit("类", "类", "classes"),
    Unit("道", "道", "items, courses"),
    Unit("组", "组", "groups"),
    Unit("艘", "艘", "ships"),
    Unit("锭", "锭", "spindles (纱锭规模85万锭)"),
    Unit("架", "架", "aircraft"),
    Unit("架次", "架次", "flights (sorties)"),
    Unit("根", "根", "poles, sticks"),
    Unit("片", "片", "pieces, patches"),
    Unit("盏", "盏", "lamps"),
    Unit("宗", "宗", "cases, parcels of land"),
    Unit("笔", "笔", "transactions, loans"),
    Unit("份", "份", "copies, portions"),
    Unit("门", "门", "courses, guns"),
    Unit("节", "节", "lessons, sections"),
    Unit("课时", "课时", "class hours"),
)

# --- qualifier words ----------------------------------------------------------------------
PREFIX_WORDS: tuple[QualifierWord, ...] = (
    QualifierWord("达到", "exact", "reaches"),
    QualifierWord("达", "exact", "reaches"),
    QualifierWord("高达", "exact", "reaches as much as"),
    QualifierWord("实现", "exact", "achieves"),
    QualifierWord("完成", "exact", "completes"),
    QualifierWord("为", "exact", "is"),
    QualifierWord("是", "exact", "is"),
    QualifierWord("共计", "exact", "in total"),
    QualifierWord("共", "exact", "in total"),
    QualifierWord("累计", "exact", "cumulatively"),
    QualifierWord("合计", "exact", "in total"),
    QualifierWord("总计", "exact", "in total"),
    QualifierWord("计", "exact", "counted"),
    QualifierWord("大约", "approx", "about"),
    QualifierWord("约", "approx", "about"),
    QualifierWord("大概", "approx", "roughly"),
    QualifierWord("将近", "less_than", "nearly: just short of"),
    QualifierWord("接近", "less_than", "close to: just short of"),
    QualifierWord("近", "less_than", "nearly: just short of (近万人; as 不到)"),
    QualifierWord("超过", "more_than", "more than"),
    QualifierWord("超", "more_than", "more than"),
    QualifierWord("逾", "more_than", "over (逾千人)"),
    QualifierWord("突破", "more_than", "broke through"),
    QualifierWord("多于", "more_than", "more than"),
    QualifierWord("高于", "more_than", "higher than"),
    QualifierWord("大于", "more_than", "greater than"),
    QualifierWord("不少于", "at_least", "no fewer than"),
    QualifierWord("不低于", "at_least", "no lower than"),
    QualifierWord("不小于", "at_least", "no smaller than"),
    QualifierWord("至少", "at_least", "at least"),
    QualifierWord("最少", "at_least", "at least"),
    QualifierWord("不超过", "at_most", "not more than"),
    QualifierWord("不高于", "at_most", "not higher than"),
    QualifierWord("不大于", "at_most", "not greater than"),
    QualifierWord("至多", "at_most", "at most"),
    QualifierWord("最多", "at_most", "at most"),
    QualifierWord("控制在", "at_most", "kept within"),
    QualifierWord("不足", "less_than", "short of"),
    QualifierWord("不到", "less_than", "less than"),
    QualifierWord("少于", "less_than", "fewer than"),
    QualifierWord("低于", "less_than", "lower than"),
    QualifierWord("小于", "less_than", "smaller than"),
    QualifierWord("≤", "at_most", "sign: at most (a plan table's cell ≤5.5)"),
    QualifierWord("≥", "at_least", "sign: at least"),
    QualifierWord("<", "less_than", "sign: less than (a plan table's cell <5.5)"),
    QualifierWord("＜", "less_than", "sign: less than, full width"),
    QualifierWord(">", "more_than", "sign: more than (>10)"),
    QualifierWord("＞", "more_than", "sign: more than, full width"),
)

#: Prefix words that are verbs setting a bound: a qualifier written after the number wins over
#: them (控制在3%左右 is about 3%, not at most 3%).
YIELDING_PREFIXES: tuple[Word, ...] = (Word("控制在", "kept at: a target verb, its bound loose"),)

SUFFIX_WORDS: tuple[QualifierWord, ...] = (
    QualifierWord("以上", "at_least", "and above"),
    QualifierWord("及以上", "at_least", "and above"),
    QualifierWord("以内", "at_most", "within"),
    QualifierWord("以下", "at_most", "and below"),
    QualifierWord("及以下", "at_most", "and below"),
    QualifierWord("左右", "approx", "or so"),
    QualifierWord("上下", "approx", "or so"),
    QualifierWord("有余", "more_than", "and more (3万有余)"),
    QualifierWord("余", "more_than", "odd (30余)"),
    QualifierWord("多", "more_than", "odd (3000多)"),
)

INNER_WORDS: tuple[QualifierWord, ...] = (
    QualifierWord("余", "more_than", "odd, between number and scale or unit (20余万元, 1.2万余名)"),
    QualifierWord("多", "more_than", "odd, between number and scale or unit (200多万元, 5万多人)"),
)

INCLUSIVE_MARKS: tuple[Word, ...] = (
    Word("(含)", "the bound itself is included (50万元(含)以上); full-width （含） folds to it"),
)

RANGE_SEPARATORS: tuple[Word, ...] = (
    Word("-", "hyphen (full-width －, minus − fold to it)"),
    Word("--", "double hyphen"),
    Word("–", "en dash"),
    Word("—", "em dash"),
    Word("——", "double em dash"),
    Word("~", "tilde (full-width ～ folds to it)"),
    Word("〜", "wave dash"),
    Word("至", "to"),
    Word("到", "to"),
)

RANGE_OPENERS: tuple[Word, ...] = (
    Word("从", "from (从8500到3万)"),
    Word("由", "from"),
)

# --- number words -------------------------------------------------------------------------
DIGITS: tuple[NumberWord, ...] = (
    NumberWord("〇", 0, "zero (digit-by-digit years: 二〇三五)"),
    NumberWord("零", 0, "zero, also a gap in a numeral (一万零五百)"),
    NumberWord("一", 1, "one"), NumberWord("二", 2, "two"), NumberWord("两", 2, "two (before a measure)"),
    NumberWord("三", 3, "three"), NumberWord("四", 4, "four"), NumberWord("五", 5, "five"),
    NumberWord("六", 6, "six"), NumberWord("七", 7, "seven"), NumberWord("八", 8, "eight"),
    NumberWord("九", 9, "nine"),
)

PLACES: tuple[NumberWord, ...] = (
    NumberWord("十", 1e1, "ten"), NumberWord("百", 1e2, "hundred"), NumberWord("千", 1e3, "thousand"),
    NumberWord("万", 1e4, "ten thousand"), NumberWord("亿", 1e8, "hundred million"),
)

CAPITAL_NUMERALS: tuple[Mapping, ...] = (
    Mapping("壹", "一", "capital one"), Mapping("贰", "二", "capital two"),
    Mapping("貳", "二", "capital two (traditional)"), Mapping("叁", "三", "capital three"),
    Mapping("參", "三", "capital three (traditional)"), Mapping("肆", "四", "capital four"),
    Mapping("伍", "五", "capital five"), Mapping("陆", "六", "capital six"),
    Mapping("陸", "六", "capital six (traditional)"), Mapping("柒", "七", "capital seven"),
    Mapping("捌", "八", "capital eight"), Mapping("玖", "九", "capital nine"),
    Mapping("拾", "十", "capital ten"), Mapping("佰", "百", "capital hundred"),
    Mapping("仟", "千", "capital thousand"), Mapping("萬", "万", "ten thousand (traditional)"),
    Mapping("億", "亿", "hundred million (traditional)"), Mapping("兩", "两", "two (traditional)"),
    Mapping("○", "〇", "white circle typed for the zero of a year (二○三五年)"),
)

# Traditional spellings of the characters of this vocabulary (a document in traditional characters
# is read as it is and flagged by analysis.extract.script; its values are read through this fold).
TRADITIONAL_FORMS: tuple[Mapping, ...] = tuple(Mapping(t, s, meaning) for t, s, meaning in (
    ("餘", "余", "odd (30餘家)"), ("約", "约", "about"), ("達", "达", "reaches"), ("過", "过", "over (超過)"),
    ("內", "内", "within (以內)"), ("於", "于", "than (不低於)"), ("實", "实", "achieves (實現)"),
    ("現", "现", "achieves (實現)"), ("計", "计", "counted (累計, 共計)"), ("總", "总", "total (總計)"),
    ("為", "为", "is"), ("爲", "为", "is (variant)"), ("從", "从", "from"), ("數", "数", "several (數十)"),
    ("幾", "几", "a few (幾十)"), ("點", "点", "decimal point (八點五)"),
    ("圓", "圆", "yuan on cheques (圓整)"), ("塊", "块", "yuan, colloquial"), ("錢", "钱", "money (塊錢)"),
    ("幣", "币", "currency (港幣, 人民幣)"), ("韓", "韩", "Korean (韓元)"), ("鎊", "镑", "pound (英鎊)"),
    ("盧", "卢", "rouble (盧布)"), ("銖", "铢", "baht (泰銖)"),
    ("畝", "亩", "mu"), ("噸", "吨", "tonnes"), ("戶", "户", "households"), ("個", "个", "items"),
    ("項", "项", "items, projects"), ("輛", "辆", "vehicles"), ("臺", "台", "machines"), ("張", "张", "sheets"),
    ("條", "条", "roads, lines"), ("間", "间", "rooms"), ("場", "场", "events"), ("頭", "头", "livestock"),
    ("隻", "只", "animals"), ("頃", "顷", "hectares (公頃)"), ("時", "时", "hours (小時, 千瓦時)"),
    ("標", "标", "standard (標箱, 噸標準煤)"), ("準", "准", "standard (標準煤)"), ("歲", "岁", "years of age"),
    ("週", "周", "full (週歲)"), ("門", "门", "courses"), ("屆", "届", "sessions"), ("筆", "笔", "transactions"),
    ("組", "组", "groups"), ("種", "种", "kinds"), ("類", "类", "classes"), ("層", "层", "storeys"),
    ("處", "处", "sites"), ("棟", "栋", "buildings"), ("劑", "剂", "doses"), ("盞", "盏", "lamps"),
    ("裏", "里", "li (公裏)"), ("裡", "里", "li (variant)"),
))  # 萬, 億, 兩 are in CAPITAL_NUMERALS

MEASURE_BEFORE_SCALE: tuple[Word, ...] = (
    Word("个", "measure word between a number and 亿/万 (两个亿 = 两亿)"),
)

MONEY_SUBUNITS: tuple[NumberWord, ...] = (
    NumberWord("角", 0.1, "a tenth of a yuan"),
    NumberWord("毛", 0.1, "a tenth of a yuan, colloquial"),
    NumberWord("分", 0.01, "a hundredth of a yuan"),
)
MONEY_MAIN_UNITS: tuple[Word, ...] = (
    Word("元", "yuan before 角/分"), Word("块", "yuan before 毛/分"), Word("圆", "yuan before 角/分"),
)
MONEY_TRAILERS: tuple[Word, ...] = (Word("钱", "money, after 块 or 分 (一百三十五块六角七分钱)"),)

FRACTION_WORDS: tuple[Mapping, ...] = (
    Mapping("百分之", "%", "per cent (百分之八 = 8%)"),
    Mapping("千分之", "‰", "per mille (千分之五 = 5‰)"),
    Mapping("分之", "", "a fraction (三分之一 = 1/3)"),
)

VAGUE_WORDS: tuple[Mapping, ...] = (
    Mapping("几", "anywhere", "a few: before a place 1 to 10 of it (几十万 = 10万-100万); "
            "after one (十几) up to the next (10-20)"),
    Mapping("数", "lead", "several, before a place (数十亿 = 10亿-100亿)"),
    Mapping("上", "lead", "as many as, before a place (上百家 = at least 100)"),
)

SEQUENTIAL_PAIRS: tuple[Pair, ...] = (
    Pair("一两", 1, 2, "one or two"), Pair("一二", 1, 2, "one or two"),
    Pair("两三", 2, 3, "two or three"), Pair("二三", 2, 3, "two or three"),
    Pair("三四", 3, 4, "three or four"), Pair("三五", 3, 5, "three to five"),
    Pair("四五", 4, 5, "four or five"), Pair("五六", 5, 6, "five or six"),
    Pair("六七", 6, 7, "six or seven"), Pair("七八", 7, 8, "seven or eight"),
    Pair("八九", 8, 9, "eight or nine"),
)


# --- helpers for pattern builders -----------------------------------------------------------
def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first (so 万亿 wins over 万)."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in unique)


SCALES: dict[str, float] = {s.word: s.factor for s in SCALE_WORDS}
BASE_UNITS: dict[str, str] = {u.spelling: u.base for u in UNITS}
CURRENCY_BASES: frozenset[str] = frozenset(c.word for c in CURRENCIES)
# Currency words that may stand before the number (港币两千九百六十元) or after 元 (元人民币).
CURRENCY_WORDS: dict[str, str] = {u.spelling: u.base for u in UNITS
                                  if u.base in CURRENCY_BASES and len(u.spelling) >= 2
                                  and u.spelling not in ("块钱", "圆整", "元整")}
PREFIXES: dict[str, str] = {w.word: w.qualifier for w in PREFIX_WORDS}
SUFFIXES: dict[str, str] = {w.word: w.qualifier for w in SUFFIX_WORDS}
INNER: dict[str, str] = {w.word: w.qualifier for w in INNER_WORDS}

SCALE_ALT = alternation(SCALES)
UNIT_ALT = alternation(BASE_UNITS)
CURRENCY_ALT = alternation(CURRENCY_WORDS)
PREFIX_ALT = alternation(PREFIXES)
SUFFIX_ALT = alternation(SUFFIXES)
INNER_ALT = alternation(INNER)
RANGE_SEP_ALT = alternation(w.word for w in RANGE_SEPARATORS)
RANGE_OPENER_ALT = alternation(w.word for w in RANGE_OPENERS)
INCLUSIVE_ALT = alternation(w.word for w in INCLUSIVE_MARKS)
