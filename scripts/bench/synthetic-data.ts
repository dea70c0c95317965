/**
 * Synthetic disclosure packages for the scale benchmarks (`npm run bench:data`, `npm run bench -- scale`):
 * a province's worth of invented units, each year a balanced copy of the reference report.
 *
 * Balanced by construction: every amount of the reference package is multiplied by the same
 * positive integer (per unit and year), which keeps every equation and inequality of the checks
 * true; the reference's texts and reasons stay, so nothing a reason check needs is missing.
 * Names say 示例 and codes start with "demo-", so every page labels them 示例数据.
 * Pure and deterministic: unit i of year y is always the same package.
 */
import { DEMO_CODE_PREFIX } from "../../lib/public/demo";
import type { TPackage, TUnitInfo } from "../../lib/disclosure/package";

/** Bump when the packages change: cached bench databases built from older ones are rebuilt. */
export const SYNTHETIC_VERSION = 1;
export const SYNTHETIC_FIRST_YEAR = 2020;

const CITIES = [
  ["长沙市", ["芙蓉区", "天心区", "岳麓区", "开福区", "雨花区", "望城区", "长沙县", "浏阳市", "宁乡市"]],
  ["株洲市", ["荷塘区", "芦淞区", "石峰区", "天元区", "渌口区", "攸县", "茶陵县", "炎陵县", "醴陵市"]],
  ["湘潭市", ["雨湖区", "岳塘区", "湘潭县", "湘乡市", "韶山市"]],
  ["衡阳市", ["珠晖区", "雁峰区", "石鼓区", "蒸湘区", "南岳区", "衡阳县", "衡南县", "衡山县", "衡东县", "祁东县", "耒阳市", "常宁市"]],
  ["邵阳市", ["双清区", "大祥区", "北塔区", "新邵县", "邵阳县", "隆回县", "洞口县", "绥宁县", "新宁县", "武冈市", "邵东市"]],
  ["岳阳市", ["岳阳楼区", "云溪区", "君山区", "岳阳县", "华容县", "湘阴县", "平江县", "汨罗市", "临湘市"]],
  ["常德市", ["武陵区", "鼎城区", "安乡县", "汉寿县", "澧县", "临澧县", "桃源县", "石门县", "津市市"]],
  ["益阳市", ["资阳区", "赫山区", "南县", "桃江县", "安化县", "沅江市"]],
  ["郴州市", ["北湖区", "苏仙区", "桂阳县", "宜章县", "永兴县", "嘉禾县", "临武县", "汝城县", "桂东县", "安仁县", "资兴市"]],
  ["永州市", ["零陵区", "冷水滩区", "东安县", "双牌县", "道县", "江永县", "宁远县", "蓝山县", "新田县", "江华瑶族自治县", "祁阳市"]],
  [
    "怀化市",
    [
      "鹤城区",
      "中方县",
      "沅陵县",
      "辰溪县",
      "溆浦县",
      "会同县",
      "麻阳苗族自治县",
      "新晃侗族自治县",
      "芷江侗族自治县",
      "靖州苗族侗族自治县",
      "通道侗族自治县",
      "洪江市",
    ],
  ],
  ["娄底市", ["娄星区", "双峰县", "新化县", "冷水江市", "涟源市"]],
  ["湘西土家族苗族自治州", ["吉首市", "泸溪县", "凤凰县", "花垣县", "保靖县", "古丈县", "永顺县", "龙山县"]],
  ["张家界市", ["永定区", "武陵源区", "慈利县", "桑植县"]],
] as const;

const REGIONS: readonly { city: string; county: string }[] = CITIES.flatMap(([city, counties]) => counties.map((county) => ({ city, county })));

/** Departments: full name suffix, short name, category. */
const DEPARTMENTS = [
  ["总工会", "总工会", "群团组织"],
  ["财政局", "财政局", "政府部门"],
  ["教育局", "教育局", "政府部门"],
  ["卫生健康局", "卫健局", "政府部门"],
  ["民政局", "民政局", "政府部门"],
  ["人力资源和社会保障局", "人社局", "政府部门"],
  ["自然资源局", "自然资源局", "政府部门"],
  ["住房和城乡建设局", "住建局", "政府部门"],
  ["交通运输局", "交通局", "政府部门"],
  ["农业农村局", "农业农村局", "政府部门"],
  ["水利局", "水利局", "政府部门"],
  ["文化旅游广电体育局", "文旅局", "政府部门"],
  ["市场监督管理局", "市场监管局", "政府部门"],
  ["审计局", "审计局", "政府部门"],
  ["统计局", "统计局", "政府部门"],
  ["共青团委员会", "团委", "群团组织"],
  ["妇女联合会", "妇联", "群团组织"],
  ["科学技术协会", "科协", "群团组织"],
  ["残疾人联合会", "残联", "群团组织"],
  ["档案馆", "档案馆", "事业单位"],
  ["疾病预防控制中心", "疾控中心", "事业单位"],
  ["图书馆", "图书馆", "事业单位"],
  ["人民医院", "人民医院", "事业单位"],
  ["第一中学", "一中", "事业单位"],
] as const;

/** Unit i (0-based) of the synthetic province: region × department, numbered when the pair repeats. */
export function syntheticUnit(i: number): TUnitInfo {
  const region = REGIONS[i % REGIONS.length];
  const [suffix, short, category] = DEPARTMENTS[Math.floor(i / REGIONS.length) % DEPARTMENTS.length];
  const round = Math.floor(i / (REGIONS.length * DEPARTMENTS.length));
  const place = `${region.city}${region.county}`;
  const numbered = round > 0 ? `第${round + 1}` : "";
  return {
    code: `${DEMO_CODE_PREFIX}s${String(i + 1).padStart(5, "0")}`,
    name: `${place}${numbered}${suffix}（示例）`,
    shortName: `${region.county}${short}`,
    region: `湖南省${place}`,
    category,
  };
}

const AMOUNT = /^\d+\.\d{2}$/;

/** "2189400.00" × k, exactly (integer 分 as bigint). */
function scaleAmount(amount: string, k: bigint): string {
  const fen = BigInt(amount.replace(".", "")) * k;
  const text = fen.toString().padStart(3, "0");
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

function scaleAll<T>(value: T, k: bigint): T {
  if (typeof value === "string") return (AMOUNT.test(value) ? scaleAmount(value, k) : value) as T;
  if (Array.isArray(value)) return value.map((v) => scaleAll(v, k)) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, key === "code" ? v : scaleAll(v, k)])) as T;
  return value;
}

function retext<T>(value: T, from: [string, string][]): T {
  if (typeof value === "string") return from.reduce((s, [a, b]) => s.replaceAll(a, b), value as string) as T;
  if (Array.isArray(value)) return value.map((v) => retext(v, from)) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, retext(v, from)])) as T;
  return value;
}

/**
 * The package of synthetic unit `i` for `year`, from the reference package. The first year keeps the
 * reference's priorYear block (last year is not in the system); later years drop it, so their
 * year-on-year figures come from the unit's own previous year once that is published.
 */
export function syntheticPackage(reference: TPackage, i: number, year: number): TPackage {
  const unit = syntheticUnit(i);
  // 1..7 per unit, growing by year: amounts differ across units and change every year.
  const k = BigInt((i % 7) + 1) * BigInt(10 + year - SYNTHETIC_FIRST_YEAR);
  const { format, reasons, priorYear } = reference;
  const content = { ...reference } as Partial<TPackage>;
  for (const key of ["unit", "year", "format", "source", "reasons", "priorYear"] as const) delete content[key];
  const texts: [string, string][] = [
    [reference.unit.name, unit.name.replace("（示例）", "")],
    [`${reference.year}年`, `${year}年`],
  ];
  return {
    format,
    source: { title: `${year}年度${unit.name}部门决算（示例数据）` },
    unit,
    year,
    ...retext(scaleAll(content, k), texts),
    reasons,
    priorYear: year === SYNTHETIC_FIRST_YEAR && priorYear ? scaleAll(priorYear, k) : null,
  } as TPackage;
}
