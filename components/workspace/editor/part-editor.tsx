"use client";
import { buildTable02, buildTable03, buildTable05, buildTable06, buildTable08, buildTable09 } from "@/lib/disclosure/tables";
import { economicBlock } from "@/lib/disclosure/codes";
import type { TPartSlug } from "@/lib/workspace/parts";
import { setPath } from "@/lib/workspace/immutable";
import type { TPriorYear } from "@/lib/disclosure/package";
import { CatalogFields, TextField } from "./fields";
import { CodedRowsEditor } from "./coded-rows-editor";
import { OverviewEditor } from "./overview-editor";
import { MarkdownField } from "./markdown-field";
import { TransferPanel } from "./transfer-panel";
import { useDraft } from "./draft-context";
import styles from "./editor.module.css";

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
  const blank: TPriorYear = {
    grandTotal: "0.00",
    fiscalGrandTotal: "0.00",
    generalBudgetExpenditure: "0.00",
    operatingCosts: "0.00",
    threePublicActual: { outbound: "0.00", vehiclePurchase: "0.00", vehicleOperation: "0.00", reception: "0.00" },
  };
  return (
    <>
      <p className="notice">只有当{pkg.year - 1}年度的报告没有在本平台公开时才需要填写；已公开时，同比数字直接取自上年报告，此处数字不使用。</p>
      <label className={styles.check}>
        <input
          type="checkbox"
          checked={present}
          disabled={!info.editable}
          onChange={(e) => update((p) => setPath(p, ["priorYear"], e.target.checked ? blank : undefined))}
        />
        填写上年数
      </label>
      {present && (
        <Group title="上年决算数">
          <CatalogFields under="priorYear" />
          <CatalogFields under="priorYear.threePublicActual" />
        </Group>
      )}
    </>
  );
}

/** One page of the editor; every field and column name comes from the field catalog. */
export function PartEditor({ part }: { part: TPartSlug }) {
  switch (part) {
    case "overview":
      return <OverviewEditor />;
    case "income":
      return <CodedRowsEditor path={["income"]} kind="functional" table={buildTable02} addLabel="添加收入科目" />;
    case "expenditure":
      return <CodedRowsEditor path={["expenditure"]} kind="functional" table={buildTable03} addLabel="添加支出科目" />;
    case "balances":
      return (
        <Group title="公开01 收入支出决算总表中需要填写的项目">
          <CatalogFields under="balances" />
        </Group>
      );
    case "fiscal":
      return (
        <>
          <Group title="本年财政拨款收入">
            <CatalogFields under="fiscal.income" />
          </Group>
          <Group title="年初财政拨款结转和结余">
            <CatalogFields under="fiscal.openingCarryover" />
          </Group>
          <Group title="年末财政拨款结转和结余">
            <CatalogFields under="fiscal.closingCarryover" />
          </Group>
        </>
      );
    case "general-budget":
      return <CodedRowsEditor path={["generalBudgetExpenditure"]} kind="functional" table={buildTable05} addLabel="添加科目" />;
    case "basic-expenditure":
      return (
        <>
          <h2>人员经费（301、303 类）</h2>
          <CodedRowsEditor
            path={["basicExpenditure", "personnel"]}
            kind="economic"
            accept={(c) => economicBlock(c) === "personnel"}
            addLabel="添加人员经费科目"
          />
          <h2>公用经费（302、310 等类）</h2>
          <CodedRowsEditor
            path={["basicExpenditure", "public"]}
            kind="economic"
            accept={(c) => economicBlock(c) === "public"}
            table={buildTable06}
            addLabel="添加公用经费科目"
          />
        </>
      );
    case "three-public":
      return (
        <>
          <Group title="预算数">
            <CatalogFields under="threePublic.budget" />
          </Group>
          <Group title="决算数">
            <CatalogFields under="threePublic.actual" />
          </Group>
          <Group title="数量">
            <CatalogFields under="threePublic" kinds={["count"]} />
          </Group>
          <Group title="说明（不填则公开为“无…情况说明”）">
            <CatalogFields under="threePublic.explanations" />
          </Group>
        </>
      );
    case "government-fund":
      return <CodedRowsEditor path={["governmentFund"]} kind="functional" table={buildTable08} addLabel="添加政府性基金科目" />;
    case "state-capital":
      return <CodedRowsEditor path={["stateCapital"]} kind="functional" table={buildTable09} addLabel="添加国有资本经营科目" />;
    case "prior-year":
      return <PriorYear />;
    case "reasons":
      return (
        <Group title="与上年相比的变动原因（数字有变化时必填）">
          <CatalogFields under="reasons" />
        </Group>
      );
    case "other-matters":
      return (
        <>
          <Group title="机关运行经费">
            <CatalogFields under="otherMatters.operatingCosts" />
          </Group>
          <Group title="会议费和培训费">
            <CatalogFields under="otherMatters" kinds={["amount"]} />
          </Group>
          <Group title="政府采购">
            <CatalogFields under="otherMatters.procurement" />
          </Group>
          <Group title="国有资产占用">
            <CatalogFields under="otherMatters.assets" />
          </Group>
          <TextField path={["otherMatters", "other"]} multiline rows={4} />
        </>
      );
    case "performance":
      return (
        <>
          <h2>预算绩效管理工作开展情况</h2>
          <MarkdownField path={["performance", "summary"]} rows={6} />
          <h2>部门整体支出绩效自评报告（第五部分附件）</h2>
          <MarkdownField path={["performance", "selfEvaluationReport"]} rows={16} />
        </>
      );
    case "transfer":
      return <TransferPanel />;
    case "attachments":
      // Rendered by the part's page with the attachments it reads on the server (attachments-panel.tsx).
      return null;
  }
}
