/**
 * The narrative on packages built here (not the reference): every table non-empty, government
 * fund and state capital, .x5 rounding, zero totals and zero bases, 持平, 三公 with counts, a
 * previous year as a package vs the priorYear block, and missing prior figures. Expected texts
 * are worked out by hand from the 元 figures, not from the generator.
 */
import { describe, expect, it } from "vitest";
import fixture from "../../../fixtures/lusong-trade-union-2020.json";
import { codeSetForYear } from "../codes";
import { priorFigures } from "../figures";
import type { NarrativeSection } from "../model";
import { parsePackage, type TPackage } from "../package";
import { buildNarrative, narrativeText, sectionHeading } from "./index";
import { blankPackage, expenditureRow, incomeRow } from "./testing";

function lusong2020(): TPackage {
  const parsed = parsePackage(structuredClone(fixture));
  if (!parsed.ok) throw new Error("fixture does not parse");
  return parsed.package;
}

function paragraphs(s: NarrativeSection): string[] {
  return s.blocks.filter((b) => b.kind === "paragraph").map((b) => b.text);
}

/** A 2021 unit where every table has rows, every income source and expenditure kind is used. */
function busyUnit(): TPackage {
  const pkg = blankPackage(2021);
  pkg.income = [
    incomeRow("2070101", { fiscal: "1200000.00", business: "300000.00" }),
    incomeRow("2080505", { fiscal: "150000.00", other: "12345.00" }),
    incomeRow("2101101", { fiscal: "50000.00", superiorSubsidy: "40000.00", operating: "25000.00", subsidiaryRemittance: "22655.00" }),
  ];
  pkg.expenditure = [
    expenditureRow("2070101", { basic: "900000.00", project: "250000.00", operating: "20000.00" }),
    expenditureRow("2080505", { basic: "150000.00", remittedToSuperior: "30000.00" }),
    expenditureRow("2101101", { basic: "50000.00", subsidiaryGrants: "100000.00" }),
  ];
  pkg.balances = { nonFiscalBalanceUsed: "50000.00", openingCarryover: "400000.00", surplusDistribution: "20000.00", closingCarryover: "730000.00" };
  pkg.fiscal = {
    income: { generalBudget: "1200000.00", governmentFund: "150000.00", stateCapital: "50000.00" },
    openingCarryover: { generalBudget: "100000.00", governmentFund: "20000.00", stateCapital: "0.00" },
    closingCarryover: { generalBudget: "50000.00", governmentFund: "10000.00", stateCapital: "0.00" },
  };
  pkg.generalBudgetExpenditure = [
    { code: "2070101", budget: "1000000.00", basic: "800000.00", project: "250000.00", varianceReason: "追加群众文化活动经费。" },
    { code: "2070109", budget: "50000.00", basic: "0.00", project: "0.00", varianceReason: "活动取消" },
    { code: "2070199", budget: "0.00", basic: "0.00", project: "12345.00" },
    { code: "2080505", budget: "150000.00", basic: "150000.00", project: "0.00", varianceReason: "不应出现" },
    { code: "2101101", budget: "60000.00", basic: "37655.00", project: "0.00", varianceReason: "主要原因是：人员减少" },
    { code: "2120104", budget: "0.00", basic: "0.00", project: "0.00", varianceReason: "全零的行不列出" },
  ];
  pkg.basicExpenditure = {
    // out of code order on purpose, with a zero row that must not be named
    personnel: [
      { code: "30305", amount: "100000.00" },
      { code: "30101", amount: "500000.00" },
      { code: "30302", amount: "0.00" },
      { code: "30108", amount: "150000.00" },
    ],
    public: [
      { code: "30228", amount: "100000.00" },
      { code: "30201", amount: "137655.00" },
      { code: "31002", amount: "0.00" },
    ],
  };
  pkg.threePublic = {
    budget: { outbound: "50000.00", vehiclePurchase: "0.00", vehicleOperation: "30000.00", reception: "20000.00" },
    actual: { outbound: "38000.00", vehiclePurchase: "250000.00", vehicleOperation: "27500.00", reception: "20000.00" },
    outboundGroups: 1,
    outboundPersons: 3,
    receptionGroups: 12,
    receptionPersons: 86,
    vehiclesPurchased: 1,
    vehiclesHeld: 3,
    explanations: {
      outbound: "压减出访团组。",
      vehicle: "经批准更新执法车辆1辆",
      outboundDetail: "赴德国考察职业教育",
      receptionDetail: "主要接待上级检查调研。",
    },
  };
  pkg.governmentFund = [
    { code: "2296002", openingCarryover: "20000.00", income: "100000.00", basic: "0.00", project: "110000.00", closingCarryover: "10000.00" },
    { code: "2296003", openingCarryover: "0.00", income: "0.00", basic: "0.00", project: "0.00", closingCarryover: "0.00" },
    { code: "2120803", openingCarryover: "0.00", income: "50000.00", basic: "5000.00", project: "45000.00", closingCarryover: "0.00" },
  ];
  pkg.stateCapital = [{ code: "2230199", basic: "0.00", project: "50000.00" }];
  // Deliberately different from the 2020 package: when the previous package is given, this is ignored.
  pkg.priorYear = {
    grandTotal: "1.00",
    fiscalGrandTotal: "1.00",
    generalBudgetExpenditure: "1.00",
    threePublicActual: { outbound: "1.00", vehiclePurchase: "1.00", vehicleOperation: "1.00", reception: "1.00" },
    operatingCosts: "1.00",
  };
  pkg.reasons = { grandTotalChange: "业务量增加", fiscalTotalChange: "上年有一次性项目。" };
  pkg.otherMatters = {
    operatingCosts: { actual: "237655.00", budget: "237655.00", reasonVsBudget: "不应出现", reasonVsPriorYear: "公用经费压减。" },
    meetingCosts: "12345.00",
    trainingCosts: "12355.00",
    procurement: { goods: "300000.00", works: "0.00", services: "100000.00", smeContracts: "300000.00", smallMicroContracts: "125000.00" },
    assets: { vehicles: 3, generalEquipmentOver500k: 2, specialEquipmentOver1m: 1 },
    other: "",
  };
  pkg.performance = { summary: "整体绩效良好\n\n项目绩效目标全部完成。", selfEvaluationReport: "# 报告" };
  return pkg;
}

describe("a unit with every table non-empty, the previous year given as a package", () => {
  const pkg = busyUnit();
  // 2021 has no code set of its own: the 2020 set serves.
  const sections = buildNarrative(pkg, { codes: codeSetForYear(2021), prior: priorFigures(pkg, lusong2020()) });
  const [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11] = sections;

  it("has the eleven titles", () => {
    expect(sections.map(sectionHeading)).toEqual([
      "一、收入支出决算总体情况说明",
      "二、收入决算情况说明",
      "三、支出决算情况说明",
      "四、财政拨款收入支出决算总体情况说明",
      "五、一般公共预算财政拨款支出决算情况说明",
      "六、一般公共预算财政拨款基本支出决算情况说明",
      "七、一般公共预算财政拨款三公经费支出决算情况说明",
      "八、政府性基金预算收入支出决算情况",
      "九、国有资本经营预算支出决算情况",
      "十、2021年度预算绩效情况说明",
      "十一、其他重要事项情况说明",
    ]);
  });

  it("§1 names every balance item and compares with the 2020 package's 总计 (221.75), not the priorYear block", () => {
    expect(s1.text).toBe(
      "2021年度收、支总计225万元（收入总计含使用非财政拨款结余5万元、年初结转和结余40万元，支出总计含结余分配2万元、年末结转和结余73万元）。" +
        "与上年相比，增加3.25万元，增长1.5%，主要是因为业务量增加。",
    );
  });

  it("§2 lists every source with its share, .x5 amounts rounded up", () => {
    expect(s2.text).toBe(
      "本年收入合计180万元，其中：财政拨款收入140万元，占77.8%；上级补助收入4万元，占2.2%；事业收入30万元，占16.7%；" +
        "经营收入2.5万元，占1.4%；附属单位上缴收入2.27万元，占1.3%；其他收入1.23万元，占0.7%。",
    );
  });

  it("§3 lists 基本/项目 and every other non-zero kind", () => {
    expect(s3.text).toBe(
      "本年支出合计150万元，其中：基本支出110万元，占73.3%；项目支出25万元，占16.7%；上缴上级支出3万元，占2.0%；" +
        "经营支出2万元，占1.3%；对附属单位补助支出10万元，占6.7%。",
    );
  });

  it("§4 财政拨款收支总计 = three funds' income + opening carryover", () => {
    expect(s4.text).toBe("2021年度财政拨款收、支总计152万元，与上年相比，减少66.94万元，减少30.6%，主要是因为上年有一次性项目。");
  });

  it("§5 (一) without a reason ends after the change", () => {
    expect(paragraphs(s5)[0]).toBe(
      "2021年度一般公共预算财政拨款支出125万元，占本年支出合计的83.3%，与上年相比，一般公共预算财政拨款支出减少93.94万元，减少42.9%。",
    );
  });

  it("§5 (二) each 类 with spending and its share", () => {
    expect(paragraphs(s5)[1]).toBe(
      "2021年度一般公共预算财政拨款支出125万元，主要用于以下方面：文化旅游体育与传媒支出（类）106.23万元，占85.0%；" +
        "社会保障和就业支出（类）15万元，占12.0%；卫生健康支出（类）3.77万元，占3.0%。",
    );
  });

  it("§5 (三) numbers every row with a budget or spending: spent rows of a 类 first, then its unspent ones", () => {
    expect(paragraphs(s5).slice(2)).toEqual([
      "2021年度一般公共预算财政拨款支出年初预算数为126万元，一般公共预算财政拨款支出决算数为125万元，完成年初预算的99.2%，其中：",
      "1、文化旅游体育与传媒支出（类）文化和旅游（款）行政运行（项）。",
      "年初预算为100万元，支出决算为105万元，完成年初预算的105.0%，决算数大于年初预算数的主要原因是：追加群众文化活动经费；",
      "2、文化旅游体育与传媒支出（类）文化和旅游（款）其他文化和旅游支出（项）。",
      "年初预算为0万元，支出决算为1.23万元，决算数大于年初预算数；",
      "3、文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）。",
      "年初预算为5万元，支出决算为0万元，决算数小于年初预算数的主要原因是：活动取消。",
      "4、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。",
      "年初预算为15万元，支出决算为15万元，完成年初预算的100.0%，决算数与年初预算数持平；",
      "5、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。",
      "年初预算为6万元，支出决算为3.77万元，完成年初预算的62.8%，决算数小于年初预算数的主要原因是：人员减少；",
    ]);
    expect(s5.blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([
      "（一）一般公共预算财政拨款支出决算总体情况",
      "（二）一般公共预算财政拨款支出决算结构情况",
      "（三）一般公共预算财政拨款支出决算具体情况",
    ]);
  });

  it("§6 names the non-zero economic 款 of each block in code order", () => {
    expect(s6.text).toBe(
      "2021年度一般公共预算财政拨款基本支出98.77万元，其中：人员经费75万元，占基本支出的75.9%，主要包括基本工资、机关事业单位基本养老保险缴费、生活补助；" +
        "公用经费23.77万元，占基本支出的24.1%，主要包括办公费、工会经费。",
    );
  });

  it("§7 with budgets, actuals, zero-base changes, explanations and counts", () => {
    expect(paragraphs(s7)).toEqual([
      "“三公”经费财政拨款支出预算为10万元，支出决算为33.55万元，完成年初预算的335.5%，其中：",
      "因公出国（境）费支出预算为5万元，支出决算为3.8万元，完成年初预算的76.0%，与上年相比，增加3.8万元，压减出访团组。",
      "公务接待费支出预算为2万元，支出决算为2万元，完成年初预算的100.0%，与上年相比，增加2万元，无总体情况说明。",
      "公务用车购置费及运行维护费支出预算为3万元，支出决算为27.75万元，完成年初预算的925.0%，与上年相比，增加27.75万元，经批准更新执法车辆1辆。",
      "2021年度“三公”经费财政拨款支出决算中，公务接待费支出决算2万元，因公出国（境）费支出决算3.8万元，公务用车购置费及运行维护费支出决算27.75万元。其中：",
      "1、因公出国（境）费支出决算为3.8万元，全年安排因公出国（境）团组1个，累计3人次，赴德国考察职业教育。",
      "2、公务接待费支出决算为2万元，全年共接待来访团组12个、来宾86人次，主要接待上级检查调研。",
      "3、公务用车购置费及运行维护费支出决算为27.75万元，其中：公务用车购置费25万元，本年购置公务用车1辆。公务用车运行维护费2.75万元，截止2021年12月31日，我单位开支财政拨款的公务用车保有量为3辆。",
    ]);
  });

  it("§8 describes the government fund and its use by 项 instead of the 没有 sentence", () => {
    expect(paragraphs(s8)).toEqual([
      "2021年度政府性基金预算财政拨款年初结转和结余2万元，本年收入15万元，本年支出16万元，年末结转和结余1万元。",
      "本年支出中，基本支出0.5万元，项目支出15.5万元，主要用于以下方面：" +
        "城乡社区支出（类）国有土地使用权出让收入安排的支出（款）城市建设支出（项）5万元，占31.3%；" +
        "其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）11万元，占68.8%。",
    ]);
  });

  it("§9 describes state capital spending with the state-capital figures of 公开04", () => {
    expect(paragraphs(s9)).toEqual([
      "2021年度国有资本经营预算财政拨款年初结转和结余0万元，本年收入5万元，本年支出5万元，年末结转和结余0万元。",
      "本年支出中，基本支出0万元，项目支出5万元，主要用于以下方面：" +
        "国有资本经营预算支出（类）解决历史遗留问题及改革成本支出（款）其他解决历史遗留问题及改革成本支出（项）5万元，占100.0%。",
    ]);
  });

  it("§10 splits the summary into paragraphs and points to Part 5", () => {
    expect(paragraphs(s10)).toEqual(["整体绩效良好。", "项目绩效目标全部完成。", "部门整体支出绩效评价报告详见第五部分。"]);
  });

  it("§11 持平 against budget (no reason), 降低 against last year, procurement shares, assets, empty free text", () => {
    expect(paragraphs(s11)).toEqual([
      "2021年度机关运行经费支出23.77万元，与年初预算数持平；比上年决算数减少37.53万元，降低61.2%。主要原因是：公用经费压减。",
      "2021年开支会议费1.23万元；开支培训费1.24万元。",
      "2021年度政府采购支出总额40万元，其中：政府采购货物支出30万元、政府采购工程支出0万元、政府采购服务支出10万元。",
      "授予中小企业合同金额30万元，占政府采购支出总额的75.0%，其中：授予小微企业合同金额12.5万元，占政府采购支出总额的31.3%。",
      "截至2021年12月31日，共有车辆3辆；单位价值50万元以上通用设备2台（套）；单位价值100万元以上专用设备1台（套）。",
      "无。",
    ]);
  });

  it("never prints an empty reason, doubled punctuation or a missing value", () => {
    const all = narrativeText(sections);
    for (const bad of ["主要是因为。", "原因是：。", "原因是：；", "。。", "；。", "，。", "，，", "undefined", "null", "NaN", "不应出现", "全零的行不列出"]) {
      expect(all).not.toContain(bad);
    }
  });
});

describe("the priorYear block, when no previous package is published", () => {
  it("is used for every year-on-year figure", () => {
    const pkg = busyUnit();
    pkg.priorYear = {
      grandTotal: "2250000.00", // equal: 与上年持平 and no reason although one is typed
      fiscalGrandTotal: "0.00", // zero base: amount, no percentage
      generalBudgetExpenditure: "1000000.00",
      threePublicActual: { outbound: "38000.00", vehiclePurchase: "0.00", vehicleOperation: "300000.00", reception: "40000.00" },
      operatingCosts: "237655.00",
    };
    const s = buildNarrative(pkg, { codes: codeSetForYear(2021), prior: priorFigures(pkg) });
    expect(s[0].text).toBe(
      "2021年度收、支总计225万元（收入总计含使用非财政拨款结余5万元、年初结转和结余40万元，支出总计含结余分配2万元、年末结转和结余73万元）。与上年持平。",
    );
    expect(s[3].text).toBe("2021年度财政拨款收、支总计152万元，与上年相比，增加152万元，主要是因为上年有一次性项目。");
    expect(paragraphs(s[4])[0]).toBe(
      "2021年度一般公共预算财政拨款支出125万元，占本年支出合计的83.3%，与上年相比，一般公共预算财政拨款支出增加25万元，增长25.0%。",
    );
    expect(paragraphs(s[6]).slice(1, 4)).toEqual([
      "因公出国（境）费支出预算为5万元，支出决算为3.8万元，完成年初预算的76.0%，与上年持平，压减出访团组。",
      "公务接待费支出预算为2万元，支出决算为2万元，完成年初预算的100.0%，与上年相比，减少2万元，减少50.0%，无总体情况说明。",
      // 27.75 vs 30: 2.25 less, 7.5%
      "公务用车购置费及运行维护费支出预算为3万元，支出决算为27.75万元，完成年初预算的925.0%，与上年相比，减少2.25万元，减少7.5%，经批准更新执法车辆1辆。",
    ]);
    expect(paragraphs(s[10])[0]).toBe("2021年度机关运行经费支出23.77万元，与年初预算数持平；与上年决算数持平。");
  });
});

describe("no prior figures at all", () => {
  const pkg = busyUnit();
  pkg.priorYear = null;
  const sections = buildNarrative(pkg, { codes: codeSetForYear(2021), prior: priorFigures(pkg) });

  it("prints no year-on-year sentence anywhere", () => {
    expect(narrativeText(sections)).not.toContain("上年");
  });

  it("keeps the rest of each sentence", () => {
    expect(sections[0].text).toBe(
      "2021年度收、支总计225万元（收入总计含使用非财政拨款结余5万元、年初结转和结余40万元，支出总计含结余分配2万元、年末结转和结余73万元）。",
    );
    expect(sections[3].text).toBe("2021年度财政拨款收、支总计152万元。");
    expect(paragraphs(sections[4])[0]).toBe("2021年度一般公共预算财政拨款支出125万元，占本年支出合计的83.3%。");
    expect(paragraphs(sections[6])[1]).toBe("因公出国（境）费支出预算为5万元，支出决算为3.8万元，完成年初预算的76.0%，压减出访团组。");
    expect(paragraphs(sections[10])[0]).toBe("2021年度机关运行经费支出23.77万元，与年初预算数持平。");
  });
});

describe("an empty package (a new draft)", () => {
  const pkg = blankPackage(2022);
  const s = buildNarrative(pkg, { codes: codeSetForYear(2022), prior: null });

  it("words zero totals with 0万元 and 0% and no list", () => {
    expect(s[0].text).toBe("2022年度收、支总计0万元（收入总计含年初结转和结余0万元，支出总计含年末结转和结余0万元）。");
    expect(s[1].text).toBe("本年收入合计0万元。");
    expect(s[2].text).toBe("本年支出合计0万元，其中：基本支出0万元，占0%；项目支出0万元，占0%。");
    expect(s[3].text).toBe("2022年度财政拨款收、支总计0万元。");
    expect(paragraphs(s[4])).toEqual([
      "2022年度一般公共预算财政拨款支出0万元，占本年支出合计的0%。",
      "2022年度一般公共预算财政拨款支出0万元。",
      "2022年度一般公共预算财政拨款支出年初预算数为0万元，一般公共预算财政拨款支出决算数为0万元。",
    ]);
    expect(s[5].text).toBe("2022年度一般公共预算财政拨款基本支出0万元，其中：人员经费0万元，占基本支出的0%；公用经费0万元，占基本支出的0%。");
    expect(paragraphs(s[6])[0]).toBe("“三公”经费财政拨款支出预算为0万元，支出决算为0万元，其中：");
    expect(paragraphs(s[6])[1]).toBe("因公出国（境）费支出预算为0万元，支出决算为0万元，无总体情况说明。");
    expect(s[7].text).toBe("本单位没有政府性基金收入，也没有使用政府性基金安排的支出。");
    expect(s[8].text).toBe("本单位没有使用国有资本经营预算安排的支出。");
    expect(s[9].text).toBe("部门整体支出绩效评价报告详见第五部分。");
    expect(paragraphs(s[10])[0]).toBe("2022年度机关运行经费支出0万元，与年初预算数持平。");
    expect(paragraphs(s[10])[3]).toBe("授予中小企业合同金额0万元，占政府采购支出总额的0%，其中：授予小微企业合同金额0万元，占政府采购支出总额的0%。");
  });
});

describe("smaller cases", () => {
  it("a change against a zero base has no percentage; a missing reason prints nothing", () => {
    const pkg = blankPackage(2021);
    pkg.income = [incomeRow("2012901", { fiscal: "50000.00" })];
    pkg.expenditure = [expenditureRow("2012901", { basic: "50000.00" })];
    pkg.priorYear = {
      grandTotal: "0.00",
      fiscalGrandTotal: "0.00",
      generalBudgetExpenditure: "0.00",
      threePublicActual: { outbound: "0", vehiclePurchase: "0", vehicleOperation: "0", reception: "0" },
      operatingCosts: "0.00",
    };
    pkg.otherMatters.operatingCosts = { actual: "50000.00", budget: "0.00", reasonVsBudget: "新增职能" };
    const s = buildNarrative(pkg, { codes: codeSetForYear(2021), prior: priorFigures(pkg) });
    expect(s[0].text).toBe("2021年度收、支总计5万元（收入总计含年初结转和结余0万元，支出总计含年末结转和结余0万元）。与上年相比，增加5万元。");
    expect(paragraphs(s[10])[0]).toBe("2021年度机关运行经费支出5万元，比年初预算数增加5万元，主要原因是：新增职能；比上年决算数增加5万元。");
  });

  it("a government fund with carryover only: figures, no use paragraph", () => {
    const pkg = blankPackage(2021);
    pkg.governmentFund = [{ code: "2296002", openingCarryover: "12350.00", income: "0.00", basic: "0.00", project: "0.00", closingCarryover: "12350.00" }];
    const s = buildNarrative(pkg, { codes: codeSetForYear(2021), prior: null });
    expect(s[7].text).toBe("2021年度政府性基金预算财政拨款年初结转和结余1.24万元，本年收入0万元，本年支出0万元，年末结转和结余1.24万元。");
  });

  it("government-fund money in 公开04 without 公开08 rows is not called 没有", () => {
    const pkg = blankPackage(2021);
    pkg.fiscal.income.governmentFund = "10000.00";
    const s = buildNarrative(pkg, { codes: null, prior: null });
    expect(s[7].text).not.toContain("没有");
  });

  it("without a code set, codes stand in for names", () => {
    const pkg = blankPackage(2021);
    pkg.generalBudgetExpenditure = [{ code: "2012901", budget: "10000.00", basic: "10000.00", project: "0.00" }];
    pkg.basicExpenditure.public = [{ code: "30201", amount: "10000.00" }];
    const s = buildNarrative(pkg, { codes: null, prior: null });
    expect(paragraphs(s[4])[1]).toBe("2021年度一般公共预算财政拨款支出1万元，主要用于以下方面：201（类）1万元，占100.0%。");
    expect(paragraphs(s[4])[3]).toBe("1、201（类）20129（款）2012901（项）。");
    expect(s[5].text).toContain("公用经费1万元，占基本支出的100.0%，主要包括30201。");
  });

  it("one class at .x5: shares and amounts from exact values", () => {
    const pkg = blankPackage(2021);
    pkg.generalBudgetExpenditure = [
      { code: "2012901", budget: "0.00", basic: "10000.00", project: "0.00" }, // 1/16 = 6.25% → 6.3%
      { code: "2120104", budget: "0.00", basic: "150000.00", project: "0.00" }, // 15/16 = 93.75% → 93.8%
    ];
    const s = buildNarrative(pkg, { codes: codeSetForYear(2021), prior: null });
    expect(paragraphs(s[4])[1]).toBe(
      "2021年度一般公共预算财政拨款支出16万元，主要用于以下方面：一般公共服务支出（类）1万元，占6.3%；城乡社区支出（类）15万元，占93.8%。",
    );
  });

  it("free text keeps the clerk's paragraphs and closes each once", () => {
    const pkg = blankPackage(2021);
    pkg.otherMatters.other = "本单位无其他重要事项\n\n如有疑问，请致电。";
    pkg.performance.summary = "绩效自评得分95分。";
    const s = buildNarrative(pkg, { codes: null, prior: null });
    expect(paragraphs(s[10]).slice(-2)).toEqual(["本单位无其他重要事项。", "如有疑问，请致电。"]);
    expect(paragraphs(s[9])).toEqual(["绩效自评得分95分。", "部门整体支出绩效评价报告详见第五部分。"]);
  });

  it("the fixture with the previous year given as a package equal to itself: everything 持平", () => {
    const pkg = lusong2020();
    const s = buildNarrative(pkg, { codes: codeSetForYear(2020), prior: priorFigures(pkg, lusong2020()) });
    expect(s[0].text.endsWith("。与上年持平。")).toBe(true);
    expect(s[3].text).toBe("2020年度财政拨款收、支总计218.94万元，与上年持平。");
    expect(paragraphs(s[10])[0]).toBe(
      "2020年度机关运行经费支出61.3万元，比年初预算数增加33.46万元，增长120.2%，主要原因是：财政代扣各单位工会经费未进行项目核算；与上年决算数持平。",
    );
  });
});
