import { pageSizeParam, type TPageSize } from "@/lib/pagination";

/**
 * Inside a list's GET filter form: submitting the filters keeps the page size
 * the user chose under the list (the default stays out of the URL).
 */
export function PageSizeField({ size }: { size: TPageSize }) {
  const { size: value } = pageSizeParam(size);
  return value ? <input type="hidden" name="size" value={value} /> : null;
}
