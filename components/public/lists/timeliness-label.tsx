import { TIMELINESS_LABEL, type Timeliness } from "@/lib/public/timeliness";
import styles from "./lists.module.css";

/** 按时公开 / 逾期公开 / 尚未公开 / 未公开（已逾期）, coloured (colours pass 4.5:1) and always in words. */
export function TimelinessLabel({ value }: { value: Timeliness }) {
  return <span className={styles[value]}>{TIMELINESS_LABEL[value]}</span>;
}
