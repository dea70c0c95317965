import { ROLES } from "@/lib/admin/schemas";
import { ROLE_LABELS } from "@/lib/rules/actor";
import styles from "./admin.module.css";

export function RoleSelect({ defaultValue = "CLERK" }: { defaultValue?: string }) {
  return (
    <div className={styles.field}>
      <label htmlFor="f-role">角色</label>
      <select id="f-role" name="role" defaultValue={defaultValue}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
    </div>
  );
}
