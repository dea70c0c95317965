import styles from "./admin.module.css";

/** A labelled text input of an admin form. */
export function Field({
  name,
  label,
  defaultValue,
  required = true,
  placeholder,
  type = "text",
}: {
  name: string;
  label: string;
  defaultValue?: string | null;
  required?: boolean;
  placeholder?: string;
  type?: string;
}) {
  return (
    <div className={styles.field}>
      <label htmlFor={`f-${name}`}>
        {label}
        {required ? "" : "（可不填）"}
      </label>
      <input id={`f-${name}`} name={name} type={type} defaultValue={defaultValue ?? ""} placeholder={placeholder} autoComplete="off" />
    </div>
  );
}

export function Checkbox({ name, label, defaultChecked = false }: { name: string; label: string; defaultChecked?: boolean }) {
  return (
    <label className={styles.check}>
      <input type="checkbox" name={name} defaultChecked={defaultChecked} /> {label}
    </label>
  );
}
