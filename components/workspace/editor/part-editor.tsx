"use client";
import { buildTable02, buildTable03, buildTable05, buildTable06, buildTable08, buildTable09 } from "@/lib/disclosure/tables";
import { economicBlock } from "@/lib/disclosure/codes";
import type { TPartSlug } from "@/lib/workspace/parts";
import { setPath } from "@/lib/workspace/immutable";
import { AmountField, CountField, TextField } from "./fields";
import { CodedRowsEditor } from "./coded-rows-editor";
import { OverviewEditor } from "./overview-editor";
import { MarkdownField } from "./markdown-field";
import { TransferPanel } from "./transfer-panel";
import { useDraft } from "./draft-context";
import styles from "./editor.module.css";

const FUNDS = [
  { key: "generalBudget", label: "一般公共预算财政拨款" },
  { key: "governmentFund", label: "政府性基金预算财政拨款" },
  { key: "stateCapital", label: "国有资本经营预算财政拨款" },
];
const THREE = [
  { key: "outbound", label: "因公出国（境）费" },
  { key: "vehiclePurchase", label: "公务用车购置费" },
  { key: "vehicleOperation", label: "公务用车运行费" },
  { key: "reception", label: "公务接待费" },
];
const amount = (key: string, label: string) => ({ key, label });

function Group({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className={styles.group}>
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

function PriorYear() {
  const { pkg, update, info } = useDraft();
  const present = pkg.priorYear != null;
  const blank = { grandTotal: "0.00", fiscalGrandTotal: "0.00", generalBudgetExpenditure: "0.00", operatingCosts: "0.00",
    threePublicActual: { outbound: "0.00", vehiclePurchase: "0.00", vehicleOperation: "0.00", reception: "0.00" } };
  return (
    <>
      <p className="notice">只有当{pkg.year - 1}年度的报告没有在本平台公开时才需要填写；已公开时，同比数字直接取自上年报告，此处数字不使用。</p>
      <label className={styles.check}>
        <input type="checkbox" checked={present} disabled={!info.editable}
          onChange={(e) => update((p) => setPath(p, ["priorYear"], e.target.checked ? blank : undefined))} />
        填写上年数
      </label>
      {present && (
        <Group title="上年决算数">
          <AmountField path={["priorYear", "grandTotal"]} label="收支总计" />
          <AmountField path={["priorYear", "fiscalGrandTotal"]} label="财政拨款收支总计" />
          <AmountField path={["priorYear", "generalBudgetExpenditure"]} label="一般公共预算财政拨款支出" />
          {THREE.map((t) => <AmountField key={t.key} path={["priorYear", "threePublicActual", t.key]} label={`“三公”经费：${t.label}`} />)}
          <AmountField path={["priorYear", "operatingCosts"]} label="机关运行经费" />
        </Group>
      )}
    </>
  );
}

export function PartEditor({ part }: { part: TPartSlug }) {
  switch (part) {
    case "overview":
      return <OverviewEditor />;
    case "income":
      return <CodedRowsEditor path={["income"]} kind="functional" table={buildTable02} addLabel="添加收入科目"
        amounts={[amount("fiscal", "财政拨款收入"), amount("superiorSubsidy", "上级补助收入"), amount("business", "事业收入"), amount("operating", "经营收入"), amount("subsidiaryRemittance", "附属单位上缴收入"), amount("other", "其他收入")]} />;
    case "expenditure":
      return <CodedRowsEditor path={["expenditure"]} kind="functional" table={buildTable03} addLabel="添加支出科目"
        amounts={[amount("basic", "基本支出"), amount("project", "项目支出"), amount("remittedToSuperior", "上缴上级支出"), amount("operating", "经营支出"), amount("subsidiaryGrants", "对附属单位补助支出")]} />;
    case "balances":
      return (
        <Group title="公开01 收入支出决算总表中需要填写的项目">
          <AmountField path={["balances", "nonFiscalBalanceUsed"]} label="使用非财政拨款结余" />
          <AmountField path={["balances", "openingCarryover"]} label="年初结转和结余" />
          <AmountField path={["balances", "surplusDistribution"]} label="结余分配" />
          <AmountField path={["balances", "closingCarryover"]} label="年末结转和结余" />
        </Group>
      );
    case "fiscal":
      return (
        <>
          {([["income", "本年财政拨款收入"], ["openingCarryover", "年初财政拨款结转和结余"], ["closingCarryover", "年末财政拨款结转和结余"]] as const).map(([key, title]) => (
            <Group key={key} title={title}>
              {FUNDS.map((f) => <AmountField key={f.key} path={["fiscal", key, f.key]} label={f.label} />)}
            </Group>
          ))}
        </>
      );
    case "general-budget":
      return <CodedRowsEditor path={["generalBudgetExpenditure"]} kind="functional" table={buildTable05} addLabel="添加科目"
        amounts={[amount("budget", "年初预算数"), amount("basic", "基本支出"), amount("project", "项目支出")]}
        text={{ key: "varianceReason", label: "决算数与年初预算数不同的原因" }} />;
    case "basic-expenditure":
      return (
        <>
          <h2>人员经费（301、303 类）</h2>
          <CodedRowsEditor path={["basicExpenditure", "personnel"]} kind="economic" accept={(c) => economicBlock(c) === "personnel"} amounts={[amount("amount", "决算数")]} addLabel="添加人员经费科目" />
          <h2>公用经费（302、310 等类）</h2>
          <CodedRowsEditor path={["basicExpenditure", "public"]} kind="economic" accept={(c) => economicBlock(c) === "public"} amounts={[amount("amount", "决算数")]} table={buildTable06} addLabel="添加公用经费科目" />
        </>
      );
    case "three-public":
      return (
        <>
          <Group title="预算数">{THREE.map((t) => <AmountField key={t.key} path={["threePublic", "budget", t.key]} label={t.label} />)}</Group>
          <Group title="决算数">{THREE.map((t) => <AmountField key={t.key} path={["threePublic", "actual", t.key]} label={t.label} />)}</Group>
          <Group title="数量">
            <CountField path={["threePublic", "outboundGroups"]} label="因公出国（境）团组数（个）" />
            <CountField path={["threePublic", "outboundPersons"]} label="因公出国（境）人次" />
            <CountField path={["threePublic", "receptionGroups"]} label="公务接待批次（个）" />
            <CountField path={["threePublic", "receptionPersons"]} label="公务接待人次" />
            <CountField path={["threePublic", "vehiclesPurchased"]} label="公务用车购置数（辆）" />
            <CountField path={["threePublic", "vehiclesHeld"]} label="公务用车保有量（辆）" />
          </Group>
          <Group title="说明（不填则公开为“无…情况说明”）">
            <TextField path={["threePublic", "explanations", "outbound"]} label="因公出国（境）费预决算差异说明" optional multiline rows={2} />
            <TextField path={["threePublic", "explanations", "vehicle"]} label="公务用车购置及运行费预决算差异说明" optional multiline rows={2} />
            <TextField path={["threePublic", "explanations", "reception"]} label="公务接待费预决算差异说明" optional multiline rows={2} />
            <TextField path={["threePublic", "explanations", "outboundDetail"]} label="因公出国（境）费支出情况" optional multiline rows={2} />
            <TextField path={["threePublic", "explanations", "vehicleDetail"]} label="公务用车购置及运行费支出情况" optional multiline rows={2} />
            <TextField path={["threePublic", "explanations", "receptionDetail"]} label="公务接待费支出情况" optional multiline rows={2} />
          </Group>
        </>
      );
    case "government-fund":
      return <CodedRowsEditor path={["governmentFund"]} kind="functional" table={buildTable08} addLabel="添加政府性基金科目"
        amounts={[amount("openingCarryover", "年初结转和结余"), amount("income", "本年收入"), amount("basic", "基本支出"), amount("project", "项目支出"), amount("closingCarryover", "年末结转和结余")]} />;
    case "state-capital":
      return <CodedRowsEditor path={["stateCapital"]} kind="functional" table={buildTable09} addLabel="添加国有资本经营科目"
        amounts={[amount("basic", "基本支出"), amount("project", "项目支出")]} />;
    case "prior-year":
      return <PriorYear />;
    case "reasons":
      return (
        <Group title="与上年相比的变动原因（数字有变化时必填）">
          <TextField path={["reasons", "grandTotalChange"]} label="收支总计变动原因" optional multiline rows={2} />
          <TextField path={["reasons", "fiscalTotalChange"]} label="财政拨款收支总计变动原因" optional multiline rows={2} />
          <TextField path={["reasons", "generalBudgetChange"]} label="一般公共预算财政拨款支出变动原因" optional multiline rows={2} />
        </Group>
      );
    case "other-matters":
      return (
        <>
          <Group title="机关运行经费">
            <AmountField path={["otherMatters", "operatingCosts", "actual"]} label="决算数" />
            <AmountField path={["otherMatters", "operatingCosts", "budget"]} label="年初预算数" />
            <TextField path={["otherMatters", "operatingCosts", "reasonVsBudget"]} label="与年初预算差异原因" optional multiline rows={2} />
            <TextField path={["otherMatters", "operatingCosts", "reasonVsPriorYear"]} label="与上年变动原因" optional multiline rows={2} />
          </Group>
          <Group title="会议费和培训费">
            <AmountField path={["otherMatters", "meetingCosts"]} label="会议费" />
            <AmountField path={["otherMatters", "trainingCosts"]} label="培训费" />
          </Group>
          <Group title="政府采购">
            <AmountField path={["otherMatters", "procurement", "goods"]} label="货物" />
            <AmountField path={["otherMatters", "procurement", "works"]} label="工程" />
            <AmountField path={["otherMatters", "procurement", "services"]} label="服务" />
            <AmountField path={["otherMatters", "procurement", "smeContracts"]} label="授予中小企业合同金额" />
            <AmountField path={["otherMatters", "procurement", "smallMicroContracts"]} label="其中：授予小微企业合同金额" />
          </Group>
          <Group title="国有资产占用">
            <CountField path={["otherMatters", "assets", "vehicles"]} label="车辆（辆）" />
            <CountField path={["otherMatters", "assets", "generalEquipmentOver500k"]} label="单价50万元以上通用设备（台）" />
            <CountField path={["otherMatters", "assets", "specialEquipmentOver1m"]} label="单价100万元以上专用设备（台）" />
          </Group>
          <TextField path={["otherMatters", "other"]} label="其他需要说明的情况" multiline rows={4} />
        </>
      );
    case "performance":
      return (
        <>
          <h2>预算绩效管理工作开展情况</h2>
          <MarkdownField path={["performance", "summary"]} label="预算绩效情况说明" rows={6} />
          <h2>部门整体支出绩效自评报告（第五部分附件）</h2>
          <MarkdownField path={["performance", "selfEvaluationReport"]} label="绩效自评报告" rows={16} />
        </>
      );
    case "transfer":
      return <TransferPanel />;
  }
}
