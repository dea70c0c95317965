/**
 * The Chinese names of the tables and of every entered field, as the checks print them — one
 * place, so messages and tables use the same words.
 */
import type { TableKey } from "../model";

export const T = {
  g01: "公开01 收入支出决算总表",
  g02: "公开02 收入决算表",
  g03: "公开03 支出决算表",
  g04: "公开04 财政拨款收入支出决算总表",
  g05: "公开05 一般公共预算财政拨款支出决算表",
  g06: "公开06 一般公共预算财政拨款基本支出决算表",
  g07: "公开07 一般公共预算财政拨款“三公”经费支出决算表",
  g08: "公开08 政府性基金预算财政拨款收入支出决算表",
  g09: "公开09 国有资本经营预算财政拨款支出决算表",
} as const;

export const TABLE_TITLES: Record<TableKey, string> = T;

export const INCOME = { fiscal: "财政拨款收入", superiorSubsidy: "上级补助收入", business: "事业收入", operating: "经营收入", subsidiaryRemittance: "附属单位上缴收入", other: "其他收入" };
export const EXPENDITURE = { basic: "基本支出", project: "项目支出", remittedToSuperior: "上缴上级支出", operating: "经营支出", subsidiaryGrants: "对附属单位补助支出" };
export const FUNDS = { generalBudget: "一般公共预算财政拨款", governmentFund: "政府性基金预算财政拨款", stateCapital: "国有资本经营预算财政拨款" };
export const GBE = { budget: "年初预算数", basic: "基本支出", project: "项目支出" };
export const GF = { openingCarryover: "年初结转和结余", income: "本年收入", basic: "基本支出", project: "项目支出", closingCarryover: "年末结转和结余" };
export const SC = { basic: "基本支出", project: "项目支出" };
export const THREE = { outbound: "因公出国（境）费", vehiclePurchase: "公务用车购置费", vehicleOperation: "公务用车运行费", reception: "公务接待费" };
export const BALANCES = { nonFiscalBalanceUsed: "使用非财政拨款结余", openingCarryover: "年初结转和结余", surplusDistribution: "结余分配", closingCarryover: "年末结转和结余" };
export const COUNTS = {
  outboundGroups: "因公出国（境）团组数",
  outboundPersons: "因公出国（境）人次",
  receptionGroups: "公务接待团组数",
  receptionPersons: "公务接待人次",
  vehiclesPurchased: "购置公务用车数量",
  vehiclesHeld: "公务用车保有量",
};
export const PROCUREMENT = { goods: "政府采购货物支出", works: "政府采购工程支出", services: "政府采购服务支出", smeContracts: "授予中小企业合同金额", smallMicroContracts: "授予小微企业合同金额" };
export const ASSETS = { vehicles: "车辆数", generalEquipmentOver500k: "单位价值50万元以上通用设备数", specialEquipmentOver1m: "单位价值100万元以上专用设备数" };

export const PART3_7 = "第三部分 七、“三公”经费";
export const PART3_11 = "第三部分 十一、其他重要事项";
