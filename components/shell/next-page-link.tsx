import Link from "next/link";

/** The "next page" link under a keyset-paged table, right-aligned; nothing on the last page. */
export function NextPageLink({ href, label }: { href: string | null; label: string }) {
  if (!href) return null;
  return (
    <div className="flex justify-end">
      <Link className="text-sm text-primary hover:underline" href={href}>
        {label}
      </Link>
    </div>
  );
}
