/** A list filter's choice of one facet value (地区, 类别…) with how many each has; "" is every value. */
export function FacetSelect({
  label,
  name,
  everyLabel,
  facets,
  value,
}: {
  label: string;
  name: string;
  /** The empty choice, e.g. 全部地区. */
  everyLabel: string;
  facets: { value: string; count: number }[];
  value: string;
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value}>
        <option value="">{everyLabel}</option>
        {facets.map((f) => (
          <option key={f.value} value={f.value}>
            {f.value}（{f.count}）
          </option>
        ))}
      </select>
    </label>
  );
}
