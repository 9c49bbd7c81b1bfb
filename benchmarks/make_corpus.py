"""Write a synthetic corpus of N districts in the seeds' three genres, with its answer key.

    python benchmarks/make_corpus.py N [--out DIR] [--seed S]

Each district gets a five-year plan (the 13th-plan results table, the 14th-plan
targets table with missing cells, a project box, prose), a newspaper feature
(facts in sentences, a month range) and a notice (a ranked firm list with a
wrapped name, a task table with sections and wrapped unit names). Values are
random but plausible and consistent (a district's 2020 GDP is the same in
both tables). ``answer_key.csv`` lists every fact the extraction should find:
``doc_id, table, indicator, measure, status, period, value`` (``table`` is
observations, structure, enterprises or tasks).
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

NAME_CHARS = "安平宁昌丰兴德华新和永乐泰明康富裕庆长清东西南北中金银青云山水河湖林"
CITIES = ("甲州市", "乙州市", "丙州市", "丁州市")
UNITS = ("区发改委", "区工信局", "区财政局", "区商务局", "区住建局", "区文广新旅局", "区科技局")


def district_names(n: int) -> list[str]:
    """Distinct Chinese names: two (then three) characters and 区 or 县."""
    base = len(NAME_CHARS)
    names = []
    for k in range(n):
        third = NAME_CHARS[(k // base ** 2) % base] if k >= base ** 2 else ""
        names.append(f"{NAME_CHARS[k % base]}{NAME_CHARS[(k // base) % base]}{third}{'区' if k % 3 else '县'}")
    return names


def cells(*values) -> str:
    return "".join(f"{v}\n\n" for v in values)


def plan(rng: random.Random, name: str, key: list, doc_id: str) -> str:
    gdp15 = round(rng.uniform(80, 400), 1)
    gdp20 = round(gdp15 * rng.uniform(1.2, 1.6), 1)
    gdp20t = round(gdp15 * 1.5, 2)
    rs15 = round(gdp15 * rng.uniform(0.25, 0.45), 2)
    rs20 = round(rs15 * rng.uniform(1.4, 2.0), 1)
    inc15 = rng.randrange(22000, 32000)
    inc20t = round(inc15 * 1.5)
    gdp25 = round(gdp20 * rng.uniform(1.35, 1.6))
    rs25 = round(rs20 * rng.uniform(1.4, 1.7))
    inc25 = round(inc15 * 2.1, -2)
    u20, u25 = rng.randrange(55, 80), None
    u25 = u20 + 5
    s15 = (rng.randrange(3, 9), rng.randrange(40, 55))
    s15 = (*s15, 100 - sum(s15))
    s25 = (s15[0] - 1, s15[1] - 6, s15[2] + 7)
    factories = rng.randrange(5, 60)
    projects = rng.randrange(5, 40)
    rows13 = [("经济发展", "地区生产总值(亿元)", gdp15, gdp20, gdp20t, 7.5, 9), (None, "社会消费品零售总额(亿元)", rs15, rs20, "——", 11, 11),
              (None, "一二三产业结构", ":".join(map(str, s15)), ":".join(map(str, s15)), "——", "——", "——"),
              ("民生改善", "城市居民人均可支配收入()", inc15, "——", inc20t, 8.5, 8.5)]
    body13 = ""
    for category, indicator, *values in rows13:
        body13 += cells(*([category] if category else []), indicator, *values, "预期性")
    text = (f"{name}国民经济和社会发展第十四个五年规划\n\n第一章 发展基础\n\n"
            f"2020年全区实现生产总值{gdp20}亿元。\n\n"
            "“十三五”规划纲要主要指标完成情况表\n\n"
            + cells("类别", "指标", "2015", "2020", "“十三五”累计或年均增长(%)", "属性", "预期值", "规划", "目标", "预期值", "规划", "目标")
            + body13 + "注:[]表示累计提高或下降数。\n\n第二章 发展目标\n\n“十四五”时期经济社会发展主要指标\n\n"
            + cells("类别", "指标", "2020基期值", "2025目标值", "年均/累计增长(%)", "属性", "综合质效",
                    "地区生产总值GDP(亿元)", gdp20, gdp25, "8左右", "预期性",
                    "社会消费品零售总额(亿元)", rs20, rs25, "9左右", "预期性",
                    "固定资产投资增速(%)", "[  ]", "10左右", "预期性",
                    "协调发展", "三产比例(%)", ":".join(map(str, s15)), ":".join(map(str, s25)), "预期性",
                    "常住人口城镇化率(%)", u20, u25, "[5]", "预期性",
                    "民生福祉", "城镇居民人均可支配收入(元)", inc25, "8左右", "预期性")
            + "注:1. 2020年基期值均为预期数;\n\n"
            + f"专栏1产业发展重点工程\n\n(一)工业\n\n1.建设标准化厂房{factories}万平方米;\n\n2.引进重点项目{projects}个。\n\n"
            + "第三章 保障措施\n\n加强组织领导,确保各项目标任务落到实处。\n")
    t13, t14 = "2016/2020", "2021/2025"
    key += [(doc_id, "observations", "地区生产总值", "level", "actual", "2015", gdp15),
            (doc_id, "observations", "地区生产总值", "level", "expected", "2020", gdp20),
            (doc_id, "observations", "地区生产总值", "level", "target", "2020", gdp20t),
            (doc_id, "observations", "地区生产总值", "growth", "expected", t13, 7.5),
            (doc_id, "observations", "地区生产总值", "growth", "target", t13, 9),
            (doc_id, "observations", "社会消费品零售总额", "level", "actual", "2015", rs15),
            (doc_id, "observations", "社会消费品零售总额", "level", "expected", "2020", rs20),
            (doc_id, "observations", "城市居民人均可支配收入", "level", "actual", "2015", inc15),
            (doc_id, "observations", "城市居民人均可支配收入", "level", "target", "2020", inc20t),
            (doc_id, "observations", "地区生产总值GDP", "level", "expected", "2020", gdp20),
            (doc_id, "observations", "地区生产总值GDP", "level", "target", "2025", gdp25),
            (doc_id, "observations", "地区生产总值GDP", "growth", "target", t14, 8),
            (doc_id, "observations", "社会消费品零售总额", "level", "target", "2025", rs25),
            (doc_id, "observations", "固定资产投资", "growth", "target", t14, 10),
            (doc_id, "observations", "常住人口城镇化率", "level", "target", "2025", u25),
            (doc_id, "observations", "常住人口城镇化率", "change", "target", t14, 5),
            (doc_id, "observations", "城镇居民人均可支配收入", "level", "target", "2025", inc25),
            (doc_id, "observations", "城镇居民人均可支配收入", "growth", "target", t14, 8),
            (doc_id, "observations", "生产总值", "level", "actual", "2020", gdp20),
            (doc_id, "observations", "标准化厂房", "level", "target", "", factories),
            (doc_id, "observations", "引进重点项目", "level", "target", "", projects),
            (doc_id, "structure", "", "", "actual", "2015", ":".join(map(str, s15))),
            (doc_id, "structure", "", "", "target", "2025", ":".join(map(str, s25)))]
    return text


def feature(rng: random.Random, name: str, key: list, doc_id: str) -> str:
    rs21 = round(rng.uniform(40, 200), 1)
    g = round(rng.uniform(3, 15), 1)
    inc_u, inc_r = rng.randrange(38000, 52000), rng.randrange(17000, 26000)
    va = round(rng.uniform(2, 14), 1)
    volunteers = rng.randrange(5000, 60000)
    text = (f"{name}推动高质量发展纪实\n\n"
            f"2021年，全区社会消费品零售总额达{rs21}亿元，同比增长{g}%；城乡居民人均可支配收入分别达{inc_u}元、{inc_r}元。\n\n"
            f"今年1至9月，全区规模以上工业增加值同比增长{va}%，全区注册志愿者达{volunteers}人。\n")
    key += [(doc_id, "observations", "社会消费品零售总额", "level", "actual", "2021", rs21),
            (doc_id, "observations", "社会消费品零售总额", "growth", "actual", "2021", g),
            (doc_id, "observations", "城镇居民人均可支配收入", "level", "actual", "2021", inc_u),
            (doc_id, "observations", "农村居民人均可支配收入", "level", "actual", "2021", inc_r),
            (doc_id, "observations", "规模以上工业增加值", "growth", "actual", "2022-01/2022-09", va),
            (doc_id, "observations", "注册志愿者", "level", "actual", "2022-01/2022-09", volunteers)]
    return text


def notice(rng: random.Random, name: str, key: list, doc_id: str) -> str:
    firms = [f"{name[:2]}{rng.choice('宏兴华泰')}{k}号实业有限公司" for k in range(1, 11)]
    lines = [f"{name}人民政府关于表彰2021年度纳税十强企业的决定", "", f"{name}2021年度纳税十强企业名单", "\t序号", "\t企业名称", ""]
    for rank, firm in enumerate(firms, start=1):
        lines += [f"\t{rank}", f"\t{firm}"] + (["景德分公司"] if rank == 4 else []) + [""]
        key.append((doc_id, "enterprises", firm + ("景德分公司" if rank == 4 else ""), "", "", "2021", rank))
    lines += [" 区政府办公室", "2022年区《政府工作报告》重点任务分工", "", "\t序号", "\t工作任务和要求", "\t牵头单位", "\t责任单位", ""]
    task_no = 0
    for section, count in (("一、稳住经济大盘（3项）", 3), ("二、办好民生实事", 2)):
        lines += [f"\t{section}", ""]
        for _ in range(count):
            task_no += 1
            lead, support = rng.sample(UNITS, 2)
            lines += [f"\t{task_no}", f"\t新建标准化厂房{rng.randrange(2, 30)}万平方米。", f"\t{lead}", "区常态长效创建", "全国文明城市工作指挥部",
                      f"\t{support}", "各乡镇（街道）", ""]
            key.append((doc_id, "tasks", "", "", "", "", task_no))
    lines += [" 区政府第9次常务会议召开"]
    return "\n".join(lines) + "\n"


def write_corpus(n: int, out: Path, seed: int = 1) -> Path:
    """Write ``n`` districts into ``out`` (sources.csv, documents, answer_key.csv)."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    manifest, key = [], []
    for k, name in enumerate(district_names(n)):
        city = CITIES[k % len(CITIES)]
        for kind, writer, published in (("plan", plan, "2021-06-30"), ("feature", feature, "2022-10"),
                                        ("notice", notice, "2022-03")):
            doc_id = f"d{k:05d}_{kind}"
            text = writer(rng, name, key, doc_id)
            (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            manifest.append([f"{doc_id}.txt", doc_id, name, city, "江西省", kind, published, f"{name}{kind}"])
    with (out / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "doc_id", "district", "city", "province", "doc_kind", "published", "title"])
        writer.writerows(manifest)
    with (out / "answer_key.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["doc_id", "table", "indicator", "measure", "status", "period", "value"])
        writer.writerows(key)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of districts")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out/corpus"))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    out = write_corpus(args.n, args.out, args.seed)
    print(f"wrote {args.n} districts ({3 * args.n} documents) and the answer key to {out}")


if __name__ == "__main__":
    main()
