"""The clean tables: their columns, types, units and meaning, in one place.

From this one specification come the pandera schemas that validate every
table before it is written, and the Frictionless Data Package descriptor
(``datapackage.json``) written beside the data as its dictionary.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import pandera.pandas as pa

from analysis.errors import ValidationError
from analysis.extract.numbers import QUALIFIERS
from analysis.extract.sources import DOC_KINDS

MEASURES = ("level", "growth", "change", "multiple")
STATUSES = ("actual", "expected", "target")
SCOPES = ("district", "city", "province", "country", "entity")
SEVERITIES = ("info", "warning", "error")


@dataclass(frozen=True)
class Field:
    name: str
    type: str                      # frictionless type: string, integer, number
    description: str
    required: bool = False         # no missing values
    enum: tuple[str, ...] = ()
    unit: str = ""
    minimum: float | None = None


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]


def _f(name, type_, description, **kw) -> Field:
    return Field(name, type_, description, **kw)


DOC_ID = _f("doc_id", "string", "Document id, as in data/raw/sources.csv.", required=True)
LINE = _f("line", "integer", "1-based line in the raw file where the value or item stands.",
          required=True, minimum=1)
TABLE_ID = _f("table_id", "string", "Table within the document, numbered in reading order "
              "(doc_id.tNN); see the tables table.")
DISTRICT = _f("district", "string", "The unit the row is about (a district, or a city or "
              "province when the text says so).", required=True)
DISTRICT_CODE = _f("district_code", "string", "GB/T 2260 code of district (data/reference/places.csv); "
                   "empty when the reference does not know the place (flagged unknown_place).")
DISTRICT_EN = _f("district_en", "string", "English name of district (data/reference/places.csv: "
                 "Changjiang District); empty when the reference does not know the place.")
INDICATOR_EN = _f("indicator_en", "string", "English name of indicator_id (empty when unmapped).")

TABLES: dict[str, Table] = {t.name: t for t in (
    Table("documents", "Documents", "One row a raw document of the manifest.", (
        DOC_ID,
        _f("file", "string", "File name in data/raw.", required=True),
        _f("district", "string", "District the document is about.", required=True),
        DISTRICT_CODE, DISTRICT_EN,
        _f("city", "string", "Prefecture-level city of the district.", required=True),
        _f("province", "string", "Province.", required=True),
        _f("doc_kind", "string", "Genre of the document.", required=True, enum=DOC_KINDS),
        _f("published", "string", "Publication date, ISO: YYYY, YYYY-MM or YYYY-MM-DD.",
           required=True),
        _f("title", "string", "Title as written.", required=True),
        _f("sha256", "string", "sha256 of the raw file.", required=True),
        _f("lines", "integer", "Number of lines in the raw file (its text rendition for html, pdf, docx).", required=True, minimum=0),
        _f("encoding", "string", "Encoding the file was decoded with.", required=True),
        _f("input_type", "string", "What the raw file is, from its content: text, html (a saved web "
           "page), pdf or docx.", enum=("text", "html", "pdf", "docx")),
        _f("rendition", "string", "For html, pdf and docx: the text rendition that line refers to "
           "(text/<doc_id>.txt in the clean folder); empty for text, where line is the raw file's."),
        _f("url", "string", "Where the document was published (the manifest's optional url column)."),
    ), primary_key=("doc_id",)),
    Table("tables", "Detected tables", "Every table or project box found in the documents, "
          "with its title, extent and the notes printed under it.", (
        DOC_ID,
        _f("table_id", "string", "Table id (doc_id.tNN).", required=True),
        _f("kind", "string", "indicators, products, enterprises, tasks or project_box.", required=True),
        _f("title", "string", "Title as written (the line before the header)."),
        _f("line", "integer", "First line of the table (its title when found).", required=True),
        _f("line_end", "integer", "Line after the table's last line.", required=True),
        _f("n_rows", "integer", "Rows read.", required=True, minimum=0),
        _f("n_cells", "integer", "Cells read in the body.", required=True, minimum=0),
        _f("notes", "string", "Notes under the table (注:…), as written."),
    ), primary_key=("table_id",)),
    Table("indicator_rows", "Plan indicator rows", "One row a row of a plan indicator table "
          "(or of a bulletin's table of amounts), including indicators listed without any value.", (
        DOC_ID, TABLE_ID,
        _f("row_no", "integer", "Row number within the table.", required=True, minimum=1),
        _f("category", "string", "类别 of the row (the last one stated above it)."),
        _f("indicator", "string", "Indicator as written, without its unit.", required=True),
        _f("indicator_id", "string", "Id in data/reference/indicators.csv (empty when unmapped)."),
        INDICATOR_EN,
        _f("unit", "string", "Unit from the indicator's parentheses (or inferred, flagged)."),
        _f("attribute", "string", "属性: expected (预期性) or binding (约束性).",
           enum=("expected", "binding", "")),
        _f("n_values", "integer", "Value cells in the row.", required=True, minimum=0),
        LINE,
    )),
    Table("observations", "Observations", "One row a number (or a stated non-numeric target).", (
        DOC_ID, DISTRICT, DISTRICT_CODE, DISTRICT_EN,
        _f("scope", "string", "Level of the unit in district: district, city, province, country, or "
           "entity (a project, park, firm or facility in the district, named in entity).",
           required=True, enum=SCOPES),
        _f("entity", "string", "The project, park, firm or facility a number is about (scope entity)."),
        _f("source", "string", "Where the number stands: table or text.", required=True,
           enum=("table", "text")),
        TABLE_ID,
        _f("category", "string", "Category (类别) of a table row."),
        _f("indicator", "string", "Indicator as written, without its unit.", required=True),
        _f("indicator_id", "string", "Id in data/reference/indicators.csv (empty when unmapped)."),
        INDICATOR_EN,
        _f("measure", "string", "level; growth = a rate in % a year or year on year; change = a "
           "change in points or in the level's unit (提高2个百分点, 比上年增加2.2万亩, the [ ] "
           "notation of a plan table); multiple = a ratio to an earlier level (是2015年的1.7倍).",
           required=True,
           enum=MEASURES),
        _f("status", "string", "actual, expected (an estimate) or target.", required=True,
           enum=STATUSES),
        _f("period", "string", "ISO period: 2015, 2016/2020, 2022-01/2022-10; empty when the text states none."),
        _f("year", "integer", "The period's last year; when the text states no period, the year "
           "the document reports on (a feature's or notice's publication year)."),
        _f("value", "number", "Value as stated, in unit; empty for qualitative or delegated "
           "targets and for ranges (see low/high)."),
        _f("unit", "string", "Unit of value, normalised spelling (亿元, 万人, %, 百分点)."),
        _f("value_base", "number", "value in unit_base (236.8 亿元 -> 2.368e10 元)."),
        _f("unit_base", "string", "Unit without its scale (元, 人, %)."),
        _f("qualifier", "string", "How exact the statement is (see analysis.extract.numbers).",
           required=True, enum=QUALIFIERS),
        _f("low", "number", "Lower bound of a range or a vague count (八九亿, 几十万; 30余 is 30-40), in unit."),
        _f("high", "number", "Upper bound of a range or a vague count, in unit."),
        _f("value_text", "string", "The cell or phrase as written.", required=True),
        LINE,
        _f("attribute", "string", "属性 of a plan table row: expected or binding.",
           enum=("expected", "binding", "")),
        _f("column", "string", "Header of the table column the value stands in."),
        _f("sentence", "string", "The sentence a text number stands in, as read."),
    )),
    Table("structure", "Economic structure", "Shares of the primary, secondary and tertiary "
          "sectors, from structure ratios such as 3:65:32; one row a district, year and status (the "
          "others of the same cell go to flags as structure_duplicate, see analysis.series).", (
        DOC_ID, DISTRICT, DISTRICT_CODE, DISTRICT_EN,
        _f("year", "integer", "Year the shares describe.", required=True),
        _f("status", "string", "actual, expected or target.", required=True, enum=STATUSES),
        _f("primary", "number", "Primary sector share.", required=True, unit="%", minimum=0),
        _f("secondary", "number", "Secondary sector share.", required=True, unit="%", minimum=0),
        _f("tertiary", "number", "Tertiary sector share.", required=True, unit="%", minimum=0),
        _f("value_text", "string", "The ratio as written.", required=True),
        LINE, TABLE_ID,
        _f("indicator", "string", "Indicator as written."),
        _f("indicator_id", "string", "Id in data/reference/indicators.csv (empty when unmapped)."),
        INDICATOR_EN,
        _f("source", "string", "table or text.", enum=("table", "text")),
        _f("column", "string", "Header of the table column the ratio stands in."),
    )),
    Table("enterprises", "Ranked enterprise lists", "Firms in ranked lists (top-ten lists).", (
        DOC_ID, DISTRICT, DISTRICT_CODE, DISTRICT_EN,
        _f("year", "integer", "Year the list ranks (from its title)."),
        _f("list", "string", "The list's title as written.", required=True),
        _f("rank", "integer", "Rank in the list.", required=True, minimum=1),
        _f("name", "string", "Firm name, wrapped lines joined.", required=True),
        LINE, TABLE_ID,
    )),
    Table("tasks", "Work tasks", "Numbered tasks of a task-assignment table.", (
        DOC_ID,
        _f("task_no", "integer", "Task number.", required=True, minimum=1),
        _f("section", "string", "Section heading as written (一、…（15项）)."),
        _f("subsection", "string", "Subsection heading as written (（一）…)."),
        _f("text", "string", "Task text, wrapped lines joined.", required=True),
        LINE,
        _f("section_no", "integer", "Number of the section."),
        _f("section_claimed", "integer", "Task count the section heading claims (（15项）)."),
        _f("section_line", "integer", "Line of the section heading."),
        TABLE_ID,
    )),
    Table("task_units", "Units responsible for tasks", "One row a unit named for a task.", (
        DOC_ID,
        _f("task_no", "integer", "Task number.", required=True, minimum=1),
        _f("role", "string", "lead (牵头单位) or support (责任单位).", required=True,
           enum=("lead", "support")),
        _f("unit", "string", "Unit name, wrapped lines joined.", required=True),
        LINE,
        _f("order", "integer", "Position of the unit in its cell.", required=True, minimum=1),
        TABLE_ID,
    )),
    Table("projects", "Project boxes", "Items of the numbered project boxes (专栏) of a plan.", (
        DOC_ID,
        _f("box_no", "integer", "Box number (专栏N).", required=True, minimum=1),
        _f("box_title", "string", "Box title as written."),
        _f("group", "string", "Group heading within the box ((一)…), as written."),
        _f("item_no", "integer", "Item number; empty for an unnumbered paragraph."),
        _f("text", "string", "Item text.", required=True),
        LINE, TABLE_ID,
    )),
    Table("audit", "Audit findings", "Checks of the documents' own arithmetic, conflicts between "
          "documents, implausible magnitudes and claims about the documents themselves; one row a "
          "check (result ok) or a finding, with what was stated, what was computed and where.", (
        DOC_ID,
        _f("line", "integer", "Line of the stated value.", minimum=1),
        _f("district", "string", "Unit the value is about."),
        DISTRICT_CODE, DISTRICT_EN,
        _f("indicator_id", "string", "Indicator id (empty when unmapped)."),
        INDICATOR_EN,
        _f("kind", "string", "growth_rate, cumulative_change, multiple, shares_sum, conflict, "
           "magnitude or claimed_count.", required=True),
        _f("stated", "number", "The value as stated."),
        _f("computed", "number", "The value computed from the other numbers (or the other "
           "source's value for a conflict)."),
        _f("detail", "string", "What was compared, with both sources and lines.", required=True),
        _f("result", "string", "ok, mismatch, conflict or implausible.", required=True,
           enum=("ok", "mismatch", "conflict", "implausible")),
        _f("indicator", "string", "Indicator as written."),
        _f("other_doc_id", "string", "The other document of a conflict."),
        _f("other_line", "integer", "The other line of a conflict."),
        _f("likely_reading", "string", "The likely intended value of an implausible one, when there is one."),
    )),
    Table("panel", "Panel", "One row a district, indicator, measure, status group and period: the "
          "value chosen by analysis.series' precedence among every document's values for that cell, "
          "in the indicator's canonical unit, with its source and the other values (conflicts).", (
        DISTRICT, DISTRICT_CODE, DISTRICT_EN,
        _f("indicator_id", "string", "Id in data/reference/indicators.csv.", required=True),
        _f("indicator", "string", "Chinese name of the indicator (the dictionary's).", required=True),
        INDICATOR_EN,
        _f("measure", "string", "level, growth, change (or another measure of observations).",
           required=True),
        _f("status", "string", "Status of the chosen value: actual or expected (the two compete "
           "for one cell), or target (a cell of its own).", required=True, enum=STATUSES),
        _f("period", "string", "ISO period, as in observations.", required=True),
        _f("year", "integer", "The period's last year.", required=True),
        _f("value", "number", "Value in unit (the indicator's canonical unit for a level; empty "
           "when the stated unit cannot be converted to it)."),
        _f("unit", "string", "Canonical unit: the dictionary's unit for a level, % for a growth, "
           "百分点 for a change in a percent indicator, else the stated unit."),
        _f("value_stated", "number", "The value as stated in the document."),
        _f("unit_stated", "string", "The unit as stated (normalised spelling)."),
        _f("qualifier", "string", "How exact the statement is.", required=True, enum=QUALIFIERS),
        _f("indicator_stated", "string", "The indicator as written in the document.", required=True),
        DOC_ID,
        _f("doc_kind", "string", "Genre of the chosen document.", required=True, enum=DOC_KINDS),
        _f("published", "string", "Publication date of the chosen document.", required=True),
        _f("source", "string", "table or text.", required=True, enum=("table", "text")),
        LINE, TABLE_ID,
        _f("quote", "string", "The sentence (text) or the row, column and cell (table) of the value.",
           required=True),
        _f("doubt", "string", "The audit's finding about the chosen value (only when every value "
           "of the cell is doubted)."),
        _f("n_sources", "integer", "How many values the documents give for the cell.", required=True,
           minimum=1),
        _f("conflicts", "string", "The other values of the cell that differ beyond rounding or cannot "
           "be compared (a unit that does not convert), each with its document and line (; separated)."),
        _f("others", "string", "The other values of the cell that agree, with their sources."),
    ), primary_key=("district", "indicator_id", "measure", "status", "period")),
    Table("flags", "Flags", "Everything read and not placed, and every doubt, with its line.", (
        DOC_ID,
        _f("line", "integer", "1-based line in the raw file (empty for a whole document)."),
        _f("kind", "string", "What happened (assigned_by_rule, unit_inferred, table_note, ...).",
           required=True),
        _f("severity", "string", "info, warning or error.", required=True, enum=SEVERITIES),
        _f("detail", "string", "What was found and what was done.", required=True),
        TABLE_ID,
        _f("text", "string", "The text concerned, as written."),
    )),
)}

_PANDAS_TYPES = {"string": "str", "integer": "Int64", "number": "Float64"}


def empty_frame(name: str) -> pd.DataFrame:
    """An empty table with the right columns and types."""
    spec = TABLES[name]
    return pd.DataFrame({f.name: pd.Series(dtype=_PANDAS_TYPES[f.type]) for f in spec.fields})


def conform(name: str, rows: list[dict]) -> pd.DataFrame:
    """Build table ``name`` from row dicts: columns in order, typed, strings never NaN."""
    spec = TABLES[name]
    unknown = {k for row in rows for k in row} - set(spec.columns)
    if unknown:
        raise ValidationError(f"{name}: columns not in the schema: {', '.join(sorted(unknown))}")
    frame = pd.DataFrame(rows, columns=spec.columns) if rows else empty_frame(name)
    for f in spec.fields:
        if f.type == "string":
            frame[f.name] = frame[f.name].astype(object).fillna("").astype("str")
        else:
            frame[f.name] = pd.to_numeric(frame[f.name]).astype(_PANDAS_TYPES[f.type])
    return frame


def pandera_schema(name: str) -> pa.DataFrameSchema:
    """The pandera schema of table ``name``."""
    spec = TABLES[name]
    columns = {}
    for f in spec.fields:
        checks = []
        if f.enum:
            checks.append(pa.Check.isin(list(f.enum)))
        if f.minimum is not None:
            checks.append(pa.Check.ge(f.minimum))
        if f.required and f.type == "string":
            checks.append(pa.Check.str_length(min_value=1))
        columns[f.name] = pa.Column(_PANDAS_TYPES[f.type], checks=checks,
                                    nullable=not f.required, description=f.description)
    return pa.DataFrameSchema(columns, strict=True, ordered=True,
                              unique=list(spec.primary_key) or None, name=name)


def validate(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Validate ``frame`` against its schema.

    Raises
    ------
    ValidationError
        Naming the table, the column, the check and the first failing rows.
    """
    try:
        return pandera_schema(name).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases.head(5)
        lines = [f"table {name!r} failed validation:"]
        for case in cases.itertuples(index=False):
            lines.append(f"  column {case.column!r}, row {case.index}: {case.check} "
                         f"(value {case.failure_case!r})")
        raise ValidationError("\n".join(lines)) from None


def datapackage(names: list[str], created: str = "") -> dict:
    """The Frictionless Data Package descriptor for the written tables (``created``: ISO time)."""
    resources = []
    for name in names:
        spec = TABLES[name]
        fields = []
        for f in spec.fields:
            entry = {"name": f.name, "type": f.type, "description": f.description}
            constraints = {}
            if f.required:
                constraints["required"] = True
            if f.enum:
                constraints["enum"] = [e for e in f.enum if e]  # "" is a missing value
            if f.minimum is not None:
                constraints["minimum"] = int(f.minimum) if f.type == "integer" else f.minimum
            if constraints:
                entry["constraints"] = constraints
            if f.unit:
                entry["unit"] = f.unit
            fields.append(entry)
        schema = {"fields": fields, "missingValues": [""]}
        if spec.primary_key:
            schema["primaryKey"] = list(spec.primary_key)
        resources.append({
            "name": name, "path": f"{name}.csv", "title": spec.title,
            "description": spec.description, "format": "csv", "mediatype": "text/csv",
            "encoding": "utf-8", "schema": schema,
        })
    return {
        "name": "jiangxi-county-economic-documents",
        "title": "Statistics from Jiangxi county-level economic documents",
        "description": "Tidy tables extracted from five-year plans, features and notices "
                       "published by county-level governments in Jiangxi; every number "
                       "carries its document (doc_id) and 1-based line. Also written as "
                       "Parquet (NAME.parquet) and as an Excel workbook whose text cells are never "
                       "formulas (NAME.xlsx) beside each CSV.",
        "sources": [{"title": "data/raw/sources.csv (the manifest of raw documents)"}],
        **({"created": created} if created else {}),
        "resources": resources,
    }
