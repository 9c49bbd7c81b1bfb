"""Places with codes, discoverable tables and indicators, consistent files, lazy imports."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

import analysis
from analysis.errors import InputError
from analysis.places import load_places, lookup, romanise


def test_seed_and_realdocs_places_have_their_codes_and_english_names():
    found = lookup(pd.Series(["昌江区", "珠山区", "濂溪区", "景德镇市", "长阳土家族自治县", "吉安市"]))
    assert found.district_code.tolist() == ["360202", "360203", "360402", "360200", "420528", "360800"]
    assert found.district_en.tolist() == ["Changjiang District", "Zhushan District", "Lianxi District",
                                          "Jingdezhen City", "Changyang Tujia Autonomous County", "Ji'an City"]


def test_unknown_or_ambiguous_place_gets_no_code(tmp_path):
    assert lookup(pd.Series(["某某县"])).district_code.tolist() == [""]
    path = tmp_path / "places.csv"
    path.write_text("district_code,name,level,parent_code,name_en,note\n"
                    "360000,江西省,province,,Jiangxi Province,\n"
                    "360100,南昌市,prefecture,360000,Nanchang City,\n"
                    "360400,九江市,prefecture,360000,Jiujiang City,\n"
                    "360102,东湖区,county,360100,Donghu District,\n"
                    "360499,东湖区,county,360400,Donghu District,\n", encoding="utf-8")
    places = load_places(path)
    decided = lookup(pd.Series(["东湖区", "东湖区", "东湖区"]), pd.Series(["九江市", "", "赣州市"]), places)
    assert decided.district_code.tolist() == ["360499", "", ""]      # the city decides, else nothing


def test_bad_places_reference_is_refused_with_its_line(tmp_path):
    path = tmp_path / "places.csv"
    path.write_text("district_code,name,level,parent_code,name_en,note\n36020,昌江区,county,,Changjiang District,\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match="six digits") as err:
        load_places(path)
    assert "places.csv:2" in str(err.value)


def test_romanise_spells_new_rows_for_review():
    assert romanise("昌江区") == "Changjiang District"
    assert romanise("吉安市") == "Ji'an City"
    assert romanise("铜鼓县") == "Tonggu County"


def test_clean_tables_carry_codes_and_flag_unknown_places(clean_dir, tmp_path, fixtures_dir):
    for name in ("documents", "observations", "structure", "enterprises", "audit"):
        table = analysis.load(name, clean_dir)
        known = table[table.district != ""]
        assert (known.district_code != "").all(), name
    obs = analysis.load("observations", clean_dir)
    assert set(obs[obs.district == "景德镇市"].district_code) == {"360200"}
    assert obs[obs.indicator_id == "gdp"].indicator_en.unique().tolist() == ["Gross domestic product (GDP)"]
    from analysis import extract

    clean = tmp_path / "clean"
    tables = extract.run(fixtures_dir / "other_district", clean)
    flags = tables["flags"][tables["flags"].kind == "unknown_place"]
    unknown = set(tables["documents"][tables["documents"].district_code == ""].district)
    assert unknown and unknown <= set(flags.text)


def test_structure_has_one_row_per_district_year_and_status(clean_dir):
    structure = analysis.load("structure", clean_dir)
    assert not structure.duplicated(["district", "year", "status"]).any()
    expected_2020 = structure[(structure.year == 2020) & (structure.status == "expected")]
    assert expected_2020[["value_text", "line"]].values.tolist() == [["3:65:32", 452]]
    flags = analysis.load("flags", clean_dir)
    duplicates = flags[flags.kind == "structure_duplicate"]
    assert set(duplicates.line) == {338, 909}          # the same 2020 ratio in the text and the 14th-plan table


def test_missing_values_read_the_same_from_csv_and_parquet(clean_dir):
    for name in ("observations", "flags", "documents"):
        parquet, csv = analysis.load(name, clean_dir), analysis.load(name, clean_dir, format="csv")
        pd.testing.assert_frame_equal(parquet, csv)
        raw_csv = pd.read_csv(clean_dir / f"{name}.csv")
        raw_parquet = pd.read_parquet(clean_dir / f"{name}.parquet")
        assert (raw_csv.isna().to_numpy() == raw_parquet.isna().to_numpy()).all(), name
    obs = analysis.load("observations", clean_dir)
    assert (obs.table_id == "").any() and obs.table_id.notna().all()


def test_tables_describe_attrs_and_unknown_names(clean_dir):
    listed = analysis.tables(clean_dir).set_index("name")
    assert {"observations", "panel", "audit", "structure"} <= set(listed.index)
    assert listed.loc["observations", "rows"] == len(analysis.load("observations", clean_dir))
    assert "One row a number" in listed.loc["observations", "description"]
    obs = analysis.load("observations", clean_dir)
    assert obs.attrs["table"] == "observations" and "236.8 亿元" in obs.attrs["columns"]["value_base"]
    assert analysis.describe("structure").set_index("column").loc["primary", "unit"] == "%"
    with pytest.raises(InputError, match="unknown table 'observation'.*observations, structure"):
        analysis.load("observation", clean_dir)


def test_search_finds_indicators_in_chinese_and_english_with_coverage(clean_dir):
    zh = analysis.search("收入", clean_dir).set_index("indicator_id")
    assert {"fiscal_revenue_total", "fiscal_budget_revenue", "income_urban_per_capita"} <= set(zh.index)
    assert zh.loc["income_urban_per_capita", "unit"] == "元"
    assert zh.loc["income_urban_per_capita", "districts"] == 2        # 昌江区 and 濂溪区
    en = analysis.search("income", clean_dir).set_index("indicator_id")
    assert "income_rural_per_capita" in en.index and en.loc["income_all_per_capita", "districts"] == 0
    assert analysis.search("地區生產總值").indicator_id.iloc[0] == "gdp"     # traditional read as simplified


def test_import_is_lazy_and_gives_helper_modules_and_the_font():
    code = ("import sys, analysis; assert 'matplotlib' not in sys.modules; "
            "print(round(analysis.growth.cagr(100, 121, 2), 6)); "
            "import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot as plt; "
            "print(plt.rcParams['font.sans-serif'][0])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["10.0", "Noto Sans CJK SC"]
    with pytest.raises(AttributeError):
        analysis.no_such_module


def test_make_lab_allows_root_only_as_root():
    import os
    from pathlib import Path

    result = subprocess.run(["make", "-n", "lab"], capture_output=True, text=True,
                            cwd=str(Path(__file__).resolve().parents[1]))
    command = [line for line in result.stdout.splitlines() if "jupyter lab" in line][-1]
    shown = subprocess.run(["bash", "-c", command.replace(".venv/bin/python -m jupyter lab notebooks", "echo")],
                           capture_output=True, text=True)
    assert shown.stdout.strip() == ("--allow-root" if os.getuid() == 0 else "")


def test_english_district_names_beside_the_codes(clean_dir):
    docs = analysis.load("documents", clean_dir).set_index("doc_id")
    assert docs.loc["cj_plan14", ["district_code", "district_en"]].tolist() == ["360202", "Changjiang District"]
    panel = analysis.series("gdp", clean_dir=clean_dir)
    assert set(panel.district_en) == {"Changjiang District"}
