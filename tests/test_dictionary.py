"""The indicator dictionary: complete for the plan tables and the headline prose indicators."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.dictionary import load_dictionary, map_indicators
from analysis.errors import InputError


def test_every_plan_table_indicator_has_an_id_and_english_name(seeds):
    obs = seeds["observations"]
    table_rows = seeds["indicator_rows"]
    dictionary = load_dictionary().set_index("indicator_id")
    ids = map_indicators(table_rows.indicator, load_dictionary())
    assert (ids != "").all(), list(table_rows.indicator[ids == ""])
    assert dictionary.loc[ids, "name_en"].str.len().gt(0).all()
    assert (obs[obs.source == "table"].indicator_id != "").all()


@pytest.mark.parametrize("doc_id, indicator, indicator_id", [
    ("cj_feature_2022", "社会消费品零售总额", "retail_sales"),
    ("cj_feature_2022", "实际利用外资", "fdi_actual"),
    ("cj_feature_2022", "规上工业营业收入", "industrial_revenue"),
    ("cj_feature_2022", "城镇居民人均可支配收入", "income_urban_per_capita"),
    ("cj_plan14", "生产总值", "gdp"),
    ("cj_plan14", "财政总收入", "fiscal_revenue_total"),
    ("lx_feature_2022", "工业增加值", "industry_value_added"),   # all industry, not 规上
    ("lx_feature_2022", "常住人口", "population_resident"),
    ("zs_feature_2022", "城镇新增就业", "new_urban_jobs"),
    ("zs_feature_2022", "注册志愿者", "registered_volunteers"),
    ("zs_feature_2022", "志愿服务组织", "volunteer_organisations"),
    ("zs_feature_2022", "城乡低保月人均补差水平", "min_living_allowance_top_up"),
    ("zs_feature_2022", "产业项目", "industrial_projects"),          # 实施 is no label word
    ("lx_feature_2022", "带动就业", "jobs_driven"),
    ("lx_feature_2022", "新(改、扩)建学校项目", "school_construction_projects"),
    ("cj_feature_2022", "引进5020项目", "projects_5020"),
    ("cj_feature_2022", "新农村点建设", "new_village_sites"),
    ("cj_plan14", "甘蔗总产", "sugarcane_output"),
    ("cj_plan14", "禽蛋", "egg_output"),
])
def test_headline_prose_indicators_are_mapped(seeds, doc_id, indicator, indicator_id):
    obs = seeds["observations"]
    rows = obs[(obs.doc_id == doc_id) & (obs.indicator == indicator) & (obs.source == "text")]
    assert not rows.empty and set(rows.indicator_id) == {indicator_id}


def test_aliases_map_variants_onto_one_id(seeds):
    obs = seeds["observations"]
    ids = obs[obs.indicator.isin(["城市居民人均可支配收入", "城镇居民人均可支配收入"])].indicator_id
    assert set(ids) == {"income_urban_per_capita"}
    assert set(obs[obs.indicator.isin(["地区生产总值GDP", "地区生产总值"])].indicator_id) == {"gdp"}


def test_unmapped_indicators_keep_an_empty_id(seeds):
    obs = seeds["observations"]
    assert (obs.indicator_id == "").any()
    assert obs[obs.indicator == "警企联防点"].indicator_id.tolist() == [""]


@pytest.mark.parametrize("row, message", [
    ("Bad-Id,名称,,Name,元,flow,true,d", "not snake_case"),
    ("ok_id,名称,,Name,元,flows,true,d", "kind"),
    ("ok_id,名称,,Name,元,flow,yes,d", "higher_is_better"),
    ("gdp_two,生产总值,,Name,元,flow,true,d", "maps to both"),
])
def test_bad_dictionary_rows_are_refused_with_their_line(tmp_path, row, message):
    good = "gdp,地区生产总值,生产总值,GDP,亿元,flow,true,d"
    path = tmp_path / "indicators.csv"
    path.write_text("indicator_id,name_zh,aliases_zh,name_en,unit,kind,higher_is_better,definition\n"
                    f"{good}\n{row}\n", encoding="utf-8")
    with pytest.raises(InputError, match=message) as err:
        load_dictionary(path)
    assert "indicators.csv:3" in str(err.value)


@pytest.mark.parametrize("written, indicator_id", [
    ("农林牧渔业总产值及其服务业产值", "agricultural_output"),    # services included, as the totals are now
    ("金融机构本外币各项存款余额", "deposits"), ("本外币贷款余额", "loans"),      # currencies together: the total
    ("金融机构本外币存款余额", "deposits"), ("金融机构存款余额", "deposits"), ("金融机构人民币贷款余额", "loans"),
    ("地區生產總值", "gdp"),                      # traditional, through conversion
    ("地区生产总值（GDP）", "gdp"),                # full-width brackets
    ("全县地区生产总值", "gdp"),                  # the whole-area prefix
    ("规上工业增加值", "industrial_value_added"),
    ("老旧小区改造提升", "renovated_old_residential_areas"),   # the renovation named with its upgrade
    ("规模工业增加值", "industrial_value_added"),
    ("地方公共财政预算收入", "fiscal_budget_revenue"),
    ("地方一般公共预算收入", "fiscal_budget_revenue"),
    ("人均GDP", "gdp_per_capita"),
    ("人均gdp", "gdp_per_capita"),
    ("城镇人口占常住人口的比重", "urbanisation_rate"),
    ("金融机构各项存款余额", "deposits"),
    ("规模以上工业企业主营业务收入", "industrial_revenue"),   # the older name, its subject named
    # projects and their money
    ("重点建设项目", "key_projects"),
    ("棚改征收项目", "shantytown_projects"),
    ("“5020”项目", "projects_5020"),                     # quotes dropped
    ("计划总投资", "project_total_investment"),
    ("累计完成投资", "project_investment_completed"),
    ("投资过亿元项目", "projects_100m"),
    # firms, and the per-mu evaluation by size
    ("亿元以上工业企业", "firms_100m_revenue"),
    ("新增企业上云数", "new_cloud_firms"),
    ("园区入驻企业", "park_enterprises"),
    ("规模以上工业企业A类", "firms_class_a_above_scale"),
    ("A类规模以上工业企业", "firms_class_a_above_scale"),
    ("規模以下工業企業D類", "firms_class_d_below_scale"),   # traditional
    ("参评规模以下工业企业", "firms_evaluated_below_scale"),
    # rural works and farm output
    ("新农村点位建设", "new_village_sites"),
    ("农户厕所新改建", "rural_toilet_renovation"),
    ("村村通公交线路", "rural_bus_lines"),
    ("高标准农田建设", "high_standard_farmland"),
    ("西瓜总产量", "watermelon_output"),
    ("禽蛋总产", "egg_output"),
    ("肉类产量", "meat_output"),
    ("畜牧业产值", "output_animal_husbandry"),
    ("农林牧渔业服务业产值", "output_agri_services"),
    ("标准化规模养殖比重", "livestock_standardised_share"),
    ("小型水库加固改造", "small_reservoir_reinforcement"),
    ("山塘综合整治工程", "pond_renovation"),
    # sectors, budget spending, prices
    ("第二产业对全县地区生产总值的贡献率", "contribution_secondary"),
    ("第三产业贡献率", "contribution_tertiary"),
    ("交通运输、仓储和邮政业增加值", "va_transport"),
    ("社会保障和就业支出", "expenditure_social_security"),
    ("节能环保支出", "expenditure_energy_environment"),
    ("食品烟酒类价格", "cpi_food"),
    ("居民消费价格涨幅", "cpi"),
    ("非税占比", "non_tax_share"),
    # jobs, assistance, volunteers, schools, care
    ("新增农村劳动力转移就业", "rural_labour_transferred_new"),
    ("低保月标准", "min_living_allowance_standard"),
    ("扶贫公益性岗位", "poverty_welfare_jobs"),
    ("志愿服务大队", "volunteer_teams"),
    ("志愿服务时长", "volunteer_hours"),
    ("應急救護員", "first_aiders"),
    ("新增应急救护持证人员", "new_first_aiders"),
    ("新（改、扩）建学校", "schools_built"),
    ("改造提升敬老院", "nursing_homes_renovated"),
    ("社区居家养老服务站", "community_elderly_care_stations"),
    ("一社区（村）一警", "police_per_community_coverage"),
    # works and services: urban renewal and rural works
    ("老旧小区改造项目", "old_residential_renovation_projects"),
    ("完成棚改征收项目", "shantytown_projects_completed"),
    ("房屋征收户数", "housing_expropriation_households"),
    ("征收房屋面积", "housing_expropriation_area"),
    ("样板村", "model_villages"),
    ("农村污水管网系统及污水处理终端建设", "rural_sewage_systems"),
    ("温控大棚面积", "greenhouse_area_controlled"),
    ("设施农业面积", "facility_agriculture_area"),
    # works and services: investment attraction, firms, talent and jobs
    ("引进重大项目", "major_projects_attracted"),
    ("引进投资亿元以上项目", "projects_100m_attracted"),
    ("引进投资2亿元以上项目", "projects_200m_attracted"),
    ("引进“100”项目", "projects_class_100"),          # quotes dropped
    ("“50”项目", "projects_class_50"),
    ("引进“20”项目", "projects_class_20"),
    ("引进数字经济项目", "digital_economy_projects_attracted"),
    ("亿元以上投资项目到位资金", "projects_100m_funds_in_place"),
    ("招商引资到位资金", "investment_funds_in_place"),
    ("组织招商", "investment_promotion_missions"),
    ("商务洽谈", "business_talks"),
    ("新增个体工商户", "new_individual_businesses"),
    ("个体工商户新增数", "new_individual_businesses"),   # the same count, the verb after
    ("新登记市场主体", "new_market_entities"),
    ("上云企业", "cloud_firms"),
    ("专精特新“小巨人”企业", "little_giant_firms"),
    ("引进各类人才", "talent_attracted"),
    ("引进各类科技人才", "sci_tech_talent_attracted"),
    ("返乡创业人员", "returnee_entrepreneurs"),
    ("扶持创业", "entrepreneurs_supported"),
    ("人才公寓", "talent_apartments"),
    ("安置脱贫劳动力", "poverty_labourers_placed"),
    ("新认定消费帮扶产品", "new_poverty_assistance_products"),
    # works and services: social services, governance, party building
    ("农村互助养老服务设施覆盖率", "rural_mutual_aid_elderly_coverage"),
    ("乡镇（街道）、村（社区）养老机构覆盖率", "township_village_elderly_care_coverage"),
    ("特殊困难老年人家庭适老化改造", "elderly_home_adaptation"),
    ("区本级募集慈善资金", "charity_funds_raised_own_level"),
    ("募集慈善资金", "charity_funds_raised"),
    ("农村五保分散供养和集中供养人年均标准", "rural_wubao_standard_annual"),
    ("城市三无对象人年均标准", "urban_sanwu_standard_annual"),
    ("中（小）学改造提升", "schools_renovated"),
    ("完成重点民生项目", "key_livelihood_projects_completed"),
    ("医保专网覆盖率", "medical_insurance_network_coverage"),
    ("基层三级综治中心实体化建设合格率", "governance_centres_pass_rate"),
    ("区级综治中心一类比率", "governance_centres_class1_county"),
    ("乡镇(街道)综治中心一类比率", "governance_centres_class1_township"),
    ("村(社区)综治中心一类比率", "governance_centres_class1_village"),
    ("一社区(村)一警覆盖率", "police_per_community_coverage"),
    ("解决各类矛盾纠纷", "disputes_handled"),
    ("村（社区）党群服务中心（便民服务站）", "party_service_centres"),
    ("改造升级村（社区）活动场所", "village_activity_venues_upgraded"),
    ("博物馆", "museums"),
    ("美术馆", "art_galleries"),
    ("国家免疫规划疫苗接种率", "immunisation_programme_coverage"),
    ("新冠病毒疫苗接种率", "covid_vaccination_rate"),
    ("文明实践活动", "civilisation_practice_activities"),
])
def test_wordings_map_strictly_after_normalisation(written, indicator_id):
    assert map_indicators(pd.Series([written]), load_dictionary()).tolist() == [indicator_id]


@pytest.mark.parametrize("a, b", [
    ("财政总收入", "一般公共预算收入"),
    ("财政收入", "财政总收入"),
    ("财政收入", "一般公共预算收入"),
    ("工业增加值", "规模以上工业增加值"),
    ("户籍人口", "常住人口"),
    ("户籍人口城镇化率", "城镇化率"),
    ("一般公共预算总收入", "一般公共预算收入"),
    ("重点项目", "重大项目"),
    ("棚改项目", "棚改"),                      # projects, not the dwellings renovated
    ("总投资", "累计完成投资"),
    ("完成投资", "全社会固定资产投资"),
    ("新农村建设点", "新农村示范点"),
    ("新改扩建学校项目", "新改扩建学校"),        # projects (个) are not schools (所)
    ("高新技术企业", "新增高新技术企业"),
    ("规模以上工业企业A类", "A类企业"),
    ("应急救护员", "新增应急救护持证人员"),
    ("第二产业贡献率", "第二产业比重"),
    ("标准化规模养殖比重", "畜禽规模养殖比重"),
    ("低保标准", "月人均补差"),
    ("带动就业", "城镇新增就业"),
    ("农村户厕改造", "农村公厕"),
    # works and services: a count of projects is not their money, a size class is not all, new is not the stock
    ("引进重大项目", "重大项目"),
    ("引进亿元以上项目", "亿元以上项目"),
    ("引进亿元以上项目", "引进2亿元以上项目"),
    ("引进亿元以上项目", "亿元以上项目到位资金"),
    ("100项目", "5020项目"),
    ("50项目", "20项目"),
    ("商务洽谈", "洽谈项目"),
    ("完成棚改项目", "棚改项目"),
    ("完成重点民生项目", "重点民生项目"),
    ("房屋征收户数", "房屋征收面积"),
    ("新增个体工商户", "个体工商户"),
    ("新增市场主体", "市场主体"),
    ("新增市场主体", "新增企业"),
    ("上云企业", "新增上云企业"),
    ("专精特新小巨人企业", "专精特新企业"),
    ("引进科技人才", "科技人才"),
    ("引进科技人才", "引进人才"),
    ("安置脱贫劳动力", "脱贫劳动力"),
    ("新认定消费帮扶产品", "消费帮扶产品"),
    ("扶持创业", "带动就业"),
    ("温控大棚面积", "设施农业面积"),
    ("样板村", "新农村示范点"),
    ("农村互助养老服务设施覆盖率", "农村互助养老服务设施"),
    ("乡镇(街道)、村(社区)养老机构覆盖率", "社区居家养老服务设施覆盖率"),
    ("募集慈善资金", "区本级募集慈善资金"),
    ("中小学改造提升", "新改扩建学校"),
    ("区级综治中心一类比率", "乡镇(街道)综治中心一类比率"),
    ("乡镇(街道)综治中心一类比率", "村(社区)综治中心一类比率"),
    ("博物馆", "美术馆"),
    ("免疫规划疫苗接种率", "新冠疫苗接种率"),
    ("新冠疫苗接种率", "新冠疫苗接种"),               # a rate is not the doses given
])
def test_different_indicators_stay_apart(a, b):
    ids = map_indicators(pd.Series([a, b]), load_dictionary())
    assert ids.iloc[0] and ids.iloc[1] and ids.iloc[0] != ids.iloc[1]


def test_no_similarity_guessing():
    ids = map_indicators(pd.Series(["地区生产总", "生产总值增速目标", "营业收入", "完成"]), load_dictionary())
    assert ids.tolist() == ["", "", "", ""]


@pytest.mark.parametrize("written", [
    "投入", "投资", "群众", "主营业务收入",        # bare words that name no one indicator
    "厕所新改建",                                 # household or public toilets: either
    "农业总产值",                                 # the narrow 农业 or all of 农林牧渔业
    "疫苗",                                       # doses given, bought or stored
    "棚改项目户数", "重点项目建设",                # longer than a name: no substring match
    "引进项目", "改造项目", "服务时长", "网络覆盖率",  # labels cut short of their subject name nothing
    "区三级综治中心一类比率",                      # debris of a list of three levels
    "投入资金", "到位资金", "兑现资金", "接种率",     # of what?
    "引进亿元工业企业",                            # a revenue or an investment class: either
    "行业小巨人专精特新企业",                      # a combined count of two titles
    "温控大棚",                                   # a count or an area
    "房屋征收任务",                                # households or floor area
    "民办陶瓷美术馆、博物馆",                      # two kinds counted together
    "常态化、分众化文明实践活动",                  # adjectives kept: debris of a label
])
def test_ambiguous_or_partial_wordings_stay_unmapped(written):
    assert map_indicators(pd.Series([written]), load_dictionary()).tolist() == [""]


def test_every_indicator_has_definition_unit_and_english_name():
    dictionary = load_dictionary()
    assert (dictionary[["name_en", "unit", "definition"]] != "").all().all()
